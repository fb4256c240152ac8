import { matchForms, type FormMatch } from './matchForms.ts';
import { buildPlaceForms, type FormKind, type LibraryNames, type PlaceForm } from './placeForms.ts';
import type { UrduVariants } from './urduVariants.ts';

/** One exact string of the text that names a place, how often it stands there, and on which lines. */
export interface FoundSurface {
  /** The text's own slice, byte for byte (never the data's spelling, which may be folded). */
  readonly text: string;
  readonly kind: FormKind;
  readonly count: number;
  /** 1-based lines it stands on, ascending, each once. */
  readonly lines: readonly number[];
}

/** A country the text names by name or demonym, with every surface form found for it. */
export interface FoundCountry {
  /** ISO 3166-1 alpha-2. */
  readonly code: string;
  /** In order of first appearance. */
  readonly surfaces: readonly FoundSurface[];
  /** Mentions in all (the sum of the surfaces' counts). */
  readonly count: number;
}

/** A capital the text names, with the country it stands for. */
export interface FoundCapital {
  /** English name of the city. */
  readonly en: string;
  /** ISO 3166-1 alpha-2 of the country it stands for, which the text may or may not name. */
  readonly country: string;
  readonly surfaces: readonly FoundSurface[];
  readonly count: number;
}

/** A form found that is also an ordinary Urdu word: reported for a person to decide, not counted. */
export interface DoubtfulForm {
  readonly surface: FoundSurface;
  /** ISO alpha-2 of the country it would name or stand for. */
  readonly country: string;
  /** For a capital: its English name. */
  readonly capital?: string;
  /** The ordinary sense it may have instead. */
  readonly otherSense: string;
}

/** A phrase found that contains a place's form but is not a place (a continent, a newspaper). */
export interface NotAPlace {
  readonly surface: FoundSurface;
  readonly note: string;
}

/** Everything the gazetteer found in one text. */
export interface PlacesFound {
  /** Countries named by name or demonym, in order of first mention. */
  readonly countries: readonly FoundCountry[];
  /** Capitals named, in order of first mention. */
  readonly capitals: readonly FoundCapital[];
  readonly doubtful: readonly DoubtfulForm[];
  readonly notPlaces: readonly NotAPlace[];
}

/** 1-based line of each offset, for offsets given in ascending order. */
function lineOf(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    // Binary search: the last line start at or before the offset.
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}

/** Whether a homograph's next word rules its other sense out (see UrduVariants.otherSenseBefore). */
function placeByNextWord(text: string, m: FormMatch, variants: UrduVariants): boolean {
  const other = variants.otherSenseBefore[m.form.text];
  if (!other) return false;
  const next = /^[\s\u200c]*([^\s\u200c۔،؛؟!.,:;"”“()]+)/u.exec(text.slice(m.end))?.[1];
  // At the end of a sentence the sense cannot be told from the next word: left to a person.
  return next !== undefined && !other.includes(next);
}

/** Groups matches by their exact text slice, in order of first appearance. */
function surfacesOf(text: string, matches: readonly FormMatch[], line: (offset: number) => number): FoundSurface[] {
  const bySlice = new Map<string, { kind: FormKind; count: number; lines: number[] }>();
  for (const m of matches) {
    const slice = text.slice(m.start, m.end);
    const s = bySlice.get(slice) ?? { kind: m.form.kind, count: 0, lines: [] };
    s.count++;
    const l = line(m.start);
    if (s.lines[s.lines.length - 1] !== l) s.lines.push(l);
    bySlice.set(slice, s);
  }
  return [...bySlice].map(([slice, s]) => ({ text: slice, kind: s.kind, count: s.count, lines: s.lines }));
}

/** Groups matches under a key, keeping the order in which keys first appear. */
function groupBy<K>(matches: readonly FormMatch[], key: (m: FormMatch) => K): Map<K, FormMatch[]> {
  const out = new Map<K, FormMatch[]>();
  for (const m of matches) out.set(key(m), [...(out.get(key(m)) ?? []), m]);
  return out;
}

const total = (surfaces: readonly FoundSurface[]) => surfaces.reduce((n, s) => n + s.count, 0);

/**
 * The gazetteer: finds the countries and capitals a text names, with the exact surface forms it
 * uses. Pure: the library's Urdu names (i18n-iso-countries `langs/ur.json`) and the project's
 * variants are given, not imported. Forms match as whole words under the rule of mentions.ts, the
 * longest match winning, so what is found here is what the story's own mention finder will find
 * once the surfaces are in a package. A homograph (مالی: Mali, or "financial") is reported in
 * `doubtful` and not counted; a non-place (جنوبی امریکہ) hides the place inside it.
 */
export function findPlaces(text: string, library: LibraryNames, variants: UrduVariants): PlacesFound {
  // A homograph whose other sense shows in the next word is the place when that word does not show
  // it (مصر نے: Egypt; مصر ہیں: "they insist"): counted as sure, not left for a person to decide.
  const matches = matchForms(text, buildPlaceForms(library, variants)).map((m): FormMatch => {
    if (m.form.otherSense === undefined || !placeByNextWord(text, m, variants)) return m;
    const form: PlaceForm = {
      text: m.form.text,
      kind: m.form.kind,
      country: m.form.country,
      ...(m.form.capital ? { capital: m.form.capital } : {}),
    };
    return { ...m, form };
  });
  const line = lineOf(text);
  const sure = matches.filter((m) => m.form.otherSense === undefined);
  const countries = [
    ...groupBy(
      sure.filter((m) => m.form.kind === 'name' || m.form.kind === 'demonym'),
      (m) => m.form.country ?? '',
    ),
  ].map(([code, ms]): FoundCountry => {
    const surfaces = surfacesOf(text, ms, line);
    return { code, surfaces, count: total(surfaces) };
  });
  const capitals = [
    ...groupBy(
      sure.filter((m) => m.form.kind === 'capital'),
      (m) => `${m.form.country ?? ''}|${m.form.capital ?? ''}`,
    ),
  ].map(([, ms]): FoundCapital => {
    const surfaces = surfacesOf(text, ms, line);
    const first = ms[0]?.form;
    return { en: first?.capital ?? '', country: first?.country ?? '', surfaces, count: total(surfaces) };
  });
  const doubtful = [
    ...groupBy(
      matches.filter((m) => m.form.otherSense !== undefined),
      (m) => text.slice(m.start, m.end),
    ),
  ].flatMap(([, ms]): DoubtfulForm[] => {
    const form = ms[0]?.form;
    const [surface] = surfacesOf(text, ms, line);
    if (!form || !surface) return [];
    return [
      {
        surface,
        country: form.country ?? '',
        otherSense: form.otherSense ?? '',
        ...(form.capital ? { capital: form.capital } : {}),
      },
    ];
  });
  const notPlaces = [
    ...groupBy(
      matches.filter((m) => m.form.kind === 'not-a-place'),
      (m) => text.slice(m.start, m.end),
    ),
  ].flatMap(([, ms]): NotAPlace[] => {
    const [surface] = surfacesOf(text, ms, line);
    return surface ? [{ surface, note: ms[0]?.form.note ?? '' }] : [];
  });
  return { countries, capitals, doubtful, notPlaces };
}
