import { formatJson } from '../lib/formatJson.ts';
import { messagesFor } from '../i18n/messages.ts';
import { checkPackage, type Problem } from '../story/package/checkPackage.ts';
import type { RelationType } from '../story/types.ts';
import type { StorySourceInput } from './scaffoldPackage.ts';

// An author's work on one article: the article, the story.json being written for it, and what the
// author has decided about the suggestions. Every edit goes through draftReducer, so the editor, the
// saved copy, the preview and the exported package always agree.

type EntityInput = StorySourceInput['entities'][number];
type RelationInput = StorySourceInput['relations'][number];
type StepInput = NonNullable<StorySourceInput['steps']>[number];

/** An article being made into a story package. */
export interface Draft {
  /** The package's folder name. */
  readonly slug: string;
  /** The article, exactly as it will be written to article.ur.txt. */
  readonly article: string;
  /** story.json as it will be written. */
  readonly source: StorySourceInput;
  /** Suggestions the author turned down, by id (see suggestRelations). */
  readonly rejected: readonly string[];
}

/** The texts of the story's meta data an author writes. */
export type MetaField = 'title' | 'summary' | 'source';

/** Every edit an author can make. */
export type DraftAction =
  | { readonly type: 'replace'; readonly draft: Draft }
  | { readonly type: 'set-slug'; readonly slug: string }
  | { readonly type: 'set-meta'; readonly field: MetaField; readonly lang: 'en' | 'ur'; readonly value: string }
  | { readonly type: 'add-entity'; readonly entity: EntityInput }
  | { readonly type: 'remove-entity'; readonly id: string }
  | { readonly type: 'add-surface'; readonly id: string; readonly surface: string }
  | { readonly type: 'remove-surface'; readonly id: string; readonly surface: string }
  | { readonly type: 'set-entity-name'; readonly id: string; readonly value: string }
  | { readonly type: 'add-relation'; readonly relation: RelationInput }
  | { readonly type: 'update-relation'; readonly index: number; readonly patch: Partial<RelationInput> }
  | { readonly type: 'remove-relation'; readonly index: number }
  | { readonly type: 'reject-suggestion'; readonly id: string }
  | { readonly type: 'set-gloss'; readonly passage: string; readonly text: string }
  | { readonly type: 'set-unlinked'; readonly passage: string; readonly why: string }
  | { readonly type: 'add-step'; readonly step: StepInput }
  | { readonly type: 'update-step'; readonly index: number; readonly patch: Partial<StepInput> }
  | { readonly type: 'move-step'; readonly index: number; readonly by: -1 | 1 }
  | { readonly type: 'remove-step'; readonly index: number };

const withSource = (draft: Draft, source: Partial<StorySourceInput>): Draft => ({
  ...draft,
  source: { ...draft.source, ...source },
});
const replaceAt = <T>(list: readonly T[], index: number, item: T): T[] => list.map((x, i) => (i === index ? item : x));

/** Applies one edit. Pure; an edit that names nothing there (an index past the end) changes nothing. */
export function draftReducer(draft: Draft, action: DraftAction): Draft {
  const { source } = draft;
  const steps = source.steps ?? [];
  switch (action.type) {
    case 'replace':
      return action.draft;
    case 'set-slug':
      return { ...draft, slug: action.slug };
    case 'set-meta':
      return withSource(draft, {
        meta: { ...source.meta, [action.field]: { ...source.meta[action.field], [action.lang]: action.value } },
      });
    case 'add-entity':
      return withSource(draft, { entities: [...source.entities, action.entity] });
    case 'remove-entity':
      return withSource(draft, { entities: source.entities.filter((e) => e.id !== action.id) });
    case 'add-surface':
      return withSource(draft, {
        entities: source.entities.map((e) =>
          e.id === action.id && !e.surfaces.includes(action.surface)
            ? { ...e, surfaces: [...e.surfaces, action.surface] }
            : e,
        ),
      });
    case 'remove-surface':
      return withSource(draft, {
        entities: source.entities.map((e) =>
          e.id === action.id ? { ...e, surfaces: e.surfaces.filter((s) => s !== action.surface) } : e,
        ),
      });
    case 'set-entity-name':
      return withSource(draft, {
        entities: source.entities.map((e) =>
          e.id === action.id ? { ...e, names: { ...e.names, en: action.value } } : e,
        ),
      });
    case 'add-relation':
      return withSource(draft, { relations: [...source.relations, action.relation] });
    case 'update-relation': {
      const r = source.relations[action.index];
      if (!r) return draft;
      const next = { ...r, ...action.patch };
      // An id the editor made follows the ends and type it was made from ("mys-supports-idn" becomes
      // "jpn-welcomes-mys"), and so do the steps and questions that name it; an id the author chose stays.
      const others = source.relations.filter((_, i) => i !== action.index).map((x) => x.id);
      const made = r.id === relationIdFor(r.source, r.type, r.target, others);
      const id =
        made && action.patch.id === undefined ? relationIdFor(next.source, next.type, next.target, others) : next.id;
      if (id === r.id) return withSource(draft, { relations: replaceAt(source.relations, action.index, next) });
      const rename = (x: string) => (x === r.id ? id : x);
      return withSource(draft, {
        relations: replaceAt(source.relations, action.index, { ...next, id }),
        steps: steps.map((st) => ({ ...st, relations: st.relations.map(rename) })),
        meta: {
          ...source.meta,
          questions: (source.meta.questions ?? []).map((q) => ({
            ...q,
            answer: (q.answer ?? []).map(rename),
            select: q.select.kind === 'relation' ? { ...q.select, id: rename(q.select.id) } : q.select,
          })),
        },
      });
    }
    case 'remove-relation':
      return withSource(draft, { relations: source.relations.filter((_, i) => i !== action.index) });
    case 'reject-suggestion':
      return draft.rejected.includes(action.id) ? draft : { ...draft, rejected: [...draft.rejected, action.id] };
    case 'set-gloss': {
      // An emptied gloss is no gloss: the checker then says it is missing, not that it is empty.
      const rest = Object.fromEntries(Object.entries(source.glosses).filter(([id]) => id !== action.passage));
      return withSource(draft, {
        glosses: action.text.trim() === '' ? rest : { ...rest, [action.passage]: action.text },
      });
    }
    case 'set-unlinked': {
      const rest = (source.unlinked ?? []).filter((u) => u.passage !== action.passage);
      return withSource(draft, {
        unlinked:
          action.why.trim() === ''
            ? rest
            : [...rest, { passage: action.passage, why: action.why }].sort(
                (a, b) => passageOrder(a.passage) - passageOrder(b.passage),
              ),
      });
    }
    case 'add-step':
      return withSource(draft, { steps: [...steps, action.step] });
    case 'update-step': {
      const s = steps[action.index];
      return s ? withSource(draft, { steps: replaceAt(steps, action.index, { ...s, ...action.patch }) }) : draft;
    }
    case 'move-step': {
      const to = action.index + action.by;
      const [a, b] = [steps[action.index], steps[to]];
      if (!a || !b) return draft;
      return withSource(draft, { steps: replaceAt(replaceAt(steps, action.index, b), to, a) });
    }
    case 'remove-step':
      return withSource(draft, { steps: steps.filter((_, i) => i !== action.index) });
  }
}

/** Sort key of a passage id: p2 < p4a < p4b < p10. */
function passageOrder(id: string): number {
  const m = /^p(\d+)([a-z]?)$/u.exec(id);
  return m ? Number(m[1]) * 32 + (m[2] ? m[2].charCodeAt(0) - 96 : 0) : Number.MAX_SAFE_INTEGER;
}

/** A relation id from its ends and type, unique among the ids given: "mys-agrees-with-idn". */
export function relationIdFor(source: string, type: RelationType, target: string, taken: readonly string[]): string {
  const base = `${source}-${type}-${target}`
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-|-$/gu, '');
  let id = base;
  for (let n = 2; taken.includes(id); n++) id = `${base}-${n}`;
  return id;
}

/** A new relation as an author starts it: our English wording of its type as its label, stated, with
 * its wording in its evidence passage. */
export function newRelation(
  draft: Draft,
  r: { source: string; target: string; type: RelationType; passage: string; phrase: string },
): RelationInput {
  return {
    id: relationIdFor(
      r.source,
      r.type,
      r.target,
      draft.source.relations.map((x) => x.id),
    ),
    type: r.type,
    source: r.source,
    target: r.target,
    label: messagesFor('en').relation.type[r.type].toLowerCase(),
    evidence: [r.passage],
    assertedBy: [],
    alleged: false,
    wording: { in: r.passage, phrase: r.phrase },
  };
}

/** The steps' passages and framed places follow from the relations they add: the relations' evidence,
 * and their ends (or the story's first country for a step that adds none). */
export function stepFor(draft: Draft, step: StepInput, relations: readonly string[]): StepInput {
  const chosen = draft.source.relations.filter((r) => relations.includes(r.id));
  const passages = [...new Set(chosen.flatMap((r) => r.evidence))].sort((a, b) => passageOrder(a) - passageOrder(b));
  const ends = [...new Set(chosen.flatMap((r) => [r.source, r.target]))];
  const first = draft.source.entities.find((e) => e.type === 'country')?.id;
  return { ...step, relations: [...relations], passages, frame: ends.length > 0 ? ends : first ? [first] : step.frame };
}

/** story.json's text, as exported. */
export function draftJson(draft: Draft): string {
  return formatJson(draft.source);
}

/** What the command-line checker says of the draft: the same messages, live. */
export function draftProblems(draft: Draft): readonly Problem[] {
  return checkPackage(draft.slug, draft.article, JSON.parse(draftJson(draft)) as unknown).problems;
}
