import { spawn } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's root (bench/ is one level down). */
export const REPO = fileURLToPath(new URL('..', import.meta.url));

/**
 * Where the two builds go: outside the repository, so that neither the tests' dist/ nor ESLint's
 * view of the tree is touched; a bench run replaces them.
 */
export const OUT_DIR = join(tmpdir(), 'usm-bench');

/** Runs Vite's build with `args`; its output is shown only if it fails. */
function viteBuild(args: readonly string[]): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(join(REPO, 'node_modules', '.bin', 'vite'), ['build', ...args], {
      cwd: REPO,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('error', fail);
    child.on('close', (code) =>
      code === 0 ? done() : fail(new Error(`vite build ${args.join(' ')} failed (${String(code)}):\n${output}`)),
    );
  });
}

/** The two build folders. */
export interface Builds {
  readonly app: string;
  readonly baseline: string;
}

/** Builds the app (its own vite.config.ts) and the baseline page, one after the other (two cores, shared). */
export async function buildPages(): Promise<Builds> {
  const app = join(OUT_DIR, 'app');
  const baseline = join(OUT_DIR, 'baseline');
  await viteBuild(['--outDir', app, '--emptyOutDir']);
  await viteBuild(['--config', join(REPO, 'bench', 'vite.baseline.config.ts'), '--outDir', baseline, '--emptyOutDir']);
  return { app, baseline };
}
