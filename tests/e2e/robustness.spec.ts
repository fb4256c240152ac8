import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { StoryPage } from './driver.ts';

test.describe('accessibility', () => {
  test('the page has no WCAG A/AA violations that axe can find, with a selection open', async ({ page }) => {
    const app = new StoryPage(page);
    await app.open('focus=ALB');
    await app.waitForMap();
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).exclude('.maplibregl-canvas').analyze();
    const summary = results.violations.map((v) => `${v.id}: ${v.nodes.length} (${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')})`);
    expect(summary).toEqual([]);
  });
});

test.describe('open data', () => {
  test('"Get the data" serves story.json and relations.csv from the app itself', async ({ page, request }) => {
    const app = new StoryPage(page);
    await app.open();
    const json = app.panel().getByRole('link', { name: 'story.json' });
    await expect(json).toHaveAttribute('href', 'data/story.json');
    const res = await request.get('data/story.json');
    expect(res.ok()).toBe(true);
    const doc = (await res.json()) as { schema: string; relations: unknown[]; passages: unknown[] };
    expect(doc.schema).toBe('urdu-story-map/story@1');
    expect(doc.relations).toHaveLength(22);
    expect(doc.passages).toHaveLength(22);
    const csv = await (await request.get('data/relations.csv')).text();
    expect(csv.split('\r\n').filter((l) => l !== '')).toHaveLength(23);
    app.expectClean();
  });
});
