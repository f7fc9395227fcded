import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { termIndexPlugin } from './scripts/lib/term-index-plugin';

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
  vite: () => ({
    plugins: [preact(), termIndexPlugin(import.meta.dirname)],
    // Large JSON loads faster as a JSON.parse call than as an object literal.
    json: { stringify: true },
  }),
});
