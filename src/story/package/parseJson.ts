/** Where a JSON text stops being JSON: 1-based line and column, the line itself, and what is wrong. */
export interface JsonError {
  readonly line: number;
  readonly column: number;
  /** The text of that line, as the file has it (without its line break). */
  readonly lineText: string;
  /** What the parser says is wrong, without its "at position N". */
  readonly message: string;
}

/** A parsed JSON text, or where and why it is not JSON. */
export type JsonResult =
  { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly error: JsonError };

/** The line (1-based), column (1-based, in UTF-16 units, as editors count) and line text of an offset. */
export function placeOf(text: string, offset: number): { line: number; column: number; lineText: string } {
  const at = Math.max(0, Math.min(offset, text.length));
  const before = text.slice(0, at);
  const line = before.split('\n').length;
  const start = before.lastIndexOf('\n') + 1;
  const end = text.indexOf('\n', start);
  const lineText = text.slice(start, end === -1 ? text.length : end).replace(/\r$/u, '');
  return { line, column: at - start + 1, lineText };
}

const endsEarly = (message: string) => /end of (?:JSON )?(?:input|data)/iu.test(message);
const positionIn = (message: string): number | undefined => {
  const p = /position (\d+)/u.exec(message)?.[1];
  return p === undefined ? undefined : Number(p);
};

/**
 * Where a text stops being a JSON prefix, for an engine that names the bad token but not where it is
 * ("Unexpected token '}', … is not valid JSON"): the shortest prefix that fails for any reason but
 * its end is found by bisection (a prefix that is already wrong stays wrong however long it grows).
 */
function firstBadOffset(text: string): number {
  const wrong = (k: number) => {
    try {
      JSON.parse(text.slice(0, k));
      return false;
    } catch (e) {
      // A prefix cut short fails at its end ("Unexpected end", or "Expected …" at position k): that is
      // not yet wrong.
      const message = e instanceof Error ? e.message : String(e);
      const at = positionIn(message);
      return !endsEarly(message) && (at === undefined || at < k);
    }
  };
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (wrong(mid)) hi = mid;
    else lo = mid + 1;
  }
  return Math.max(0, lo - 1);
}

/**
 * Parses JSON, and where it fails says so by line and column with the line shown, as an author's
 * editor counts them (engines say "at position 1234", or nothing for an unexpected end). Never throws.
 */
export function parseJson(text: string): JsonResult {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (e) {
    const raw = e instanceof Error ? e.message : String(e);
    const position = positionIn(raw);
    // A place past the last character (an unclosed brace, the text ended early) is its end.
    const end = text.trimEnd().length;
    const offset = position !== undefined ? Math.min(position, end) : endsEarly(raw) ? end : firstBadOffset(text);
    const message = raw
      .replace(/\s*(?:in JSON )?at position \d+(?: \(line \d+ column \d+\))?/u, '')
      .replace(/^JSON\.parse: /u, '');
    return { ok: false, error: { ...placeOf(text, offset), message } };
  }
}

/** A JSON error as one message: `line 12, column 5: Expected ',' or '}' …` and the line under it. */
export function describeJsonError(error: JsonError): string {
  const pointer = `${' '.repeat(Math.max(0, error.column - 1))}^`;
  return `line ${error.line}, column ${error.column}: ${error.message}\n    ${error.lineText}\n    ${pointer}`;
}
