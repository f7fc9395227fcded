import preact from '@preact/preset-vite';
import { resolve } from 'node:path';
import { defineConfig } from 'wxt';
import { buildTermData, termIndexPlugin } from './scripts/lib/term-data';
import { CHINESE_NEWS_SITES } from './src/core/news-sites';

export default defineConfig({
  // Every name is imported explicitly, so each file shows where its names come from.
  imports: false,
  manifest: ({ browser }) => ({
    name: 'Crossriver',
    description: 'Marks the set phrases of Chinese political and economic news with their English, offline.',
    permissions: ['storage', 'scripting', 'tabs'],
    host_permissions: ['<all_urls>'],
    commands: {
      'toggle-annotations': {
        suggested_key: { default: 'Alt+Shift+A' },
        description: 'Turn annotations on or off',
      },
    },
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'crossriver@crossriver.dev',
          // Crossriver runs offline and sends nothing anywhere.
          data_collection_permissions: { required: ['none'] },
        },
      },
    }),
  }),
  hooks: {
    // The term index and the cards ship as files: the background copies the index into storage
    // for the pages and reads cards on demand (src/term-data.ts). Neither is web accessible.
    'build:publicAssets': (wxt, files) => {
      const { indexJson, cardsJson } = buildTermData(wxt.config.root);
      files.push(
        { relativeDest: 'term-index.json', contents: indexJson },
        { relativeDest: 'term-cards.json', contents: cardsJson },
      );
    },
    // The content scripts are unlisted scripts declared here, without WXT's content-script
    // wrapper: the eager check on every other page, and on the Chinese news sites the annotator
    // itself, once the document is parsed, with a tiny script that starts its storage read as the
    // page starts loading.
    'build:manifestGenerated': (_wxt, manifest) => {
      manifest.content_scripts = [
        {
          matches: ['<all_urls>'],
          exclude_matches: CHINESE_NEWS_SITES,
          js: ['eager.js'],
          run_at: 'document_idle',
        },
        { matches: CHINESE_NEWS_SITES, js: ['prefetch.js'], run_at: 'document_start' },
        // As soon as the document is parsed: the reader is waiting for the annotations there.
        { matches: CHINESE_NEWS_SITES, js: ['annotator.js'], run_at: 'document_end' },
      ];
    },
  },
  vite: () => ({
    plugins: [preact(), termIndexPlugin(import.meta.dirname)],
    // The extension API, picked when first used rather than when imported (see the module).
    resolve: {
      alias: [
        { find: /^wxt\/browser$/, replacement: resolve(import.meta.dirname, 'src/browser-on-demand.ts') },
      ],
    },
    // Large JSON loads faster as a JSON.parse call than as an object literal.
    json: { stringify: true },
  }),
});
