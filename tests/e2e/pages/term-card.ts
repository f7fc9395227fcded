import type { Page } from 'playwright-core';

interface DomNode {
  nodeName: string;
  backendNodeId: number;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: (DomNode & { shadowRootType?: string })[];
}

export interface CardView {
  /** 'closed' when the card lives in a closed shadow root, as it must. */
  shadowRootType: string | undefined;
  hostDisplay: string;
  isShown: boolean;
  width: number;
  zh: string;
  en: string;
  /** Computed colours: text and background of the card, and the text colour of each part. */
  color: string;
  background: string;
  parts: Record<'zh' | 'pinyin' | 'en' | 'explanation', string>;
}

function find(node: DomNode, test: (node: DomNode) => boolean): DomNode | null {
  if (test(node)) return node;
  for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) {
    const found = find(child, test);
    if (found) return found;
  }
  return null;
}

/**
 * The term card as the browser renders it. The card sits in a closed shadow root that page
 * scripts (and Playwright's selectors) cannot enter, so it is read through the DevTools
 * protocol, which sees closed roots. Null when no card has been added to the page.
 */
export async function readCard(page: Page): Promise<CardView | null> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    const host = find(root, (node) => node.nodeName === 'CR-CARD');
    if (!host) return null;
    const shadow = host.shadowRoots?.[0];
    const card =
      shadow && find(shadow, (node) => node.nodeName === 'DIV' && node.attributes?.includes('card') === true);
    if (!card) throw new Error('the card host has no card inside');
    const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: card.backendNodeId });
    const { result } = await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId!,
      returnByValue: true,
      functionDeclaration: `function () {
        const color = (selector) => getComputedStyle(this.querySelector(selector)).color;
        const style = getComputedStyle(this);
        const host = this.getRootNode().host;
        return {
          hostDisplay: getComputedStyle(host).display,
          isShown: !this.hidden && style.display !== 'none' && style.visibility !== 'hidden',
          width: this.offsetWidth,
          zh: this.querySelector('.zh').textContent,
          en: this.querySelector('.en').textContent,
          color: style.color,
          background: style.backgroundColor,
          parts: { zh: color('.zh'), pinyin: color('.pinyin'), en: color('.en'), explanation: color('.explanation') },
        };
      }`,
    });
    return { shadowRootType: shadow?.shadowRootType, ...(result.value as Omit<CardView, 'shadowRootType'>) };
  } finally {
    await cdp.detach();
  }
}

/** The WCAG contrast ratio of two computed `rgb()`/`rgba()` colours (alpha ignored). */
export function contrast(first: string, second: string): number {
  const luminance = (color: string) => {
    const [r, g, b] = (color.match(/[\d.]+/g) ?? []).slice(0, 3).map((part) => {
      const c = Number(part) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const [light, dark] = [luminance(first), luminance(second)].sort((a, b) => b - a);
  return (light! + 0.05) / (dark! + 0.05);
}
