import { defineContentScript } from 'wxt/utils/define-content-script';
import { startEagerScript } from '../src/page/eager';

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  main: () => startEagerScript(document),
});
