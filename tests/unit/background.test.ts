import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { toggleAnnotations } from '../../src/background';
import { annotationsEnabled } from '../../src/settings';

describe('the keyboard command', () => {
  beforeEach(() => fakeBrowser.reset());

  it('flips annotations off and on', async () => {
    expect(await toggleAnnotations()).toBe(false);
    expect(await annotationsEnabled.getValue()).toBe(false);
    expect(await toggleAnnotations()).toBe(true);
  });
});
