import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { termIndexPlugin } from './scripts/lib/term-index-plugin';

export default defineConfig({
  plugins: [WxtVitest(), preact(), termIndexPlugin(import.meta.dirname)],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    testTimeout: 30_000,
  },
});
