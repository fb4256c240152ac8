import { RELATION_KINDS, kindOf, passesClaims, type RelationKind } from '../story/relationKinds.ts';
import type { StoryQuestion } from '../story/package/schema.ts';
import type { ClaimsFilter, PassageId, Selection, Story } from '../story/types.ts';
import type { Lang } from '../i18n/lang.ts';
import type { ThemeName } from '../theme/palette.ts';
import { clampStep } from './storyMode.ts';

// What is selected and which claims are shown are the story's own terms (story/types.ts): the story's
// queries and the focus read them without importing the reducer.
export type { ClaimsFilter, Selection };

/** What the side panel shows: the evidence for the selection, or the whole article. */
export type PanelMode = 'evidence' | 'article';

/** All UI state of the app; everything else is derived from it and the story. Mirrored in the URL. */
export interface ViewState {
  readonly selection: Selection;
  /** The start question (an id from the story's `meta.questions`) the selection was opened by, so
   * the panel shows it as an answer; null otherwise. Any other change of selection clears it. */
  readonly question: string | null;
  /** In reading mode, the sentence the reader has stepped to among the selection's sentences;
   * null for the first. Cleared with the selection. */
  readonly readingAt: PassageId | null;
  /** Relation kinds shown, in legend order. */
  readonly kinds: readonly RelationKind[];
  readonly claims: ClaimsFilter;
  readonly mode: PanelMode;
  /** Story mode (the classroom telling) at this step, 0-based; null when exploring. */
  readonly step: number | null;
  /** Story mode moves on by itself (autoplay) until paused or at the last step. */
  readonly playing: boolean;
  /** The step story mode was left at (0-based), where the next start resumes; null for the first. */
  readonly resumeStep: number | null;
  /** The screen is blanked (B or "." in story mode) until the next key or click. */
  readonly blank: boolean;
  /** Light, or dark for a dim room. */
  readonly theme: ThemeName;
  /** The language of the story's own texts (title, summary, source); the quotes stay Urdu. */
  readonly lang: Lang;
  /** The share, embed and download dialog is open (not kept in the address). */
  readonly share: boolean;
  /** The relations are shown as a table over the map (`?table=1`): the map's data for screen readers
   * and anyone who would rather read rows than arrows. */
  readonly table: boolean;
  /** Inside a publisher's iframe (`?embed=1`): the compact layout that sizes itself. */
  readonly embed: boolean;
  /** How tall the embed makes itself (`?height=` or `?aspect=`; see embed/embedHeight.ts). */
  readonly embedFit: EmbedFit;
  /** A short note of what was ignored in the address, or null. */
  readonly notice: string | null;
  /** The last change was a choice made on the map with the keyboard: the panel hands focus to the
   * heading that names what was chosen (the panel is the one owner of that focus). Not in the address. */
  readonly focusHeading: boolean;
}

/** How a choice on the map was made: a click or tap, or Enter or Space on a label or arrow. */
export type SelectHow = 'pointer' | 'keyboard';

/** How tall an embed is: a fixed height the publisher chose (`height=520`), a share of its width
 * (`aspect=1.2`: 1.2 times as tall as wide), or, with neither, the height of the frame it was given. */
export type EmbedFit =
  | { readonly kind: 'auto' }
  | { readonly kind: 'fixed'; readonly height: number }
  | { readonly kind: 'aspect'; readonly ratio: number };

/** Everything that can change the view state. */
export type ViewAction =
  /** Select (from a link in the panel): never clears. */
  | { readonly type: 'select'; readonly selection: Exclude<Selection, null> }
  /** Select, or clear when it is already selected (a second click on the map or legend). */
  | {
      readonly type: 'toggle-select';
      readonly selection: Exclude<Selection, null>;
      readonly how?: SelectHow | undefined;
    }
  | { readonly type: 'clear-selection' }
  /** Open a start question: its selection, its answer's relations shown even if filtered out. */
  | { readonly type: 'ask'; readonly question: Pick<StoryQuestion, 'id' | 'select' | 'answer'> }
  /** Step the reader to one of the selection's sentences. */
  | { readonly type: 'read-at'; readonly passage: PassageId }
  | { readonly type: 'toggle-kind'; readonly kind: RelationKind }
  | { readonly type: 'show-all-kinds' }
  | { readonly type: 'toggle-claim'; readonly claim: keyof ClaimsFilter }
  | { readonly type: 'set-mode'; readonly mode: PanelMode }
  | { readonly type: 'dismiss-notice' }
  /** Open story mode at a step (0-based; held within the story's steps), or move to another. */
  | { readonly type: 'go-to-step'; readonly step: number }
  /** The next or the previous step; at either end nothing changes (autoplay stops at the last). */
  | { readonly type: 'next-step' }
  | { readonly type: 'previous-step' }
  /** Start story mode where it was left (or at the first step). */
  | { readonly type: 'start-story' }
  /** Blank the screen in story mode, or bring it back. */
  | { readonly type: 'set-blank'; readonly blank: boolean }
  | { readonly type: 'set-playing'; readonly playing: boolean }
  | { readonly type: 'set-theme'; readonly theme: ThemeName }
  | { readonly type: 'set-lang'; readonly lang: Lang }
  | { readonly type: 'set-share'; readonly open: boolean }
  | { readonly type: 'set-table'; readonly open: boolean }
  | { readonly type: 'leave-story' }
  /** Escape: clears the selection if there is one, else leaves story mode. */
  | { readonly type: 'back' };

/** The state of a fresh page. */
export const INITIAL_VIEW: ViewState = {
  selection: null,
  question: null,
  readingAt: null,
  kinds: RELATION_KINDS,
  claims: { stated: true, alleged: true },
  mode: 'evidence',
  step: null,
  playing: false,
  resumeStep: null,
  blank: false,
  theme: 'light',
  lang: 'en',
  share: false,
  table: false,
  embed: false,
  embedFit: { kind: 'auto' },
  notice: null,
  focusHeading: false,
};

/** What the reducer needs to know of the story: each relation's kind and certainty. */
export type RelationCatalog = ReadonlyMap<string, { readonly kind: RelationKind; readonly alleged: boolean }>;

/** The relation catalog of a story. */
export function relationCatalog(story: Story): RelationCatalog {
  return new Map(story.relations.map((r) => [r.id, { kind: kindOf(r), alleged: r.alleged }]));
}

/** Whether two selections are the same thing. */
export function sameSelection(a: Selection, b: Selection): boolean {
  return a?.kind === b?.kind && a?.id === b?.id;
}

/** A new selection: the question it answered and the place in its sentences belonged to the old one. */
function selecting(state: ViewState, selection: Selection): ViewState {
  return { ...state, selection, question: null, readingAt: null };
}

/** Shows again the kinds and certainties of these relations, wherever the filters hid them. */
export function revealRelations(state: ViewState, ids: readonly string[], catalog: RelationCatalog): ViewState {
  const rs = ids.map((id) => catalog.get(id)).filter((r) => r !== undefined);
  const missing = rs.filter((r) => !state.kinds.includes(r.kind) || !passesClaims(r, state.claims));
  if (missing.length === 0) return state;
  const kinds = RELATION_KINDS.filter((k) => state.kinds.includes(k) || rs.some((r) => r.kind === k));
  const claims = {
    stated: state.claims.stated || rs.some((r) => !r.alleged),
    alleged: state.claims.alleged || rs.some((r) => r.alleged),
  };
  return { ...state, kinds, claims };
}

/**
 * Keeps the one invariant the views rely on: a selected relation (or legend kind) is always visible.
 * Selecting a hidden one shows its kind and certainty again; hiding the selected one clears it.
 */
export function revealSelection(state: ViewState, catalog: RelationCatalog): ViewState {
  const sel = state.selection;
  if (sel?.kind === 'relation-kind') {
    const kinds = state.kinds.includes(sel.id)
      ? state.kinds
      : RELATION_KINDS.filter((k) => k === sel.id || state.kinds.includes(k));
    // A kind with nothing to show under the claims filter would be an empty panel: show both.
    const shown = [...catalog.values()].some((r) => r.kind === sel.id && passesClaims(r, state.claims));
    const claims = shown ? state.claims : { stated: true, alleged: true };
    return kinds === state.kinds && claims === state.claims ? state : { ...state, kinds, claims };
  }
  if (sel?.kind !== 'relation') return state;
  if (!catalog.has(sel.id)) return selecting(state, null);
  return revealRelations(state, [sel.id], catalog);
}

function hidesSelection(state: ViewState, catalog: RelationCatalog): boolean {
  const sel = state.selection;
  if (sel?.kind === 'relation-kind') {
    return (
      !state.kinds.includes(sel.id) ||
      ![...catalog.values()].some((r) => r.kind === sel.id && passesClaims(r, state.claims))
    );
  }
  if (sel?.kind !== 'relation') return false;
  const r = catalog.get(sel.id);
  return !r || !state.kinds.includes(r.kind) || !passesClaims(r, state.claims);
}

/** Out of story mode, remembering the step it was at: coming back resumes there. */
function leaveStory(state: ViewState): ViewState {
  return { ...state, step: null, playing: false, blank: false, resumeStep: state.step };
}

/** The app's one reducer, for a given story: its relations, and the relations each step adds. */
export function createViewReducer(catalog: RelationCatalog, steps: readonly (readonly string[])[] = []) {
  const goTo = (state: ViewState, wanted: number): ViewState => {
    if (steps.length === 0) return state;
    const step = clampStep(steps.length, wanted);
    // A step starts clean: no selection over it; its relations are shown even if filtered out, so
    // every claim it tells has its arrow; autoplay ends with the last step.
    const playing = state.playing && step < steps.length - 1;
    if (state.step === step && state.selection === null && state.playing === playing && !state.blank) return state;
    return revealRelations({ ...selecting(state, null), step, playing, blank: false }, steps[step] ?? [], catalog);
  };
  const reduce = (state: ViewState, action: ViewAction): ViewState => {
    switch (action.type) {
      case 'select':
        return sameSelection(state.selection, action.selection)
          ? state
          : revealSelection(selecting(state, action.selection), catalog);
      case 'toggle-select':
        if (sameSelection(state.selection, action.selection)) return selecting(state, null);
        return revealSelection(selecting(state, action.selection), catalog);
      case 'clear-selection':
        return state.selection === null ? state : selecting(state, null);
      case 'ask': {
        const { id, select, answer } = action.question;
        if (state.question === id) return state;
        // Asking is for the answer: its relations are shown even where the filters had hidden them.
        return revealSelection(
          revealRelations({ ...selecting(state, select), question: id }, answer, catalog),
          catalog,
        );
      }
      case 'read-at':
        // Only a selection has sentences to step through.
        return state.selection === null || state.readingAt === action.passage
          ? state
          : { ...state, readingAt: action.passage };
      case 'toggle-kind': {
        const on = state.kinds.includes(action.kind);
        const kinds = RELATION_KINDS.filter((k) => (k === action.kind ? !on : state.kinds.includes(k)));
        const next = { ...state, kinds };
        return hidesSelection(next, catalog) ? selecting(next, null) : next;
      }
      case 'show-all-kinds':
        return { ...state, kinds: RELATION_KINDS, claims: { stated: true, alleged: true } };
      case 'toggle-claim': {
        const next = { ...state, claims: { ...state.claims, [action.claim]: !state.claims[action.claim] } };
        return hidesSelection(next, catalog) ? selecting(next, null) : next;
      }
      case 'set-mode':
        return state.mode === action.mode ? state : { ...state, mode: action.mode };
      case 'dismiss-notice':
        return state.notice === null ? state : { ...state, notice: null };
      case 'go-to-step':
        return goTo(state, action.step);
      case 'next-step':
        // From outside story mode, "next" starts it where it was left.
        return goTo(state, state.step === null ? (state.resumeStep ?? 0) : state.step + 1);
      case 'start-story':
        return goTo(state, state.step ?? state.resumeStep ?? 0);
      case 'set-blank':
        // Only story mode blanks; leaving it brings the screen back.
        return state.blank === action.blank || (action.blank && state.step === null)
          ? state
          : { ...state, blank: action.blank };
      case 'previous-step':
        return state.step === null ? state : goTo(state, state.step - 1);
      case 'set-playing':
        if (state.step === null || state.playing === action.playing) return state;
        // Play from the last step starts again from the first.
        return action.playing && state.step === steps.length - 1
          ? goTo({ ...state, playing: true }, 0)
          : { ...state, playing: action.playing };
      case 'set-theme':
        return state.theme === action.theme ? state : { ...state, theme: action.theme };
      case 'set-lang':
        return state.lang === action.lang ? state : { ...state, lang: action.lang };
      case 'set-share':
        return state.share === action.open ? state : { ...state, share: action.open };
      case 'set-table':
        return state.table === action.open ? state : { ...state, table: action.open };
      case 'leave-story':
        return state.step === null ? state : leaveStory(state);
      case 'back':
        if (state.selection !== null) return selecting(state, null);
        return state.step === null ? state : leaveStory(state);
    }
  };
  return function viewReducer(state: ViewState, action: ViewAction): ViewState {
    const next = reduce(state, action);
    // Only the choice itself moves focus: whatever comes after it (a filter, a step, Escape) leaves
    // focus where the reader has it.
    const focusHeading = action.type === 'toggle-select' && action.how === 'keyboard';
    return next.focusHeading === focusHeading ? next : { ...next, focusHeading };
  };
}
