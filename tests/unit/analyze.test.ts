import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const SEED = join(ROOT, 'tests', 'fixtures', 'seed-163.html');

async function analyze(...args: string[]) {
  try {
    const { stdout, stderr } = await promisify(execFile)(join(ROOT, 'node_modules', '.bin', 'tsx'), [
      join(ROOT, 'scripts', 'analyze.ts'),
      ...args,
    ]);
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('npm run analyze', () => {
  it('prints one JSON object for the seed fixture, with the article and its terms', async () => {
    const { code, stdout, stderr } = await analyze('--json', SEED);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const result = JSON.parse(lines[0]!);
    expect(Object.keys(result).sort()).toEqual(['file', 'isArticle', 'ms', 'terms', 'text', 'title', 'url']);
    expect(result).toMatchObject({
      file: SEED,
      url: 'https://www.163.com/dy/article/FO2K7H5R0514R9P4.html',
      isArticle: true,
      title: '无锡党政代表团南通泰州行：从“隔江相望”走向“跨江融合”',
    });
    expect(result.text.split('\n')[0]).toBe('秋高气爽。这样的天气,适合“好友相约”。');
    expect(result.text).not.toContain('打开网易新闻');
    expect(result.text).not.toContain('热点新闻');
    const zh = result.terms.map((term: { zh: string }) => term.zh);
    for (const term of ['跨江融合', '项目为王', '领跑者', '新增长极']) expect(zh).toContain(term);
    expect(result.terms.find((term: { zh: string }) => term.zh === '项目为王')).toMatchObject({ count: 3 });
    expect(result.ms.extract).toBeGreaterThan(0);
    expect(result.ms.match).toBeGreaterThan(0);
  });

  it('takes the URL from --url over the page', async () => {
    const { stdout } = await analyze('--json', '--url', 'https://example.com/a.html', SEED);
    expect(JSON.parse(stdout).url).toBe('https://example.com/a.html');
  });

  it('prints a readable English report by default', async () => {
    const { code, stdout } = await analyze(SEED);
    expect(code).toBe(0);
    expect(stdout).toContain('Title:     无锡党政代表团南通泰州行');
    expect(stdout).toMatch(/Key terms: \d+ distinct, \d+ occurrences/);
    expect(stdout).toContain('跨江融合  kuà jiāng róng hé  cross-river integration');
  });

  it('names each bad file on stderr, still analyses the others, and exits non-zero', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'crossriver-analyze-'));
    const binary = join(folder, 'picture.png');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    const text = join(folder, 'notes.txt');
    writeFileSync(text, 'just some notes, no markup at all');
    const missing = join(folder, 'missing.html');
    const { code, stdout, stderr } = await analyze('--json', missing, binary, SEED, text, folder);
    expect(code).toBe(1);
    expect(stdout.trim().split('\n')).toHaveLength(1);
    expect(JSON.parse(stdout).title).toBe('无锡党政代表团南通泰州行：从“隔江相望”走向“跨江融合”');
    expect(stderr.trim().split('\n')).toEqual([
      `analyze: ${missing}: no such file`,
      `analyze: ${binary}: not an HTML page (no <html>, <head>, <body> or <p> tag found)`,
      `analyze: ${text}: not an HTML page (no <html>, <head>, <body> or <p> tag found)`,
      `analyze: ${folder}: is a directory, not a file`,
    ]);
  });

  it('explains its usage when given no file', async () => {
    const { code, stderr } = await analyze('--json');
    expect(code).toBe(2);
    expect(stderr).toContain('usage: npm run analyze');
  });
});
