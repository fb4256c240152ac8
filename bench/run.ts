/**
 * `npm run bench`: builds the app and a bare MapLibre baseline, serves each on its own 127.0.0.1 port,
 * loads them in turn in headless Chromium (one discarded warm-up each, then `--runs` cold loads each,
 * alternating), times the app's click and step interactions, scores both pages with Lighthouse, prints a
 * markdown table of medians with app/baseline ratios, writes bench/results/latest.json, and exits 1
 * with a MISSED line for each target the app misses.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumForThisRun } from '../tests/e2e/browser/findChromium.ts';
import { parseArgs } from './args.ts';
import { buildPages, REPO } from './buildPages.ts';
import { classifyUrl } from './byteClass.ts';
import { checkTargets } from './checkTargets.ts';
import { lighthouseRun } from './lighthouseRun.ts';
import { markdownTable, ratioOf } from './markdownTable.ts';
import { clickToPanel, measureSteps, type AppFacts } from './measureInteractions.ts';
import { measureLoad } from './measureLoad.ts';
import { FIGURE_NAMES } from './figures.ts';
import { OFFLINE_ARGS, VIEWPORT } from './pageWatch.ts';
import type { LighthouseRun, LoadRun, StepRun } from './runRecord.ts';
import { serveStatic } from './staticServer.ts';
import { summarize } from './summarize.ts';
import { TARGETS } from './targets.ts';

const STORY = join(REPO, 'stories', 'albania-iran-cyberattack', 'story.json');
const RESULTS = join(REPO, 'bench', 'results');

/** Albania's English name and the step titles, from the story package (what the reader sees). */
function appFacts(): AppFacts {
  const story = JSON.parse(readFileSync(STORY, 'utf8')) as {
    entities: { id: string; names: { en: string } }[];
    steps: { title: { en: string } }[];
  };
  const albania = story.entities.find((e) => e.id === 'ALB');
  if (!albania) throw new Error(`${STORY} has no ALB entity`);
  return {
    clickName: albania.names.en,
    clickSelector: '[data-rove-key="node:ALB"]',
    stepTitles: story.steps.map((s) => s.title.en),
  };
}

function git(args: string[]): string {
  try {
    return execFileSync('git', args, { cwd: REPO, encoding: 'utf8' }).trim();
  } catch {
    return '';
  }
}

/** `{ [key]: value }`, or nothing when value is undefined (exactOptionalPropertyTypes wants the key absent). */
function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

const ms = (n: number | null) => (n === null ? '—' : `${Math.round(n)} ms`);
const log = (line: string) => process.stdout.write(`${line}\n`);

/** The JavaScript files a page's runs loaded by map idle, with their gzip size (largest first). */
function jsFiles(runs: readonly LoadRun[]): { file: string; bytes: number; seenBy: string }[] {
  const files = new Map<string, { file: string; bytes: number; seenBy: string }>();
  for (const run of runs) {
    for (const t of run.transfers) {
      if (classifyUrl(t.url) !== 'js') continue;
      const file = new URL(t.url).pathname.slice(1);
      files.set(file, { file, bytes: Math.max(t.bytes, files.get(file)?.bytes ?? 0), seenBy: t.seenBy });
    }
  }
  return [...files.values()].sort((a, b) => b.bytes - a.bytes);
}

async function main(): Promise<number> {
  const options = parseArgs(process.argv.slice(2));
  const started = Date.now();
  const facts = appFacts();

  log('bench: building the app and the baseline…');
  const builds = await buildPages();
  const appServer = await serveStatic(builds.app);
  const baseServer = await serveStatic(builds.baseline);
  const choice = await chromiumForThisRun();
  mkdirSync(RESULTS, { recursive: true });
  log(`bench: app ${appServer.origin}, baseline ${baseServer.origin}; ${choice.why}`);

  const app: LoadRun[] = [];
  const baseline: LoadRun[] = [];
  const steps: StepRun[] = [];
  const failures: string[] = [];
  const lighthouse: LighthouseRun[] = [];
  const baseLighthouse: LighthouseRun[] = [];
  try {
    const browser = await chromium.launch({
      executablePath: choice.executablePath,
      args: [...choice.args, ...OFFLINE_ARGS],
      env: { ...process.env, ...choice.env },
      headless: true,
    });
    try {
      // Run 0 warms up the browser (its GPU process, shader caches) for both pages and is discarded.
      for (let i = 0; i <= options.runs; i++) {
        const label = i === 0 ? 'warm-up' : `run ${i}/${options.runs}`;
        const attempt = async <T>(what: string, task: () => Promise<T>): Promise<T | undefined> => {
          try {
            return await task();
          } catch (err) {
            failures.push(
              `${label} ${what}: ${err instanceof Error ? (err.message.split('\n')[0] ?? '') : String(err)}`,
            );
            return undefined;
          }
        };
        // Alternating, so that a slower spell of the shared machine falls on both pages alike.
        // The first measured run leaves a picture of each page as measured (the app after the click).
        const shot = (page: string) => (i === 1 ? join(RESULTS, `${page}.png`) : undefined);
        const a = await attempt('app', () =>
          measureLoad(browser, 'app', appServer, '/', {
            afterIdle: clickToPanel(facts),
            ...optional('screenshot', shot('app')),
          }),
        );
        const b = await attempt('baseline', () =>
          measureLoad(browser, 'baseline', baseServer, '/', optional('screenshot', shot('baseline'))),
        );
        const s = await attempt('steps', () => measureSteps(browser, appServer, facts));
        if (i > 0) {
          if (a) app.push(a);
          if (b) baseline.push(b);
          if (s) steps.push(s);
        }
        log(
          `bench: ${label}: app text ${ms(a?.textPaint ?? null)}, idle ${ms(a?.mapIdle ?? null)}, click ${ms(a?.clickToPanel ?? null)}; ` +
            `baseline idle ${ms(b?.mapIdle ?? null)}; steps ${s ? s.latencies.map((l, j) => `${ms(l)} (DOM ${ms(s.toDom[j] ?? null)})`).join(', ') : '—'}`,
        );
      }
    } finally {
      await browser.close();
    }
    // Both pages, each first in turn. The baseline paints no text, but its map canvas counts as its
    // first contentful paint, so Lighthouse scores it too (its largest contentful paint is not the
    // canvas, which never counts as one, but MapLibre's attribution text): its TBT is what MapLibre and
    // these shapes block on this machine.
    const pages = [
      ['app', appServer.origin, lighthouse],
      ['baseline', baseServer.origin, baseLighthouse],
    ] as const;
    for (let i = 1; i <= options.lighthouseRuns; i++) {
      for (const [page, origin, runs] of i % 2 === 1 ? pages : [...pages].reverse()) {
        try {
          const r = await lighthouseRun(choice, `${origin}/`);
          runs.push(r);
          log(
            `bench: Lighthouse ${i}/${options.lighthouseRuns}, ${page}: score ${r.score?.toFixed(2) ?? '—'}, FCP ${ms(r.fcp)}, LCP ${ms(r.lcp)}, TBT ${ms(r.tbt)}${r.warnings.length ? `; ${r.warnings.join('; ')}` : ''}`,
          );
        } catch (err) {
          failures.push(
            `Lighthouse ${i}, ${page}: ${err instanceof Error ? (err.message.split('\n')[0] ?? '') : String(err)}`,
          );
        }
      }
    }
  } finally {
    await appServer.close();
    await baseServer.close();
  }

  const appFigures = summarize(app, steps, lighthouse);
  const baseFigures = summarize(baseline, [], baseLighthouse);
  const results = checkTargets(TARGETS, appFigures, baseFigures);
  const table = markdownTable(appFigures, baseFigures, results, {
    pages: options.runs,
    lighthouse: options.lighthouseRuns,
  });
  const foreign = [...app, ...baseline, ...steps, ...lighthouse, ...baseLighthouse].flatMap((r) => r.foreignRequests);
  const errors = [...app, ...baseline, ...steps].flatMap((r) => r.errors);
  const firstViewJs = { app: jsFiles(app), baseline: jsFiles(baseline) };
  const seconds = Math.round((Date.now() - started) / 1000);

  mkdirSync(RESULTS, { recursive: true });
  const json = {
    date: new Date().toISOString(),
    commit: git(['rev-parse', '--short', 'HEAD']),
    // The bench builds the working tree: say whether it had changes not in that commit.
    uncommittedChanges: git(['status', '--porcelain']) !== '',
    node: process.version,
    chromium: choice.why,
    viewport: VIEWPORT,
    options,
    seconds,
    builds,
    figures: { app: appFigures, baseline: baseFigures },
    ratios: Object.fromEntries(FIGURE_NAMES.map((n) => [n, ratioOf(appFigures[n], baseFigures[n])])),
    targets: results.map((r) => ({
      name: r.target.name,
      figure: r.target.figure,
      wanted: r.wanted,
      value: r.value,
      limit: r.limit,
      ratio: r.ratio,
      met: r.met,
      missed: r.missed ?? null,
    })),
    firstViewJs,
    foreignRequests: foreign,
    errors,
    failures,
    runs: { app, baseline, steps, lighthouse, baseLighthouse },
    table,
  };
  writeFileSync(join(RESULTS, 'latest.json'), `${JSON.stringify(json, null, 2)}\n`);
  writeFileSync(join(RESULTS, 'latest.md'), `${table}\n`);

  log('');
  log(table);
  log('');
  for (const [page, files] of Object.entries(firstViewJs)) {
    log(
      `First-view JavaScript, ${page}: ${files.map((f) => `${f.file} ${(f.bytes / 1000).toFixed(1)} kB${f.seenBy === 'server' ? ' (worker)' : ''}`).join(', ') || 'none'}`,
    );
  }
  log(`Requests to other hosts (all blocked): ${foreign.length}`);
  if (errors.length > 0)
    log(`Console/page errors and unmeasured interactions (${errors.length}):\n  ${[...new Set(errors)].join('\n  ')}`);
  if (failures.length > 0) log(`Failed runs (${failures.length}):\n  ${failures.join('\n  ')}`);
  log(`Results: ${join(RESULTS, 'latest.json')} (${seconds} s)`);
  log('');

  const missed = results.flatMap((r) => (r.missed ? [r.missed] : []));
  if (foreign.length > 0)
    missed.push(`MISSED offline: ${foreign.length} requests to other hosts (first: ${foreign[0] ?? ''})`);
  for (const line of missed) log(line);
  if (missed.length === 0) log('All targets met.');
  return missed.length === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`bench: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exit(2);
  },
);
