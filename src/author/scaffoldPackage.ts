import * as v from 'valibot';
import { findPlaces, type FoundSurface, type PlacesFound } from '../gazetteer/findPlaces.ts';
import type { LibraryNames } from '../gazetteer/placeForms.ts';
import type { UrduVariants } from '../gazetteer/urduVariants.ts';
import { formatJson } from '../lib/formatJson.ts';
import { findMentions } from '../story/mentions.ts';
import { namedByPassage } from '../story/model.ts';
import { PACKAGE_FORMAT, PACKAGE_VERSION, StorySourceSchema } from '../story/package/schema.ts';
import { buildPassages } from '../story/passages.ts';
import { DEFAULT_SEGMENTATION } from '../story/segment.ts';
import type { Passage } from '../story/types.ts';
import { RELATION_TYPES } from '../story/vocabulary.ts';

// The scaffold of a new story package, as a pure function of the article and of what is known of
// the world (given by the caller: the gazetteer's data, ISO codes, anchors). It writes only what
// can be found mechanically (the countries and capitals the article names, where each sits, a
// frame around them) and leaves the rest to a person, with a TODO.md that says what and where.

/** story.json as written: the schema's input, where fields with defaults may be left out. */
export type StorySourceInput = v.InferInput<typeof StorySourceSchema>;
type EntityInput = StorySourceInput['entities'][number];
type LngLat = [number, number];
type Bounds = [LngLat, LngLat];

/** The gazetteer's data: the library's Urdu names and the project's variants. */
export interface GazetteerData {
  readonly urduNames: LibraryNames;
  readonly variants: UrduVariants;
}

/** What the scaffold needs to know of each country, looked up by the caller (i18n-iso-countries,
 * world-atlas) so that this module imports neither. */
export interface CountryFacts {
  /** ISO 3166-1 alpha-3 of an alpha-2 code. */
  alpha3(alpha2: string): string | undefined;
  /** ISO 3166-1 numeric, zero-padded, of an alpha-2 code. */
  numeric(alpha2: string): string | undefined;
  /** The English name for names.en. */
  englishName(alpha2: string): string | undefined;
  /** A point on the land of the country with this ISO numeric code; undefined without a shape. */
  anchor(isoNumeric: string): LngLat | undefined;
  /** The box around all of a country's land, so the frame holds every part of it (Malaysia's anchor
   * is on Borneo, its capital on the peninsula); undefined without a shape or for a country whose
   * land crosses the antimeridian, which a [[west, south], [east, north]] box cannot hold. */
  extent?(isoNumeric: string): Bounds | undefined;
}

/** A new package's files and what went into them. */
export interface Scaffold {
  /** The annotation, as written to story.json. */
  readonly source: StorySourceInput;
  /** story.json's text (formatJson). */
  readonly json: string;
  /** TODO.md's text. */
  readonly todo: string;
  /** A few lines for the terminal. */
  readonly summary: readonly string[];
  readonly places: PlacesFound;
}

/** The one role every found country gets until the annotator writes the story's own roles. */
export const DEFAULT_ROLE = { id: 'named', label: { en: 'Named in the article', ur: 'خبر میں مذکور' } } as const;

/** The line TODO.md and the CLI end with. */
export function checkCommand(slug: string): string {
  return `then run: npm run story:check ${slug}`;
}

// Web Mercator shows about ±85°; a frame stops at ±80 so that its padding stays on the map.
const FRAME_MAX_LAT = 80;

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

/**
 * The opening view: a box around the points, padded by 15% of its span and at least 10° of
 * longitude and 8° of latitude on each side (so one country is not framed edge to edge), rounded
 * outward to whole degrees and clamped to ±180° and ±80°. With no point, most of the world.
 */
export function frameAround(points: readonly LngLat[]): Bounds {
  if (points.length === 0)
    return [
      [-170, -60],
      [170, FRAME_MAX_LAT],
    ];
  const lngs = points.map((p) => p[0]);
  const lats = points.map((p) => p[1]);
  const [w, e, s, n] = [Math.min(...lngs), Math.max(...lngs), Math.min(...lats), Math.max(...lats)];
  const padLng = Math.max(10, (e - w) * 0.15);
  const padLat = Math.max(8, (n - s) * 0.15);
  return [
    [clamp(Math.floor(w - padLng), -180, 180), clamp(Math.floor(s - padLat), -FRAME_MAX_LAT, FRAME_MAX_LAT)],
    [clamp(Math.ceil(e + padLng), -180, 180), clamp(Math.ceil(n + padLat), -FRAME_MAX_LAT, FRAME_MAX_LAT)],
  ];
}

/** An entity id from an English name: "Kuala Lumpur" → "kuala-lumpur", "Brasília" → "brasilia". */
export function kebabId(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-|-$/gu, '');
}

/** Surfaces most frequent first; at equal counts, the one the text uses first (a stable sort). */
function byCount(surfaces: readonly FoundSurface[]): FoundSurface[] {
  return [...surfaces].sort((a, b) => b.count - a.count);
}

/** The lines of a text as an editor counts them: a final line break ends the last line; an empty
 * text has none. */
export function lineCount(text: string): number {
  if (text === '') return 0;
  return text.replace(/\r?\n$/u, '').split('\n').length;
}

const lineList = (lines: readonly number[]) => `line${lines.length === 1 ? '' : 's'} ${lines.join(', ')}`;
/** "lines 1, 3" for every line any of the surfaces stands on, each once, in order. */
const linesOf = (surfaces: readonly FoundSurface[]) =>
  lineList([...new Set(surfaces.flatMap((s) => s.lines))].sort((a, b) => a - b));
const times = (s: FoundSurface) => `${s.text} ×${s.count}`;

/** A country the package will hold, with what the TODO says about it. */
interface PlacedCountry {
  readonly entity: EntityInput;
  readonly surfaces: readonly FoundSurface[];
  readonly onlyDemonyms: boolean;
}

/**
 * Scaffolds a story package from a plain Urdu article: one country entity per country the
 * gazetteer finds (id and iso3 the ISO alpha-3, names.ur the article's most frequent name for it,
 * every surface form found, an anchor on its land, the placeholder role), one city entity per
 * capital found whose country is in the package, no relations, placeholder meta texts beginning
 * "TODO:", and a frame around the countries found. Throws only if what it built fails the schema, which
 * would be a bug here, not a problem of the article.
 */
export function scaffoldPackage(
  article: string,
  slug: string,
  gazetteer: GazetteerData,
  facts: CountryFacts,
): Scaffold {
  const places = findPlaces(article, gazetteer.urduNames, gazetteer.variants);
  const countryName = (alpha2: string) => facts.englishName(alpha2) ?? alpha2;

  const placed: PlacedCountry[] = [];
  const unplaced: string[] = [];
  const unanchored: string[] = [];
  for (const c of places.countries) {
    const iso3 = facts.alpha3(c.code);
    const isoNumeric = facts.numeric(c.code);
    if (iso3 === undefined || isoNumeric === undefined) {
      unplaced.push(
        `${countryName(c.code)} (${c.surfaces.map(times).join(', ')}): no ISO alpha-3 or numeric code, so no shape on the map; add it by hand as another kind of entity if the story needs it`,
      );
      continue;
    }
    // names.ur is the article's most frequent name of the country; a demonym only when the
    // article never names the country itself (it must be the article's own string either way).
    const names = byCount(c.surfaces.filter((s) => s.kind === 'name'));
    const ordered = [...names, ...byCount(c.surfaces.filter((s) => s.kind !== 'name'))];
    const first = ordered[0];
    if (!first) continue;
    const anchor = facts.anchor(isoNumeric);
    if (!anchor)
      unanchored.push(
        `${iso3} ${countryName(c.code)}: no shape in world-atlas to anchor it on, so it is not drawn; give it an anchor by hand, or leave it off the map`,
      );
    placed.push({
      entity: {
        id: iso3,
        type: 'country',
        iso3,
        isoNumeric,
        names: { ur: first.text, en: countryName(c.code) },
        surfaces: ordered.map((s) => s.text),
        ...(anchor ? { anchor } : {}),
        role: DEFAULT_ROLE.id,
      },
      surfaces: c.surfaces,
      onlyDemonyms: names.length === 0,
    });
  }
  const placedIds = new Set(placed.map((p) => p.entity.id));

  const cityFinds: { city: EntityInput; surfaces: readonly FoundSurface[] }[] = [];
  const orphanCapitals: string[] = [];
  const ids = new Set(placed.map((p) => p.entity.id.toLowerCase()));
  for (const cap of places.capitals) {
    const country = facts.alpha3(cap.country);
    const ordered = byCount(cap.surfaces);
    const first = ordered[0];
    if (!first) continue;
    if (country === undefined || !placedIds.has(country)) {
      // The checker wants every Urdu name to be the article's own, so a country the article names
      // only through its capital cannot be added with a name of its own.
      orphanCapitals.push(
        `${ordered.map(times).join(', ')} (${cap.en}, ${linesOf(cap.surfaces)}) stands for ${countryName(cap.country)}, which the article never names: not added`,
      );
      continue;
    }
    let id = kebabId(cap.en);
    if (id === '' || ids.has(id)) id = `${id === '' ? 'city' : id}-${country.toLowerCase()}`;
    ids.add(id);
    const city: EntityInput = {
      id,
      type: 'city',
      names: { ur: first.text, en: cap.en },
      surfaces: ordered.map((s) => s.text),
      standsFor: { country, as: 'capital' },
      note: `Capital of ${countryName(cap.country)}.`,
    };
    cityFinds.push({ city, surfaces: cap.surfaces });
  }
  const cities = cityFinds.map((c) => c.city);

  const anchors = placed.flatMap((p) => (p.entity.anchor ? [p.entity.anchor] : []));
  const extents = placed.flatMap((p) => {
    const box = p.entity.isoNumeric !== undefined ? facts.extent?.(p.entity.isoNumeric) : undefined;
    return box ? [...box] : [];
  });
  const source: StorySourceInput = {
    format: PACKAGE_FORMAT,
    version: PACKAGE_VERSION,
    meta: {
      title: { en: 'TODO: a short English title', ur: 'TODO: اردو عنوان' },
      summary: { en: 'TODO: two or three English sentences on what happens in the article', ur: 'TODO: اردو خلاصہ' },
      source: { en: 'TODO: where the article comes from (outlet, date), in one line', ur: 'TODO: خبر کا ماخذ' },
      questions: [],
    },
    // The defaults, written out so the annotator sees the two knobs that decide the passage ids.
    segmentation: {
      maxListItemWords: DEFAULT_SEGMENTATION.maxListItemWords,
      relativeOpeners: [...DEFAULT_SEGMENTATION.relativeOpeners],
    },
    roles: [{ id: DEFAULT_ROLE.id, label: { ...DEFAULT_ROLE.label } }],
    entities: [...placed.map((p) => p.entity), ...cities],
    relations: [],
    unlinked: [],
    glosses: {},
    map: { frame: frameAround([...anchors, ...extents]), views: [] },
    steps: [],
  };
  // What is written must be a package the schema reads; a failure here is a bug in this function.
  const parsed = v.parse(StorySourceSchema, source);

  const passages = buildPassages(article, DEFAULT_SEGMENTATION);
  const named = namedByPassage(parsed.entities, findMentions(article, parsed.entities, passages));
  const countriesIn = (p: Passage) => [...(named.get(p.id) ?? [])].filter((id) => placedIds.has(id));

  // Lines as the text has them: a final line break ends the last line, it does not start another.
  const lines = lineCount(article);
  const foundLines = [
    ...placed.map(
      (p) =>
        `${p.entity.id} ${p.entity.names.en}: ${p.surfaces.map(times).join(', ')} (${linesOf(p.surfaces)})${p.entity.anchor ? `, anchor [${p.entity.anchor.join(', ')}]` : ', no anchor'}`,
    ),
    ...cityFinds.map(
      ({ city, surfaces }) =>
        `${city.id} ${city.names.en}, capital, stands for ${city.standsFor?.country ?? '?'}: ${surfaces.map(times).join(', ')} (${linesOf(surfaces)})`,
    ),
  ];
  const doubtful = places.doubtful.map(
    (d) =>
      `"${d.surface.text}" (${lineList(d.surface.lines)}) may be ${d.capital ? `${d.capital}, the capital of ${countryName(d.country)}` : countryName(d.country)}, or ${d.otherSense}: not counted; if it names the place here, add it by hand`,
  );
  const notPlaces = places.notPlaces.map(
    (n) => `"${n.surface.text}" (${lineList(n.surface.lines)}) is ${n.note}: its place name was not counted`,
  );
  const demonymOnly = placed
    .filter((p) => p.onlyDemonyms)
    .map(
      (p) =>
        `${p.entity.id}: the article names it only as "${p.entity.names.ur}" (a demonym), so names.ur is that; consider a label`,
    );
  const checks = [...doubtful, ...orphanCapitals, ...unplaced, ...unanchored, ...demonymOnly, ...notPlaces];

  const summary = [
    `article: ${lines} line${lines === 1 ? '' : 's'}, ${passages.length} passage${passages.length === 1 ? '' : 's'}`,
    `countries: ${placed.length === 0 ? 'none found' : placed.map((p) => `${p.entity.id} ${p.surfaces.map(times).join(' ')}`).join(', ')}`,
    `capitals: ${cities.length === 0 ? 'none found' : cities.map((c) => `${c.id} → ${c.standsFor?.country ?? '?'}`).join(', ')}`,
    ...(checks.length > 0 ? [`to check by hand: ${checks.length} (see TODO.md)`] : []),
  ];

  const todo = todoText(slug, {
    lines,
    passages,
    foundLines,
    checks,
    countriesIn,
    placedCount: placed.length,
    frame: source.map.frame,
  });
  return { source, json: formatJson(source), todo, summary, places };
}

interface TodoFacts {
  readonly lines: number;
  readonly passages: readonly Passage[];
  readonly foundLines: readonly string[];
  readonly checks: readonly string[];
  readonly countriesIn: (p: Passage) => string[];
  readonly placedCount: number;
  readonly frame: Bounds;
}

/** TODO.md: what the annotator still has to write, section by section, with the passages at hand. */
function todoText(slug: string, f: TodoFacts): string {
  const where = (p: Passage) => `\`${p.id}\` (line ${p.line})`;
  const pairs = f.passages.map((p) => ({ p, ids: f.countriesIn(p) })).filter((x) => x.ids.length >= 2);
  const out = [
    `# To do: ${slug}`,
    '',
    `\`npm run story:new\` scaffolded this package from \`article.ur.txt\` (${f.lines} lines, ${f.passages.length} passages).`,
    'story.json holds only what could be found mechanically: the countries and capitals the article',
    "names, an anchor on each country's land, and a frame around them. The rest is annotation, below.",
    'Until the first relation is added, the checker reports one error: "no relations yet".',
    '',
    '## What the gazetteer found',
    '',
    ...(f.foundLines.length === 0 ? ['- nothing: add every entity by hand'] : f.foundLines.map((l) => `- ${l}`)),
    '',
    'Check each surface: remove one that does not name the place in this article, and add forms the',
    'gazetteer missed (an inflection, another spelling): a surface is an exact string of the article.',
    "Anchors are the centroid of each country's largest land part, or the point farthest from its",
    'border when the centroid falls outside; move one that sits badly (the checker keeps it on land).',
    ...(f.checks.length > 0 ? ['', '### To decide by hand', '', ...f.checks.map((c) => `- [ ] ${c}`)] : []),
    '',
    '## 1. Title, summary, source',
    '',
    '- [ ] `meta.title`, `meta.summary`, `meta.source`: replace each "TODO: ..." text, in English (`en`) and Urdu (`ur`).',
    '- [ ] If the text is not news (written for tests), set `meta.fixture` to true.',
    '- [ ] Optional, after the relations: `meta.questions`, ways into the story for a first visit. Each has an `id`',
    '  (lower-case words joined by hyphens: it goes in the address as `?q=<id>`), a `label` in English and Urdu,',
    '  what it `select`s (an entity, a relation, a kind of relation or a passage), and its `answer`: the ids of the',
    '  relations that answer it, in the order to read them (the panel shows them first). For example:',
    '  `{ "id": "what-x-says", "label": { "en": "What does X say?", "ur": "..." }, "select": { "kind": "entity", "id": "X" }, "answer": ["x-denies-y"] }`.',
    '',
    '## 2. Roles',
    '',
    `- [ ] Every country has the placeholder role "${DEFAULT_ROLE.id}" ("${DEFAULT_ROLE.label.en}"). Replace it with the`,
    '  roles the countries play in this story (accuser, accused, ally...; six at most, in legend order),',
    '  and give each country its own.',
    '',
    '## 3. Other actors',
    '',
    '- [ ] The gazetteer finds only countries and their capitals. Add the people, groups, firms and',
    '  organs the article names: `type`, `names` (Urdu exactly as the article spells it), `surfaces`.',
    '  - A leader or a government organ speaks for its country: `standsFor: {"country": "<ISO3>", "as": "leader"}`',
    '    or `"government-organ"`; then a passage naming it also names its country.',
    '  - An actor drawn on the map needs a `placement`: `{"beside": "<id>", "how": "based-in" or "tied-to",',
    '    "passage": "<id>", "why": "..."}` (based-in when the article locates it, tied-to when it gives',
    '    no place) and an `anchor` in open space beside what it is tied to.',
    '',
    '## 4. Relations',
    '',
    '- [ ] Add the relations: `id`, `type`, `source`, `target`, `label` (our English), `evidence`, `wording`',
    "  (the article's own words for the act, found in one evidence passage), `assertedBy`, `alleged`;",
    '  `context`, `dates`, `reportedBy` where the article gives them.',
    '- The evidence rule: every evidence passage must name both ends. A country counts as named when one',
    '  of its surfaces, or its capital, leader or organ (`standsFor`), is in the passage. When a passage',
    '  refers to an end without naming it ("the country", "it"), list that end in `impliedEnds` with',
    '  the passages that resolve it (`resolvedBy`) and `why`.',
    `- Types: ${RELATION_TYPES.join(', ')}.`,
    ...(pairs.length > 0
      ? [
          '- Passages that name two or more of the countries found (first candidates for evidence):',
          ...pairs.map(({ p, ids }) => `  - ${where(p)}: ${ids.join(', ')}`),
        ]
      : f.placedCount > 0
        ? ['- No passage names two of the countries found: the evidence will need `impliedEnds` or other actors.']
        : []),
    '',
    '## 5. Glosses',
    '',
    '- [ ] One English gloss per passage, in `glosses` by passage id:',
    ...f.passages.map((p) => `  - [ ] ${where(p)}: ${p.text}`),
    '',
    '## 6. Passages no relation cites',
    '',
    '- [ ] When the relations are in, every passage is cited as evidence or context, or listed in',
    '  `unlinked` with `why` (the checker warns about each one left).',
    '',
    '## 7. Map',
    '',
    `- [ ] \`map.frame\` is a box around the countries found, ${JSON.stringify(f.frame)} ([[west, south], [east, north]]);`,
    '  check that it frames the story, since it is the opening view.',
    '- [ ] Optional: `map.views` (named cameras) and `steps` (a guided telling).',
    '',
    checkCommand(slug),
    '',
  ];
  return out.join('\n');
}
