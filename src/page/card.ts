import type { TermCardContent } from '../messaging';
import { TERM_ATTRIBUTE, TERM_TAG } from './annotate';

export type CardContent = TermCardContent;

const CARD_CSS = `
/* Important inside a shadow root beats the page's important rules on the host. */
:host { all: initial !important; }
.card {
  position: fixed;
  z-index: 2147483647;
  max-width: 320px;
  box-sizing: border-box;
  padding: 10px 12px;
  border-radius: 8px;
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", "Noto Sans CJK SC", sans-serif;
  color: #1d1f23;
  background: #ffffff;
  border: 1px solid #d0d4da;
  box-shadow: 0 6px 24px rgba(0, 0, 0, 0.18);
  pointer-events: none;
}
.card[hidden] { display: none; }
.zh { font-size: 18px; font-weight: 600; }
.pinyin { color: #4a5260; margin-left: 6px; }
.en { font-weight: 600; margin-top: 4px; color: #0b4f9c; }
.explanation { margin-top: 4px; color: #30343b; }
@media (prefers-color-scheme: dark) {
  .card { color: #e8eaee; background: #23262b; border-color: #454a52; }
  .pinyin { color: #b3bac5; }
  .en { color: #8cc2ff; }
  .explanation { color: #d2d6dc; }
}
`;

export interface TermCard {
  destroy(): void;
}

/**
 * Shows a card with the pinyin, English and explanation of a term while it is hovered or
 * focused. The card lives in a closed shadow root, so page styles cannot reach it, and it is
 * built with text nodes only: no page or glossary text is ever parsed as HTML. Everything is
 * removed when `signal` aborts or `destroy` is called.
 */
export function attachTermCard(
  doc: Document,
  describe: (id: string) => CardContent | null | undefined | Promise<CardContent | null | undefined>,
  signal: AbortSignal,
): TermCard {
  const known = new Map<string, CardContent | null>();
  const host = doc.createElement('cr-card');
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = CARD_CSS;
  const card = doc.createElement('div');
  card.className = 'card';
  card.setAttribute('role', 'tooltip');
  card.id = 'card';
  card.hidden = true;
  const line = doc.createElement('div');
  const zh = doc.createElement('span');
  zh.className = 'zh';
  zh.lang = 'zh-CN';
  const pinyin = doc.createElement('span');
  pinyin.className = 'pinyin';
  line.append(zh, pinyin);
  const en = doc.createElement('div');
  en.className = 'en';
  const explanation = doc.createElement('div');
  explanation.className = 'explanation';
  card.append(line, en, explanation);
  shadow.append(style, card);
  let isAttached = false;
  let current: Element | null = null;

  const termOf = (target: EventTarget | null): Element | null =>
    (target as Node | null)?.nodeType === 1
      ? (target as Element).closest(`${TERM_TAG}[${TERM_ATTRIBUTE}]`)
      : null;

  function show(term: Element) {
    current = term;
    const id = term.getAttribute(TERM_ATTRIBUTE) ?? '';
    if (known.has(id)) {
      render(term, known.get(id)!);
      return;
    }
    void Promise.resolve(describe(id)).then(
      (content) => {
        known.set(id, content ?? null);
        if (current === term && !signal.aborted) render(term, content ?? null);
      },
      () => known.set(id, null),
    );
  }

  function render(term: Element, content: CardContent | null) {
    if (!content) return;
    if (!isAttached) {
      doc.documentElement.append(host);
      isAttached = true;
    }
    zh.textContent = content.zh;
    pinyin.textContent = content.pinyin;
    en.textContent = content.en;
    explanation.textContent = content.explanation;
    card.hidden = false;
    const box = term.getBoundingClientRect();
    const view = doc.defaultView!;
    const width = card.offsetWidth;
    const height = card.offsetHeight;
    const left = Math.max(8, Math.min(box.left, view.innerWidth - width - 8));
    const below = box.bottom + 6;
    const top = below + height > view.innerHeight - 8 ? Math.max(8, box.top - height - 6) : below;
    card.style.left = `${left}px`;
    card.style.top = `${top}px`;
  }

  function hide() {
    current = null;
    card.hidden = true;
  }

  const options = { signal, capture: true, passive: true } as const;
  doc.addEventListener(
    'mouseover',
    (event) => {
      const term = termOf(event.target);
      if (term && term !== current) show(term);
      else if (!term && current) hide();
    },
    options,
  );
  doc.addEventListener(
    'focusin',
    (event) => {
      const term = termOf(event.target);
      if (term) show(term);
    },
    options,
  );
  doc.addEventListener('focusout', hide, options);
  doc.addEventListener(
    'keydown',
    (event) => {
      if (event.key === 'Escape') hide();
    },
    options,
  );
  doc.addEventListener('scroll', hide, options);

  const destroy = () => {
    hide();
    host.remove();
    isAttached = false;
  };
  signal.addEventListener('abort', destroy, { once: true });
  return { destroy };
}
