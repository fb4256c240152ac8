import { KEBAB_CASE as SLUG_PATTERN } from '../../src/story/package/schema.ts';

// What `npm run story:new` is given, judged before anything is written: the article's bytes and
// the slug. Pure, so each refusal is unit-tested without touching the disk.

/** An article's bytes read as text, or the reason they cannot be a story's article. */
export type DecodedArticle =
  | { readonly ok: true; readonly text: string; readonly warnings: readonly string[] }
  | { readonly ok: false; readonly message: string };

// Control characters other than tab, line feed, form feed and carriage return: a file with these
// is a binary that happens to decode (UTF-16 text read as UTF-8 is full of NULs), not an article.
function looksBinary(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0c && c !== 0x0d) || c === 0x7f) return true;
  }
  return false;
}
// The Arabic script block, where every Urdu letter lives.
const ARABIC_SCRIPT = /[\u0600-\u06FF]/u;

/**
 * Reads an article's bytes as UTF-8 text, exactly as the checker will (`readFileSync(…, 'utf8')`
 * keeps a byte-order mark as U+FEFF, so the decoder is told to keep it too). Refuses an empty
 * file, one of white space only, bytes that are not UTF-8, and binary content; warns, but accepts,
 * text with no Urdu letter and Windows line ends (kept as they are; passages trim the \r).
 */
export function decodeArticle(bytes: Uint8Array): DecodedArticle {
  if (bytes.length === 0) return { ok: false, message: 'the article file is empty (0 bytes)' };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return { ok: false, message: 'the article file is not UTF-8 text (save it as UTF-8 and try again)' };
  }
  if (looksBinary(text))
    return {
      ok: false,
      message:
        'the article file holds control characters: it looks like a binary file, or UTF-16 text (save it as UTF-8)',
    };
  if (text.trim() === '') return { ok: false, message: 'the article file holds only white space' };
  const warnings: string[] = [];
  if (!ARABIC_SCRIPT.test(text)) warnings.push('the article has no Urdu (Arabic-script) letter: is it the right file?');
  if (text.includes('\r\n')) warnings.push('the article has Windows line ends (CRLF): kept as they are');
  if (text.startsWith('\uFEFF')) warnings.push('the article starts with a byte-order mark: kept as it is');
  return { ok: true, text, warnings };
}

/** Why a slug cannot name a new package, or null when it can: lower-case letters and digits in
 * words joined by single hyphens, the folder name under stories/ and the `?story=` address. */
export function slugProblem(slug: string): string | null {
  if (slug === '') return 'the slug is empty';
  if (!SLUG_PATTERN.test(slug))
    return `"${slug}" is not a slug: use lower-case letters and digits, words joined by single hyphens (e.g. "albania-iran-cyberattack")`;
  return null;
}
