import { expect, type Page, type Request } from '@playwright/test';
import { ORIGIN } from './origin.ts';

/** What a page load recorded: console errors, page errors, and requests to other origins. */
export interface PageWatch {
  readonly errors: string[];
  readonly foreignRequests: string[];
}

/**
 * A small driver over the app's page: load it with every foreign request blocked and counted,
 * every console error recorded, and wait for the map to be really drawn (not a fixed sleep).
 */
export class StoryPage {
  readonly watch: PageWatch = { errors: [], foreignRequests: [] };

  constructor(readonly page: Page) {}

  async open(query = ''): Promise<void> {
    const { page, watch } = this;
    const origin = ORIGIN;
    await page.route('**/*', (route) => {
      const url = new URL(route.request().url());
      if (url.origin === origin || url.protocol === 'data:' || url.protocol === 'blob:') return route.continue();
      watch.foreignRequests.push(url.href);
      return route.abort('blockedbyclient');
    });
    page.on('console', (msg) => {
      if (msg.type() === 'error') watch.errors.push(msg.text());
    });
    page.on('pageerror', (err) => watch.errors.push(err.message));
    page.on('requestfailed', (req: Request) => {
      if (new URL(req.url()).origin === origin) watch.errors.push(`request failed: ${req.url()}`);
    });
    await page.goto(query ? `./?${query}` : './');
  }

  /** Waits for MapLibre's `idle` after the country shapes are in (or the static fallback). */
  async waitForMap(state: 'idle' | 'fallback' = 'idle'): Promise<void> {
    await expect(this.page.locator('.map-view')).toHaveAttribute('data-map-state', state, { timeout: 45_000 });
    await this.page.evaluate(() => document.fonts.ready.then(() => undefined));
  }

  label(countryId: string) {
    return this.page.locator(`.country-label-group[data-country="${countryId}"] .country-label`);
  }

  dot(countryId: string) {
    return this.page.locator(`.country-label-group[data-country="${countryId}"] .country-dot`);
  }

  panel() {
    return this.page.getByTestId('side-panel');
  }

  async screenshot(name: string): Promise<void> {
    await this.page.screenshot({ path: `test-results/screenshots/${name}.png` });
  }

  expectClean(): void {
    expect(this.watch.foreignRequests, 'requests to other origins').toEqual([]);
    expect(this.watch.errors, 'console and page errors').toEqual([]);
  }
}
