import { describe, expect, it } from 'vitest';
import {
  alpha3Of,
  englishNameOf,
  everydayEnglishName,
  numericOf,
  urduCountryNames,
} from '../../../scripts/lib/countryCodes.ts';

describe('countryCodes (i18n-iso-countries, script side)', () => {
  it("reads the library's Urdu names by alpha-2", () => {
    expect(urduCountryNames()['AL']).toBe('البانیاہ');
    expect(urduCountryNames()['JP']).toBe('جاپان');
  });

  it('converts alpha-2 to alpha-3 and zero-padded numeric, as world-atlas ids are', () => {
    expect([alpha3Of('AL'), numericOf('AL')]).toEqual(['ALB', '008']);
    expect([alpha3Of('US'), numericOf('US')]).toEqual(['USA', '840']);
    expect(alpha3Of('ZZ')).toBeUndefined();
  });

  it('picks the everyday English name over a formal one', () => {
    expect(englishNameOf('US')).toBe('United States');
    expect(englishNameOf('IR')).toBe('Iran');
    expect(englishNameOf('RU')).toBe('Russia');
    expect(englishNameOf('GB')).toBe('United Kingdom');
    expect(englishNameOf('AL')).toBe('Albania');
    expect(englishNameOf('SY')).toBe('Syrian Arab Republic');
  });

  it('keeps the official name where the short one is shared (both Congos are "Congo")', () => {
    expect(englishNameOf('CD')).toBe('Democratic Republic of the Congo');
    expect(englishNameOf('CG')).toBe('Republic of the Congo');
  });

  it('never picks an abbreviation', () => {
    expect(everydayEnglishName(['United States of America', 'USA', 'U.S.', 'United States'])).toBe('United States');
    expect(everydayEnglishName([])).toBeUndefined();
  });
});
