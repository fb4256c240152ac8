import { defineConfig, devices } from '@playwright/test';
import { chromiumForThisRun } from './tests/e2e/browser/findChromium.ts';
import { ORIGIN, PORT } from './tests/e2e/origin.ts';

// CHROME_PATH, else a system Chromium that runs, else one `npx playwright install` placed, else the one
// shipped in the npm devDependency @sparticuz/chromium; each with the flags it needs. The main process
// prints one line saying which and why; the workers (which load this file again) reuse its choice.
const browser = await chromiumForThisRun();

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results/e2e',
  // Software WebGL on two cores: one worker keeps every page fast enough to be measured honestly.
  workers: 1,
  fullyParallel: false,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 20_000 },
  reporter: [['list']],
  forbidOnly: !!process.env['CI'],
  use: {
    baseURL: `${ORIGIN}/`,
    ...devices['Desktop Chrome'],
    viewport: { width: 1280, height: 800 },
    // The app registers a service worker that fetches every file of the build for offline use: no
    // test but the offline one (which allows it in a context of its own) needs it, and each fresh
    // context would fetch it all again.
    serviceWorkers: 'block',
    // The camera jumps rather than glides (and the reader's text): each glide is dozens of frames to
    // draw under software WebGL, and what a test checks is where things end up. The tests of motion
    // itself (map.spec's first, the reader's glide) ask for it back.
    reducedMotion: 'reduce',
    // Every choice keeps Chromium off the network (the machine has none) and WebGL2 on through SwiftShader.
    launchOptions: { executablePath: browser.executablePath, args: [...browser.args] },
  },
  webServer: {
    // E2E_REUSE_BUILD: serve the dist/ just built (npm test builds it and checks its size first; .ci/run's
    // second run reuses it too).
    command: `${process.env['E2E_REUSE_BUILD'] ? '' : 'npm run build && '}npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: `${ORIGIN}/`,
    reuseExistingServer: !process.env['CI'],
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
