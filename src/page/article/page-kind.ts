import type { NodeStats, StatsLookup } from './scan';

export type PageKind = 'article' | 'list' | 'home' | 'search' | 'video' | 'empty';

/** Evidence from the URL: search and video pages say what they are in their address. */
function kindFromUrl(url: URL | null): PageKind | null {
  if (!url) return null;
  const path = url.pathname.toLowerCase();
  const query = url.searchParams;
  // Not a bare `/s` path: WeChat articles live at /s/<id> and /s?__biz=…
  const searchKeys = ['q', 'wd', 'word', 'keyword', 'keywords', 'query', 'kw', 'searchword'];
  if (/(?:^|\/)search(?:\/|\.|$)/.test(path) || searchKeys.some((key) => query.has(key))) return 'search';
  if (/^(?:v|video|tv|live)\./.test(url.hostname) || /\/(?:video|v)\//.test(path)) return 'video';
  if (path === '/' || /^\/(?:index|default|home)\.s?html?$/.test(path)) return 'home';
  return null;
}

/** An item of a list: the best block is one teaser among siblings of the same shape, each with a link. */
function isInRepeatedItem(root: Element): boolean {
  let el: Element | null = root;
  for (let depth = 0; el && depth < 3; depth += 1, el = el.parentElement) {
    const tag = el.tagName.toUpperCase();
    if (tag === 'BODY' || tag === 'HTML') return false;
    const className = el.getAttribute('class') ?? '';
    if (tag !== 'LI' && tag !== 'DD' && !className) continue;
    let alike = 0;
    for (
      let sibling = el.parentElement?.firstElementChild ?? null;
      sibling;
      sibling = sibling.nextElementSibling
    ) {
      if (
        sibling.tagName.toUpperCase() === tag &&
        (sibling.getAttribute('class') ?? '') === className &&
        sibling.querySelector('a[href]')
      ) {
        alike += 1;
      }
    }
    if (alike >= 4) return true;
  }
  return false;
}

const ITEM_TAGS = new Set(['LI', 'DIV', 'DL', 'DD', 'ARTICLE', 'SECTION', 'TR', 'UL']);

/** A column of teasers: most of the root's children are short items led by a link (headline + summary). */
function hasTeaserItems(root: Element, stats: StatsLookup): boolean {
  let children = 0;
  let teasers = 0;
  for (let child = root.firstElementChild; child; child = child.nextElementSibling) {
    const s = stats.get(child);
    if (!s || s.chars === 0) continue;
    children += 1;
    if (
      ITEM_TAGS.has(child.tagName.toUpperCase()) &&
      s.links >= 1 &&
      s.linkChars >= s.chars * 0.15 &&
      s.chars < 300
    )
      teasers += 1;
  }
  return teasers >= 4 && teasers >= children * 0.6;
}

/**
 * Whether the chosen root holds an article. An article has prose (punctuated paragraphs that are
 * not link text); a list or home page's best block is a column of links with short summaries.
 */
export function classifyPage(
  root: Element | null,
  rootStats: NodeStats | null,
  stats: StatsLookup,
  url: URL | null,
  doc: Document,
): PageKind {
  const byUrl = kindFromUrl(url);
  if (byUrl === 'search') return 'search';
  if (!root || !rootStats || rootStats.chars < 10)
    return byUrl ?? (doc.querySelector('video') ? 'video' : 'empty');
  const prose = rootStats.chars - rootStats.linkChars;
  if ((prose < 400 && isInRepeatedItem(root)) || hasTeaserItems(root, stats))
    return byUrl === 'home' ? 'home' : 'list';
  if (rootStats.chars < 40 || rootStats.paragraphs === 0) {
    if (byUrl) return byUrl;
    if (doc.querySelector('video')) return 'video';
    return rootStats.chars < 40 ? 'empty' : 'list';
  }
  const isLinky =
    rootStats.linkChars > rootStats.chars * 0.45 || (rootStats.links >= 12 && prose / rootStats.links < 60);
  const isThin = prose < 60 || rootStats.punct < 2;
  if (isLinky || isThin) {
    if (byUrl) return byUrl;
    if (isThin && doc.querySelector('video')) return 'video';
    return 'list';
  }
  if (byUrl === 'video' && prose < 300) return 'video';
  if (byUrl === 'home' && (rootStats.links >= 8 || prose < 200)) return 'home';
  return 'article';
}
