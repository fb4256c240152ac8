/**
 * Which Chromium the browser tests drive, so that `npm test` works on any machine, in this order:
 *  1. `CHROME_PATH` (the user's explicit choice), if it is an executable file;
 *  2. a system Chromium that really runs (`--version` exits 0 in time);
 *  3. the Chromium `npx playwright install` placed (machines with internet);
 *  4. the Chromium inside the npm devDependency `@sparticuz/chromium` (every machine after `npm ci`).
 * `findChromium` decides, asking the machine only through `Machine`, so unit tests can fake one;
 * `chromiumForThisRun` wires it to the real machine, prints why once, and hands the choice to the workers.
 */
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from '@playwright/test';

/** Flags every choice gets: keep Chromium off the network (the machine has none), WebGL2 on through SwiftShader. */
export const BASE_ARGS: readonly string[] = [
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
];

/**
 * Added for the npm-shipped browser only: compositing the page in software. With its default GPU
 * compositing (SwiftShader) each first screenshot after a redraw took 3 to 8 s here, against about 0.1 s
 * without, which pushed the longest test past its timeout; WebGL2 still runs on SwiftShader either way.
 */
export const SHIPPED_EXTRA_ARGS: readonly string[] = ['--disable-gpu-compositing'];

/** System browsers tried by default: Debian's path first, then names looked up on PATH. */
export const DEFAULT_SYSTEM_CHROMIUMS: readonly string[] = [
  '/usr/bin/chromium',
  'chromium',
  'chromium-browser',
  'google-chrome',
];

/** Replaces DEFAULT_SYSTEM_CHROMIUMS: `:`-separated paths or names; set but empty means "no system browser". */
export const SYSTEM_LIST_ENV = 'E2E_SYSTEM_CHROMIUMS';

/** Carries the main process's choice to Playwright's worker processes, which load this config again. */
export const CHOICE_ENV = 'E2E_CHROMIUM_CHOICE';

/** How long `<browser> --version` may take before the browser counts as not running. */
export const VERSION_TIMEOUT_MS = 5_000;

/** Where the chosen browser came from. */
export type ChromiumSource = 'CHROME_PATH' | 'system' | 'playwright' | 'sparticuz';

/** A browser to launch: its path, the flags and environment it needs, and why it was chosen. */
export interface ChosenChromium {
  readonly source: ChromiumSource;
  readonly executablePath: string;
  readonly args: readonly string[];
  /** Variables the browser needs besides the inherited ones (only the npm-shipped one ever needs any). */
  readonly env: Readonly<Record<string, string>>;
  readonly why: string;
}

/** The npm-shipped Chromium once unpacked. */
export interface ShippedChromium {
  readonly executablePath: string;
  /** The flags the package recommends (see `mergeShippedArgs` for which of them we keep). */
  readonly args: readonly string[];
  readonly packageVersion: string;
  /** The folder with the package's own fonts.conf (and Open Sans), unpacked beside the browser. */
  readonly fontconfigDir: string;
  /** Unpacks the NSS, NSPR and expat libraries the package carries for Amazon Linux; returns their folder. */
  unpackLibraries(): Promise<string>;
}

/** Everything the finder asks of the machine: real in `realMachine`, faked in unit tests. */
export interface Machine {
  readonly env: Readonly<Record<string, string | undefined>>;
  /** A regular file (after symlinks) that we may execute. */
  isExecutableFile(path: string): boolean;
  /** The path behind symlinks, so that /bin/chromium and /usr/bin/chromium are probed once. */
  realpath(path: string): string;
  /** The first line `<path> --version` prints if it exits 0 within VERSION_TIMEOUT_MS, else undefined. */
  versionOf(path: string, extraEnv?: Readonly<Record<string, string>>): string | undefined;
  /** Whether the system has a fontconfig configuration of its own (slim images have none). */
  hasSystemFontconfig(): boolean;
  /** Where `npx playwright install` puts Chromium; the file need not exist. */
  playwrightChromium(): string;
  /** Unpacks the npm-shipped Chromium into the temp folder (a no-op when it is already there). */
  unpackShipped(): Promise<ShippedChromium>;
}

/** The system candidates to try, as paths, in order: names become one path per PATH folder; no duplicates. */
export function systemCandidatePaths(env: Readonly<Record<string, string | undefined>>): string[] {
  const listed = env[SYSTEM_LIST_ENV];
  // Unset: the defaults. Set to '' (or only separators): no system browser at all, which is how a
  // machine without one is simulated without uninstalling anything.
  const entries = listed === undefined ? DEFAULT_SYSTEM_CHROMIUMS : listed.split(delimiter).filter((e) => e !== '');
  const pathDirs = (env['PATH'] ?? '').split(delimiter).filter((d) => d !== '');
  const paths = entries.flatMap((e) => (e.includes('/') ? [e] : pathDirs.map((d) => join(d, e))));
  return [...new Set(paths)];
}

/** One Chromium switch's name: `--use-angle=swiftshader` → `--use-angle`. */
function switchName(arg: string): string {
  const eq = arg.indexOf('=');
  return eq === -1 ? arg : arg.slice(0, eq);
}

/**
 * Flags of the npm-shipped browser that we do not pass, each for a reason:
 * - `--enable-features` / `--disable-features`: Chromium keeps only the last of each (tried: a second
 *   `--enable-features` undid the first), so the package's lists would silently replace Playwright's own
 *   (PaintHolding, HttpsUpgrades, CDPScreenshotNewSurface, ...). What they held is not needed here:
 *   SharedArrayBuffer (the app does not use it) and site isolation off (`--disable-site-isolation-trials`
 *   stays).
 * - `--single-process`: the package needs it on AWS Lambda only; with it the browser dies when Playwright
 *   closes a test's context, so every second test failed with "Target page, context or browser has been
 *   closed" (tried here: a second `newContext()` on the same browser fails with it and works without it).
 * - `--headless`: Playwright passes its own; the package's value `'shell'` carries quotes meant for a shell.
 * - `--disable-web-security`, `--allow-running-insecure-content`: they switch off the same-origin policy and
 *   mixed-content blocking, and the tests must see the web as readers' browsers do.
 * - `--user-data-dir`: Playwright refuses it (it makes a fresh profile itself); not in the list today.
 */
export const DROPPED_SHIPPED_SWITCHES: readonly string[] = [
  '--enable-features',
  '--disable-features',
  '--headless',
  '--single-process',
  '--disable-web-security',
  '--allow-running-insecure-content',
  '--user-data-dir',
];

/** Our flags, then the shipped browser's that are neither dropped nor already ours (ours win a clash). */
export function mergeShippedArgs(ours: readonly string[], theirs: readonly string[]): string[] {
  const taken = new Set([...ours.map(switchName), ...DROPPED_SHIPPED_SWITCHES]);
  const added: string[] = [];
  for (const arg of theirs) {
    const name = switchName(arg);
    if (taken.has(name)) continue;
    taken.add(name);
    added.push(arg);
  }
  return [...ours, ...added];
}

/** `a:b` with `first` in front of an existing list (or alone when there is none). */
function prependPathList(first: string, rest: string | undefined): string {
  return rest === undefined || rest === '' ? first : `${first}${delimiter}${rest}`;
}

/** `(Chromium 156 ...)`, or nothing when the browser printed no version. */
function versionNote(version: string | undefined): string {
  return version === undefined || version === '' ? '' : ` (${version})`;
}

/** Why the earlier choices were passed over, for the one line the run prints. */
function skippedNote(skipped: readonly string[]): string {
  return skipped.length === 0 ? 'no system browser found' : skipped.join('; ');
}

/** Decides which Chromium to launch, trying the four sources in order and probing only as far as needed. */
export async function findChromium(machine: Machine): Promise<ChosenChromium> {
  const skipped: string[] = [];

  // 1. CHROME_PATH: the user's word; it is not probed (a Chrome elsewhere may be slow to print its version).
  // An empty CHROME_PATH counts as unset (a shell script may export it empty).
  const chromePath = machine.env['CHROME_PATH'];
  if (chromePath !== undefined && chromePath !== '') {
    if (machine.isExecutableFile(chromePath)) {
      return {
        source: 'CHROME_PATH',
        executablePath: chromePath,
        args: BASE_ARGS,
        env: {},
        why: `Chromium from CHROME_PATH=${chromePath}`,
      };
    }
    skipped.push(`CHROME_PATH=${chromePath} is not an executable file`);
  }

  // 2. A system Chromium that really runs: a wrapper can exist and still fail (a snap stub without snapd,
  // a missing library), so it must print its version. A candidate absent from the machine is not worth a note.
  const probed = new Set<string>();
  for (const path of systemCandidatePaths(machine.env)) {
    if (!machine.isExecutableFile(path)) continue;
    const real = machine.realpath(path);
    if (probed.has(real)) continue;
    probed.add(real);
    const version = machine.versionOf(path);
    if (version === undefined) {
      skipped.push(`${path} did not run (\`--version\` failed)`);
      continue;
    }
    const why = `system chromium ${path}${versionNote(version)}${skipped.length > 0 ? `; skipped ${skipped.join('; ')}` : ''}`;
    return { source: 'system', executablePath: path, args: BASE_ARGS, env: {}, why };
  }

  // 3. The browser `npx playwright install` placed, only if it is there (and, like a system one, runs:
  // an interrupted download leaves a file that does not).
  // Playwright throws here on a platform it has no build for: then there is nothing of its own to find.
  let installed = '';
  try {
    installed = machine.playwrightChromium();
  } catch {
    // nothing installed by Playwright
  }
  if (installed !== '' && machine.isExecutableFile(installed)) {
    const version = machine.versionOf(installed);
    if (version !== undefined) {
      const why = `Chromium installed by Playwright ${installed}${versionNote(version)}; ${skippedNote(skipped)}`;
      return { source: 'playwright', executablePath: installed, args: BASE_ARGS, env: {}, why };
    }
    skipped.push(`${installed} did not run (\`--version\` failed)`);
  }

  // 4. The npm-shipped browser. It is built for Amazon Linux: on other Linux it needs NSS, NSPR and expat
  // from the system (Debian's full images have them, slim ones do not), and fonts from fontconfig.
  let shipped: ShippedChromium;
  try {
    shipped = await machine.unpackShipped();
  } catch (err) {
    // `npm ci --omit=dev` leaves the package out; a full temp folder fails the unpack.
    throw new Error(
      `e2e: no Chromium found (${skippedNote(skipped)}) and @sparticuz/chromium could not be unpacked: ${String(err)}`,
      { cause: err },
    );
  }
  // Without a system fontconfig Chromium would find no font at all: give it the package's own (Open Sans).
  let env: Record<string, string> = machine.hasSystemFontconfig() ? {} : { FONTCONFIG_PATH: shipped.fontconfigDir };
  let version = machine.versionOf(shipped.executablePath, env);
  if (version === undefined) {
    // Most likely a library is missing: retry with the ones the package carries (built for glibc, as Debian's).
    const libs = await shipped.unpackLibraries();
    env = { ...env, LD_LIBRARY_PATH: prependPathList(libs, machine.env['LD_LIBRARY_PATH']) };
    version = machine.versionOf(shipped.executablePath, env);
  }
  if (version === undefined) {
    // A truncated unpack (a run killed mid-way) leaves a file the package then reuses as it is.
    throw new Error(
      `e2e: no Chromium runs here (${skippedNote(skipped)}; ${shipped.executablePath} from @sparticuz/chromium did not run ` +
        'either: if an earlier unpack was interrupted, delete that file). Install one (apt-get install chromium) or set CHROME_PATH.',
    );
  }
  const extras = Object.keys(env).length > 0 ? `, with ${Object.keys(env).join(' and ')}` : '';
  return {
    source: 'sparticuz',
    executablePath: shipped.executablePath,
    args: mergeShippedArgs([...BASE_ARGS, ...SHIPPED_EXTRA_ARGS], shipped.args),
    env,
    why: `@sparticuz/chromium ${shipped.packageVersion} at ${shipped.executablePath}${versionNote(version)}${extras}; ${skippedNote(skipped)}`,
  };
}

/** The text of CHOICE_ENV: the choice, and the process that made it. */
export function encodeChoice(choice: ChosenChromium, pid: number): string {
  return JSON.stringify({ pid, choice });
}

function isStringRecord(value: unknown): value is Record<string, string> {
  return typeof value === 'object' && value !== null && Object.values(value).every((v) => typeof v === 'string');
}

function isChoice(value: unknown): value is ChosenChromium {
  if (typeof value !== 'object' || value === null) return false;
  const c = value as Record<string, unknown>;
  return (
    ['CHROME_PATH', 'system', 'playwright', 'sparticuz'].includes(String(c['source'])) &&
    typeof c['executablePath'] === 'string' &&
    Array.isArray(c['args']) &&
    c['args'].every((a) => typeof a === 'string') &&
    isStringRecord(c['env']) &&
    typeof c['why'] === 'string'
  );
}

/** A choice read back from CHOICE_ENV, and whether our parent process made it (we are then a worker). */
export interface HandedChoice {
  readonly choice: ChosenChromium;
  readonly madeByParent: boolean;
}

/**
 * The choice handed down in CHOICE_ENV, or undefined. Only our parent's (we are a worker) or our own (the
 * config loaded twice in one process) counts: a value left in the shell by another run is not trusted.
 */
export function decodeChoice(text: string | undefined, self: { pid: number; ppid: number }): HandedChoice | undefined {
  if (text === undefined || text === '') return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof parsed !== 'object' || parsed === null) return undefined;
  const { pid, choice } = parsed as { pid?: unknown; choice?: unknown };
  if (pid !== self.pid && pid !== self.ppid) return undefined;
  return isChoice(choice) ? { choice, madeByParent: pid === self.ppid } : undefined;
}

/** The package.json next to an installed package's entry point (found by walking up from it). */
function packageVersionNear(entryFile: string, name: string): string {
  for (let dir = dirname(entryFile); dir !== dirname(dir); dir = dirname(dir)) {
    const file = join(dir, 'package.json');
    if (!existsSync(file)) continue;
    const pkg = JSON.parse(readFileSync(file, 'utf8')) as { name?: unknown; version?: unknown };
    if (pkg.name === name && typeof pkg.version === 'string') return pkg.version;
  }
  return '?';
}

/** This machine, as the finder sees it. */
export function realMachine(): Machine {
  return {
    env: process.env,
    isExecutableFile(path) {
      try {
        if (!statSync(path).isFile()) return false;
        accessSync(path, constants.X_OK);
        return true;
      } catch {
        return false;
      }
    },
    realpath(path) {
      try {
        return realpathSync(path);
      } catch {
        return path;
      }
    },
    versionOf(path, extraEnv = {}) {
      // Debian's wrapper prints a harmless "unexpected operator" on stderr: only stdout and the status count.
      const run = spawnSync(path, ['--version'], {
        encoding: 'utf8',
        timeout: VERSION_TIMEOUT_MS,
        killSignal: 'SIGKILL',
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...process.env, ...extraEnv },
      });
      if (run.error !== undefined || run.status !== 0) return undefined;
      return (
        run.stdout
          .split('\n')
          .find((line) => line.trim() !== '')
          ?.trim() ?? ''
      );
    },
    hasSystemFontconfig() {
      return existsSync('/etc/fonts/fonts.conf');
    },
    playwrightChromium() {
      return chromium.executablePath();
    },
    async unpackShipped() {
      const { default: shipped } = await import('@sparticuz/chromium');
      const executablePath = await shipped.executablePath();
      const entry = fileURLToPath(import.meta.resolve('@sparticuz/chromium'));
      const binDir = join(dirname(entry), '..', 'bin');
      return {
        executablePath,
        args: shipped.args,
        packageVersion: packageVersionNear(entry, '@sparticuz/chromium'),
        // The package unpacks its fonts.tar.br to <tmp>/fonts, whose fonts.conf names <tmp>/fonts.
        fontconfigDir: join(tmpdir(), 'fonts'),
        // Unpacked to <tmp>/al2023/lib, as the package itself does on Amazon Linux.
        unpackLibraries: async () => {
          // The package's own unpacker, which its entry (147, the last release for Node 20) does not
          // export: loaded from its file beside the entry.
          const { inflate } = (await import(pathToFileURL(join(dirname(entry), 'lambdafs.js')).href)) as {
            inflate: (path: string) => Promise<string>;
          };
          return join(await inflate(join(binDir, 'al2023.tar.br')), 'lib');
        },
      };
    },
  };
}

/**
 * The Chromium for this test run. The main process finds it and prints one line saying which and why;
 * Playwright's workers load the config again and reuse that choice (no second probe, no second unpack).
 */
export async function chromiumForThisRun(): Promise<ChosenChromium> {
  const handed = decodeChoice(process.env[CHOICE_ENV], { pid: process.pid, ppid: process.ppid });
  if (handed !== undefined) {
    // Browsers are launched in the workers: give them (and a spec's own launchOptions) the environment the
    // chosen browser needs. The main process keeps its own, so the web server's build is untouched.
    if (handed.madeByParent) Object.assign(process.env, handed.choice.env);
    return handed.choice;
  }
  const choice = await findChromium(realMachine());
  // stderr: a reporter may write its results to stdout (`--reporter=json`).
  process.stderr.write(`e2e: ${choice.why}\n`);
  process.env[CHOICE_ENV] = encodeChoice(choice, process.pid);
  return choice;
}
