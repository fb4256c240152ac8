import { messagesFor, type Messages } from '../i18n/messages.ts';
import { parseLang } from '../i18n/lang.ts';
import { lineRefs } from '../story/passageRefs.ts';
import { kindsNamed, RELATION_KINDS, type RelationKind } from '../story/relationKinds.ts';
import type { Story } from '../story/types.ts';
import {
  INITIAL_VIEW,
  revealRelations,
  revealSelection,
  sameSelection,
  type RelationCatalog,
  type Selection,
  type ViewState,
} from '../state/viewState.ts';

/** The query parameters this app reads and writes; any other parameter is left alone. */
export const URL_KEYS = [
  'story',
  'step',
  'notes',
  'focus',
  'relation',
  'passage',
  'kind',
  'q',
  'at',
  'filter',
  'claims',
  'view',
  'theme',
  'lang',
  'table',
  'embed',
  'height',
  'aspect',
] as const;

/** The heights an embed may be given (`height=`, px) and the shares of its width (`aspect=`). */
export const EMBED_FIT_LIMITS = { height: { min: 240, max: 2000 }, aspect: { min: 0.3, max: 3 } } as const;

/** The ids the address may name, taken from the story. */
export interface UrlCatalog {
  /** Entity ids by their lower-case form, so `?focus=alb` finds `ALB`. */
  readonly entities: ReadonlyMap<string, string>;
  readonly relations: RelationCatalog;
  /** Sentence ids. */
  readonly passages: ReadonlySet<string>;
  /** References to whole lines of several sentences (`p17`), which `passage=` also takes. */
  readonly lines: ReadonlySet<string>;
  /** What each start question selects, by the question's id. */
  readonly questions: ReadonlyMap<string, Exclude<Selection, null>>;
  /** The relations each step of the story adds, in step order (the address counts steps from 1). */
  readonly steps: readonly (readonly string[])[];
}

/** The catalog of a story. */
export function urlCatalog(story: Story, relations: RelationCatalog): UrlCatalog {
  return {
    entities: new Map(story.entities.map((e) => [e.id.toLowerCase(), e.id])),
    relations,
    passages: new Set(story.passages.map((p) => p.id)),
    lines: new Set(lineRefs(story)),
    questions: new Map(story.meta.questions.map((q) => [q.id, q.select])),
    steps: story.steps.map((s) => s.relations),
  };
}

/** Which story the address opens: a known slug, or the default with a notice. */
export interface StoryChoice {
  readonly slug: string;
  /** What the address keeps as `story=`: the slug, or null for the default story. */
  readonly param: string | null;
  readonly notice: string | null;
}

/**
 * Reads `?story=<slug>` against the slugs the app has. Never throws: no parameter, or the default's
 * own slug, opens the default; an unknown slug opens the default too, with a notice saying so, and
 * the address drops it (a shared link then shows what the reader really sees).
 */
export function storyFromUrl(
  search: string,
  known: readonly string[],
  fallback: string,
  t: Messages = messagesFor('en'),
): StoryChoice {
  let asked: string | undefined;
  try {
    asked = new URLSearchParams(search).get('story')?.trim().toLowerCase();
  } catch {
    asked = undefined;
  }
  if (asked === undefined || asked === '' || asked === fallback) return { slug: fallback, param: null, notice: null };
  if (known.includes(asked)) return { slug: asked, param: asked, notice: null };
  return { slug: fallback, param: null, notice: t.notice.noStory(shown(asked)) };
}

/** A parsed address: a valid state, and a list of what was ignored, for a short notice. */
export interface ParsedUrl {
  readonly state: ViewState;
  readonly ignored: readonly string[];
}

// Values are shown back to the reader in the notice: keep them short and printable.
function shown(value: string): string {
  const clean = value.replace(/[^\p{L}\p{N}\-_, .]/gu, '?');
  return clean.length > 24 ? `${clean.slice(0, 24)}…` : clean;
}

/**
 * Reads the view state from a query string. Never throws: every value is checked against the
 * story's ids and the allowed words, and anything else is dropped and listed in `ignored`.
 * Only one selection can hold; precedence is relation, focus, passage, kind. A start question (`q`)
 * opens its own selection, or stands beside the same one; `at` (the reader's place) needs a selection.
 */
export function parseUrlState(search: string, catalog: UrlCatalog, t: Messages = messagesFor('en')): ParsedUrl {
  const say = t.notice;
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return { state: INITIAL_VIEW, ignored: [say.theAddress] };
  }
  const ignored: string[] = [];
  const one = (key: string): string | undefined => {
    const all = params.getAll(key);
    if (all.length > 1) ignored.push(say.givenTimes(key, all.length));
    return all[0]?.trim();
  };

  const candidates: Selection[] = [];
  const relation = one('relation');
  if (relation !== undefined) {
    if (catalog.relations.has(relation)) candidates.push({ kind: 'relation', id: relation });
    else ignored.push(`relation=${shown(relation)}`);
  }
  const focus = one('focus');
  if (focus !== undefined) {
    const id = catalog.entities.get(focus.toLowerCase());
    if (id) candidates.push({ kind: 'entity', id });
    else ignored.push(`focus=${shown(focus)}`);
  }
  const passage = one('passage');
  if (passage !== undefined) {
    const id = passage.toLowerCase();
    if (catalog.passages.has(id) || catalog.lines.has(id)) candidates.push({ kind: 'passage', id });
    else ignored.push(`passage=${shown(passage)}`);
  }
  const kind = one('kind');
  if (kind !== undefined) {
    // A former kind selects the first of the kinds it became: the one its old questions asked about.
    const [k] = kindsNamed(kind.toLowerCase());
    if (k) candidates.push({ kind: 'relation-kind', id: k });
    else ignored.push(`kind=${shown(kind)}`);
  }
  const [chosen = null, ...extra] = candidates;
  for (const s of extra)
    if (s)
      ignored.push(
        say.oneSelection(`${s.kind === 'entity' ? 'focus' : s.kind === 'relation-kind' ? 'kind' : s.kind}=${s.id}`),
      );

  // A question is shown as answered only with the selection it opens; alone, it opens it.
  let selection: Selection = chosen;
  let question: string | null = null;
  const q = one('q');
  if (q !== undefined) {
    const id = q.toLowerCase();
    const opens = catalog.questions.get(id);
    if (!opens) ignored.push(`q=${shown(q)}`);
    else if (selection !== null && !sameSelection(selection, opens)) ignored.push(say.questionOpensElse(`q=${id}`));
    else {
      selection = opens;
      question = id;
    }
  }

  let readingAt: string | null = null;
  const at = one('at');
  if (at !== undefined) {
    const id = at.toLowerCase();
    if (!catalog.passages.has(id)) ignored.push(`at=${shown(at)}`);
    else if (selection === null) ignored.push(say.nothingSelected(`at=${id}`));
    else readingAt = id;
  }

  let kinds = INITIAL_VIEW.kinds;
  const filter = one('filter');
  if (filter !== undefined) {
    const words = filter
      .split(',')
      .map((w) => w.trim().toLowerCase())
      .filter((w) => w !== '');
    const bad = words.filter((w) => kindsNamed(w).length === 0);
    if (bad.length > 0) ignored.push(`filter=${shown(bad.join(','))}`);
    const good = new Set(words.flatMap(kindsNamed));
    // `filter=` on its own means every kind switched off; only-bad words keep the default.
    if (good.size > 0 || words.length === 0) kinds = RELATION_KINDS.filter((k) => good.has(k));
  }

  let claims = INITIAL_VIEW.claims;
  const claimsParam = one('claims');
  if (claimsParam !== undefined) {
    const v = claimsParam.toLowerCase();
    if (v === 'stated') claims = { stated: true, alleged: false };
    else if (v === 'alleged') claims = { stated: false, alleged: true };
    else if (v === 'none') claims = { stated: false, alleged: false };
    else if (v !== 'all') ignored.push(`claims=${shown(claimsParam)}`);
  }

  let mode = INITIAL_VIEW.mode;
  const view = one('view');
  if (view !== undefined) {
    const v = view.toLowerCase();
    if (v === 'article') mode = 'article';
    else if (v !== 'evidence' && v !== 'map') ignored.push(`view=${shown(view)}`);
  }

  let theme = INITIAL_VIEW.theme;
  const themeParam = one('theme');
  if (themeParam !== undefined) {
    const v = themeParam.toLowerCase();
    if (v === 'dark' || v === 'light') theme = v;
    else ignored.push(`theme=${shown(themeParam)}`);
  }

  const langParam = one('lang');
  const lang = langParam === undefined ? INITIAL_VIEW.lang : (parseLang(langParam) ?? INITIAL_VIEW.lang);
  if (langParam !== undefined && parseLang(langParam) === null) ignored.push(`lang=${shown(langParam)}`);

  let table = INITIAL_VIEW.table;
  const tableParam = one('table');
  if (tableParam !== undefined) {
    const v = tableParam.toLowerCase();
    if (v === '1' || v === 'true') table = true;
    else if (v !== '0' && v !== 'false') ignored.push(`table=${shown(tableParam)}`);
  }

  let embed = INITIAL_VIEW.embed;
  const embedParam = one('embed');
  if (embedParam !== undefined) {
    const v = embedParam.toLowerCase();
    if (v === '1' || v === 'true') embed = true;
    else if (v !== '0' && v !== 'false') ignored.push(`embed=${shown(embedParam)}`);
  }

  // An embed's height: `height=N` (px) or `aspect=R` (R times its width); the first wins over the second.
  let embedFit = INITIAL_VIEW.embedFit;
  const heightParam = one('height');
  const aspectParam = one('aspect');
  if (heightParam !== undefined) {
    const h = Number(heightParam);
    if (/^\d{1,5}$/u.test(heightParam) && h >= EMBED_FIT_LIMITS.height.min && h <= EMBED_FIT_LIMITS.height.max)
      embedFit = { kind: 'fixed', height: h };
    else ignored.push(`height=${shown(heightParam)}`);
  }
  if (aspectParam !== undefined) {
    const r = Number(aspectParam);
    if (embedFit.kind === 'fixed') ignored.push(say.oneFit(`aspect=${shown(aspectParam)}`));
    else if (
      /^\d{1,2}(\.\d{1,3})?$/u.test(aspectParam) &&
      r >= EMBED_FIT_LIMITS.aspect.min &&
      r <= EMBED_FIT_LIMITS.aspect.max
    )
      embedFit = { kind: 'aspect', ratio: r };
    else ignored.push(`aspect=${shown(aspectParam)}`);
  }

  // `step=N` opens story mode at step N, counted from 1; a number outside the story's steps is held
  // within them (and said), anything else is ignored.
  let step: number | null = null;
  const stepParam = one('step');
  if (stepParam !== undefined) {
    const count = catalog.steps.length;
    if (count === 0) ignored.push(say.noSteps(`step=${shown(stepParam)}`));
    else if (!/^\d{1,9}$/u.test(stepParam)) ignored.push(`step=${shown(stepParam)}`);
    else {
      const asked = Number(stepParam);
      const held = Math.min(count, Math.max(1, asked));
      if (held !== asked) ignored.push(say.stepHeld(asked, count, held));
      step = held - 1;
    }
  }

  const base = revealSelection(
    { ...INITIAL_VIEW, selection, question, readingAt, kinds, claims, mode, step, theme, lang, table, embed, embedFit },
    catalog.relations,
  );
  const state = step === null ? base : revealRelations(base, catalog.steps[step] ?? [], catalog.relations);
  const notice = ignored.length > 0 ? say.ignored(ignored) : null;
  return { state: { ...state, notice }, ignored };
}

const OURS: ReadonlySet<string> = new Set(URL_KEYS);

/** The parts of a query string (`a=1`) that are not ours, exactly as written: a publisher's
 * parameters are theirs, and decoding and encoding them again could change them (`%%%`). */
function foreignParts(search: string): string[] {
  return (search.startsWith('?') ? search.slice(1) : search).split('&').filter((part) => {
    if (part === '') return false;
    // Our keys are read as URLSearchParams reads them (`fo%63us` is `focus`), so they are all replaced.
    const [key] = new URLSearchParams(part).keys();
    return key === undefined || !OURS.has(key);
  });
}

/**
 * The query string for a state, keeping every parameter that is not ours (a publisher's own, say)
 * as it was written. Defaults are left out, so the plain page has a plain address; `storyParam` is
 * the story's slug, or null for the default story.
 */
export function searchForState(
  state: ViewState,
  currentSearch = '',
  storyParam: string | null = null,
  storyKinds: readonly RelationKind[] = RELATION_KINDS,
): string {
  const params = new URLSearchParams();
  if (storyParam !== null) params.set('story', storyParam);
  if (state.step !== null) params.set('step', String(state.step + 1));
  const sel = state.selection;
  if (sel?.kind === 'entity') params.set('focus', sel.id);
  else if (sel?.kind === 'relation') params.set('relation', sel.id);
  else if (sel?.kind === 'passage') params.set('passage', sel.id);
  else if (sel?.kind === 'relation-kind') params.set('kind', sel.id);
  if (state.question !== null) params.set('q', state.question);
  if (state.readingAt !== null) params.set('at', state.readingAt);
  // The filter names only the story's own kinds, and only when one of them is hidden: a kind the story
  // has no relation of changes nothing on the page, so it does not lengthen the link.
  const shown = storyKinds.filter((k) => state.kinds.includes(k));
  if (shown.length !== storyKinds.length) params.set('filter', shown.join(','));
  const { stated, alleged } = state.claims;
  if (!(stated && alleged)) params.set('claims', stated ? 'stated' : alleged ? 'alleged' : 'none');
  if (state.mode === 'article') params.set('view', 'article');
  if (state.theme !== INITIAL_VIEW.theme) params.set('theme', state.theme);
  if (state.lang !== INITIAL_VIEW.lang) params.set('lang', state.lang);
  if (state.table) params.set('table', '1');
  if (state.embed) params.set('embed', '1');
  // How tall it is matters only in a frame: the full map's address leaves it out.
  if (state.embed && state.embedFit.kind === 'fixed') params.set('height', String(state.embedFit.height));
  if (state.embed && state.embedFit.kind === 'aspect') params.set('aspect', String(state.embedFit.ratio));
  const text = [...foreignParts(currentSearch), params.toString().replace(/%2C/gu, ',')]
    .filter((part) => part !== '')
    .join('&');
  return text === '' ? '' : `?${text}`;
}
