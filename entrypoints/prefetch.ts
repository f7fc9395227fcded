import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { readPageDataEarly } from '../src/page-settings';

// Declared by wxt.config.ts at document_start on the Chinese news sites: starts the storage read
// of the settings and the term index while the page is still loading, for the annotator, which
// starts once it has loaded. It touches nothing in the page.
export default defineUnlistedScript(() => readPageDataEarly());
