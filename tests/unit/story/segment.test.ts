import { describe, expect, it } from 'vitest';
import { segmentSentences } from '../../../src/story/segment.ts';
import { ALBANIA } from '../stories.ts';
import { buildPassages } from '../../../src/story/passages.ts';

const texts = (t: string) => segmentSentences(t).map((s) => t.slice(s.start, s.end));

describe('segmentSentences', () => {
  it('splits a line at the Urdu full stop into whole sentences', () => {
    expect(texts('یہ پہلا جملہ ہے جو کافی لمبا ہے۔ یہ دوسرا جملہ ہے جو کافی لمبا ہے۔')).toEqual([
      'یہ پہلا جملہ ہے جو کافی لمبا ہے۔',
      'یہ دوسرا جملہ ہے جو کافی لمبا ہے۔',
    ]);
  });

  it('keeps a list whose items are separated by full stops inside one sentence', () => {
    const line =
      'وہ گروپ اسرائیل۔ سعودی عرب۔ متحدہ عرب امارات۔ اردن۔ کویت اور قبرص پر حملوں میں ملوث تھا۔ انہوں نے بات آگے بڑھائی اور کہا۔';
    const out = texts(line);
    expect(out).toHaveLength(2);
    expect(out[0]).toContain('اردن۔ کویت اور قبرص');
    expect(out[0]?.endsWith('ملوث تھا۔')).toBe(true);
  });

  it('joins a relative clause punctuated as a sentence to the sentence it qualifies', () => {
    const out = texts('حملہ ایک ملک نے کروایا تھا اس نے کہا۔ جس میں چار گروپ ملوث تھے۔');
    expect(out).toEqual(['حملہ ایک ملک نے کروایا تھا اس نے کہا۔ جس میں چار گروپ ملوث تھے۔']);
  });

  it('keeps a last sentence that has no full stop, and gives each its line', () => {
    const spans = segmentSentences('پہلی سطر کا یہ جملہ مکمل ہے۔\nدوسری سطر کا جملہ بغیر نشان کے ہے');
    expect(spans.map((s) => s.line)).toEqual([1, 2]);
    expect(spans[1]?.end).toBe('پہلی سطر کا یہ جملہ مکمل ہے۔\nدوسری سطر کا جملہ بغیر نشان کے ہے'.length);
  });

  it('does not end a sentence at hamza or at quotation marks', () => {
    expect(texts('دریں اثناء ایک فرم “مینڈئینٹ”نے کچھ کہا تھا کہ بات یوں ہے۔')).toHaveLength(1);
  });

  it('treats a run of terminators as one sentence end', () => {
    expect(texts('کیا یہ واقعی سچ ہے کہ ایسا ہوا؟! ہاں یہ بالکل سچ ہے کہ ایسا ہوا۔')).toHaveLength(2);
  });

  it('returns nothing for an empty text or blank lines', () => {
    expect(segmentSentences('')).toEqual([]);
    expect(segmentSentences('\n  \n')).toEqual([]);
  });
});

describe('the Albania article segmentation', () => {
  const ARTICLE = ALBANIA.article;
  const passages = buildPassages(ARTICLE);

  it('has 18 lines and 22 sentences: lines 5, 10, 13 and 17 hold two each', () => {
    expect(ARTICLE.split('\n')).toHaveLength(18);
    expect(passages).toHaveLength(22);
    const twoSentenceLines = [...new Set(passages.filter((p) => /[a-z]$/u.test(p.id)).map((p) => p.line))];
    expect(twoSentenceLines).toEqual([5, 10, 13, 17]);
  });

  it('keeps line 11 whole: "جس میں چار گروپ ملوث تھے" qualifies the sentence before it', () => {
    const p11 = passages.find((p) => p.id === 'p11');
    expect(p11?.text.endsWith('جس میں چار گروپ ملوث تھے۔')).toBe(true);
    expect(p11?.text.startsWith('ایک وڈیو بیان میں')).toBe(true);
  });

  it('keeps the six earlier targets of line 17 in one sentence', () => {
    const p17a = passages.find((p) => p.id === 'p17a');
    for (const name of ['اسرائیل', 'سعودی عرب', 'متحدہ عرب امارات', 'اردن', 'کویت', 'قبرص'])
      expect(p17a?.text).toContain(name);
  });

  it('covers every non-blank character of the article exactly once', () => {
    const covered = new Array<number>(ARTICLE.length).fill(0);
    for (const p of passages) for (let i = p.start; i < p.end; i++) covered[i] = (covered[i] ?? 0) + 1;
    for (let i = 0; i < ARTICLE.length; i++) {
      const ch = ARTICLE[i] ?? '';
      expect(covered[i], `offset ${i} (${ch})`).toBe(/\s/u.test(ch) ? (covered[i] === 1 ? 1 : 0) : 1);
    }
  });
});
