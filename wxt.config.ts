import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { termIndexPlugin } from './scripts/lib/term-index-plugin';
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
    // The content scripts are unlisted scripts declared here, without WXT's content-script
    // wrapper: the eager check on every other page, and the annotator itself on the Chinese news
    // sites. Both start once the page has loaded.
    'build:manifestGenerated': (_wxt, manifest) => {
      manifest.content_scripts = [
        {
          matches: ['<all_urls>'],
          exclude_matches: CHINESE_NEWS_SITES,
          js: ['eager.js'],
          run_at: 'document_idle',
        },
        { matches: CHINESE_NEWS_SITES, js: ['annotator.js'], run_at: 'document_idle' },
      ];
    },
  },
  vite: () => ({
    plugins: [preact(), termIndexPlugin(import.meta.dirname)],
    // Large JSON loads faster as a JSON.parse call than as an object literal.
    json: { stringify: true },
  }),
});
