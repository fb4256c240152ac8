import { expect, test } from '@playwright/test';
import { StoryPage } from './driver.ts';

// Stories are packages: the same viewer opens any of them by `?story=<slug>`. The second package is
// a short text we wrote for the tests (not news); it names Malaysia, Indonesia and Japan.
const FIXTURE = 'test-fixture-student-exchange';

test.describe('stories as data', () => {
  test('a second story opens with ?story=, says it is a test fixture, and its countries can be selected', async ({
    page,
    request,
  }) => {
    const app = new StoryPage(page);
    await app.open(`story=${FIXTURE}`);
    await app.waitForMap();
    await expect(page.locator('.app-header h1')).toContainText('Test fixture: a student exchange');
    await expect(page.locator('.fixture-badge')).toHaveText('Test fixture, not news');
    await expect(page).toHaveTitle(/Test fixture: a student exchange/u);
    for (const id of ['MYS', 'IDN', 'JPN']) await expect(app.label(id)).toBeVisible();
    // Nothing of the first story leaks in.
    await expect(app.label('ALB')).toHaveCount(0);
    await expect(app.panel()).toContainText('Who agreed on the programme?');

    await app.label('MYS').click();
    await expect(app.panelTitle()).toContainText('Malaysia');
    await expect(app.panelTitle().locator('[lang="ur"]')).toHaveText('ملائیشیا');
    const card = app.panel().locator('.summary-line[data-relation="malaysia-agrees-with-indonesia"]');
    await expect(card).toContainText('Malaysia → Indonesia: agrees with');
    await expect(app.evidenceItem('p2').locator('.wording')).toHaveText('طلبہ کے تبادلے کے ایک پروگرام پر اتفاق کیا');
    // Japan's welcome names "this programme", not Malaysia: the panel says which line resolves it.
    await expect(app.evidenceItem('p4a').locator('.implied-note')).toContainText('Line 4 does not name Malaysia');
    expect(await app.expectQuotesVerbatim()).toBeGreaterThan(1);
    const search = await app.search();
    expect(search.get('story')).toBe(FIXTURE);
    expect(search.get('focus')).toBe('MYS');
    await expect(page.locator('.node[data-node="JPN"]')).not.toHaveAttribute('data-dimmed');
    // Only the kinds this story has are in the legend.
    await expect(page.locator('.legend li[data-kind]')).toHaveCount(1);
    await page.mouse.move(5, 5);
    await app.screenshot('story-fixture-malaysia');

    // Its open data is its own, under data/<slug>/.
    const link = app.panel().getByRole('link', { name: 'story.json' });
    await expect(link).toHaveAttribute('href', `data/${FIXTURE}/story.json`);
    const doc = (await (await request.get(`data/${FIXTURE}/story.json`)).json()) as {
      relations: unknown[];
      passages: unknown[];
    };
    expect(doc.relations).toHaveLength(2);
    expect(doc.passages).toHaveLength(6);

    // A reload keeps the story and the selection.
    await page.reload();
    await app.waitForMap();
    await expect(app.panelTitle()).toContainText('Malaysia');
    app.expectClean();
  });

  test('an unknown story opens the default one with a notice, and the address drops it', async ({ page }) => {
    const app = new StoryPage(page);
    await app.open('story=no-such-story&focus=ALB');
    await app.waitForMap();
    await expect(page.getByTestId('notice')).toContainText(
      'There is no story called “no-such-story”: showing the default story.',
    );
    await expect(app.panelTitle()).toContainText('Albania');
    const search = await app.search();
    expect(search.has('story')).toBe(false);
    expect(search.get('focus')).toBe('ALB');
    app.expectClean();
  });
});
