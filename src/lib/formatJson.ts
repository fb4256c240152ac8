/**
 * JSON for people to edit: like `JSON.stringify(value, null, 2)`, but an array or object that fits
 * on one line within `width` stays on one line, so a package's ids, anchors and phrase references
 * read as one line each instead of a column of brackets. Parses back to the same value.
 */
export function formatJson(value: unknown, width = 100): string {
  return `${format(value, '', width)}\n`;
}

/** Values JSON has no form for: JSON.stringify drops them from objects and writes null in arrays. */
function unwritable(value: unknown): boolean {
  return value === undefined || typeof value === 'function' || typeof value === 'symbol';
}

/** Entries that JSON keeps. */
function entriesOf(value: object): [string, unknown][] {
  return Object.entries(value).filter(([, v]) => !unwritable(v));
}

/** One line, with a space after each comma and colon (never inside strings: those are JSON.stringify's). */
function oneLine(value: unknown): string {
  if (unwritable(value)) return 'null';
  if (typeof value !== 'object' || value === null) return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(oneLine).join(', ')}]`;
  return `{${entriesOf(value)
    .map(([k, v]) => `${JSON.stringify(k)}: ${oneLine(v)}`)
    .join(', ')}}`;
}

function format(value: unknown, indent: string, width: number): string {
  const flat = oneLine(value);
  if (typeof value !== 'object' || value === null || indent.length + flat.length <= width) return flat;
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[\n${value.map((v) => inner + format(v, inner, width)).join(',\n')}\n${indent}]`;
  }
  const entries = entriesOf(value);
  if (entries.length === 0) return '{}';
  return `{\n${entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${format(v, inner, width)}`).join(',\n')}\n${indent}}`;
}
