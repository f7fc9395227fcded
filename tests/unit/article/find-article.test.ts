import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import { afterEach, describe, expect, it } from 'vitest';
import { parsePage } from '../../../scripts/lib/load-page';
import { decodeHtml } from '../../../src/core/decode';
import { findArticle, type Article } from '../../../src/page/article/find-article';

const fixture = (name: string): string => fileURLToPath(new URL(`../../fixtures/${name}`, import.meta.url));
const open: Array<{ close(): Promise<void> }> = [];

/** Parses a fixture the way `npm run analyze` does and runs findArticle on it. */
function analyze(html: string, url?: string | null): { article: Article; document: Document } {
  const page = parsePage(html, url ?? null);
  open.push(page);
  return { article: findArticle(page.document, { url: page.url }), document: page.document };
}

const read = (name: string): string => readFileSync(fixture(name), 'utf8');

afterEach(async () => {
  await Promise.all(open.splice(0).map((page) => page.close()));
});

describe('a 163 dy article', () => {
  const { article } = analyze(read('article/netease-dy.html'));

  it('uses the 163 site rule and the headline element, not the truncated og:title', () => {
    expect(article.site).toBe('163');
    expect(article.kind).toBe('article');
    expect(article.title).toBe('长三角一体化再提速：三地共建科创走廊');
  });

  it('reads source and date', () => {
    expect(article.source).toBe('解放日报');
    expect(article.date).toBe('2021-03-05 08:15');
  });

  it('keeps the body and skips the app prompt, the video fallback and the related block', () => {
    expect(article.root?.className).toBe('post_body');
    expect(article.text.split('\n')).toEqual([
      '（原标题：三地共建科创走廊）',
      '记者从有关部门获悉，沪苏浙三地日前签署合作协议，共同建设长三角科技创新走廊，推动创新链、产业链深度融合。',
      '根据协议，三地将在人才互认、平台共享、项目联动等方面开展合作，并设立联合基金，支持跨区域的重大科研项目。',
      '业内人士认为，这标志着长三角一体化发展进入新阶段，区域协同创新的制度障碍正在逐步消除。',
      '下一步，三地还将联合编制产业地图，引导企业按照比较优势布局，避免同质化竞争，形成优势互补的发展格局。',
    ]);
    const skipped = article.skip.map((el) => el.textContent ?? '').join('|');
    expect(skipped).toContain('打开网易新闻 查看精彩图片');
    expect(skipped).toContain('您的浏览器暂时无法播放此视频');
    expect(skipped).toContain('相关新闻');
  });
});

describe('a WeChat article', () => {
  const hidden = read('article/wechat.html');
  const shown = hidden.replace('visibility: hidden;', 'visibility: visible;');

  it.each([
    ['as the server sends it (#js_content hidden)', hidden],
    ['after its script has shown #js_content', shown],
  ])('is found %s', (_label, html) => {
    const { article } = analyze(html, 'https://mp.weixin.qq.com/s/abc');
    expect(article.site).toBe('wechat');
    expect(article.isArticle).toBe(true);
    expect(article.root?.id).toBe('js_content');
    expect(article.title).toBe('新质生产力在县域如何落地');
    expect(article.source).toBe('江南观察');
    expect(article.date).toBe('2024-03-12 18:30');
    expect(article.text.split('\n')).toHaveLength(4);
    expect(article.text).not.toContain('二维码');
  });

  it('is found when the server hides #js_content with display:none', () => {
    const { article } = analyze(
      hidden.replace('visibility: hidden;', 'display: none;'),
      'https://mp.weixin.qq.com/s/abc',
    );
    expect(article.root?.id).toBe('js_content');
    expect(article.text.split('\n')).toHaveLength(4);
  });

  it('is found without a URL, from the page template alone', () => {
    const { article } = analyze(hidden);
    expect(article.site).toBe('wechat');
    expect(article.root?.id).toBe('js_content');
  });

  it('is found in the delayed-script fixture used end to end', () => {
    const { article } = analyze(read('wechat-delayed.html'), 'https://mp.weixin.qq.com/s/delayed');
    expect(article.root?.id).toBe('js_content');
    expect(article.text).toContain('高质量发展');
  });
});

describe('page kinds', () => {
  it('calls a news list a list, not an article', () => {
    const { article } = analyze(read('article/list.html'), 'https://news.example.cn/china/');
    expect(article.kind).toBe('list');
    expect(article.isArticle).toBe(false);
  });

  it('calls a column of teasers with long summaries a list, without help from the URL', () => {
    const item = (n: number): string =>
      `<div class="item"><h3><a href="/a/${n}.html">第${n}条新闻的标题在这里</a></h3>` +
      '<p>这是一段较长的摘要，介绍了新闻的主要内容。记者从有关部门获悉，相关工作正在有序推进，各项措施落实到位。</p></div>';
    const html = `<html><head><title>要闻</title></head><body><div class="news">${[1, 2, 3, 4, 5, 6].map(item).join('')}</div></body></html>`;
    const { article } = analyze(html);
    expect(article.kind).toBe('list');
  });

  it.each([
    ['https://www.example.cn/', 'home'],
    ['https://www.example.cn/index.html', 'home'],
    ['https://search.example.cn/search?q=高质量发展', 'search'],
    ['https://www.example.cn/s?wd=新质生产力', 'search'],
  ])('reads %s as %s', (url, kind) => {
    const { article } = analyze(read('article/list.html'), url);
    expect(article.kind).toBe(kind);
    expect(article.isArticle).toBe(false);
  });

  it('calls a page with a player and no prose a video page', () => {
    const { article } = analyze(
      '<html><head><title>视频：两会现场</title></head><body><div class="nav"><a href="/">首页</a></div>' +
        '<div class="player"><video src="v.mp4"></video><h1>两会现场直击</h1></div></body></html>',
      'https://v.example.cn/video/123.html',
    );
    expect(article.kind).toBe('video');
  });

  it('calls an empty page empty', () => {
    const { article } = analyze('<html><head><title>空</title></head><body></body></html>');
    expect(article.kind).toBe('empty');
    expect(article.root).toBeNull();
    expect(article.text).toBe('');
  });
});

describe('a page with a disclaimer, a related-news block and furniture (general reader)', () => {
  const { article } = analyze(
    read('article/disclaimer-related.html'),
    'https://www.jiangdong.example.cn/news/1.html',
  );

  it('finds headline and metadata by the Chinese conventions', () => {
    expect(article.site).toBe('general');
    expect(article.title).toBe('我省推进跨江融合发展 项目为王成共识');
    expect(article.source).toBe('江东日报');
    expect(article.date).toBe('2020-09-27 10:31');
    expect(article.author).toContain('周明');
  });

  it('leaves out the disclaimer, related news, share bar, pagination and editor line', () => {
    expect(article.text.split('\n')).toHaveLength(4);
    for (const noise of ['声明', '相关新闻', '分享到', '下一页', '责任编辑', '热点排行', '版权所有']) {
      expect(article.text).not.toContain(noise);
    }
    expect(article.text.startsWith('9月26日，全省跨江融合发展推进会召开。')).toBe(true);
  });
});

describe('sentences that only look like furniture', () => {
  it('keeps a lead that opens with a date and paragraphs that mention 声明 or 版权所有', () => {
    const paragraphs = [
      '2023年10月12日，记者来到某村。',
      '外交部发言人发表特别声明，回应有关问题。',
      '法院认定，涉案作品的版权所有人依法享有相应权利。',
      '会议强调，要坚持稳中求进工作总基调，推动经济实现质的有效提升和量的合理增长。',
    ];
    const html =
      '<html><head><title>某村见闻_示例网</title></head><body><div class="nav"><a href="/">首页</a> <a href="/a">新闻</a></div>' +
      `<h1>某村见闻</h1><div class="text">${paragraphs.map((p) => `<p>${p}</p>`).join('')}</div></body></html>`;
    const { article } = analyze(html, 'https://www.example.cn/a/1.html');
    expect(article.text.split('\n')).toEqual(paragraphs);
  });
});

describe('a GBK page', () => {
  const bytes = readFileSync(fixture('article/gbk-gov.html'));

  it('is really GBK bytes, not UTF-8', () => {
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    expect(iconv.decode(bytes, 'gbk')).toContain('高质量发展');
  });

  it('decodes and yields its article', () => {
    const { html, encoding } = decodeHtml(bytes);
    expect(encoding).toBe('gb18030');
    const { article } = analyze(html);
    expect(article.isArticle).toBe(true);
    expect(article.title).toBe('省政府召开常务会议 研究部署高质量发展工作');
    expect(article.source).toBe('省政府办公厅');
    expect(article.date).toBe('2019-11-25');
    expect(article.text.split('\n')).toEqual([
      '11月25日，省长主持召开省政府常务会议，研究部署推动高质量发展有关工作。',
      '会议指出，今年以来全省经济运行总体平稳，主要指标保持在合理区间，新动能加快成长。',
      '会议强调，要坚持稳中求进工作总基调，扎实做好“六稳”工作，确保完成全年目标任务。',
    ]);
  });

  it('can be rebuilt from its UTF-8 text with iconv-lite', () => {
    const { html } = decodeHtml(bytes);
    expect(Buffer.compare(iconv.encode(html, 'gbk'), bytes)).toBe(0);
  });
});

describe('the contract', () => {
  it.each([
    'article/netease-dy.html',
    'article/wechat.html',
    'article/list.html',
    'article/disclaimer-related.html',
    'seed-163.html',
  ])('never changes the document, keeps skips inside root and text free of empty lines (%s)', (name) => {
    const page = parsePage(read(name));
    open.push(page);
    const before = page.document.documentElement.outerHTML;
    const article = findArticle(page.document, { url: page.url });
    expect(page.document.documentElement.outerHTML).toBe(before);
    expect(article.isArticle).toBe(article.kind === 'article');
    for (const el of article.skip) expect(article.root?.contains(el)).toBe(true);
    expect(
      article.text.split('\n').every((line) => line.trim() === line && line.length > 0) ||
        article.text === '',
    ).toBe(true);
    if (article.root) expect(page.document.contains(article.root)).toBe(true);
  });
});
