import * as v from 'valibot';
import { findMentions } from '../mentions.ts';
import { findPhrase, namedByPassage, segmentationOf, type StoryPackage } from '../model.ts';
import { buildPassages } from '../passages.ts';
import { mapEntityOf } from '../places.ts';
import { KIND_OF_TYPE } from '../relationKinds.ts';
import type { EntityId, PassageId } from '../types.ts';
import {
  PACKAGE_FORMAT,
  PACKAGE_VERSION,
  StorySourceSchema,
  type RelationSource,
  type SelectionRef,
  type StorySource,
} from './schema.ts';

/** One thing wrong with a package, with where it is: `relations[3].wording.phrase`. */
export interface Problem {
  readonly path: string;
  readonly message: string;
  /** An error stops the story from opening; a warning is work left for the annotator. */
  readonly severity: 'error' | 'warning';
}

/** What the checker may know of the world's shapes. Given where the shapes are at hand (the build,
 * `npm run story:check`, the unit tests); the browser opens an already-checked package without it. */
export interface Geography {
  /** Whether the country with this ISO numeric code contains the point; undefined when no shape
   * has that code. */
  contains(isoNumeric: string, lngLat: readonly [number, number]): boolean | undefined;
  /** The ISO 3166-1 numeric code of an alpha-3 code, or undefined for a code that does not exist. */
  numericOf?(alpha3: string): string | undefined;
  /** The country whose shape holds a point: its ISO numeric code and Natural Earth's name for it. */
  countryAt?(lngLat: readonly [number, number]): { readonly isoNumeric: string; readonly name: string } | undefined;
  /** Natural Earth's name for the country with this ISO numeric code. */
  nameOf?(isoNumeric: string): string | undefined;
}

// Words too common in country names to say two names are of one country ("Republic of …").
const NAME_FILLER = new Set([
  'the',
  'of',
  'and',
  'republic',
  'democratic',
  'islamic',
  'united',
  'state',
  'states',
  'kingdom',
  'people',
  'peoples',
  'federal',
  'arab',
]);

/** Whether two English country names can be of one country ("United States" and "United States of
 * America", "Iran" and "Iran (Islamic Republic of)"): one holds the other, or they share a word that
 * is not a common one; "Egypt" and "Saudi Arabia" cannot. */
export function sameCountryName(a: string, b: string): boolean {
  const norm = (s: string) =>
    s
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z ]/gu, ' ')
      .replace(/\s+/gu, ' ')
      .trim();
  const [x, y] = [norm(a), norm(b)];
  if (x === '' || y === '') return true;
  if (x.includes(y) || y.includes(x)) return true;
  const words = (s: string) => new Set(s.split(' ').filter((w) => w.length > 2 && !NAME_FILLER.has(w)));
  const wx = words(x);
  return [...words(y)].some((w) => wx.has(w));
}

/** The checker's verdict: every problem found, and the package when none of them is an error. */
export interface CheckResult {
  readonly problems: readonly Problem[];
  readonly pkg: StoryPackage | null;
}

/** Formats a valibot issue path as `a.b[2].c`. */
function issuePath(issue: v.BaseIssue<unknown>): string {
  let out = '';
  for (const item of issue.path ?? []) {
    const key = (item as { key?: unknown }).key;
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out === '' ? '(package)' : out;
}

/** The keys an object schema allows at a path (through arrays, optionals and unions), for "did you
 * mean": the schema itself is the list of fields, so no second list can go stale. */
function keysAt(schema: unknown, path: readonly unknown[]): string[] {
  const node = schema as {
    type?: string;
    entries?: Record<string, unknown>;
    item?: unknown;
    wrapped?: unknown;
    options?: unknown[];
  };
  if (node.type === 'optional' || node.type === 'nullable' || node.type === 'exact_optional' || node.type === 'nullish')
    return keysAt(node.wrapped, path);
  if (node.type === 'union' || node.type === 'variant')
    return [...new Set((node.options ?? []).flatMap((o) => keysAt(o, path)))];
  if (path.length === 0) return node.entries ? Object.keys(node.entries) : [];
  const [key, ...rest] = path;
  if (node.entries && typeof key === 'string') return keysAt(node.entries[key], rest);
  if (node.item !== undefined && typeof key === 'number') return keysAt(node.item, rest);
  return [];
}

/** Edits (insert, delete, replace, swap) between two short strings. */
function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min((d[i - 1]?.[j] ?? 0) + 1, (d[i]?.[j - 1] ?? 0) + 1, (d[i - 1]?.[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, (d[i - 2]?.[j - 2] ?? 0) + 1);
      (d[i] ?? [])[j] = best;
    }
  return d[a.length]?.[b.length] ?? 0;
}

/** The allowed key a typo most likely meant: the closest within a third of its length (two edits at
 * least), or one that differs only in case; undefined when none is close. */
function closestKey(typed: string, allowed: readonly string[]): string | undefined {
  const ranked = allowed
    .map((k) => ({ k, d: k.toLowerCase() === typed.toLowerCase() ? 0 : editDistance(typed, k) }))
    .sort((x, y) => x.d - y.d);
  const best = ranked[0];
  return best && best.d <= Math.max(2, Math.floor(typed.length / 3)) ? best.k : undefined;
}

/** valibot's message, in words an author can act on: a required field that is missing is named as
 * missing, a field no schema knows as unknown, with the field it was probably meant to be ("Expected
 * never" or "Invalid key" would not help). */
function issueMessage(issue: v.BaseIssue<unknown>): string {
  const keys = (issue.path ?? []).map((item) => (item as { key?: unknown }).key);
  const key = keys[keys.length - 1];
  if ((issue.type === 'strict_object' || issue.type === 'object') && issue.received === 'undefined')
    return `missing required field "${String(key)}"`;
  if (issue.type === 'strict_object' && issue.expected === 'never') {
    const meant = typeof key === 'string' ? closestKey(key, keysAt(StorySourceSchema, keys.slice(0, -1))) : undefined;
    return `unknown field "${String(key)}"${meant ? ` (did you mean "${meant}"?)` : ' (a typo, or a field this version does not have)'}`;
  }
  return issue.message;
}

/** Reads the raw `format` and `version` first, so a package of another kind or a newer version
 * gets one clear sentence instead of a page of field errors. */
function checkEnvelope(json: unknown): Problem | null {
  const doc = typeof json === 'object' && json !== null ? (json as Record<string, unknown>) : null;
  if (!doc || doc['format'] !== PACKAGE_FORMAT) {
    return {
      path: 'format',
      message: `not a story package: its "format" must be "${PACKAGE_FORMAT}"`,
      severity: 'error',
    };
  }
  const version = doc['version'];
  if (typeof version === 'number' && version > PACKAGE_VERSION) {
    return {
      path: 'version',
      message: `made for version ${version} of the package format; this viewer reads version ${PACKAGE_VERSION}: update the app`,
      severity: 'error',
    };
  }
  return null;
}

/** Ids that appear more than once. */
function duplicates(ids: readonly string[]): string[] {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const id of ids) (seen.has(id) ? twice : seen).add(id);
  return [...twice];
}

/**
 * Checks a story package and reports every problem with its path: first the shape of each field
 * (schema.ts), then whether the fields agree with each other and with the article: a phrase not in
 * its passage, a relation end that does not exist, an evidence passage that names neither end, an
 * anchor off its own country, a gloss for a passage that does not exist. Never throws.
 */
export function checkPackage(slug: string, article: string, json: unknown, geography?: Geography): CheckResult {
  const envelope = checkEnvelope(json);
  if (envelope) return { problems: [envelope], pkg: null };
  const parsed = v.safeParse(StorySourceSchema, json);
  if (!parsed.success) {
    return {
      problems: parsed.issues.map((i) => ({ path: issuePath(i), message: issueMessage(i), severity: 'error' })),
      pkg: null,
    };
  }
  const source = parsed.output;
  const problems = checkSource(article, source, geography);
  const ok = problems.every((p) => p.severity !== 'error');
  return { problems, pkg: ok ? { slug, article, source } : null };
}

function checkSource(article: string, source: StorySource, geography: Geography | undefined): Problem[] {
  const problems: Problem[] = [];
  const error = (path: string, message: string) => problems.push({ path, message, severity: 'error' });
  const warn = (path: string, message: string) => problems.push({ path, message, severity: 'warning' });

  if (article.trim() === '') {
    error('article.ur.txt', 'the article is empty');
    return problems;
  }
  const passages = buildPassages(article, segmentationOf(source));
  const passageIds = new Set(passages.map((p) => p.id));
  const entities = new Map(source.entities.map((e) => [e.id, e]));
  const roles = new Set(source.roles.map((r) => r.id));
  const relationIds = new Set(source.relations.map((r) => r.id));
  const hasPassage = (path: string, id: PassageId) => {
    if (!passageIds.has(id))
      error(
        path,
        `no passage ${id} in the article (it has ${passages.length}: ${passages[0]?.id ?? ''} to ${passages[passages.length - 1]?.id ?? ''})`,
      );
  };
  const hasEntity = (path: string, id: EntityId) => {
    if (!entities.has(id)) error(path, `no entity "${id}" in entities`);
  };

  for (const id of duplicates(source.entities.map((e) => e.id))) error('entities', `the id "${id}" is used twice`);
  for (const id of duplicates(source.relations.map((r) => r.id))) error('relations', `the id "${id}" is used twice`);
  for (const id of duplicates(source.roles.map((r) => r.id))) error('roles', `the id "${id}" is used twice`);
  for (const id of duplicates(source.map.views.map((r) => r.id))) error('map.views', `the id "${id}" is used twice`);
  for (const id of duplicates(source.steps.map((r) => r.id))) error('steps', `the id "${id}" is used twice`);
  // Ids are matched case-blind in addresses (`?focus=alb`), so two that differ only in case collide.
  const exact = new Set(duplicates(source.entities.map((e) => e.id)).map((id) => id.toLowerCase()));
  for (const id of duplicates(source.entities.map((e) => e.id.toLowerCase())))
    if (!exact.has(id)) error('entities', `two ids differ only in case ("${id}")`);

  // Entities: every Urdu form is the article's own, countries are coded, and each has its place.
  const mentions = findMentions(article, source.entities, passages);
  const countries = source.entities.filter((e) => e.type === 'country');
  for (const code of duplicates(countries.flatMap((e) => (e.iso3 ? [e.iso3] : []))))
    error('entities', `two countries have the ISO code ${code}`);
  for (const code of duplicates(countries.flatMap((e) => (e.isoNumeric ? [e.isoNumeric] : []))))
    error('entities', `two countries have the ISO numeric code ${code}`);
  // A mention names one entity: a form listed for two would go silently to whichever comes first.
  const surfaceOwner = new Map<string, EntityId>();
  source.entities.forEach((e, i) => {
    const at = `entities[${i}]`;
    e.surfaces.forEach((s, j) => {
      if (!article.includes(s)) error(`${at}.surfaces[${j}]`, `${e.id}: "${s}" is not in the article`);
      const owner = surfaceOwner.get(s);
      if (owner !== undefined && owner !== e.id)
        error(`${at}.surfaces[${j}]`, `${e.id}: "${s}" is already a surface of "${owner}"; a mention names one entity`);
      else if (owner === e.id) error(`${at}.surfaces[${j}]`, `${e.id}: "${s}" is listed twice`);
      surfaceOwner.set(s, e.id);
    });
    if (!article.includes(e.names.ur))
      error(
        `${at}.names.ur`,
        `${e.id}: the Urdu name "${e.names.ur}" is not in the article (use the article's own spelling)`,
      );
    if (e.label && !article.includes(e.label.ur))
      error(`${at}.label.ur`, `${e.id}: the Urdu label "${e.label.ur}" is not in the article`);
    if (!mentions.some((m) => m.entity === e.id))
      warn(at, `${e.id}: no surface form is found as a whole word in the article, so nothing links to it`);
    if (e.type === 'country') {
      if (!e.iso3) error(`${at}.iso3`, `${e.id}: a country needs its ISO 3166-1 alpha-3 code`);
      if (!e.isoNumeric)
        error(`${at}.isoNumeric`, `${e.id}: a country needs its ISO 3166-1 numeric code (its shape on the map)`);
      if (e.anchor && !e.role) error(`${at}.role`, `${e.id}: a country on the map needs a role (its colour)`);
      if (e.standsFor) error(`${at}.standsFor`, `${e.id}: a country stands for itself`);
      // The id, when it is a code (ALB), is the country's alpha-3 code.
      if (e.iso3 && /^[A-Z]{3}$/u.test(e.id) && e.id !== e.iso3)
        error(`${at}.iso3`, `${e.id}: the id is an ISO code, and says ${e.id}, but iso3 says ${e.iso3}`);
      const expected = e.iso3 && geography?.numericOf ? geography.numericOf(e.iso3) : undefined;
      if (e.iso3 && geography?.numericOf && expected === undefined)
        error(`${at}.iso3`, `${e.id}: ${e.iso3} is not an ISO 3166-1 alpha-3 code`);
      else if (expected !== undefined && e.isoNumeric !== undefined && expected !== e.isoNumeric)
        error(`${at}.isoNumeric`, `${e.id}: ${e.iso3} is ISO numeric ${expected}, not ${e.isoNumeric}`);
      // The codes name the country the entity is named: Saudi Arabia's codes on an entity named Egypt
      // would colour Saudi Arabia and call it Egypt.
      const shapeName = e.isoNumeric ? geography?.nameOf?.(e.isoNumeric) : undefined;
      if (shapeName !== undefined && !sameCountryName(e.names.en, shapeName))
        error(
          `${at}.isoNumeric`,
          `${e.id}: ISO numeric ${e.isoNumeric ?? ''} is ${shapeName} on the map, not ${e.names.en}`,
        );
    } else {
      if (e.iso3 || e.isoNumeric) error(at, `${e.id}: only countries carry ISO codes`);
      if (e.role !== undefined) error(`${at}.role`, `${e.id}: only countries have a role (a colour on the map)`);
    }
    if (e.role !== undefined && !roles.has(e.role)) error(`${at}.role`, `${e.id}: no role "${e.role}" in roles`);
    if (e.standsFor) {
      const c = entities.get(e.standsFor.country);
      if (c?.type !== 'country')
        error(`${at}.standsFor.country`, `${e.id}: "${e.standsFor.country}" is not a country of this story`);
    }
    if (e.placement) {
      hasEntity(`${at}.placement.beside`, e.placement.beside);
      if (e.placement.beside === e.id)
        error(`${at}.placement.beside`, `${e.id}: an actor is drawn beside something else, not itself`);
      else if (entities.has(e.placement.beside) && mapEntityOf(entities, e.placement.beside) === undefined)
        error(`${at}.placement.beside`, `${e.id}: "${e.placement.beside}" has no place on the map to be drawn beside`);
      hasPassage(`${at}.placement.passage`, e.placement.passage);
      if (e.type === 'country')
        error(`${at}.placement`, `${e.id}: a country is drawn on its own land, not beside something`);
    }
    if (e.anchor && e.type !== 'country' && !e.placement)
      error(
        `${at}.placement`,
        `${e.id}: an actor drawn on the map needs a placement (what the article ties it to, and why)`,
      );
    if (e.anchor && e.type === 'country' && e.isoNumeric && geography) {
      const inside = geography.contains(e.isoNumeric, e.anchor);
      if (inside === undefined) error(`${at}.isoNumeric`, `${e.id}: no country shape has the code ${e.isoNumeric}`);
      else if (!inside) {
        // Say whose land it is on, so the author knows which number (the anchor, or the codes) is wrong.
        const on = geography.countryAt?.(e.anchor);
        error(
          `${at}.anchor`,
          `${e.id}: the anchor [${e.anchor.join(', ')}] is not on ${e.names.en}'s own land${on ? `: it is on ${on.name} (ISO numeric ${on.isoNumeric})` : ' (it is at sea)'}`,
        );
      }
    }
  });

  // Relations: ends exist and are drawn, phrases are found, evidence names both ends.
  const named = namedByPassage(source.entities, mentions);
  const drawn = (id: EntityId): boolean => mapEntityOf(entities, id) !== undefined;
  if (source.relations.length === 0)
    error('relations', 'no relations yet: add at least one (see TODO.md in the package)');
  source.relations.forEach((r, i) => {
    const at = `relations[${i}]`;
    for (const end of ['source', 'target'] as const) {
      const id = r[end];
      if (!entities.has(id)) error(`${at}.${end}`, `${r.id}: no entity "${id}" in entities`);
      else if (!drawn(id)) error(`${at}.${end}`, `${r.id}: "${id}" has no place on the map (give it an anchor)`);
    }
    if (r.source === r.target) error(at, `${r.id}: a relation joins two different entities`);
    r.assertedBy.forEach((id, j) => hasEntity(`${at}.assertedBy[${j}]`, id));
    r.reportedBy.forEach((id, j) => hasEntity(`${at}.reportedBy[${j}]`, id));
    r.evidence.forEach((pid, j) => hasPassage(`${at}.evidence[${j}]`, pid));
    for (const [list, ids] of [
      ['evidence', r.evidence],
      ['context', r.context],
      ['assertedBy', r.assertedBy],
      ['reportedBy', r.reportedBy],
    ] as const) {
      for (const id of duplicates(ids)) error(`${at}.${list}`, `${r.id}: "${id}" is listed twice`);
    }
    for (const d of duplicates(r.dates.map((x) => `${x.in}: ${x.phrase}`)))
      error(`${at}.dates`, `${r.id}: the date ${d} is given twice`);
    r.context.forEach((pid, j) => {
      hasPassage(`${at}.context[${j}]`, pid);
      if (r.evidence.includes(pid)) warn(`${at}.context[${j}]`, `${r.id}: ${pid} is already evidence`);
    });
    const phrase = (path: string, ref: { in: string; phrase: string }, allowed: readonly string[]) => {
      if (!passageIds.has(ref.in)) return hasPassage(`${path}.in`, ref.in);
      if (!allowed.includes(ref.in))
        error(
          `${path}.in`,
          `${r.id}: ${ref.in} is not one of the relation's ${allowed === r.evidence ? 'evidence' : 'evidence or context'} passages`,
        );
      if (!findPhrase(article, passages, ref)) error(`${path}.phrase`, `${r.id}: "${ref.phrase}" is not in ${ref.in}`);
    };
    phrase(`${at}.wording`, r.wording, r.evidence);
    r.dates.forEach((d, j) => phrase(`${at}.dates[${j}]`, d, [...r.evidence, ...r.context]));
    r.evidence.forEach((pid, j) => {
      if (!passageIds.has(pid)) return;
      const names = named.get(pid) ?? new Set<EntityId>();
      for (const end of [r.source, r.target]) {
        if (names.has(end)) continue;
        const implied = r.impliedEnds.find((x) => x.passage === pid && x.entity === end);
        if (!implied)
          error(
            `${at}.evidence[${j}]`,
            `${r.id}: ${pid} does not name "${end}"; name it, or list it in impliedEnds with the passages that resolve it and why`,
          );
      }
    });
    r.impliedEnds.forEach((x, j) => {
      const path = `${at}.impliedEnds[${j}]`;
      if (!r.evidence.includes(x.passage))
        error(`${path}.passage`, `${r.id}: ${x.passage} is not an evidence passage of this relation`);
      if (x.entity !== r.source && x.entity !== r.target)
        error(`${path}.entity`, `${r.id}: "${x.entity}" is not an end of this relation`);
      x.resolvedBy.forEach((pid, k) => {
        if (!passageIds.has(pid)) return hasPassage(`${path}.resolvedBy[${k}]`, pid);
        if (!(named.get(pid)?.has(x.entity) ?? false))
          error(`${path}.resolvedBy[${k}]`, `${r.id}: ${pid} does not name "${x.entity}" either`);
      });
    });
  });

  // Passages: each has our gloss, and each is cited or said to be unlinked.
  for (const pid of Object.keys(source.glosses)) hasPassage(`glosses.${pid}`, pid);
  const cited = new Set(source.relations.flatMap((r) => [...r.evidence, ...r.context]));
  source.unlinked.forEach((u, i) => {
    hasPassage(`unlinked[${i}].passage`, u.passage);
    if (cited.has(u.passage))
      warn(`unlinked[${i}].passage`, `${u.passage} is cited by a relation; it need not be listed as unlinked`);
  });
  const unlinked = new Set(source.unlinked.map((u) => u.passage));
  for (const p of passages) {
    if (!(p.id in source.glosses)) warn(`glosses.${p.id}`, `line ${p.line} (${p.id}) has no English gloss yet`);
    if (!cited.has(p.id) && !unlinked.has(p.id))
      warn(
        `passages.${p.id}`,
        `line ${p.line} (${p.id}) is cited by no relation; cite it, or list it in unlinked with why`,
      );
  }

  // What a reader can select or jump to exists, and a question's answer is among what it opens.
  for (const id of duplicates(source.meta.questions.map((q) => q.id)))
    error('meta.questions', `the id "${id}" is used twice`);
  const relationsById = new Map(source.relations.map((r) => [r.id, r]));
  source.meta.questions.forEach((q, i) => {
    const at = `meta.questions[${i}].select.id`;
    if (q.select.kind === 'entity') hasEntity(at, q.select.id);
    if (q.select.kind === 'relation' && !relationIds.has(q.select.id)) error(at, `no relation "${q.select.id}"`);
    if (q.select.kind === 'passage') hasPassage(at, q.select.id);
    const kind = q.select.kind === 'relation-kind' ? q.select.id : undefined;
    if (kind !== undefined && !source.relations.some((r) => KIND_OF_TYPE[r.type] === kind))
      error(at, `the story has no relation of the kind "${kind}"`);
    for (const id of duplicates(q.answer)) error(`meta.questions[${i}].answer`, `${q.id}: "${id}" is listed twice`);
    q.answer.forEach((rid, j) => {
      const path = `meta.questions[${i}].answer[${j}]`;
      const r = relationsById.get(rid);
      if (!r) error(path, `${q.id}: no relation "${rid}"`);
      // The panel shows the answer first among what the question opens: an answer it does not
      // open would never be seen.
      else if (!opensRelation(q.select, r))
        error(path, `${q.id}: "${rid}" is not among what the question opens (${q.select.kind} ${q.select.id})`);
    });
  });
  const usedRoles = new Set(source.entities.map((e) => e.role));
  source.roles.forEach((r, i) => {
    if (!usedRoles.has(r.id))
      warn(`roles[${i}]`, `no country has the role "${r.id}": the legend would show it for nothing`);
  });
  const box = (path: string, [[w, s], [e, n]]: readonly [readonly [number, number], readonly [number, number]]) => {
    if (!(w < e)) error(path, `the west edge (${w}) must be west of the east edge (${e})`);
    if (!(s < n)) error(path, `the south edge (${s}) must be south of the north edge (${n})`);
  };
  box('map.frame', source.map.frame);
  source.map.views.forEach((view, i) => box(`map.views[${i}].bounds`, view.bounds));
  const addedAt = new Map<string, number>();
  const relationById = new Map(source.relations.map((r) => [r.id, r]));
  source.steps.forEach((step, i) => {
    const at = `steps[${i}]`;
    step.passages.forEach((pid, j) => hasPassage(`${at}.passages[${j}]`, pid));
    step.relations.forEach((rid, j) => {
      const r = relationById.get(rid);
      if (!r) return error(`${at}.relations[${j}]`, `no relation "${rid}"`);
      // A step shows its quotes beside the edges it adds: each edge's evidence must be among them,
      // or a claim would be on screen without the sentence behind it.
      if (!r.evidence.some((pid) => step.passages.includes(pid))) {
        error(`${at}.relations[${j}]`, `"${rid}" rests on ${r.evidence.join(', ')}, none of which the step quotes`);
      }
      const earlier = addedAt.get(rid);
      if (earlier !== undefined) warn(`${at}.relations[${j}]`, `"${rid}" was already added by steps[${earlier}]`);
      else addedAt.set(rid, i);
    });
    if (step.when) {
      const { date, article: words } = step.when;
      const [y = 0, m = 0, d = 1] = date.split('-').map(Number);
      const real = new Date(Date.UTC(y, m - 1, d));
      if (real.getUTCFullYear() !== y || real.getUTCMonth() !== m - 1 || real.getUTCDate() !== d)
        error(`${at}.when.date`, `${date} is not a calendar date`);
      if (words) {
        // The article's words for when are quoted with the step, so they must be in what it quotes.
        if (!step.passages.includes(words.in))
          error(`${at}.when.article.in`, `${words.in} is not one of the step's passages`);
        else if (!findPhrase(article, passages, words))
          error(`${at}.when.article.phrase`, `"${words.phrase}" is not in ${words.in}`);
      }
    }
    step.frame.forEach((id, j) => {
      if (!entities.has(id)) error(`${at}.frame[${j}]`, `no entity "${id}"`);
      else if (!drawn(id)) error(`${at}.frame[${j}]`, `"${id}" has no place on the map to frame`);
    });
  });
  for (const path of placeholders(source)) warn(path, 'still a placeholder ("TODO…"): write it');
  return problems;
}

/** Whether the panel a selection opens lists this relation: the entity's own relations, the
 * relation itself, those of the kind, or those the passage evidences or qualifies. */
function opensRelation(select: SelectionRef, r: RelationSource): boolean {
  switch (select.kind) {
    case 'entity':
      return r.source === select.id || r.target === select.id;
    case 'relation':
      return r.id === select.id;
    case 'relation-kind':
      return KIND_OF_TYPE[r.type] === select.id;
    case 'passage':
      return r.evidence.includes(select.id) || r.context.includes(select.id);
  }
}

/** Paths of every text still marked "TODO" (as `npm run story:new` leaves them for the annotator). */
function placeholders(value: unknown, path = ''): string[] {
  if (typeof value === 'string') return /^\s*TODO\b/u.test(value) ? [path] : [];
  if (Array.isArray(value)) return value.flatMap((v, i) => placeholders(v, `${path}[${i}]`));
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([k, v]) => placeholders(v, path === '' ? k : `${path}.${k}`));
  }
  return [];
}
