import { foldUrduLetters } from '../gazetteer/foldLetters.ts';
import { isWholeWord, isWordBoundary } from '../lib/wordBoundary.ts';
import type { EntityId, Passage, PassageId, RelationType, Span } from '../story/types.ts';

// Suggested relations for an author: for each sentence that names two places (or two entities the
// author has declared), the relation its verb phrase states, with its direction read from Urdu's
// grammar. A suggestion is only a proposal: the author accepts or rejects each one.
//
// Direction: Urdu marks the doer of a past act with نے after it ("البانیہ نے ایران پر ... الزام"),
// sometimes after a title ("البانیہ کے وزیر اعظم نے"), and joins two doers with اور ("البانیہ اور
// امریکہ نے"). Reported speech ("X نے کہا کہ ...") opens a clause of its own, so the doer is looked for
// in the phrase's clause first (split at کہ), then in the whole sentence. No doer, no suggestion:
// a wrong direction costs an author more than a missing suggestion.

/** A place or other entity the text may name, by the surfaces it is written with. An entity that
 * stands for a country (a capital, a ministry) is listed under that country's id, since relations
 * are drawn between the country and its counterpart. */
export interface NamedThing {
  readonly id: EntityId;
  readonly surfaces: readonly string[];
}

/** A relation proposed from one sentence. */
export interface Suggestion {
  /** Stable across edits of other sentences: passage, type and ends. */
  readonly id: string;
  readonly passage: PassageId;
  readonly type: RelationType;
  readonly source: EntityId;
  readonly target: EntityId;
  /** The verb phrase matched, a slice of the passage (the relation's wording). */
  readonly phrase: Span;
}

/** Common Urdu wordings of each relation type, in the article's own spelling and the usual variants:
 * the phrases of the Albania story first, then the common phrasings of the other types. Longer
 * phrases are tried first, so "تعلقات بحال" is a restoration before "تعلقات" could be anything. */
export const TYPE_PHRASES: Readonly<Partial<Record<RelationType, readonly string[]>>> = {
  'severs-ties': ['تعلقات ختم', 'تعلقات توڑ', 'تعلقات منقطع'],
  'restores-ties': ['تعلقات بحال', 'تعلقات کی بحالی', 'تعلقات دوبارہ قائم'],
  'expels-diplomats': ['ملک بدر', 'ملک چھوڑنے کا حکم', 'بے دخل'],
  accuses: ['الزام'],
  cyberattack: ['سائبر حملہ', 'سائبر حملے', 'سائبر حملوں', 'سائیبر حملہ', 'سائیبر حملے'],
  strikes: [
    'فضائی حملہ',
    'فضائی حملے',
    'فضائی حملوں',
    'میزائل حملہ',
    'میزائل حملے',
    'ڈرون حملہ',
    'ڈرون حملے',
    'فوجی حملہ',
    'فوجی حملے',
    'فوجی کارروائی',
    'بمباری',
  ],
  recruits: ['بھرتی'],
  'backs-proxy': ['پشت پناہی', 'پراکسی'],
  assists: ['مدد'],
  'sends-aid': ['امداد'],
  supports: ['حمایت'],
  'vows-response': ['جوابی کارروائی', 'جواب دینے کا عزم'],
  threatens: ['دھمکی', 'دھمکیاں', 'دھمکایا'],
  'imposes-sanctions': ['پابندیاں عائد', 'پابندیاں', 'پابندی'],
  condemns: ['مذمت'],
  denies: ['تردید'],
  'holds-talks': ['مذاکرات', 'بات چیت'],
  'signs-agreement': ['معاہدے پر دستخط', 'معاہدہ', 'معاہدے'],
  'agrees-with': ['اتفاق', 'متفق'],
  welcomes: ['خیر مقدم', 'خیرمقدم'],
  'claims-responsibility': ['ذمہ داری قبول', 'ذمہ داری کا دعوی', 'ذمہ داری کا دعویٰ'],
  'shares-findings': ['شیئر'],
};

/** Phrases that contain a type's wording but do not state it: "ناقابل تردید" (irrefutable) denies nothing. */
const NOT_STATING = ['ناقابل تردید'];

/** An attack named as what someone is accused of ("سائبر حملے کا الزام") is the accusation's object,
 * not an attack the sentence states: the accusation is suggested, the attack is not. */
const ACCUSED_OF = /^\s*(?:کرنے\s+)?کا\s+الزام/u;
const ATTACKS: ReadonlySet<RelationType> = new Set(['cyberattack', 'strikes']);

/** How many words after a name may stand before its نے: "کے وزیر اعظم نے", "کی وزارت خارجہ نے". */
const DOER_WINDOW = 4;
const QUOTE_MARKS = /^[“”"'«»()]+|[“”"'«»()]+$/gu;

interface Found extends Span {
  readonly id: EntityId;
}

/** Every whole-word occurrence of the things' surfaces in one passage, longest first where they overlap. */
function namesIn(text: string, passage: Passage, things: readonly NamedThing[]): Found[] {
  const folded = foldUrduLetters(text);
  const all: Found[] = [];
  for (const thing of things) {
    for (const surface of thing.surfaces) {
      const form = foldUrduLetters(surface);
      if (form === '') continue;
      for (
        let at = folded.indexOf(form, passage.start);
        at !== -1 && at + form.length <= passage.end;
        at = folded.indexOf(form, at + 1)
      ) {
        if (isWholeWord(text, at, at + form.length)) all.push({ start: at, end: at + form.length, id: thing.id });
      }
    }
  }
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Found[] = [];
  let covered = -1;
  for (const f of all) {
    if (f.start < covered) continue;
    out.push(f);
    covered = f.end;
  }
  return out;
}

/** Whether a name is marked as the doer: نے within a few words after it, before the next name. */
function isDoer(text: string, name: Found, nextStart: number): boolean {
  const words = text
    .slice(name.end, nextStart)
    .split(/\s+/u)
    .filter((w) => w !== '')
    .slice(0, DOER_WINDOW);
  return words.some((w) => w.replace(QUOTE_MARKS, '') === 'نے');
}

/** The spans of a passage's clauses: cut before each word کہ ("that"), which opens reported speech. */
function clausesOf(text: string, passage: Passage): Span[] {
  const cuts = [passage.start];
  for (const m of text.slice(passage.start, passage.end).matchAll(/(?<=\s)کہ(?=\s)/gu))
    cuts.push(passage.start + m.index);
  cuts.push(passage.end);
  return cuts.slice(1).map((end, i) => ({ start: cuts[i] ?? passage.start, end }));
}

/** The type phrases found in a passage, earliest first, a longer phrase hiding a shorter one inside it. */
function phrasesIn(text: string, passage: Passage): { type: RelationType; span: Span }[] {
  const folded = foldUrduLetters(text);
  const hidden = NOT_STATING.flatMap((p) => {
    const spans: Span[] = [];
    for (let at = folded.indexOf(p, passage.start); at !== -1 && at < passage.end; at = folded.indexOf(p, at + 1))
      spans.push({ start: at, end: at + p.length });
    return spans;
  });
  const all: { type: RelationType; span: Span }[] = [];
  for (const [type, phrases] of Object.entries(TYPE_PHRASES) as [RelationType, readonly string[]][]) {
    for (const phrase of phrases) {
      for (
        let at = folded.indexOf(phrase, passage.start);
        at !== -1 && at + phrase.length <= passage.end;
        at = folded.indexOf(phrase, at + 1)
      ) {
        const end = at + phrase.length;
        // A phrase starts a word but may end inside one: "توڑ" in "توڑنے", "بدر" in "بدری".
        if (!isWordBoundary(text, at - 1)) continue;
        if (hidden.some((h) => h.start <= at && end <= h.end)) continue;
        if (ATTACKS.has(type) && ACCUSED_OF.test(text.slice(end, passage.end))) continue;
        all.push({ type, span: { start: at, end } });
      }
    }
  }
  all.sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
  const out: typeof all = [];
  let covered = -1;
  for (const p of all) {
    if (p.span.start < covered) continue;
    out.push(p);
    covered = p.span.end;
  }
  return out;
}

const inside = (s: Span, outer: Span) => outer.start <= s.start && s.end <= outer.end;
const distance = (a: Span, b: Span) => (a.end <= b.start ? b.start - a.end : a.start >= b.end ? a.start - b.end : 0);

/** The doers nearest a phrase: the closest doer and those joined to it by اور or a comma. */
function nearestDoers(text: string, doers: readonly Found[], phrase: Span): Found[] {
  const closest = [...doers].sort((a, b) => distance(a, phrase) - distance(b, phrase))[0];
  if (!closest) return [];
  const group = [closest];
  const joined = (a: Found, b: Found) => /^\s*(?:اور|،|,)\s*$/u.test(text.slice(a.end, b.start));
  const ordered = [...doers].sort((a, b) => a.start - b.start);
  for (let i = ordered.indexOf(closest); i > 0 && joined(ordered[i - 1] as Found, ordered[i] as Found); i--)
    group.unshift(ordered[i - 1] as Found);
  for (
    let i = ordered.indexOf(closest);
    i + 1 < ordered.length && joined(ordered[i] as Found, ordered[i + 1] as Found);
    i++
  )
    group.push(ordered[i + 1] as Found);
  return group;
}

/**
 * Suggests relations from the article's sentences: for each type phrase in a sentence that names at
 * least two things, from the doer (marked by نے) to the nearest other thing named, preferring one in
 * the same clause and before the phrase. Pure; the same input always gives the same suggestions.
 */
export function suggestRelations(
  article: string,
  passages: readonly Passage[],
  things: readonly NamedThing[],
): Suggestion[] {
  const out: Suggestion[] = [];
  const seen = new Set<string>();
  for (const passage of passages) {
    const names = namesIn(article, passage, things);
    if (new Set(names.map((n) => n.id)).size < 2) continue;
    // Two doers joined by اور share the نے of the second: "البانیہ اور امریکہ نے".
    const doer = names.map((n, i) => isDoer(article, n, names[i + 1]?.start ?? passage.end));
    for (let i = names.length - 2; i >= 0; i--) {
      const [a, b] = [names[i] as Found, names[i + 1] as Found];
      if (!doer[i] && doer[i + 1] && /^\s*(?:اور|،|,)\s*$/u.test(article.slice(a.end, b.start))) doer[i] = true;
    }
    const doers = names.filter((_, i) => doer[i]);
    const clauses = clausesOf(article, passage);
    // What a denial denies ("... کی تردید کی کہ ... سائبر حملے کی پشت پر ایران تھا") is not stated.
    let deniedFrom = passage.end;
    for (const { type, span } of phrasesIn(article, passage)) {
      const clause = clauses.find((c) => inside(span, c)) ?? passage;
      if (span.start >= deniedFrom) continue;
      if (type === 'denies') deniedFrom = clause.end;
      const inClause = doers.filter((d) => inside(d, clause));
      const sources = nearestDoers(article, inClause.length > 0 ? inClause : doers, span);
      for (const source of sources) {
        const others = names.filter((n) => n.id !== source.id && !sources.some((s) => s.id === n.id));
        // The counterpart: in the clause and before the phrase, else in the clause, else anywhere.
        const inClauseOthers = others.filter((n) => inside(n, clause));
        const before = inClauseOthers.filter((n) => n.end <= span.start);
        const pool = before.length > 0 ? before : inClauseOthers.length > 0 ? inClauseOthers : others;
        // Two doers and no one else ("سعودی عرب اور ایران نے تعلقات بحال کیے"): an act between them,
        // drawn from the first named to the second.
        const mutual = others.length === 0 && sources.length > 1 && source === sources[0] ? sources[1] : undefined;
        const target = mutual ?? [...pool].sort((a, b) => distance(a, span) - distance(b, span))[0];
        if (!target) continue;
        const id = `${passage.id}-${type}-${source.id}-${target.id}`;
        if (seen.has(id)) continue;
        seen.add(id);
        out.push({ id, passage: passage.id, type, source: source.id, target: target.id, phrase: span });
      }
    }
  }
  return out;
}
