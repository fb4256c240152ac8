import { toCsv } from '../lib/csv.ts';
import { DEFAULT_STORY } from './package/defaultStory.ts';
import type { Story } from './types.ts';

/** Where a story's open data is published, relative to the app: the default story's at data/ (where
 * links published before there were several stories point), every other under data/<slug>/. */
export function openDataPaths(slug: string): { readonly json: string; readonly csv: string } {
  const dir = slug === DEFAULT_STORY ? 'data' : `data/${slug}`;
  return { json: `${dir}/story.json`, csv: `${dir}/relations.csv` };
}

/** Version tag of the open-data schema described in docs/embedding.md ("Open data"). */
export const OPEN_DATA_SCHEMA = 'urdu-story-map/story@1';

/** The story as a self-contained JSON document (schema in docs/embedding.md, "Open data"). */
export function storyToJson(story: Story): string {
  const slice = (s: { start: number; end: number }) => story.article.slice(s.start, s.end);
  const doc = {
    schema: OPEN_DATA_SCHEMA,
    note: 'Offsets are UTF-16 code units into `article`, end exclusive. English labels are our translation.',
    article: story.article,
    passages: story.passages.map((p) => ({ id: p.id, line: p.line, start: p.start, end: p.end, text: p.text })),
    entities: story.entities.map((e) => ({
      id: e.id,
      type: e.type,
      iso3: e.iso3 ?? null,
      isoNumeric: e.isoNumeric ?? null,
      names: e.names,
      surfaces: e.surfaces,
      standsFor: e.standsFor ?? null,
    })),
    mentions: story.mentions.map((m) => ({ entity: m.entity, passage: m.passage, start: m.start, end: m.end })),
    relations: story.relations.map((r) => ({
      id: r.id,
      type: r.type,
      source: r.source,
      target: r.target,
      label: r.label,
      passages: r.evidence,
      context: r.context,
      impliedEnds: r.impliedEnds,
      assertedBy: r.assertedBy,
      reportedBy: r.reportedBy,
      alleged: r.alleged,
      wording: { passage: r.wording.passage, start: r.wording.start, end: r.wording.end, text: slice(r.wording) },
      dates: r.dates.map((d) => ({
        passage: d.passage,
        start: d.start,
        end: d.end,
        text: slice(d),
        en: d.en,
        refersTo: d.refersTo,
      })),
      contextDate: r.contextDate ?? null,
    })),
  };
  return JSON.stringify(doc, null, 2) + '\n';
}

/** One row per relation; lists inside a field are separated by `;`. Starts with a UTF-8 BOM for spreadsheets. */
export function storyToCsv(story: Story): string {
  const header = [
    'id',
    'type',
    'source',
    'target',
    'label_en',
    'alleged',
    'asserted_by',
    'reported_by',
    'passages',
    'context_passages',
    'wording_ur',
    'dates_ur',
    'dates_en',
    'context_date_en',
  ];
  const rows = story.relations.map((r) => [
    r.id,
    r.type,
    r.source,
    r.target,
    r.label,
    r.alleged,
    r.assertedBy.join(';'),
    r.reportedBy.join(';'),
    r.evidence.join(';'),
    r.context.join(';'),
    story.article.slice(r.wording.start, r.wording.end),
    r.dates.map((d) => story.article.slice(d.start, d.end)).join(';'),
    r.dates.map((d) => d.en).join(';'),
    r.contextDate?.en ?? '',
  ]);
  return '\uFEFF' + toCsv(header, rows);
}
