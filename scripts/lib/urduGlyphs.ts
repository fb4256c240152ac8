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

/** What Intl writes in Urdu for the interface: the months' names (long and short), the word that
 * joins a list, and the digits and separators of numbers and dates. */
export function intlUrduText(): string {
  const months = Array.from({ length: 12 }, (_, m) => new Date(Date.UTC(2022, m, 15)));
  const long = new Intl.DateTimeFormat('ur-PK-u-nu-arabext', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const short = new Intl.DateTimeFormat('ur-PK-u-nu-arabext', { month: 'short', timeZone: 'UTC' });
  const list = new Intl.ListFormat('ur', { type: 'conjunction' }).format(['ا', 'ب', 'پ']);
  return [
    ...months.map((d) => long.format(d) + short.format(d)),
    list,
    new Intl.NumberFormat('ur-PK-u-nu-arabext').format(1234567.5),
  ].join('');
}
