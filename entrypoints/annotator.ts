import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startAnnotator } from '../src/page/annotator';

export default defineUnlistedScript(() => startAnnotator(document, location.href));
