import type { Page } from 'playwright-core';

/** Waits until the annotator has marked at least one term on the page. */
export async function waitForAnnotations(page: Page): Promise<void> {
  await page.waitForSelector('cr-term[data-cr-term]', { state: 'attached', timeout: 15_000 });
}

/** The `innerHTML` of `selector` as the page's own HTML has it, parsed by this browser afresh. */
export async function pristineInnerHtml(page: Page, selector: string): Promise<string> {
  return page.evaluate(async (target) => {
    const html = await (await fetch(location.href)).text();
    const copy = new DOMParser().parseFromString(html, 'text/html');
    return copy.querySelector(target)?.innerHTML ?? '';
  }, selector);
}

export interface Coverage {
  /** Occurrences of each term in the element's text that are not entirely inside annotations. */
  uncovered: Record<string, number>;
  occurrences: Record<string, number>;
}

/**
 * For each term, finds every occurrence in the text of `selector` and checks that each of its
 * characters lies inside a <cr-term> element.
 */
export async function termCoverage(
  page: Page,
  selector: string,
  terms: readonly string[],
): Promise<Coverage> {
  return page.evaluate(
    ([target, list]) => {
      const root = document.querySelector(target)!;
      let text = '';
      const covered: boolean[] = [];
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const inside = node.parentElement?.closest('cr-term[data-cr-term]') !== null;
        text += (node as Text).data;
        for (let i = 0; i < (node as Text).data.length; i++) covered.push(inside);
      }
      const uncovered: Record<string, number> = {};
      const occurrences: Record<string, number> = {};
      for (const term of list) {
        occurrences[term] = 0;
        uncovered[term] = 0;
        for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + 1)) {
          occurrences[term]++;
          if (covered.slice(at, at + term.length).some((isCovered) => !isCovered)) uncovered[term]++;
        }
      }
      return { uncovered, occurrences };
    },
    [selector, terms] as const,
  );
}

/** The generated content after an annotation, as the browser computes it ('none' when hidden). */
export async function glossOf(page: Page, selector: string): Promise<string> {
  return page
    .locator(selector)
    .first()
    .evaluate((node) => getComputedStyle(node, '::after').content);
}
