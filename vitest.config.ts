import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { termIndexPlugin } from './scripts/lib/term-data';

export default defineConfig({
  plugins: [WxtVitest(), preact(), termIndexPlugin(import.meta.dirname)],
  resolve: {
    // react-i18next is installed with React as a peer; in tests, as in the build, it gets Preact.
    alias: {
      react: 'preact/compat',
      'react-dom': 'preact/compat',
      'react/jsx-runtime': 'preact/jsx-runtime',
      'use-sync-external-store/shim': 'preact/compat',
    },
  },
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    server: { deps: { inline: ['react-i18next'] } },
    environment: 'node',
    testTimeout: 30_000,
  },
});
