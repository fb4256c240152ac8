import { describe, expect, it } from 'vitest';
import { decodeArticle, slugProblem } from '../../../scripts/lib/newPackageInput.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('decodeArticle', () => {
  it('reads UTF-8 Urdu text as it is', () => {
    expect(decodeArticle(utf8('البانیہ نے ایران سے تعلقات ختم کر دیے۔\n'))).toEqual({
      ok: true,
      text: 'البانیہ نے ایران سے تعلقات ختم کر دیے۔\n',
      warnings: [],
    });
  });

  it('refuses an empty file, and one of white space only', () => {
    expect(decodeArticle(new Uint8Array())).toEqual({ ok: false, message: 'the article file is empty (0 bytes)' });
    expect(decodeArticle(utf8(' \n\t\n'))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/only white space/u) as unknown,
    });
  });

  it('refuses bytes that are not UTF-8 (Latin-1, a cut multi-byte letter)', () => {
    expect(decodeArticle(new Uint8Array([0x63, 0x61, 0x66, 0xe9]))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/not UTF-8 text/u) as unknown,
    });
    expect(decodeArticle(utf8('ایران').slice(0, 3))).toMatchObject({ ok: false });
  });

  it('refuses binary content and UTF-16 text, which decode but hold control characters', () => {
    expect(decodeArticle(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].slice(1)))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/binary/u) as unknown,
    });
    const utf16 = new Uint8Array(Buffer.from('Iran', 'utf16le'));
    expect(decodeArticle(utf16)).toMatchObject({ ok: false, message: expect.stringMatching(/UTF-16/u) as unknown });
  });

  it('keeps a byte-order mark and Windows line ends, with a warning each, as the checker will read them', () => {
    const out = decodeArticle(utf8('\uFEFFایران\r\nامریکہ'));
    expect(out).toMatchObject({ ok: true, text: '\uFEFFایران\r\nامریکہ' });
    expect(out.ok && out.warnings.length).toBe(2);
  });

  it('warns about a text with no Urdu letter', () => {
    const out = decodeArticle(utf8('Albania cuts ties with Iran.'));
    expect(out.ok && out.warnings[0]).toMatch(/no Urdu/u);
  });
});

describe('slugProblem', () => {
  it('accepts lower-case words joined by hyphens', () => {
    expect(slugProblem('albania-iran-cyberattack')).toBeNull();
    expect(slugProblem('g20-summit')).toBeNull();
  });

  it('refuses anything else, saying what a slug is', () => {
    for (const bad of [
      '',
      'Albania',
      'albania_iran',
      '-albania',
      'albania--iran',
      'albania-',
      'a b',
      '../evil',
      'البانیہ',
    ]) {
      expect(slugProblem(bad), bad).not.toBeNull();
    }
  });
});
