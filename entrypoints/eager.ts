// First, so that the script's own time counts from its first statement.
import { scriptStart } from '../src/page/script-start';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startEagerScript } from '../src/page/eager';

// Declared in the manifest by wxt.config.ts, as an unlisted script: WXT's content-script
// wrapper would add work to every page and announce the extension to it with a DOM event.
export default defineUnlistedScript(() => startEagerScript(document, scriptStart));
