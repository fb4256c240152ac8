import { createServer } from 'node:net';
import { chromium } from '@playwright/test';
import lighthouse, { desktopConfig } from 'lighthouse';
import type { ChosenChromium } from '../tests/e2e/browser/findChromium.ts';
import { OFFLINE_ARGS, isForeign } from './pageWatch.ts';
import type { LighthouseRun } from './runRecord.ts';

/** A port nobody listens on right now, for Chromium's DevTools endpoint. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  await new Promise<void>((done) => server.close(() => done()));
  if (address === null || typeof address === 'string') throw new Error('no free port');
  return address.port;
}

/**
 * One Lighthouse run (desktop preset, performance only) of `url`, in a Chromium of its own: the same
 * one, flags and offline rule as the page runs, started by Playwright with a DevTools port that
 * Lighthouse connects to (Lighthouse opens its own tab, with its own emulation and throttling).
 */
export async function lighthouseRun(choice: ChosenChromium, url: string): Promise<LighthouseRun> {
  const port = await freePort();
  const browser = await chromium.launch({
    executablePath: choice.executablePath,
    args: [...choice.args, ...OFFLINE_ARGS, `--remote-debugging-port=${port}`],
    env: { ...process.env, ...choice.env },
    headless: true,
  });
  try {
    const result = await lighthouse(
      url,
      { port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] },
      desktopConfig,
    );
    if (!result) throw new Error('Lighthouse returned no result');
    const { lhr } = result;
    const num = (id: string) => lhr.audits[id]?.numericValue ?? null;
    const details = lhr.audits['network-requests']?.details;
    const urls =
      details?.type === 'table'
        ? details.items.flatMap((item) => (typeof item['url'] === 'string' ? [item['url']] : []))
        : [];
    return {
      score: lhr.categories['performance']?.score ?? null,
      fcp: num('first-contentful-paint'),
      lcp: num('largest-contentful-paint'),
      tbt: num('total-blocking-time'),
      si: num('speed-index'),
      cls: num('cumulative-layout-shift'),
      foreignRequests: urls.filter((u) => u.startsWith('http') && isForeign(u)),
      warnings: [
        ...(lhr.runtimeError ? [`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`] : []),
        ...lhr.runWarnings,
      ],
    };
  } finally {
    await browser.close();
  }
}
