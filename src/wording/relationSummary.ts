import { capitalise, describeRelation, nameIn } from './describe.ts';
import type { EntityId, Relation, Story } from '../story/types.ts';
import type { Lang } from '../i18n/lang.ts';
import { messagesFor } from '../i18n/messages.ts';

// The summary a panel opens with: one line per relation, scannable before any quote, grouped so
// that a reader sees at once who did what to whom. When the panel answers a start question, the
// relations that answer it form the first group, in the order the story package lists them.

/** One relation in one line: who → whom: what, stated or alleged, according to whom. */
export interface SummaryLine {
  readonly relation: Relation;
  /** "Albania → Iran: severs diplomatic ties". */
  readonly what: string;
  readonly certainty: 'stated' | 'alleged';
  /** "according to Albania", or "in the article’s own voice". */
  readonly source: string;
}

/** Lines under one heading. */
export interface SummaryGroup {
  readonly key: string;
  /** "With Iran", "The answer"; null for a list that needs no heading. */
  readonly heading: string | null;
  /** The group of relations that answer the question the panel was opened with. */
  readonly answer: boolean;
  readonly lines: readonly SummaryLine[];
}

/** Who the article says claims a relation: "according to Albania and United States", or "in the
 * article’s own voice" when it says so itself. */
export function attribution(story: Story, r: Relation, lang: Lang = 'en'): string {
  const t = messagesFor(lang).relation;
  return r.assertedBy.length > 0 ? t.according(r.assertedBy.map((id) => nameIn(story, id, lang))) : t.ownVoice;
}

/** A relation as one line of the summary. */
export function summaryLine(story: Story, r: Relation, lang: Lang = 'en'): SummaryLine {
  const d = describeRelation(story, r);
  return { relation: r, what: d[lang], certainty: d.certainty, source: attribution(story, r, lang) };
}

/** What every line of a group shares, said once ("All alleged, according to Albania."), or null
 * when they differ or there is only one. */
export function sharedAttribution(lines: readonly SummaryLine[], lang: Lang = 'en'): string | null {
  const [first, ...rest] = lines;
  if (!first || rest.length === 0) return null;
  if (!rest.every((l) => l.certainty === first.certainty && l.source === first.source)) return null;
  const t = messagesFor(lang).relation;
  return t.allShared(t[first.certainty], first.source);
}

/** The answer's relations among `relations`, in the answer's order, as the first group; then the
 * rest, grouped by `groupOf` in order of first appearance. */
function answerThenGroups(
  story: Story,
  relations: readonly Relation[],
  answer: readonly string[],
  groupOf: (r: Relation) => { key: string; heading: string | null },
  lang: Lang,
): SummaryGroup[] {
  const byId = new Map(relations.map((r) => [r.id, r]));
  const answering = answer.map((id) => byId.get(id)).filter((r): r is Relation => r !== undefined);
  const groups = new Map<string, { heading: string | null; lines: SummaryLine[] }>();
  for (const r of relations) {
    if (answer.includes(r.id)) continue;
    const { key, heading } = groupOf(r);
    const group = groups.get(key) ?? { heading, lines: [] };
    group.lines.push(summaryLine(story, r, lang));
    groups.set(key, group);
  }
  const rest = [...groups].map(([key, g]) => ({ key, heading: g.heading, answer: false, lines: g.lines }));
  return answering.length > 0
    ? [
        {
          key: 'answer',
          heading: messagesFor(lang).panel.theAnswer,
          answer: true,
          lines: answering.map((r) => summaryLine(story, r, lang)),
        },
        ...rest,
      ]
    : rest;
}

/** An entity's relations, grouped by the one at the other end ("With Iran": what Albania did to
 * Iran and what Iran did to Albania together), groups in order of their first relation. */
export function summaryByCounterpart(
  story: Story,
  entity: EntityId,
  relations: readonly Relation[],
  answer: readonly string[] = [],
  lang: Lang = 'en',
): SummaryGroup[] {
  return answerThenGroups(
    story,
    relations,
    answer,
    (r) => {
      const other = r.source === entity ? r.target : r.source;
      return { key: other, heading: messagesFor(lang).panel.withCounterpart(nameIn(story, other, lang)) };
    },
    lang,
  );
}

/** Relations that need no grouping of their own (one kind), the answer first: the rest then go
 * under `restHeading`, or under no heading when there is no answer to tell them from. */
export function summaryAnswerFirst(
  story: Story,
  relations: readonly Relation[],
  answer: readonly string[],
  restHeading: string,
  lang: Lang = 'en',
): SummaryGroup[] {
  const answered = relations.some((r) => answer.includes(r.id));
  return answerThenGroups(
    story,
    relations,
    answer,
    () => ({ key: 'rest', heading: answered ? capitalise(restHeading) : null }),
    lang,
  );
}
