import { describe, expect, it } from 'vitest';
import { csvField, toCsv } from '../../../src/lib/csv.ts';
import { ALBANIA as STORY } from '../stories.ts';
import { OPEN_DATA_SCHEMA, storyToCsv, storyToJson } from '../../../src/story/openData.ts';

/** A minimal RFC 4180 reader, enough to read back what we write. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    if (quoted) {
      if (ch === '"' && text.charAt(i + 1) === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else if (ch !== '\r') field += ch;
  }
  return rows;
}

describe('csv', () => {
  it('quotes fields with commas, quotes and line breaks, and leaves others bare', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "x"')).toBe('"say ""x"""');
    expect(csvField('plain')).toBe('plain');
    expect(toCsv(['h'], [['a\nb']])).toBe('h\r\n"a\nb"\r\n');
  });
});

describe('open data', () => {
  it('story.json holds the article and passages whose text is their slice', () => {
    const doc = JSON.parse(storyToJson(STORY)) as {
      schema: string;
      article: string;
      passages: { id: string; start: number; end: number; text: string }[];
      relations: {
        id: string;
        passages: string[];
        alleged: boolean;
        dates: { text: string; start: number; end: number }[];
      }[];
      entities: { id: string; iso3: string | null; names: { ur: string; en: string } }[];
    };
    expect(doc.schema).toBe(OPEN_DATA_SCHEMA);
    expect(doc.article).toBe(STORY.article);
    for (const p of doc.passages) expect(p.text).toBe(doc.article.slice(p.start, p.end));
    expect(doc.relations).toHaveLength(STORY.relations.length);
    for (const r of doc.relations) for (const d of r.dates) expect(d.text).toBe(doc.article.slice(d.start, d.end));
    expect(doc.entities.find((e) => e.id === 'ALB')?.iso3).toBe('ALB');
  });

  it('relations.csv has a header and one row per relation that reads back', () => {
    const text = storyToCsv(STORY);
    expect(text.startsWith('\uFEFF')).toBe(true);
    const rows = parseCsv(text.slice(1));
    expect(rows[0]?.slice(0, 6)).toEqual(['id', 'type', 'source', 'target', 'label_en', 'alleged']);
    expect(rows).toHaveLength(STORY.relations.length + 1);
    const attack = rows.find((r) => r[0] === 'iran-attacks-albania');
    expect(attack?.[5]).toBe('true');
    expect(attack?.[11]).toBe('پندرہ جولائی;تقریباً دو ماہ قبل');
  });
});
