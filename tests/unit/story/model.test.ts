import { describe, expect, it } from 'vitest';
import { entitiesNamedIn, entityIndex } from '../../../src/story/model.ts';
import type { RelationType, Story } from '../../../src/story/types.ts';
import { ALBANIA, FIXTURES } from '../stories.ts';

const TERMINATOR = /[۔؟?!]$/u;

describe.each(FIXTURES)('story package $slug', ({ story, pkg }) => {
  const ARTICLE = story.article;
  const passageById = new Map(story.passages.map((p) => [p.id, p]));
  const words = (text: string) =>
    text
      .replace(/[۔؟?!]/gu, ' ')
      .split(/\s+/u)
      .filter((w) => w !== '').length;

  it('every passage text equals its slice of the article', () => {
    for (const p of story.passages) expect(p.text).toBe(ARTICLE.slice(p.start, p.end));
  });

  it('every passage is a whole sentence: it starts a line or follows a sentence end, and ends one', () => {
    for (const p of story.passages) {
      const before = ARTICLE.slice(0, p.start).trimEnd();
      expect(
        before === '' || before.endsWith('\n') || TERMINATOR.test(before) || ARTICLE[p.start - 1] === '\n',
        p.id,
      ).toBe(true);
      const lineEnd = ARTICLE.indexOf('\n', p.start);
      expect(TERMINATOR.test(p.text) || p.end === (lineEnd === -1 ? ARTICLE.length : lineEnd), p.id).toBe(true);
      expect(p.text).not.toMatch(/^\s|\s$/u);
    }
  });

  it('no passage is a list item cut loose: a list written with full stops stays one sentence', () => {
    const most = pkg.source.segmentation.maxListItemWords ?? 3;
    for (const p of story.passages) expect(words(p.text), p.id).toBeGreaterThan(most);
  });

  it('passage ids are unique and carry their line', () => {
    expect(new Set(story.passages.map((p) => p.id)).size).toBe(story.passages.length);
    for (const p of story.passages) expect(p.id).toMatch(new RegExp(`^p${p.line}[a-z]?$`, 'u'));
  });

  it('every surface form, and every Urdu name and label, occurs in the article (no Urdu of ours)', () => {
    for (const e of story.entities) {
      for (const s of [...e.surfaces, e.names.ur, e.label?.ur ?? e.names.ur])
        expect(ARTICLE.includes(s), `${e.id}: ${s}`).toBe(true);
    }
  });

  it('every entity is mentioned at least once, and every mention is a slice of one of its surfaces', () => {
    for (const e of story.entities)
      expect(
        story.mentions.some((m) => m.entity === e.id),
        e.id,
      ).toBe(true);
    for (const m of story.mentions)
      expect(entityIndex(story).get(m.entity)?.surfaces).toContain(ARTICLE.slice(m.start, m.end));
  });

  it('mentions do not overlap and lie inside their passage', () => {
    const sorted = [...story.mentions].sort((a, b) => a.start - b.start);
    sorted.forEach((m, i) => {
      if (i > 0) expect(m.start).toBeGreaterThanOrEqual(sorted[i - 1]?.end ?? 0);
      const p = passageById.get(m.passage);
      expect(p !== undefined && p.start <= m.start && m.end <= p.end).toBe(true);
    });
  });

  it('countries carry ISO 3166 alpha-3 and numeric codes', () => {
    for (const e of story.entities.filter((x) => x.type === 'country')) {
      expect(e.iso3, e.id).toMatch(/^[A-Z]{3}$/u);
      expect(e.isoNumeric, e.id).toMatch(/^\d{3}$/u);
    }
  });

  it('relations have unique, URL-safe ids and ends that are entities', () => {
    const ids = new Set(story.entities.map((e) => e.id));
    expect(new Set(story.relations.map((r) => r.id)).size).toBe(story.relations.length);
    for (const r of story.relations) {
      expect(r.id).toMatch(/^[a-z0-9-]+$/u);
      expect(ids.has(r.source) && ids.has(r.target), r.id).toBe(true);
      for (const a of [...r.assertedBy, ...r.reportedBy]) expect(ids.has(a), `${r.id}: ${a}`).toBe(true);
    }
  });

  it('every evidence passage names both ends, or the relation says which end it implies and why', () => {
    for (const r of story.relations) {
      expect(r.evidence.length, r.id).toBeGreaterThan(0);
      for (const pid of r.evidence) {
        const named = entitiesNamedIn(story, pid);
        for (const end of [r.source, r.target]) {
          if (named.has(end)) continue;
          const implied = r.impliedEnds.find((i) => i.passage === pid && i.entity === end);
          expect(implied, `${r.id}: ${pid} does not name ${end}`).toBeDefined();
          // The passages that resolve the reference must themselves name the entity.
          for (const q of implied?.resolvedBy ?? [])
            expect(entitiesNamedIn(story, q).has(end), `${r.id}: ${q}`).toBe(true);
        }
      }
    }
  });

  it('every context passage names an end, or continues on its line a cited passage that does', () => {
    for (const r of story.relations) {
      const namesAnEnd = (pid: string) => {
        const named = entitiesNamedIn(story, pid);
        return named.has(r.source) || named.has(r.target);
      };
      const anchoredLines = new Set(
        [...r.evidence, ...r.context].filter(namesAnEnd).map((id) => passageById.get(id)?.line),
      );
      for (const pid of r.context)
        expect(namesAnEnd(pid) || anchoredLines.has(passageById.get(pid)?.line), `${r.id}: ${pid}`).toBe(true);
    }
  });

  it('the wording and dates are slices of a passage the relation cites', () => {
    for (const r of story.relations) {
      for (const span of [r.wording, ...r.dates]) {
        const p = passageById.get(span.passage);
        expect(p !== undefined && p.start <= span.start && span.end <= p.end, r.id).toBe(true);
        expect([...r.evidence, ...r.context]).toContain(span.passage);
      }
    }
  });

  it('no passage is orphaned: each evidences or qualifies a relation, or says why not', () => {
    const used = new Set(story.relations.flatMap((r) => [...r.evidence, ...r.context]));
    for (const u of story.unlinked) used.add(u.passage);
    for (const p of story.passages) expect(used.has(p.id), p.id).toBe(true);
  });

  it('every passage has our English gloss, and no gloss is left over', () => {
    expect(Object.keys(story.glosses).sort()).toEqual(story.passages.map((p) => p.id).sort());
    for (const g of Object.values(story.glosses)) expect(g.length).toBeGreaterThan(10);
  });

  it('every drawn entity is placed: countries by their role, actors beside what the article ties them to', () => {
    for (const e of story.entities.filter((x) => x.anchor)) {
      if (e.type === 'country')
        expect(
          story.roles.some((r) => r.id === e.role),
          e.id,
        ).toBe(true);
      else expect(e.placement, e.id).toBeDefined();
    }
  });
});

/** Lines (1-based) on which each country is named, read by hand from the article: by name,
 * demonym, capital, leader or a government organ. Independent of the gazetteer on purpose. */
const LINES_NAMING: Record<string, number[]> = {
  ALB: [1, 2, 3, 4, 6, 7, 9, 10, 11, 13, 17, 18],
  IRN: [1, 2, 3, 5, 6, 7, 8, 11, 12, 13, 14, 17, 18],
  USA: [3, 5, 6, 14, 18],
  ISR: [17],
  SAU: [17],
  ARE: [17],
  JOR: [17],
  KWT: [17],
  CYP: [17],
};

describe('the Albania story: entities and mentions', () => {
  const STORY: Story = ALBANIA;
  const ARTICLE = STORY.article;

  for (const country of Object.keys(LINES_NAMING)) {
    it(`${country} is found on exactly the lines that name it`, () => {
      const lines = new Set<number>();
      for (const p of STORY.passages) if (entitiesNamedIn(STORY, p.id).has(country)) lines.add(p.line);
      expect([...lines].sort((a, b) => a - b)).toEqual(LINES_NAMING[country]);
    });
  }

  it('finds the demonyms, capitals, leaders and organs the article uses', () => {
    const found = (id: string) =>
      STORY.mentions.filter((m) => m.entity === id).map((m) => ARTICLE.slice(m.start, m.end));
    expect(found('ALB')).toContain('البانوی');
    expect(found('IRN')).toContain('ایرانی');
    expect(found('IRN')).toContain('اسلامی جمہوریہ ایران');
    expect(found('tirana')).toHaveLength(2);
    expect(found('tehran')).toHaveLength(5);
    expect(found('white-house')).toHaveLength(2);
    expect(found('edi-rama').length).toBeGreaterThanOrEqual(4);
    expect(new Set(found('cyberattacks').map((s) => s.split(' ')[0]))).toEqual(new Set(['سائبر', 'سائیبر']));
    // "جو" alone is a relative pronoun (line 15, 17): only the full name is Biden.
    expect(found('joe-biden')).toEqual(['صدر جو بائیڈن']);
  });
});

describe('the Albania story: relations', () => {
  const STORY: Story = ALBANIA;
  const ARTICLE = STORY.article;

  it('dates are the article’s own words', () => {
    const dates = new Set(
      STORY.relations.flatMap((r) => r.dates.map((d) => `${ARTICLE.slice(d.start, d.end)} = ${d.en}`)),
    );
    expect(dates).toEqual(
      new Set([
        'پندرہ جولائی = 15 July',
        'بدھ کے روز = Wednesday',
        'تقریباً دو ماہ قبل = about two months ago',
        'گزشتہ ماہ = last month',
        'چوبیس گھنٹے کے اندر = within 24 hours',
        'ہفتوں سے = for weeks',
      ]),
    );
  });

  it('covers every relation the article states', () => {
    const has = (type: RelationType, source: string, target: string) =>
      STORY.relations.some((r) => r.type === type && r.source === source && r.target === target);
    expect(has('severs-ties', 'ALB', 'IRN')).toBe(true);
    expect(has('accuses', 'ALB', 'IRN')).toBe(true);
    expect(has('accuses', 'USA', 'IRN')).toBe(true);
    expect(has('expels-diplomats', 'ALB', 'IRN')).toBe(true);
    expect(has('cyberattack', 'IRN', 'ALB')).toBe(true);
    expect(has('assists', 'USA', 'ALB')).toBe(true);
    expect(has('supports', 'USA', 'ALB')).toBe(true);
    expect(has('vows-response', 'USA', 'IRN')).toBe(true);
    expect(has('condemns', 'IRN', 'ALB')).toBe(true);
    expect(has('denies', 'IRN', 'ALB')).toBe(true);
    for (const t of ['ISR', 'SAU', 'ARE', 'JOR', 'KWT', 'CYP'])
      expect(has('cyberattack', 'notorious-group', t), t).toBe(true);
    expect(has('recruits', 'IRN', 'notorious-group')).toBe(true);
    expect(has('claims-responsibility', 'homeland-justice', 'ALB')).toBe(true);
    expect(has('shares-findings', 'ALB', 'nato')).toBe(true);
    expect(has('assesses', 'mandiant', 'IRN')).toBe(true);
  });

  it('the attack and the earlier attacks are alleged; the acts of states are stated', () => {
    const byId = new Map(STORY.relations.map((r) => [r.id, r]));
    expect(byId.get('iran-attacks-albania')?.alleged).toBe(true);
    expect(byId.get('group-attacked-isr')?.alleged).toBe(true);
    expect(byId.get('albania-severs-ties')?.alleged).toBe(false);
    expect(byId.get('iran-denies-attack')?.alleged).toBe(false);
  });
});
