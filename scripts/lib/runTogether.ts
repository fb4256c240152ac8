import { spawn } from 'node:child_process';

/** A command to run beside others: what it is called in the report, and its program and arguments. */
export interface Command {
  readonly name: string;
  readonly program: string;
  readonly args: readonly string[];
}

/** How one command ended: its exit code (1 when it could not start), the signal that killed it if
 * one did, and all it printed. */
export interface Ended {
  readonly name: string;
  readonly code: number;
  readonly signal: string | null;
  readonly output: string;
}

// No shell: a program path with spaces (C:\Program Files\…) or an argument with > in it reaches the
// program as it is, on every platform.
function run({ name, program, args }: Command): Promise<Ended> {
  return new Promise((resolve) => {
    const child = spawn(program, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => chunks.push(d));
    child.stderr.on('data', (d: Buffer) => chunks.push(d));
    // 'error' (the program is missing) may come instead of 'close' or before it: the first settles.
    child.on('error', (e) =>
      resolve({ name, code: 1, signal: null, output: `${Buffer.concat(chunks).toString()}${e.message}\n` }),
    );
    child.on('close', (code, signal) =>
      resolve({ name, code: code ?? 1, signal, output: Buffer.concat(chunks).toString() }),
    );
  });
}

function heading(e: Ended): string {
  if (e.code === 0) return `✓ ${e.name}`;
  return `✗ ${e.name} failed (${e.signal ? `killed by ${e.signal}` : `exit ${String(e.code)}`})`;
}

/**
 * Runs commands side by side; once all have ended, reports each whole (its stdout and stderr as they
 * came), in the order given: interleaved lines from two tools cannot be read. Resolves to 0 when every
 * one exits 0, else 1 (and 1 for no commands at all: nothing was checked).
 */
export async function runTogether(commands: readonly Command[], write: (text: string) => void): Promise<number> {
  if (commands.length === 0) {
    write('✗ nothing to run\n');
    return 1;
  }
  const ended = await Promise.all(commands.map(run));
  for (const e of ended) write(`${heading(e)}\n${e.output}`);
  return ended.every((e) => e.code === 0) ? 0 : 1;
}
