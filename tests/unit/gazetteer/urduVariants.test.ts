import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { urduCountryNames } from '../../../scripts/lib/countryCodes.ts';
import { matchForms } from '../../../src/gazetteer/matchForms.ts';
import { buildPlaceForms } from '../../../src/gazetteer/placeForms.ts';
import { URDU_VARIANTS, type UrduVariants } from '../../../src/gazetteer/urduVariants.ts';

const LIBRARY = urduCountryNames();
const forms = buildPlaceForms(LIBRARY, URDU_VARIANTS);

describe('the variants table', () => {
  it('names only countries the library knows (alpha-2 keys of langs/ur.json)', () => {
    const codes = new Set(Object.keys(LIBRARY));
    for (const code of Object.keys(URDU_VARIANTS.countries)) expect(codes.has(code), code).toBe(true);
    for (const c of URDU_VARIANTS.capitals) expect(codes.has(c.country), c.en).toBe(true);
  });

  it("gives no form to two different places, the library's names included", () => {
    // buildPlaceForms throws on such a clash; it returned above, and each text is there once.
    expect(new Set(forms.map((f) => f.text)).size).toBe(forms.length);
  });

  it('throws, naming both, when a form is given to two places', () => {
    const clash: UrduVariants = {
      ...URDU_VARIANTS,
      countries: { ...URDU_VARIANTS.countries, IQ: { names: ['ایران'] } },
    };
    expect(() => buildPlaceForms(LIBRARY, clash)).toThrow(
      /"ایران" is given both as name of (IQ and as name of IR|IR and as name of IQ)/u,
    );
  });

  it('lists as homographs only forms the gazetteer knows', () => {
    const texts = new Set(forms.map((f) => f.text));
    for (const h of Object.keys(URDU_VARIANTS.homographs)) expect(texts.has(h), h).toBe(true);
  });

  it('lists as non-places only phrases that hide a place form inside them (else they do nothing)', () => {
    const places = forms.filter((f) => f.kind !== 'not-a-place');
    for (const phrase of Object.keys(URDU_VARIANTS.notPlaces))
      expect(matchForms(phrase, places).length, phrase).toBeGreaterThan(0);
  });

  it('holds Urdu letters only: no Arabic yeh or kaf, no stray spaces, no Latin', () => {
    const all = [
      ...Object.values(URDU_VARIANTS.countries).flatMap((c) => [...(c.names ?? []), ...(c.demonyms ?? [])]),
      ...URDU_VARIANTS.capitals.flatMap((c) => c.forms),
      ...Object.keys(URDU_VARIANTS.homographs),
      ...Object.keys(URDU_VARIANTS.notPlaces),
    ];
    for (const s of all) {
      expect(s, s).not.toMatch(/[يكى]/u);
      expect(s, s).toBe(s.trim());
      expect(s, s).not.toMatch(/[A-Za-z]/u);
    }
  });

  it('keeps i18n-iso-countries out of src/gazetteer, which the browser app may import', () => {
    for (const file of readdirSync('src/gazetteer')) {
      expect(readFileSync(`src/gazetteer/${file}`, 'utf8'), file).not.toMatch(/from ['"]i18n-iso-countries/u);
    }
  });
});
