import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parsePage } from '../../../scripts/lib/load-page';
import { startAnnotation } from '../../../src/page/annotate';
import { MARK_LIMIT, startPageSession, type PageSession } from '../../../src/page/session';
import { describeTerm, FIXTURES_DIR, matcher } from './engine-pages';

const ARTICLE = '.post_body';
const seedHtml = readFileSync(join(FIXTURES_DIR, 'seed-163.html'), 'utf8');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const open: { close(): Promise<void>; session?: PageSession }[] = [];

afterEach(async () => {
  for (const page of open.splice(0)) {
    page.session?.destroy();
    await page.close();
  }
});

/**
 * The seed page in happy-dom with a session on it. MutationObserver callbacks are counted, so a
 * test can tell whether the engine's own changes woke it up again.
 */
function openSeed(options: { annotations: boolean; extraParagraphs?: string[] }) {
  const page = parsePage(seedHtml);
  const doc = page.document;
  const view = doc.defaultView as unknown as { MutationObserver: typeof MutationObserver };
  const Native = view.MutationObserver;
  const calls = { count: 0 };
  view.MutationObserver = class extends Native {
    constructor(callback: MutationCallback) {
      super((records, observer) => {
        calls.count++;
        callback(records, observer);
      });
    }
  };
  const article = doc.querySelector(ARTICLE)!;
  // Early in the article: the seed's closing lines make the finder skip whatever follows them.
  const first = article.querySelector('p')!;
  first.after(
    ...(options.extraParagraphs ?? []).map((text) =>
      Object.assign(doc.createElement('p'), { textContent: text }),
    ),
  );
  const pristine = { article: article.innerHTML, body: doc.body.innerHTML };
  const session = startPageSession({
    document: doc,
    url: null,
    matcher,
    describe: describeTerm,
    describeCard: () => null,
    annotations: options.annotations,
    display: 'english',
  });
  open.push({ close: page.close, session });
  return { doc, article, session, pristine, calls };
}

const terms = (root: ParentNode) => root.querySelectorAll('cr-term[data-cr-term]').length;
const nested = (root: ParentNode) => root.querySelectorAll('cr-term cr-term').length;

/** Polls until `check` holds, for at most `ms`; returns how long it took. */
async function within(ms: number, check: () => boolean): Promise<number> {
  const start = performance.now();
  while (!check()) {
    if (performance.now() - start > ms) throw new Error(`not within ${ms} ms`);
    await sleep(10);
  }
  return performance.now() - start;
}

describe('the page session is re-entrant', () => {
  it('is the same annotated once as started again over an annotated page', async () => {
    const { article, session } = openSeed({ annotations: true });
    await session.whenDone();
    const once = article.innerHTML;
    expect(terms(article)).toBeGreaterThan(20);
    const again = startAnnotation(article, { matcher, describe: describeTerm });
    again.step(Infinity);
    expect(again.elements).toHaveLength(0);
    expect(article.innerHTML).toBe(once);
  });

  it('leaves the page as it started after twenty quick switches, and annotates once when on', async () => {
    const { doc, article, session, pristine } = openSeed({ annotations: false });
    const reference = openSeed({ annotations: true });
    await reference.session.whenDone();
    const expected = terms(reference.article);

    for (let i = 0; i < 20; i++) session.setAnnotations(i % 2 === 0);
    await session.whenDone();
    expect(doc.body.innerHTML).toBe(pristine.body);
    expect(session.state()).toMatchObject({ annotated: false });

    for (let i = 0; i < 21; i++) session.setAnnotations(i % 2 === 0);
    await session.whenDone();
    expect(terms(article)).toBe(expected);
    expect(nested(doc)).toBe(0);
    expect(article.innerHTML).toBe(reference.article.innerHTML);
    session.setAnnotations(false);
    expect(doc.body.innerHTML).toBe(pristine.body);
  });
});

describe('content the page adds later', () => {
  const paragraph = (doc: Document, text: string) => {
    const p = doc.createElement('p');
    p.textContent = text;
    return p;
  };

  it('is annotated within 500 ms when appended (infinite scroll), and only once', async () => {
    const { doc, article, session, calls } = openSeed({ annotations: true });
    await session.whenDone();
    const before = terms(article);
    await sleep(150);
    // The engine's own changes never reach the observer's callback.
    expect(calls.count).toBe(0);

    const added = paragraph(doc, '下一步要坚持项目为王，推动跨江融合发展和长三角一体化。');
    article.append(added);
    await within(500, () => terms(added) === 3);
    await session.whenDone();
    const callbacks = calls.count;
    expect(callbacks).toBeGreaterThanOrEqual(1);
    await sleep(250);
    expect(calls.count).toBe(callbacks);
    expect(terms(article)).toBe(before + 3);
    expect(nested(doc)).toBe(0);
    expect([...added.querySelectorAll('cr-term')].map((node) => node.textContent)).toEqual([
      '项目为王',
      '跨江融合发展',
      '长三角一体化',
    ]);
  });

  it('annotates a block loaded by script, nested insertions included, once', async () => {
    const { doc, article, session } = openSeed({ annotations: true });
    await session.whenDone();
    const block = doc.createElement('div');
    article.append(block);
    // Filled after it is in the page: the observer sees the block and each paragraph.
    for (let i = 0; i < 5; i++)
      block.append(paragraph(doc, `第${i}段：推动高质量发展，强化产业链供应链协同。`));
    const inner = doc.createElement('span');
    block.lastElementChild!.append(inner);
    inner.textContent = '坚持项目为王';
    await within(500, () => terms(block) >= 16);
    await session.whenDone();
    await sleep(200);
    expect(terms(block)).toBe(16);
    expect(nested(doc)).toBe(0);
  });

  it('is left alone while annotations are off, and annotated with the rest when on again', async () => {
    const { doc, article, session, pristine } = openSeed({ annotations: true });
    await session.whenDone();
    session.setAnnotations(false);
    expect(article.innerHTML).toBe(pristine.article);
    const added = paragraph(doc, '坚持项目为王，推动跨江融合发展。');
    article.append(added);
    await sleep(300);
    expect(terms(doc)).toBe(0);

    session.setAnnotations(true);
    await session.whenDone();
    expect(terms(added)).toBe(2);
    expect(terms(article)).toBeGreaterThan(20);
    session.setAnnotations(false);
    expect(article.innerHTML).toBe(pristine.article + added.outerHTML);
  });
});

describe('a huge page', () => {
  // 5 MB of text (UTF-8): long paragraphs of filler, each with twenty terms, past the mark limit.
  // Filler differs from paragraph to paragraph, or the article finder takes it for boilerplate.
  const pool =
    '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经';
  let seed = 7;
  const nextChar = () => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return pool[(seed >>> 8) % pool.length];
  };
  const sentence = '坚持项目为王，推动跨江融合发展，强化产业链供应链协同，实现高质量发展。';
  const paragraph = () =>
    Array.from({ length: 4 }, () => Array.from({ length: 360 }, nextChar).join('') + '。' + sentence).join(
      '',
    );
  const paragraphs = Array.from({ length: 1_100 }, paragraph);

  it('marks up to the cap, counts the rest as unmarked, and works in short slices', async () => {
    const { doc, article, session, pristine } = openSeed({ annotations: true, extraParagraphs: paragraphs });
    expect(Buffer.byteLength(article.textContent!)).toBeGreaterThan(5_000_000);
    await session.whenDone();
    const state = session.state();
    if (state.status !== 'article') throw new Error(`not an article: ${state.status}`);
    const found = state.terms.reduce((sum, term) => sum + term.count, 0);
    const marked = found - state.unmarked;
    expect(found).toBeGreaterThan(22_000);
    expect(state.isComplete).toBe(true);
    expect(state.unmarked).toBeGreaterThan(0);
    expect(marked).toBeGreaterThanOrEqual(MARK_LIMIT);
    // A run is marked whole, so the cap is passed by one paragraph's terms at most.
    expect(marked).toBeLessThan(MARK_LIMIT + 25);
    expect(doc.querySelectorAll('cr-term[data-cr-gloss]').length).toBe(marked);
    expect(session.timings().slices).toBeGreaterThan(10);
    session.setAnnotations(false);
    expect(article.innerHTML).toBe(pristine.article);

    // Each slice of a job returns once its deadline has passed, well before the job is done.
    const job = startAnnotation(article, { matcher, describe: describeTerm, limit: 2_000 });
    let slices = 0;
    for (let isDone = false; !isDone; slices++) {
      isDone = job.step(performance.now() + 4);
      if (!isDone) expect(job.isDone).toBe(false);
    }
    expect(slices).toBeGreaterThan(5);
    expect(job.elements.length).toBeLessThan(2_000 + 25);
    expect(job.elements.length + job.unmarked).toBe(job.found.length);
    job.undo();
    expect(article.innerHTML).toBe(pristine.article);

    // A slice also stops once the paragraphs it changed hold enough text to be costly to lay out.
    const bounded = startAnnotation(article, { matcher, describe: describeTerm });
    expect(bounded.step(Infinity, undefined, 8_000)).toBe(false);
    const changed = new Set(bounded.elements.map((element) => element.parentElement));
    expect(changed.size).toBeGreaterThanOrEqual(5);
    expect(changed.size).toBeLessThanOrEqual(7);
    bounded.undo();
    expect(article.innerHTML).toBe(pristine.article);
  });
});
