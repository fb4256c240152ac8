import { defineConfig, devices } from '@playwright/test';
import { ORIGIN, PORT } from './tests/e2e/origin.ts';

// The system Chromium (Debian's package): Playwright may not download a browser here.
const executablePath = process.env['CHROME_PATH'] ?? '/usr/bin/chromium';

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
    launchOptions: {
      executablePath,
      // Keep Chromium off the network (the machine has none) and WebGL on through SwiftShader.
      args: ['--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'],
    },
  },
  webServer: {
    command: `npm run build && npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: `${ORIGIN}/`,
    reuseExistingServer: !process.env['CI'],
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
