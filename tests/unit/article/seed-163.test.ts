import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parsePage } from '../../../scripts/lib/load-page';
import { findArticle } from '../../../src/page/article/find-article';

const seedPath = fileURLToPath(new URL('../../fixtures/seed-163.html', import.meta.url));

describe('findArticle on the 163 seed page', () => {
  const html = readFileSync(seedPath, 'utf8');

  it.each([
    ['with its URL (site rule)', undefined, '163'],
    ['without a known site (general reader)', 'https://example.org/news/1.html', 'general'],
  ])('finds the body %s', (_label, url, site) => {
    const page = parsePage(html);
    const article = findArticle(page.document, { url: url ?? page.url });
    expect(article.site).toBe(site);
    expect(article.isArticle).toBe(true);
    expect(article.title).toBe('无锡党政代表团南通泰州行：从“隔江相望”走向“跨江融合”');
    expect(article.root?.classList.contains('post_body')).toBe(true);
    expect(article.skip.length).toBeGreaterThan(0);
    for (const el of article.skip) expect(article.root?.contains(el)).toBe(true);
    expect(article.skip.some((el) => el.textContent?.includes('打开网易新闻 查看精彩图片'))).toBe(true);
    expect(article.text).not.toContain('打开网易新闻');
    expect(article.text).not.toContain('特别声明');
    expect(article.text).not.toContain('热点新闻');
    expect(article.text.startsWith('秋高气爽。')).toBe(true);
    expect(article.source).toBe('新华日报');
    expect(article.date).toBe('2020-09-28 10:31');
  });

  it('leaves the document exactly as it was', () => {
    const page = parsePage(html);
    const before = page.document.documentElement.outerHTML;
    findArticle(page.document, { url: page.url });
    expect(page.document.documentElement.outerHTML).toBe(before);
  });
});
