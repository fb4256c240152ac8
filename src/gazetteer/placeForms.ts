import { foldUrduLetters } from './foldLetters.ts';
import type { UrduVariants } from './urduVariants.ts';

/** The library's Urdu country names by ISO 3166-1 alpha-2 code, as in i18n-iso-countries'
 * `langs/ur.json` (`countries`); a list where a locale gives several names. Injected by the
 * caller, so the library never enters a module the browser app imports. */
export type LibraryNames = Readonly<Record<string, string | readonly string[]>>;

/** What a form names: the country itself, its people, its capital, or nothing (a phrase that
 * contains a place's form but is not that place). */
export type FormKind = 'name' | 'demonym' | 'capital' | 'not-a-place';

/** One Urdu string the gazetteer looks for, and what it stands for. */
export interface PlaceForm {
  /** As written in the data, letters folded (foldUrduLetters). */
  readonly text: string;
  readonly kind: FormKind;
  /** ISO 3166-1 alpha-2 code of the country it names or stands for; null for a non-place. */
  readonly country: string | null;
  /** For a capital: its English name. */
  readonly capital?: string;
  /** For a homograph: its other, ordinary sense; found, it is reported but not counted. */
  readonly otherSense?: string;
  /** For a non-place: what the phrase is. */
  readonly note?: string;
}

function target(form: PlaceForm): string {
  return form.kind === 'not-a-place'
    ? 'a non-place'
    : `${form.kind} of ${form.country ?? '?'}${form.capital ? ` (${form.capital})` : ''}`;
}

/**
 * Every form the gazetteer looks for: the library's names, then the project's variants, demonyms,
 * capitals and non-places. A form given twice for the same thing is kept once; a form given to two
 * different places (a data mistake: which would it be?) throws, naming both.
 */
export function buildPlaceForms(library: LibraryNames, variants: UrduVariants): PlaceForm[] {
  const byText = new Map<string, PlaceForm>();
  const add = (raw: string, form: Omit<PlaceForm, 'text' | 'otherSense'>) => {
    // Library names carry stray spaces in places; a form is matched as written, so trim it.
    const text = foldUrduLetters(raw.trim());
    if (text === '') return;
    const otherSense = variants.homographs[text];
    const full: PlaceForm = {
      ...form,
      text,
      ...(otherSense !== undefined && form.kind !== 'not-a-place' ? { otherSense } : {}),
    };
    const seen = byText.get(text);
    if (!seen) {
      byText.set(text, full);
      return;
    }
    // The library and our table may both give a country's name (برطانیہ): the same thing twice.
    if (seen.kind === full.kind && seen.country === full.country && seen.capital === full.capital) return;
    throw new Error(`gazetteer: "${text}" is given both as ${target(seen)} and as ${target(full)}`);
  };

  for (const [code, names] of Object.entries(library)) {
    for (const name of typeof names === 'string' ? [names] : names) add(name, { kind: 'name', country: code });
  }
  for (const [code, v] of Object.entries(variants.countries)) {
    for (const name of v.names ?? []) add(name, { kind: 'name', country: code });
    for (const demonym of v.demonyms ?? []) add(demonym, { kind: 'demonym', country: code });
  }
  for (const c of variants.capitals) {
    for (const form of c.forms) add(form, { kind: 'capital', country: c.country, capital: c.en });
  }
  for (const [phrase, note] of Object.entries(variants.notPlaces))
    add(phrase, { kind: 'not-a-place', country: null, note });
  return [...byText.values()];
}
