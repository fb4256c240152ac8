import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runTogether, type Command } from '../../../scripts/lib/runTogether.ts';

const node = (name: string, code: string): Command => ({ name, program: process.execPath, args: ['-e', code] });

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('runTogether', () => {
  it('runs commands side by side: each waits until the other has started', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'together-'));
    dirs.push(dir);
    // Each marks that it has started, then waits (up to 2 s) for the other's mark; run one after the
    // other, the first would wait in vain and fail.
    const meet = (me: string, other: string) =>
      node(
        me,
        `const fs = require('fs'); fs.writeFileSync(${JSON.stringify(join(dir, me))}, ''); const t = Date.now();
        const wait = () => fs.existsSync(${JSON.stringify(join(dir, other))}) ? process.exit(0) : Date.now() - t > 2000 ? process.exit(1) : setTimeout(wait, 10);
        wait();`,
      );
    expect(await runTogether([meet('a', 'b'), meet('b', 'a')], () => undefined)).toBe(0);
  });

  it('fails when one fails, and reports each whole, in the order given, with what it printed to either stream', async () => {
    const out: string[] = [];
    // exitCode, not exit(): a pipe is written asynchronously, and exit() may drop what is still in it.
    const code = await runTogether(
      [
        node('slow', 'setTimeout(() => { console.log("one"); console.error("two"); }, 200)'),
        node('broken', 'console.error("bad"); process.exitCode = 3'),
      ],
      (t) => out.push(t),
    );
    expect(code).toBe(1);
    expect(out).toHaveLength(2);
    // stdout and stderr are two pipes, read in whichever order they come.
    expect(out[0]).toMatch(/^✓ slow\n/u);
    expect(out[0]).toContain('one\n');
    expect(out[0]).toContain('two\n');
    expect(out[1]).toBe('✗ broken failed (exit 3)\nbad\n');
  });

  it('a program that cannot start, or one killed, is a failure that says so, not a crash', async () => {
    const out: string[] = [];
    const code = await runTogether(
      [
        { name: 'missing', program: '/no/such/program', args: [] },
        node('killed', 'process.kill(process.pid, "SIGTERM")'),
      ],
      (t) => out.push(t),
    );
    expect(code).toBe(1);
    expect(out[0]).toMatch(/^✗ missing failed \(exit 1\)\n.*ENOENT/su);
    expect(out[1]).toBe('✗ killed failed (killed by SIGTERM)\n');
  });

  it('nothing to run is a failure: nothing was checked', async () => {
    const out: string[] = [];
    expect(await runTogether([], (t) => out.push(t))).toBe(1);
    expect(out).toEqual(['✗ nothing to run\n']);
  });
});
