import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { StoryPage } from './driver.ts';

// The classroom as a teacher runs it: a projector of any common size, only a clicker (PageDown, →),
// the page in English or in Urdu, and a handout printed from whatever window and theme is open.

const STEPS = (
  JSON.parse(readFileSync('stories/albania-iran-cyberattack/story.json', 'utf8')) as {
    steps: { id: string; title: { en: string; ur: string } }[];
  }
).steps;

/** The parts of the step shown that are not wholly inside the viewport: each quote, its gloss, the
 * title, the "more" fold's summary; named by what they are. */
async function cutOff(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const [vw, vh] = [window.innerWidth, window.innerHeight];
    const parts = document.querySelectorAll<HTMLElement>(
      '.step-panel h2, .step-panel .step-title-other, .step-panel .quote-ur, .step-panel .gloss, .step-panel .step-more > summary',
    );
    for (const el of parts) {
      const r = el.getBoundingClientRect();
      // Within the viewport, and not hidden by the panel's own scrolling box.
      const box = el.closest('.panel-scroll')?.getBoundingClientRect();
      const bottom = Math.min(vh, box?.bottom ?? vh);
      if (r.top < 0 || r.left < 0 || r.right > vw + 0.5 || r.bottom > bottom + 0.5 || r.height === 0)
        out.push(`${el.className || el.tagName} ${Math.round(r.top)}–${Math.round(r.bottom)} of ${Math.round(bottom)}`);
    }
    return out;
  });
}

for (const lang of ['en', 'ur'] as const) {
  for (const size of [
    { width: 1920, height: 1080 },
    { width: 1280, height: 720 },
    { width: 1024, height: 768 },
  ]) {
    test(`every step fits the screen like a slide at ${size.width}x${size.height} in ${lang === 'en' ? 'English' : 'Urdu'}: each quote and its gloss in view, no header`, async ({
      page,
    }) => {
      await page.setViewportSize(size);
      const app = new StoryPage(page);
      await app.open(`step=1${lang === 'ur' ? '&lang=ur' : ''}`);
      await expect(page.locator('.step-panel[data-step="1"]')).toBeVisible();
      await expect(page.locator('.app-header')).toBeHidden();
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      const scales: number[] = [];
      for (let i = 0; i < STEPS.length; i++) {
        if (i > 0) await page.keyboard.press('PageDown');
        const panel = page.locator(`.step-panel[data-step="${i + 1}"]`);
        await expect(panel).toHaveAttribute('data-fit', /\d/u);
        expect(await cutOff(page), `step ${i + 1}`).toEqual([]);
        // Legible from the back of the room, however far the fit had to shrink the type.
        const quote = await panel
          .locator('.quote-ur')
          .first()
          .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
        expect(quote, `step ${i + 1}: the quote's size`).toBeGreaterThanOrEqual(16);
        scales.push(Number(await panel.getAttribute('data-fit')));
        // Every step in Urdu at projector size (story.spec takes every English one), the fullest step
        // (2, three quotes) at every size: pictures to look at, not compared.
        if ((size.width === 1920 && lang === 'ur') || i === 1)
          await app.screenshot(`slide-${lang}-${size.width}x${size.height}-step-${i + 1}`);
      }
      // The telling and the teacher's question are a click away, folded under the quotes.
      const more = page.locator('.step-panel .step-more');
      await more.locator('summary').click();
      await expect(more.locator('.step-text')).toBeVisible();
      console.log(`fit at ${size.width}x${size.height} ${lang}: ${scales.join(' ')}`);
      app.expectClean();
    });
  }
}

for (const lang of ['en', 'ur'] as const) {
  test(`a clicker drives the story whatever was clicked, in ${lang === 'en' ? 'English' : 'Urdu'}: 9 presses from step 1 to 10 after a click on the map, a step dot, Play and the reader`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    const app = new StoryPage(page);
    await app.open(`step=1${lang === 'ur' ? '&lang=ur' : ''}`);
    await app.waitForMap();
    const at = (n: number) => expect(page.locator(`.step-panel[data-step="${n}"]`)).toBeVisible();
    const keys = [
      'PageDown',
      'ArrowRight',
      'PageDown',
      'ArrowRight',
      ' ',
      'PageDown',
      'ArrowRight',
      'PageDown',
      'ArrowRight',
    ];
    let step = 1;
    const press = async (key: string) => {
      await page.keyboard.press(key);
      step += 1;
      await at(step);
    };
    // 1. A click on the map's sea (it takes focus; its arrows would pan it).
    const map = await page.locator('.map-host').boundingBox();
    if (!map) throw new Error('no map');
    await page.mouse.click(map.x + 12, map.y + map.height - 40);
    await press(keys[0] ?? '');
    await press(keys[1] ?? '');
    // 2. A click on the current step's dot (focus stays on a button: Space would press it).
    await page.locator('.story-dot[aria-current="step"]').click();
    await at(step);
    await press(keys[2] ?? '');
    await press(keys[3] ?? '');
    // 3. Play, then Pause at once (focus on the toggle): Space moves on instead of playing again.
    await page.locator('.story-play').click();
    await page.locator('.story-play').click();
    await expect(page.locator('.story-play')).toHaveAttribute('aria-pressed', 'false');
    await press(keys[4] ?? '');
    await expect(page.locator('.story-play')).toHaveAttribute('aria-pressed', 'false');
    await press(keys[5] ?? '');
    // 4. A click in the quote (the reader): a mention there is a link.
    await page
      .locator('.step-panel .quote-ur')
      .first()
      .click({ position: { x: 5, y: 5 } });
    await press(keys[6] ?? '');
    await press(keys[7] ?? '');
    await press(keys[8] ?? '');
    expect(step).toBe(STEPS.length);
    // ← and PageUp go back, in Urdu too (a clicker sends the same keys whatever the page's direction).
    await page.keyboard.press('ArrowLeft');
    await at(STEPS.length - 1);
    await page.keyboard.press('PageUp');
    await at(STEPS.length - 2);
    // No focus ring is drawn around the step's title by a key press.
    const ring = await page
      .locator('.step-panel h2')
      .evaluate((el) => (document.activeElement === el ? getComputedStyle(el).outlineStyle : 'none'));
    expect(ring).toBe('none');
    app.expectClean();
  });
}

test('Escape closes a selection, then leaves; coming back resumes at the step; B blanks the screen and any key brings it back', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  const app = new StoryPage(page);
  await app.open('step=4');
  await app.waitForMap();
  await app.label('ALB').click();
  await expect(app.panelTitle()).toContainText('Albania');
  await page.keyboard.press('Escape');
  await expect(page.locator('.step-panel[data-step="4"]')).toBeVisible();
  // The next → is not lost: it goes on to step 5.
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('.step-panel[data-step="5"]')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.locator('.step-panel')).toHaveCount(0);
  // → (or PageDown) would resume there too (the reducer's tests); here its button, as a mouse would.
  await page.getByRole('button', { name: 'Resume the story at step 5' }).click();
  await expect(page.locator('.step-panel[data-step="5"]')).toBeVisible();
  // B blanks the screen; the next key only brings it back.
  await page.keyboard.press('b');
  const blank = page.locator('.story-blank');
  await expect(blank).toBeVisible();
  expect(await blank.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(255, 255, 255)');
  await page.keyboard.press('PageDown');
  await expect(blank).toHaveCount(0);
  await expect(page.locator('.step-panel[data-step="5"]')).toBeVisible();
  await page.keyboard.press('.');
  await expect(blank).toBeVisible();
  await blank.click();
  await expect(blank).toHaveCount(0);
  app.expectClean();
});
