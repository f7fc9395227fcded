/** Raised when bytes cannot be read as an HTML page; the message says why. */
export class DecodeError extends Error {
  override name = 'DecodeError';
}

const CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i;
const GB_FAMILY = new Set(['gb2312', 'gbk', 'gb18030', 'x-gbk', 'cp936', 'euc-cn']);

/** The charset the page declares in its first 4 KB, lower-cased, or null. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  return CHARSET.exec(head)?.[1]?.toLowerCase() ?? null;
}

/**
 * Decodes a saved page: strictly as UTF-8 first (a page that is valid UTF-8 is UTF-8 whatever
 * it declares), then by its declared charset, else as GB18030, the superset of GB2312 and GBK
 * that Chinese pages without a declaration almost always use.
 */
export function decodeHtml(bytes: Uint8Array): { html: string; encoding: string } {
  let html: string;
  let encoding = 'utf-8';
  try {
    html = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const declared = declaredCharset(bytes);
    encoding = declared && !GB_FAMILY.has(declared) && declared !== 'utf-8' ? declared : 'gb18030';
    try {
      html = new TextDecoder(encoding).decode(bytes);
    } catch {
      encoding = 'gb18030';
      html = new TextDecoder(encoding).decode(bytes);
    }
  }
  if (html.charCodeAt(0) === 0xfeff) html = html.slice(1);
  if (!looksLikeHtml(html))
    throw new DecodeError('not an HTML page (no <html>, <head>, <body> or <p> tag found)');
  return { html, encoding };
}

/** True when the text has the tags of an HTML document near its start. */
export function looksLikeHtml(text: string): boolean {
  if (text.includes('\u0000')) return false;
  return /<(!doctype\s+html|html|head|body|p|div|article)[\s>]/i.test(text.slice(0, 65536));
}
