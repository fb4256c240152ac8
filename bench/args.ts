/** What `npm run bench` was asked to do. */
export interface BenchOptions {
  /** Measured runs of each page (after one discarded warm-up each). */
  readonly runs: number;
  /** Lighthouse runs of the app (0 skips Lighthouse, and its target is then missed). */
  readonly lighthouseRuns: number;
}

/** Issue 11 asks for at least 7 runs of each page, and the median of 3 Lighthouse scores. */
export const DEFAULT_OPTIONS: BenchOptions = { runs: 7, lighthouseRuns: 3 };

const USAGE = 'usage: npm run bench -- [--runs N] [--lighthouse N]';

function count(flag: string, text: string | undefined, min: number): number {
  const n = Number(text);
  if (text === undefined || text === '' || !Number.isInteger(n) || n < min)
    throw new Error(`${flag} wants a whole number ≥ ${min}, got ${String(text)}\n${USAGE}`);
  return n;
}

/** Reads `--runs N` and `--lighthouse N` (also `--runs=N`); throws with the usage on anything else. */
export function parseArgs(argv: readonly string[]): BenchOptions {
  let { runs, lighthouseRuns } = DEFAULT_OPTIONS;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const eq = arg.indexOf('=');
    const flag = eq === -1 ? arg : arg.slice(0, eq);
    const value = eq === -1 ? argv[++i] : arg.slice(eq + 1);
    if (flag === '--runs') runs = count(flag, value, 1);
    else if (flag === '--lighthouse') lighthouseRuns = count(flag, value, 0);
    else throw new Error(`unknown argument ${arg}\n${USAGE}`);
  }
  return { runs, lighthouseRuns };
}
