import { describe, expect, it } from 'vitest';
import { describeJsonError, parseJson, placeOf } from '../../../../src/story/package/parseJson.ts';

describe('parseJson', () => {
  it('parses JSON as JSON.parse does', () => {
    expect(parseJson('{"a": [1, "b"]}')).toEqual({ ok: true, value: { a: [1, 'b'] } });
  });

  it('says where a missing comma is, by line and column, with the line shown', () => {
    const result = parseJson('{\n  "a": 1\n  "b": 2\n}');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatchObject({ line: 3, column: 3, lineText: '  "b": 2' });
    expect(result.error.message).not.toMatch(/position/u);
    expect(describeJsonError(result.error)).toBe(`line 3, column 3: ${result.error.message}\n      "b": 2\n      ^`);
  });

  it('finds a bad token the engine names but does not place', () => {
    const result = parseJson('{\n  "ok": true,\n  "a": tru}\n');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatchObject({ line: 3, lineText: '  "a": tru}' });
    if (!result.ok) expect(result.error.column).toBeGreaterThanOrEqual(8);
  });

  it('places an unclosed brace at the end of the text', () => {
    const result = parseJson('{\n  "a": [1, 2\n');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.line).toBe(2);
  });
});

describe('placeOf', () => {
  it('counts lines as the text has them: a final newline adds no line, a CR is not part of the line', () => {
    expect(placeOf('ab\r\ncd', 4)).toEqual({ line: 2, column: 1, lineText: 'cd' });
    expect(placeOf('ab\r\ncd', 1)).toEqual({ line: 1, column: 2, lineText: 'ab' });
    expect(placeOf('one\n', 2).line).toBe(1);
  });
});
