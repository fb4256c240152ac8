import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runTogether, type Command } from '../../../scripts/lib/runTogether.ts';

const node = (name: string, code: string): Command => ({ name, program: process.execPath, args: ['-e', code] });

describe('runTogether', () => {
  it('runs commands side by side: each waits until the other has started', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'together-'));
    // Each marks that it has started, then waits (up to 5 s) for the other's mark; run one after the
    // other, the first would wait in vain and fail.
    const meet = (me: string, other: string) =>
      node(me, `const fs = require('fs'); fs.writeFileSync(${JSON.stringify(join(dir, me))}, ''); const t = Date.now();
        const wait = () => fs.existsSync(${JSON.stringify(join(dir, other))}) ? process.exit(0) : Date.now() - t > 5000 ? process.exit(1) : setTimeout(wait, 10);
        wait();`);
    const code = await runTogether([meet('a', 'b'), meet('b', 'a')], () => undefined);
    rmSync(dir, { recursive: true, force: true });
    expect(code).toBe(0);
  });

  it('fails when one fails, and reports each whole, in the order given, with what it printed to either stream', async () => {
    const out: string[] = [];
    const code = await runTogether(
      [node('slow', 'setTimeout(() => { console.log("one"); console.error("two"); }, 200)'), node('broken', 'console.error("bad"); process.exit(3)')],
      (t) => out.push(t),
    );
    expect(code).toBe(1);
    expect(out).toEqual(['✓ slow\none\ntwo\n', '✗ broken failed (exit 3)\nbad\n']);
  });

  it('a program that cannot start is a failure, named, not a crash', async () => {
    const out: string[] = [];
    const code = await runTogether([{ name: 'missing', program: '/no/such/program', args: [] }], (t) => out.push(t));
    expect(code).toBe(1);
    expect(out.join('')).toMatch(/^✗ missing failed \(exit 1\)\n.*ENOENT/su);
  });
});
