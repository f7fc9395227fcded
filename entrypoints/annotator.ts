// First, so that the time is taken before anything else runs; then the settings read starts.
import { scriptStart } from '../src/page/script-start';
import '../src/page/early-read';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startAnnotator } from '../src/page/annotator';

// Injected by the background into pages with Chinese, and declared in the manifest by
// wxt.config.ts for the Chinese news sites, where it runs without waiting for the eager script.
export default defineUnlistedScript(() => startAnnotator(document, location.href, scriptStart));
