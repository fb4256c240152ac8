import { describe, expect, it } from 'vitest';
import { en } from '../../../src/i18n/en.ts';
import { ur } from '../../../src/i18n/ur.ts';

// Strings of the Urdu table that are rightly not Urdu: the app's own name, the switch back to
// English (named in English), and marks.
const NOT_URDU = new Set([
  'ur.app.name',
  'ur.app.otherLanguage',
  'ur.arrow',
  'ur.colon',
  'ur.table.noDate',
  'ur.story.previousArrow',
]);

/** Every string of a table, by its path; a message that takes values, by what it says for some. */
function strings(table: unknown, path: string, out: Map<string, string> = new Map()): Map<string, string> {
  if (typeof table === 'string') out.set(path, table);
  else if (typeof table === 'function') {
    if (table.length === 0) return out;
    const args = Array.from({ length: table.length }, (_, i) => (i === 0 ? 2 : 'x'));
    try {
      out.set(path, String((table as (...a: unknown[]) => unknown)(...args)));
    } catch {
      // A message over a list: said for a list.
      out.set(path, String((table as (...a: unknown[]) => unknown)(['x', 'y'])));
    }
  } else if (table !== null && typeof table === 'object')
    for (const [k, v] of Object.entries(table)) strings(v, `${path}.${k}`, out);
  return out;
}

describe('the message tables', () => {
  const enStrings = strings(en, 'en');
  const urStrings = strings(ur, 'ur');

  it('have the same messages in both languages', () => {
    expect([...urStrings.keys()].map((k) => k.slice(3)).sort()).toEqual(
      [...enStrings.keys()].map((k) => k.slice(3)).sort(),
    );
  });

  it('say every Urdu message in Urdu (no English left in the Urdu interface)', () => {
    for (const [path, text] of urStrings) {
      if (NOT_URDU.has(path)) continue;
      expect(/[\u0600-\u06FF]/u.test(text), `${path}: ${text}`).toBe(true);
      // Latin words may stand only as names of keys, formats and code (Enter, Ctrl, PNG, HTML, WebGL,
      // step=, the iframe attribute sandbox="allow-same-origin allow-popups").
      const latin = text.match(/[A-Za-z]{2,}/gu) ?? [];
      for (const word of latin)
        expect(
          [
            'Enter',
            'Escape',
            'Ctrl',
            'PNG',
            'HTML',
            'WebGL',
            'step',
            'F',
            'x',
            'y',
            'NaN',
            'undefined',
            'Natural',
            'Earth',
            'sandbox',
            'allow',
            'same',
            'origin',
            'popups',
          ],
          `${path}: ${word}`,
        ).toContain(word);
    }
  });

  it('write numbers in Urdu digits in Urdu and Latin ones in English', () => {
    expect(ur.number(2022)).toBe('۲۰۲۲');
    expect(en.number(2022)).toBe('2,022');
    expect(ur.panel.inShort(11)).toBe('مختصراً: ۱۱ تعلقات');
    expect(ur.panel.inShort(1)).toBe('مختصراً: ۱ تعلق');
  });
});
