/**
 * Every character the app may draw in Nastaliq: the article itself (every quote, name and label is a
 * slice of it) and the few marks our own Urdu-side strings add (the arrow of "البانیہ ← ایران", the
 * Arabic comma between dates, Urdu digits for line numbers, brackets and colons), plus ASCII so a
 * stray Latin character in an Urdu run still has a glyph rather than a box.
 */
export function urduGlyphText(article: string): string {
  const extras = '←،:()[]«»“”۔؟٬٫۰۱۲۳۴۵۶۷۸۹0123456789';
  let ascii = '';
  for (let c = 0x20; c < 0x7f; c++) ascii += String.fromCharCode(c);
  // Code points, not grapheme clusters: a font is subset by code point.
  const points = Array.from(article.replace(/\s/gu, '') + extras + ascii + ' ');
  return [...new Set(points)].sort().join('');
}
