import { spawn } from 'node:child_process';

/** A command to run beside others: what it is called in the report, and its program and arguments. */
export interface Command {
  readonly name: string;
  readonly program: string;
  readonly args: readonly string[];
}

/** How one command ended: its exit code (1 when it could not start or was killed) and all it printed. */
export interface Ended {
  readonly name: string;
  readonly code: number;
  readonly output: string;
}

function run({ name, program, args }: Command): Promise<Ended> {
  return new Promise((resolve) => {
    // npm is npm.cmd on Windows, which only a shell starts.
    const child = spawn(program, args, { stdio: ['ignore', 'pipe', 'pipe'], shell: process.platform === 'win32' });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => chunks.push(d));
    child.stderr.on('data', (d: Buffer) => chunks.push(d));
    // 'error' (the program is missing) may come instead of 'close' or before it: the first settles.
    child.on('error', (e) => resolve({ name, code: 1, output: `${Buffer.concat(chunks).toString()}${e.message}\n` }));
    child.on('close', (code) => resolve({ name, code: code ?? 1, output: Buffer.concat(chunks).toString() }));
  });
}

/**
 * Runs commands side by side and reports each whole, in the order given, once it ends (interleaved
 * lines from two tools cannot be read). Resolves to 0 when every one exits 0, else 1. Each of the
 * checks it serves (tsc, ESLint) is one single-threaded process: on two cores, side by side they take
 * about as long as the slower one.
 */
export async function runTogether(commands: readonly Command[], write: (text: string) => void): Promise<number> {
  const ended = await Promise.all(commands.map(run));
  for (const e of ended) write(`${e.code === 0 ? '✓' : '✗'} ${e.name}${e.code === 0 ? '' : ` failed (exit ${String(e.code)})`}\n${e.output}`);
  return ended.every((e) => e.code === 0) ? 0 : 1;
}
