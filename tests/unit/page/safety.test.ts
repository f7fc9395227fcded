import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { parsePage } from '../../../scripts/lib/load-page';
import { annotateTerms, findTerms, startAnnotation } from '../../../src/page/annotate';
import { attachTermCard } from '../../../src/page/card';
import { startPageSession } from '../../../src/page/session';
import { attributeSnapshot, describeTerm, FIXTURES_DIR, matcher } from './engine-pages';

const PAGE_DIR = fileURLToPath(new URL('../../../src/page', import.meta.url));

function page(html: string) {
  return parsePage(`<!doctype html><html lang="zh"><head><title>t</title></head><body>${html}</body></html>`);
}

describe('no attribute of the page changes', () => {
  const html = `
    <div id="root" class="article main" data-id="7" style="color: #333" lang="zh-CN">
      <h2 title="跨江融合发展" aria-label="项目为王">推动<a href="/s?q=跨江融合" title="产业链" data-x="供应链">跨江融合</a>发展</h2>
      <p class="lead" style="font-size: 18px">坚持<b class="k">项目为王</b>，打造<span data-note="高质量发展">产业链供应链</span>。</p>
      <p><img src="a.png" alt="长三角一体化"> <abbr title="高质量发展">高质量发展</abbr></p>
      <div contenteditable="true" spellcheck="false"><p>可编辑的跨江融合</p></div>
      <form action="/go"><input name="q" value="项目为王" placeholder="产业链"><textarea rows="2">供应链</textarea>
        <select><option value="1" selected>高质量发展</option></select><button type="button">跨江融合</button></form>
      <pre class="x">跨江融合</pre><code>项目为王</code>
      <svg viewBox="0 0 10 10"><text x="1" y="5">产业链</text></svg>
      <table border="1"><tr><td colspan="2" data-v="供应链">长三角一体化发展</td></tr></table>
      <details open><summary>项目为王</summary><p>跨江融合</p></details>
    </div>`;

  it.each([
    ['annotateTerms', false],
    ['a page session, switched off and on', true],
  ])('under %s', async (_name, isSession) => {
    const { document, close } = page(html);
    const root = document.getElementById('root')!;
    const attributes = attributeSnapshot(document.documentElement);
    const before = document.body.innerHTML;
    let count: number;
    let undo: () => void;
    if (isSession) {
      const session = startPageSession({
        document,
        url: null,
        matcher,
        describe: describeTerm,
        describeCard: () => null,
        annotations: true,
        display: 'both',
      });
      session.annotateWholePage();
      await session.whenDone();
      session.setAnnotations(false);
      session.setAnnotations(true);
      await session.whenDone();
      count = document.querySelectorAll('cr-term').length;
      undo = () => session.destroy();
    } else {
      const annotation = annotateTerms(root, { matcher, describe: describeTerm });
      count = annotation.elements.length;
      undo = () => annotation.undo();
    }
    expect(count).toBeGreaterThanOrEqual(8);
    expect(attributeSnapshot(document.documentElement)).toEqual(attributes);
    // Nothing inside fields, editable regions, code or svg, and never an attribute's text.
    for (const selector of ['[contenteditable]', 'form', 'pre', 'code', 'svg']) {
      expect(document.querySelectorAll(`${selector} cr-term`).length, selector).toBe(0);
    }
    undo();
    expect(document.body.innerHTML).toBe(before);
    expect(attributeSnapshot(document.documentElement)).toEqual(attributes);
    await close();
  });
});

describe('content the page moves while a job is paused', () => {
  const html = `
    <div id="root"><p id="a">坚持项目为王</p><p id="b">推动跨江融合发展</p><p id="c">产业链供应链</p></div>
    <div id="editor" contenteditable="true"><p>编辑中</p></div>
    <aside id="side"><p>侧栏</p></aside>`;

  it.each([
    ['into an editable region', '#editor'],
    ['out of the root', '#side'],
  ])('is never marked once moved %s', (_name, target) => {
    const { document } = page(html);
    const root = document.getElementById('root')!;
    const before = document.body.innerHTML;
    const job = startAnnotation(root, { matcher, describe: describeTerm });
    // One run per step: a deadline in the past stops the job after the first paragraph.
    expect(job.step(-1)).toBe(false);
    expect(root.querySelectorAll('#a cr-term').length).toBe(1);
    document.querySelector(target)!.append(document.getElementById('b')!);
    while (!job.step(-1));
    expect(document.querySelectorAll(`${target} cr-term`).length).toBe(0);
    expect(root.querySelectorAll('#c cr-term').length).toBe(2);
    job.undo();
    root.insertBefore(document.getElementById('b')!, document.getElementById('c'));
    expect(document.body.innerHTML).toBe(before);
  });
});

describe('undo after the page copied annotated content', () => {
  it.each([
    [
      'rewrites innerHTML',
      (p: Element) => {
        const html = p.innerHTML;
        p.innerHTML = html;
      },
    ],
    ['replaces a paragraph with its clone', (p: Element) => p.replaceWith(p.cloneNode(true))],
    ['copies a paragraph elsewhere', (p: Element) => p.ownerDocument.body.append(p.cloneNode(true))],
  ])('leaves no cr-term behind when the page %s', (_name, copy) => {
    const { document } = page(
      '<div id="root"><p>坚持项目为王，推动跨江融合发展。</p><cr-term data-cr-term="own">页面自己的</cr-term></div>',
    );
    const root = document.getElementById('root')!;
    const text = document.body.textContent;
    const annotation = annotateTerms(root, { matcher, describe: describeTerm });
    expect(annotation.elements).toHaveLength(2);
    copy(root.querySelector('p')!);
    annotation.undo();
    expect(document.querySelectorAll('cr-term').length).toBe(1);
    expect(document.querySelector('cr-term')!.getAttribute('data-cr-term')).toBe('own');
    expect(root.textContent).toBe(text);
  });
});

describe('traditional characters', () => {
  const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });
  const html = readFileSync(join(FIXTURES_DIR, 'traditional.html'), 'utf8');

  it.each([
    ['跨江融合發展', '跨江融合发展'],
    ['長三角一體化', '长三角一体化'],
    ['長三角區域一體化發展', '长三角区域一体化发展'],
    ['高質量發展', '高质量发展'],
    ['產業鏈', '产业链'],
    ['項目為王', '项目为王'],
    ['新質生產力', '新质生产力'],
    ['一帶一路倡議', '一带一路倡议'],
  ])('%s is the entry of %s', (traditional, simplified) => {
    const [id] = matcher.findAll(simplified).map((match) => match.id);
    expect(id).toBeDefined();
    expect(matcher.findAll(traditional)).toEqual([{ start: 0, end: traditional.length, id }]);
  });

  it('gives the fixture article the same entries as its simplified text', () => {
    const ids = (source: string) => {
      const root = parsePage(source).document.getElementById('content')!;
      return findTerms(root, { matcher }).map(({ id }) => id);
    };
    const traditional = ids(html);
    expect(traditional.length).toBeGreaterThanOrEqual(15);
    expect(traditional).toContain('cross-river-integration');
    expect(traditional).toContain('yangtze-river-delta-integration');
    expect(traditional).toEqual(ids(toSimplified(html)));
  });
});

describe('the term card', () => {
  it('lives in a closed shadow root and shows glossary text as text, never as HTML', async () => {
    const { document } = page('<p><cr-term data-cr-term="x" tabindex="0">跨江融合</cr-term></p>');
    const view = document.defaultView as unknown as { Element: { prototype: Element } };
    const proto = view.Element.prototype;
    const original = proto.attachShadow;
    const shadows: { mode: string; root: ShadowRoot }[] = [];
    proto.attachShadow = function (init: ShadowRootInit) {
      const root = original.call(this, init);
      shadows.push({ mode: init.mode, root });
      return root;
    };
    const hostile = '<img src="x" onerror="alert(1)"><b>bold</b>';
    const control = new AbortController();
    attachTermCard(
      document,
      () => ({ zh: hostile, pinyin: hostile, en: hostile, explanation: hostile }),
      control.signal,
    );
    proto.attachShadow = original;
    const term = document.querySelector('cr-term')!;
    term.dispatchEvent(
      new (document.defaultView as unknown as typeof window).FocusEvent('focusin', { bubbles: true }),
    );
    await new Promise((resolve) => setTimeout(resolve, 0));

    expect(shadows.map(({ mode }) => mode)).toEqual(['closed']);
    const host = document.querySelector('cr-card')!;
    expect(host).not.toBeNull();
    expect(host.shadowRoot).toBeNull();
    const shadow = shadows[0]!.root;
    expect(shadow.querySelector('img, b')).toBeNull();
    expect(shadow.querySelector('.en')!.textContent).toBe(hostile);
    expect(shadow.querySelector('.card')!.hasAttribute('hidden')).toBe(false);
    control.abort();
    expect(document.querySelector('cr-card')).toBeNull();
  });

  it('is never built from HTML: no page code assigns innerHTML or parses markup', () => {
    const files = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
        entry.isDirectory()
          ? files(join(dir, entry.name))
          : entry.name.endsWith('.ts')
            ? [join(dir, entry.name)]
            : [],
      );
    const sources = files(PAGE_DIR);
    expect(sources.length).toBeGreaterThan(10);
    const forbidden =
      /\.(?:innerHTML|outerHTML)\s*\+?=(?!=)|insertAdjacentHTML|document\.write|createContextualFragment|setHTMLUnsafe|parseFromString/;
    const offending = sources.filter((file) => forbidden.test(readFileSync(file, 'utf8')));
    expect(offending).toEqual([]);
  });
});
