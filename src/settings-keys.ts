/** What is shown inline next to an annotated term. */
export type InlineDisplay = 'english' | 'pinyin' | 'both' | 'underline';
export const INLINE_DISPLAYS: readonly InlineDisplay[] = ['english', 'pinyin', 'both', 'underline'];

export const isInlineDisplay = (value: unknown): value is InlineDisplay =>
  (INLINE_DISPLAYS as readonly unknown[]).includes(value);

/** A host as the "never on this site" list keeps it: lower case, without a leading "www.". */
export function normalizeHost(host: string): string {
  return host
    .trim()
    .toLowerCase()
    .replace(/^www\./, '');
}

/** The host of a page's URL for the "never on this site" list, or null for non-web pages. */
export function siteOf(url: string | undefined | null): string | null {
  if (!url) return null;
  try {
    const { protocol, hostname } = new URL(url);
    return protocol === 'http:' || protocol === 'https:' ? normalizeHost(hostname) : null;
  } catch {
    return null;
  }
}
