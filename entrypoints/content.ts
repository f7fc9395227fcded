import { defineContentScript } from 'wxt/utils/define-content-script';
import { startEagerScript } from '../src/page/eager';

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  // WXT's start announcement would tell every page that Crossriver is installed.
  noScriptStartedPostMessage: true,
  main: () => startEagerScript(document),
});
