import { findHeadline } from './headline';
import { findMetadata } from './metadata';
import { classifyPage, type PageKind } from './page-kind';
import { scanInSteps, scanPage, type NodeStats, type PageScan, type StatsLookup } from './scan';
import { findSiteRule, type SiteRule } from './site-rules';
import { findSkipsInSteps } from './skip';
import { collectLines } from './text';

export type { PageKind } from './page-kind';

export interface Article {
  isArticle: boolean; // kind === 'article'
  kind: PageKind;
  title: string | null; // the headline, no site suffix
  source: string | null; // 来源, e.g. '新华日报'
  author: string | null; // author or editor line as found
  date: string | null; // 'YYYY-MM-DD' or 'YYYY-MM-DD HH:MM'
  site: string; // the site rule's name that matched, or 'general'
  root: Element | null; // the LIVE element of `doc` that contains the article body (annotation happens in place there)
  skip: Element[]; // elements inside root that are not the body (boilerplate); the annotator will not touch them; never removed from the page
  text: string; // the body as plain text, one paragraph per line (root's text minus skip), no empty lines
}

/** The page's URL: the one given, else the document's own unless it is a placeholder, else its canonical link. */
function resolveUrl(doc: Document, given: string | null | undefined): URL | null {
  // Asked one after the other, so the page is only searched when the URLs before fail.
  const candidates = [
    () => given,
    () => doc.URL,
    () => doc.querySelector('link[rel="canonical"]')?.getAttribute('href'),
    () => doc.querySelector('meta[property="og:url"]')?.getAttribute('content'),
  ];
  for (const candidateOf of candidates) {
    const candidate = candidateOf();
    if (!candidate || !/^https?:\/\//i.test(candidate)) continue;
    try {
      const url = new URL(candidate);
      if (url.hostname === 'localhost' || url.hostname === '127.0.0.1') continue;
      return url;
    } catch {
      continue;
    }
  }
  return null;
}

/**
 * Per element counts, scanned only where asked for: under a site rule's root, and around its
 * headline. An element inside a subtree already scanned and absent from it was passed over by the
 * scan (hidden, a script, a form control) and has none, as in a scan of the whole page.
 */
class StatsOnDemand {
  readonly map = new Map<Element, NodeStats>();
  private readonly scanned: Element[] = [];

  /** Scans `el`'s subtree, even where an enclosing scan passed over it. */
  scan(el: Element): void {
    this.add(el, scanPage(el));
  }

  /** As scan, pausing between `el`'s block children when `shouldPause` says so. */
  *scanInSteps(el: Element, shouldPause: () => boolean): Generator<void, void, void> {
    this.add(el, yield* scanInSteps(el, shouldPause));
  }

  private add(el: Element, scan: PageScan): void {
    for (const [node, s] of scan.stats) this.map.set(node, s);
    this.scanned.push(el);
  }

  get(el: Element): NodeStats | undefined {
    const known = this.map.get(el);
    if (known || this.scanned.some((root) => root.contains(el))) return known;
    this.scan(el);
    return this.map.get(el);
  }
}

/**
 * The first body selector of the rule that names an element with prose in it. A container hidden
 * by its markup (which a page scan passes over) is scanned on its own: a site may serve its
 * article hidden until a script shows it.
 */
function* findRuleRoot(
  doc: Document,
  rule: SiteRule,
  stats: StatsOnDemand,
  shouldPause: () => boolean,
): Generator<void, Element | null, void> {
  for (const selector of rule.body) {
    for (const el of Array.from(doc.querySelectorAll(selector))) {
      if (!stats.map.has(el)) yield* stats.scanInSteps(el, shouldPause);
      const s = stats.map.get(el);
      if (s && s.chars - s.linkChars >= 20) return el;
    }
  }
  return null;
}

/** The root's counts minus those of its skipped parts (which are disjoint subtrees). */
function statsWithout(root: Element, skip: readonly Element[], stats: StatsLookup): NodeStats | null {
  const total = stats.get(root);
  if (!total) return null;
  const result = { ...total };
  for (const el of skip) {
    const s = stats.get(el);
    if (!s) continue;
    result.chars -= s.chars;
    result.linkChars -= s.linkChars;
    result.punct -= s.punct;
    result.links -= s.links;
    result.paragraphs -= s.paragraphs;
  }
  return result;
}

/** The element whose subtree scores highest; ties go to the deeper element. */
function findBestRoot(blocks: readonly Element[], stats: StatsLookup): Element | null {
  let best: Element | null = null;
  let bestScore = 0;
  for (const el of blocks) {
    const score = stats.get(el)?.score ?? 0;
    if (score > bestScore) {
      best = el;
      bestScore = score;
    }
  }
  return best;
}

/**
 * Lines where Chinese pages put the byline (来源, 责任编辑, the date): around the headline, in the
 * skipped furniture, and at the start and end of the body.
 */
function collectNearbyLines(
  root: Element | null,
  headline: Element | null,
  skip: readonly Element[],
  lines: readonly string[],
  stats: StatsLookup,
): string[] {
  const nearby: string[] = [];
  const none = new Set<Element>();
  const rootChars = root ? (stats.get(root)?.chars ?? 0) : 0;
  const addSmall = (el: Element, limit: number): void => {
    // An element around the article holds at least the article's text: no need to count it.
    if (root && rootChars >= limit && el.contains(root)) return;
    const s = stats.get(el);
    if (s && s.chars < limit) nearby.push(...collectLines(el, none));
  };
  if (headline?.parentElement) {
    addSmall(headline.parentElement, 600);
    let sibling = headline.nextElementSibling;
    for (let i = 0; sibling && i < 4; i += 1, sibling = sibling.nextElementSibling) addSmall(sibling, 300);
  }
  for (const el of skip) addSmall(el, 200);
  nearby.push(...lines.slice(0, 3), ...lines.slice(-4));
  return nearby;
}

/**
 * Finds the article in `doc` without changing the document in any way: a site rule when the host
 * (or, for a saved page, the template) is known, else the general reader. Works on hidden content
 * (WeChat's `#js_content` before its script runs) and needs no layout, so it runs the same in a
 * browser and in happy-dom.
 */
export function findArticle(doc: Document, options?: { url?: string | null }): Article {
  const steps = findArticleInSteps(doc, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * findArticle, in steps, so that a page can go on between them: with `shouldPause`, it stops
 * while counting the page (or a site rule's body) and while finding what to skip whenever that
 * says so; and it always stops after counting, after finding what to skip, and after reading the
 * lines.
 */
export function* findArticleInSteps(
  doc: Document,
  options?: { url?: string | null; shouldPause?: () => boolean },
): Generator<void, Article, void> {
  const shouldPause = options?.shouldPause;
  const url = resolveUrl(doc, options?.url);
  const body = doc.body ?? doc.documentElement;
  const rule = findSiteRule(doc, url?.hostname ?? null);

  // With a site rule's root, only the parts of the page around it are scanned.
  const onDemand = new StatsOnDemand();
  let root = rule ? yield* findRuleRoot(doc, rule, onDemand, shouldPause ?? (() => false)) : null;
  const site = root && rule ? rule.name : 'general';
  let stats: StatsLookup = onDemand;
  if (!root) {
    const scan = shouldPause ? yield* scanInSteps(body, shouldPause) : scanPage(body);
    stats = scan.stats;
    root = findBestRoot(scan.blocks, scan.stats);
  }
  yield;

  const headline = findHeadline(doc, root, site !== 'general' && rule ? (rule.title ?? []) : []);
  const drop = site !== 'general' && rule ? (rule.drop ?? []) : [];
  const skip = root ? yield* findSkipsInSteps(root, stats, drop, headline, shouldPause ?? (() => false)) : [];
  yield;
  const lines = root ? collectLines(root, new Set(skip)) : [];
  yield;

  const nearby = collectNearbyLines(root, headline.element, skip, lines, stats);
  const metadata = findMetadata(doc, nearby, site !== 'general' && rule ? rule : {});

  const kind = classifyPage(root, root ? statsWithout(root, skip, stats) : null, stats, url, doc);
  return {
    isArticle: kind === 'article',
    kind,
    title: headline.title,
    source: metadata.source,
    author: metadata.author,
    date: metadata.date,
    site,
    root,
    skip,
    text: lines.join('\n'),
  };
}
