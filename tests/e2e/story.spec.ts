import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { StoryPage, REVIEW_SHOTS } from './driver.ts';

// Story mode, as a teacher uses it: a projector, a clicker (→), the class at the back of the room.

interface StepData {
  id: string;
  when?: { date: string; article?: { phrase: string; en: string } };
  title: { en: string; ur: string };
  passages: string[];
  relations: string[];
  frame: string[];
}
const STEPS = (JSON.parse(readFileSync('stories/albania-iran-cyberattack/story.json', 'utf8')) as { steps: StepData[] })
  .steps;

/** The relations drawn now, split into those the view emphasises and those it dims. */
async function drawnRelations(page: Page): Promise<{ active: string[]; faint: string[] }> {
  return page.evaluate(() => {
    const active: string[] = [];
    const faint: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>('.edge-handle[data-relation]')) {
      (el.dataset['dimmed'] === undefined ? active : faint).push(el.dataset['relation'] ?? '');
    }
    return { active: active.sort(), faint: faint.sort() };
  });
}

/** Which of `ids` have their dot inside the map's frame. */
/** The places among `ids` the map shows: a dot on screen, or a marker at the frame's edge for a place
 * too far from the rest to share the frame (the United States beside Albania and Iran). */
async function onScreen(page: Page, ids: readonly string[]): Promise<string[]> {
  return page.evaluate((wanted) => {
    const frame = document.querySelector('.map-view')?.getBoundingClientRect();
    if (!frame) return [];
    return wanted.filter((id) => {
      if (document.querySelector(`.edge-marker[data-edge="${id}"]`)) return true;
      const r = document.querySelector(`.node[data-dot="${id}"] .node-dot`)?.getBoundingClientRect();
      if (!r) return false;
      const [x, y] = [r.left + r.width / 2, r.top + r.height / 2];
      return x >= frame.left && x <= frame.right && y >= frame.top && y <= frame.bottom;
    });
  }, ids);
}

// At projector size; classroom.spec checks every step's fit at 1280x720 and 1024x768 too, and starts
// the story from its button.
for (const size of [{ width: 1920, height: 1080 }]) {
  test.describe(`story mode at ${size.width}x${size.height}`, () => {
    test.use({ viewport: size });

    test('a teacher tells the whole story with → alone: each step quoted verbatim, its arrows drawn, its places on screen, in projector type', async ({
      page,
    }) => {
      test.setTimeout(150_000);
      const app = new StoryPage(page);
      await app.open();
      await app.waitForMap();
      // What a teacher does: open the page, press F, then only →.
      await page.keyboard.press('f');
      await page.keyboard.press('ArrowRight');
      // The map keeps its size from step to step: a step is not a reason to redraw it at a new size.
      const mapSizes = new Set<string>();
      for (const [i, step] of STEPS.entries()) {
        if (i > 0) await page.keyboard.press('ArrowRight');
        const panel = app.panel().locator(`.step-panel[data-step="${i + 1}"]`);
        await expect(panel).toBeVisible();
        await expect(panel.locator('h2')).toHaveText(step.title.en);
        expect((await app.search()).get('step')).toBe(String(i + 1));
        // Every quote verbatim, and exactly the step's passages, in its order.
        expect(await app.expectQuotesVerbatim()).toBe(step.passages.length);
        expect(
          await panel.locator('.quote').evaluateAll((els) => els.map((el) => el.getAttribute('data-passage'))),
        ).toEqual(step.passages);
        // Its relations drawn and emphasised; earlier steps' faint; later steps' not yet drawn.
        await app.waitForMap();
        const { active, faint } = await drawnRelations(page);
        expect(active, `step ${i + 1}`).toEqual([...step.relations].sort());
        expect(faint, `step ${i + 1}`).toEqual(
          STEPS.slice(0, i)
            .flatMap((s) => s.relations)
            .filter((r) => !step.relations.includes(r))
            .sort(),
        );
        // The camera shows the step's places (those drawn on the map).
        const places = step.frame;
        expect(await onScreen(page, places), `step ${i + 1} places on screen`).toEqual(places);
        // The timeline: a dated step's marker is the current one; its caption quotes the article's
        // words for when and marks the calendar date as context.
        const caption = page.locator('.timeline-caption');
        if (step.when) {
          await expect(page.locator(`.timeline-marker[aria-current="step"]`)).toHaveText(String(i + 1));
          await expect(caption).toContainText('Context, not in the article');
          if (step.when.article) await expect(caption.locator('[lang="ur"]')).toHaveText(step.when.article.phrase);
        } else {
          await expect(page.locator('.timeline-marker[aria-current="step"]')).toHaveCount(0);
          await expect(caption).toContainText('The article gives no date for this step');
        }
        const mapBox = await page.locator('.map-host').boundingBox();
        mapSizes.add(`${mapBox?.width ?? 0}x${mapBox?.height ?? 0}`);
        // Map labels set for a projector: at least 24 px Urdu and 18 px English at 1920 wide.
        if (i === 0) {
          const label = page.locator('.node-labels .node:not(.node-actor) .node-label').first();
          expect(
            await label.locator('.ur').evaluate((el) => parseFloat(getComputedStyle(el).fontSize)),
          ).toBeGreaterThanOrEqual(24);
          expect(
            await label.locator('.en').evaluate((el) => parseFloat(getComputedStyle(el).fontSize)),
          ).toBeGreaterThanOrEqual(18);
          expect(await app.overlappingLabels()).toEqual([]);
        }
        // Every step as the projector shows it.
        await app.screenshot(`step-${i + 1}-${size.width}x${size.height}`);
      }
      expect([...mapSizes], 'the map’s size at every step').toHaveLength(1);
      // At the last step → changes nothing; ← goes back; Home and End; a digit jumps.
      await page.keyboard.press('ArrowRight');
      await expect(app.panel().locator(`.step-panel[data-step="${STEPS.length}"]`)).toBeVisible();
      await page.keyboard.press('ArrowLeft');
      await expect(app.panel().locator(`.step-panel[data-step="${STEPS.length - 1}"]`)).toBeVisible();
      await page.keyboard.press('Home');
      await expect(app.panel().locator('.step-panel[data-step="1"]')).toBeVisible();
      await page.keyboard.press('End');
      await expect(app.panel().locator(`.step-panel[data-step="${STEPS.length}"]`)).toBeVisible();
      await page.keyboard.press('3');
      await expect(app.panel().locator('.step-panel[data-step="3"]')).toBeVisible();
      await page.keyboard.press('PageDown');
      await expect(app.panel().locator('.step-panel[data-step="4"]')).toBeVisible();
      await page.keyboard.press('PageUp');
      await expect(app.panel().locator('.step-panel[data-step="3"]')).toBeVisible();
      await page.keyboard.press(' ');
      await expect(app.panel().locator('.step-panel[data-step="4"]')).toBeVisible();
      // Escape leaves story mode, and the address forgets the step.
      await page.keyboard.press('Escape');
      await expect(app.panel().locator('.step-panel')).toHaveCount(0);
      expect((await app.search()).has('step')).toBe(false);
      app.expectClean();
    });
  });
}

test.describe('story mode by address', () => {
  for (const [param, shown, notice] of [
    ['3', 3, null],
    ['0', 1, 'step=0'],
    ['999', STEPS.length, 'step=999'],
    ['junk', null, 'step=junk'],
    ['-2', null, 'step=-2'],
  ] as const) {
    test(`?step=${param} opens ${shown === null ? 'the overview' : `step ${shown}`}${notice ? ', with a notice' : ''}`, async ({
      page,
    }) => {
      const app = new StoryPage(page);
      await app.open(`step=${param}`);
      if (shown === null) {
        await expect(app.panelTitle()).toContainText('What the article reports');
        expect((await app.search()).has('step')).toBe(false);
      } else {
        await expect(app.panel().locator(`.step-panel[data-step="${shown}"]`)).toBeVisible();
        expect((await app.search()).get('step')).toBe(String(shown));
      }
      if (notice) await expect(page.locator('.notice')).toContainText(notice);
      else await expect(page.locator('.notice')).toHaveCount(0);
      app.expectClean();
    });
  }

  test('story mode works with a selection in the address; Escape returns to the step, then leaves', async ({
    page,
  }) => {
    const app = new StoryPage(page);
    await app.open('step=5&focus=IRN');
    await expect(app.panelTitle()).toContainText('Iran');
    await page.keyboard.press('Escape');
    await expect(app.panel().locator('.step-panel[data-step="5"]')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(app.panelTitle()).toContainText('What the article reports');
    app.expectClean();
  });

  test('a key pressed the moment the page shows is not lost: Escape in the commit that names Iran', async ({
    page,
  }) => {
    // Pressed from a MutationObserver, which runs straight after React writes the title and before
    // the browser paints or React runs its passive effects.
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (!document.querySelector('#panel-title')?.textContent.includes('Iran')) return;
        observer.disconnect();
        window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
      }).observe(document, { subtree: true, childList: true, characterData: true });
    });
    const app = new StoryPage(page);
    await app.open('step=5&focus=IRN');
    await expect(app.panel().locator('.step-panel[data-step="5"]')).toBeVisible();
    await expect(page).toHaveURL(/step=5/);
    await expect(page).not.toHaveURL(/focus=/);
    app.expectClean();
  });

  test('F asks for fullscreen, the on-screen buttons step too, and the handout button prints', async ({ page }) => {
    await page.addInitScript(() => {
      const w = window as unknown as { fullscreenCalls: number };
      w.fullscreenCalls = 0;
      Object.defineProperty(Document.prototype, 'fullscreenEnabled', { get: () => true });
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => {
        (window as unknown as { printed: number }).printed += 1;
      };
      Element.prototype.requestFullscreen = function () {
        w.fullscreenCalls += 1;
        return Promise.resolve();
      };
    });
    const app = new StoryPage(page);
    await app.open('step=1');
    await expect(app.panel().locator('.step-panel[data-step="1"]')).toBeVisible();
    await page.keyboard.press('f');
    expect(await page.evaluate(() => (window as unknown as { fullscreenCalls: number }).fullscreenCalls)).toBe(1);
    await page.getByRole('button', { name: 'Next step' }).click();
    await expect(app.panel().locator('.step-panel[data-step="2"]')).toBeVisible();
    await page
      .locator('.story-dots')
      .getByRole('button', { name: /^Step 7:/u })
      .click();
    await expect(app.panel().locator('.step-panel[data-step="7"]')).toBeVisible();
    await page.getByRole('button', { name: 'Previous step' }).click();
    await expect(app.panel().locator('.step-panel[data-step="6"]')).toBeVisible();
    // A point on the timeline goes to its step.
    await page.locator('.timeline-marker', { hasText: /^1$/u }).click();
    await expect(app.panel().locator('.step-panel[data-step="1"]')).toBeVisible();
    // "Handout (PDF)" opens the browser's print (whose dialog also saves a PDF) with the handout.
    await page.getByRole('button', { name: 'Handout (PDF)' }).click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    app.expectClean();
  });

  test('S opens the speaker notes: they follow the presenting window, and drive it', async ({ page }) => {
    const notesOf = JSON.parse(readFileSync('stories/albania-iran-cyberattack/story.json', 'utf8')) as {
      steps: { note?: { en: string } }[];
    };
    const app = new StoryPage(page);
    await app.open('step=2');
    await expect(app.panel().locator('.step-panel[data-step="2"]')).toBeVisible();
    const popup = page.waitForEvent('popup');
    await page.keyboard.press('s');
    const notes = await popup;
    await expect(notes.locator('.speaker-notes[data-step="2"]')).toBeVisible();
    await expect(notes.locator('.notes-question').first()).toHaveText(notesOf.steps[1]?.note?.en ?? '');
    await expect(notes.locator('.notes-next')).toContainText(STEPS[2]?.title.en ?? '');
    // The notes follow the presenting window...
    await page.bringToFront();
    await page.keyboard.press('ArrowRight');
    await expect(notes.locator('.speaker-notes[data-step="3"]')).toBeVisible();
    await expect(notes.locator('.notes-question').first()).toHaveText(notesOf.steps[2]?.note?.en ?? '');
    // ...and drive it.
    await notes.getByRole('button', { name: 'Next →' }).click();
    await expect(app.panel().locator('.step-panel[data-step="4"]')).toBeVisible();
    await expect(notes.locator('.speaker-notes[data-step="4"]')).toBeVisible();
    await expect(notes.locator('.notes-clock')).toHaveText(/\d{1,2}:\d{2}/u);
    // The current step's key quote, verbatim, and a small map of the next step.
    const data = (await (await page.request.get('data/story.json')).json()) as {
      passages: { id: string; text: string }[];
    };
    await expect(notes.locator('.quote-ur')).toHaveText(
      data.passages.find((p) => p.id === STEPS[3]?.passages[0])?.text ?? '',
    );
    await expect(notes.locator(`.notes-next .step-map[data-step-map="5"] .step-map-land`).first()).toBeAttached();
    // The clicker in the teacher's hand works in the notes window too.
    await notes.bringToFront();
    await notes.keyboard.press('PageDown');
    await expect(app.panel().locator('.step-panel[data-step="5"]')).toBeVisible();
    await notes.keyboard.press('ArrowLeft');
    await expect(app.panel().locator('.step-panel[data-step="4"]')).toBeVisible();
    // S again brings the same window forward: its clock keeps running from when it first opened. (The
    // clock ticks each second: on a fast machine the steps above take less than one, so it is waited for.)
    await expect(notes.locator('.notes-elapsed')).not.toHaveText('00:00');
    const before = await notes.locator('.notes-elapsed').textContent();
    await page.bringToFront();
    let reopened = false;
    page.once('popup', () => (reopened = true));
    await page.keyboard.press('s');
    await expect(notes.locator('.notes-elapsed')).not.toHaveText('00:00');
    expect(reopened).toBe(false);
    expect(before).not.toBe('00:00');
    app.expectClean();
  });
});

test.describe('autoplay', () => {
  test('Play moves on by itself every 12 s and stops at the last step; Pause holds the step', async ({ page }) => {
    // The page's clock is ours to move: no test waits 12 real seconds for a step.
    await page.clock.install();
    const app = new StoryPage(page);
    await app.open(`step=${STEPS.length - 2}`);
    const at = (n: number) => expect(app.panel().locator(`.step-panel[data-step="${n}"]`)).toBeVisible();
    await at(STEPS.length - 2);
    await page.getByRole('button', { name: 'Play' }).click();
    await page.clock.fastForward(11_000);
    await at(STEPS.length - 2);
    await page.clock.fastForward(1_500);
    await at(STEPS.length - 1);
    await page.clock.fastForward(12_500);
    await at(STEPS.length);
    // At the last step autoplay ends by itself.
    await expect(page.getByRole('button', { name: 'Play' })).toHaveAttribute('aria-pressed', 'false');
    // Play from the end starts again from the first step; Pause holds it there.
    await page.getByRole('button', { name: 'Play' }).click();
    await at(1);
    await page.getByRole('button', { name: 'Pause' }).click();
    await page.clock.fastForward(30_000);
    await at(1);
    app.expectClean();
  });
});

test.describe('the dark theme', () => {
  test.use({ viewport: { width: 1920, height: 1080 } });

  test('?theme=dark draws the page and the map dark, for a dim classroom; the toggle switches back and the address follows', async ({
    page,
  }) => {
    const app = new StoryPage(page);
    await app.open('theme=dark&step=9');
    await app.waitForMap();
    const ground = () => page.locator('.app[data-story]').evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(await ground()).toBe('rgb(20, 24, 28)');
    // The map itself, not only the page: the mean luminance of the canvas is low.
    const mapLuminance = async () => (await app.mapPixels()).luminance;
    const dark = await mapLuminance();
    expect(dark).toBeGreaterThan(0);
    expect(dark).toBeLessThan(0.45);
    await app.screenshot('step-9-1920x1080-dark');
    // A blanked screen is black in a dark room.
    await page.keyboard.press('B');
    expect(await page.locator('.story-blank').evaluate((el) => getComputedStyle(el).backgroundColor)).toBe(
      'rgb(0, 0, 0)',
    );
    await page.keyboard.press('B');
    await expect(page.locator('.story-blank')).toHaveCount(0);
    // The theme is the page's, switched in its header: out of the slide (Escape), then back.
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Dark theme' }).click();
    await expect(page.locator('.app[data-story]')).toHaveAttribute('data-theme', 'light');
    expect((await app.search()).has('theme')).toBe(false);
    await app.waitForMap();
    expect(await mapLuminance()).toBeGreaterThan(0.6);
    app.expectClean();
  });
});

test.describe('the printed handout', () => {
  /** Text boxes on paper that run outside the page's width, and the contrast of the handout's ink. */
  async function printed(
    page: Page,
  ): Promise<{ outside: string[]; ink: string; paper: string; maps: number; drawnMaps: number }> {
    return page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      const outside = [
        ...document.querySelectorAll<HTMLElement>(
          '.print-handout h2, .print-handout h3, .print-handout blockquote, .print-handout figcaption, .print-handout .print-legend li',
        ),
      ]
        .filter((el) => {
          const r = el.getBoundingClientRect();
          return r.left < -0.5 || r.right > width + 0.5;
        })
        .map((el) => el.textContent.slice(0, 40));
      const ink = getComputedStyle(document.querySelector('.print-steps blockquote') ?? document.body).color;
      const paper = getComputedStyle(document.querySelector('.app') ?? document.body).backgroundColor;
      const maps = document.querySelectorAll('.print-steps .step-map').length;
      const drawnMaps = [...document.querySelectorAll('.print-steps .step-map')].filter(
        (m) => m.querySelectorAll('.step-map-land').length > 3 && m.getBoundingClientRect().height > 50,
      ).length;
      return { outside, ink, paper, maps, drawnMaps };
    });
  }

  /** WCAG contrast of two `rgb(...)` colours. */
  function contrast(a: string, b: string): number {
    const lum = (c: string) => {
      const [r = 0, g = 0, bl = 0] = (c.match(/[\d.]+/gu) ?? [])
        .map(Number)
        .map((v) => v / 255)
        .map((v) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
      return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
    };
    const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
    return ((x ?? 0) + 0.05) / ((y ?? 0) + 0.05);
  }

  for (const { name, query, width } of [
    { name: 'from the dark theme', query: 'step=1&theme=dark', width: 1280 },
    { name: 'in Urdu from a 1920-wide window', query: 'lang=ur', width: 1920 },
  ]) {
    test(`prints ${name}: dark ink on white, nothing outside the page, one small map per step, each step's key quote verbatim with its gloss`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 900 });
      const app = new StoryPage(page);
      await app.open(query);
      await app.waitForMap();
      await expect(page.locator('.print-handout')).toHaveAttribute('data-maps', 'drawn', { timeout: 20_000 });
      // As the print dialog lays the page out: print media, at the paper's width (A4 less margins).
      await page.emulateMedia({ media: 'print' });
      await page.setViewportSize({ width: 703, height: 1000 });
      await expect(page.locator('.print-handout')).toBeVisible();
      await expect(page.locator('.side-panel')).toBeHidden();
      await expect(page.locator('.map-view')).toBeHidden();
      const data = (await (await page.request.get('data/story.json')).json()) as {
        passages: { id: string; text: string }[];
      };
      const text = new Map(data.passages.map((p) => [p.id, p.text]));
      const items = page.locator('.print-steps > li');
      await expect(items).toHaveCount(STEPS.length);
      for (const [i, step] of STEPS.entries()) {
        const item = items.nth(i);
        await expect(item.locator('h3')).toContainText(query.includes('lang=ur') ? step.title.ur : step.title.en);
        const quote = item.locator('blockquote');
        await expect(quote).toHaveAttribute('lang', 'ur');
        expect(await quote.textContent()).toBe(text.get(step.passages[0] ?? ''));
      }
      await expect(page.locator('.print-legend li').first()).toBeVisible();
      const { outside, ink, paper, maps, drawnMaps } = await printed(page);
      expect(outside).toEqual([]);
      expect(paper).toBe('rgb(255, 255, 255)');
      expect(contrast(ink, paper)).toBeGreaterThanOrEqual(4.5);
      expect(maps).toBe(STEPS.length);
      expect(drawnMaps).toBe(STEPS.length);
      if (REVIEW_SHOTS)
        await page.screenshot({
          path: `test-results/screenshots/print-${query.includes('lang=ur') ? 'ur' : 'dark'}.png`,
          fullPage: true,
        });
      for (const format of ['A4', 'Letter'] as const) {
        const pdf = await page.pdf({ format, printBackground: true });
        // Pages counted from the PDF's own page objects: ten steps fill two pages (no third page
        // with one step on it).
        const pages = (
          Buffer.from(pdf)
            .toString('latin1')
            .match(/\/Type\s*\/Page[^s]/gu) ?? []
        ).length;
        expect(pages, format).toBe(2);
        if (format === 'A4')
          await import('node:fs').then((fs) =>
            fs.writeFileSync(`test-results/screenshots/handout-${query.includes('lang=ur') ? 'ur' : 'dark'}.pdf`, pdf),
          );
      }
      app.expectClean();
    });
  }
});
