import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../../src/core/matcher';
import { annotateTerms, findTerms } from '../../../src/page/annotate';
import { parsePage } from '../../../scripts/lib/load-page';

const matcher = createMatcher([
  { form: '跨江融合', id: 'cross-river-integration' },
  { form: '跨江融合发展', id: 'cross-river-integration' },
  { form: '项目为王', id: 'projects-are-king' },
  { form: '产业链', id: 'industrial-chain' },
  { form: '供应链', id: 'supply-chain' },
]);
const describeTerm = (id: string) => ({ gloss: `gloss of ${id}`, pinyin: 'pīn yīn' });

function root(html: string): Element {
  const { document } = parsePage(`<!doctype html><html><body><div id="root">${html}</div></body></html>`);
  return document.getElementById('root')!;
}

function annotate(html: string, skip: string[] = []) {
  const element = root(html);
  const before = element.innerHTML;
  const annotation = annotateTerms(element, {
    matcher,
    describe: describeTerm,
    skip: skip.map((selector) => element.querySelector(selector)!),
  });
  return { element, before, annotation };
}

const marks = (element: Element) =>
  [...element.querySelectorAll('cr-term')].map((node) => [
    node.textContent,
    node.getAttribute('data-cr-term'),
  ]);

describe('annotateTerms', () => {
  it.each([
    ['a term filling a whole text node', '<p>跨江融合</p>', [['跨江融合', 'cross-river-integration']]],
    ['a term at the start of a text node', '<p>项目为王，是共识</p>', [['项目为王', 'projects-are-king']]],
    ['a term at the end of a text node', '<p>坚持项目为王</p>', [['项目为王', 'projects-are-king']]],
    [
      'the longer variant as one match',
      '<p>推动跨江融合发展</p>',
      [['跨江融合发展', 'cross-river-integration']],
    ],
    [
      'adjacent terms',
      '<p>产业链供应链</p>',
      [
        ['产业链', 'industrial-chain'],
        ['供应链', 'supply-chain'],
      ],
    ],
    [
      'a term split by an inline tag, one element per piece',
      '<p>推动<b>跨江</b>融合</p>',
      [
        ['跨江', 'cross-river-integration'],
        ['融合', 'cross-river-integration'],
      ],
    ],
    [
      'a term across text nodes in a link',
      '<p><a href="#">产业</a>链</p>',
      [
        ['产业', 'industrial-chain'],
        ['链', 'industrial-chain'],
      ],
    ],
    ['never across a block boundary', '<p>跨江</p><p>融合</p>', []],
    ['never across a line break', '<p>跨江<br>融合</p>', []],
  ])('%s', (_name, html, expected) => {
    const { element, before, annotation } = annotate(html);
    expect(marks(element)).toEqual(expected);
    expect(element.textContent).toBe(root(html).textContent);
    annotation.undo();
    expect(element.innerHTML).toBe(before);
  });

  it('puts the gloss and the focus on the last piece of a match only', () => {
    const { element } = annotate('<p><b>跨江</b>融合</p>');
    const [first, last] = element.querySelectorAll('cr-term');
    expect(first!.hasAttribute('data-cr-gloss')).toBe(false);
    expect(first!.hasAttribute('tabindex')).toBe(false);
    expect(last!.getAttribute('data-cr-gloss')).toBe('gloss of cross-river-integration');
    expect(last!.getAttribute('data-cr-pinyin')).toBe('pīn yīn');
    expect(last!.getAttribute('tabindex')).toBe('0');
  });

  it.each([
    ['textarea', '<textarea>跨江融合</textarea>'],
    ['input', '<input value="跨江融合">'],
    ['select', '<select><option>跨江融合</option></select>'],
    ['contenteditable', '<div contenteditable="true"><p>跨江融合</p></div>'],
    ['contenteditable (empty value)', '<div contenteditable=""><p>跨江融合</p></div>'],
    ['script', '<script>var a = "跨江融合";</script>'],
    ['style', '<style>/* 跨江融合 */</style>'],
    ['noscript', '<noscript>跨江融合</noscript>'],
    ['template', '<template>跨江融合</template>'],
    ['code', '<code>跨江融合</code>'],
    ['pre', '<pre>跨江融合</pre>'],
    ['svg', '<svg><text>跨江融合</text></svg>'],
    ['math', '<math><mi>跨江融合</mi></math>'],
    ['an existing annotation', '<cr-term data-cr-term="x">跨江融合</cr-term>'],
  ])('never touches text inside %s', (_name, html) => {
    const { element, before } = annotate(`${html}<p>产业链</p>`);
    // The page's own <cr-term data-cr-term="x"> in the last case is not ours.
    expect(marks(element).filter(([, id]) => id !== 'x')).toEqual([['产业链', 'industrial-chain']]);
    expect(element.innerHTML.replace(/<cr-term[^>]*>产业链<\/cr-term>/, '产业链')).toBe(before);
  });

  it('does nothing in a document in design mode', () => {
    const element = root('<p>跨江融合</p>');
    element.ownerDocument.designMode = 'on';
    expect(annotateTerms(element, { matcher, describe: describeTerm }).found).toEqual([]);
  });

  it('skips the elements it is told to skip', () => {
    const { element } = annotate('<p>跨江融合</p><p class="caption">产业链</p>', ['.caption']);
    expect(marks(element)).toEqual([['跨江融合', 'cross-river-integration']]);
  });

  it('finds the same terms without changing anything', () => {
    const element = root('<p>推动<b>跨江</b>融合，产业链</p>');
    const before = element.innerHTML;
    expect(findTerms(element, { matcher }).map(({ id }) => id)).toEqual([
      'cross-river-integration',
      'industrial-chain',
    ]);
    expect(element.innerHTML).toBe(before);
  });

  it('undoes exactly on the seed fixture, and twice is the same as once', () => {
    const { document } = parsePage(
      readFileSync(join(import.meta.dirname, '../../fixtures/seed-163.html'), 'utf8'),
    );
    const body = document.querySelector('.post_body')!;
    const before = body.innerHTML;
    const annotation = annotateTerms(body, { matcher, describe: describeTerm });
    expect(annotation.found.length).toBeGreaterThan(20);
    expect(body.innerHTML).not.toBe(before);
    annotation.undo();
    annotation.undo();
    expect(body.innerHTML).toBe(before);
  });
});
