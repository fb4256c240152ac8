import { expect, test } from '@playwright/test';
import { StoryPage } from './driver.ts';

// The panel answers first: a summary of the selection's relations, then each sentence of evidence
// quoted once, then the rest folded. Start questions open their answer; reading mode follows the map.

test.describe('the panel answers first', () => {
  test('Albania: a summary first, each sentence quoted once with its relations, the rest folded', async ({ page }) => {
    const app = new StoryPage(page);
    await app.open('focus=ALB');
    await app.waitForMap();
    await expect(app.panelTitle()).toContainText('Albania');
    expect(await app.panelBlocks()).toEqual(['summary', 'evidence', 'more']);
    // One line per relation, grouped by the country (or actor) at the other end.
    await expect(app.summaryLines()).toHaveCount(11);
    const iran = app.panel().locator('.summary-group[data-group="IRN"]');
    await expect(iran.locator('h4')).toHaveText('With Iran');
    await expect(iran.locator('.summary-line').first()).toContainText('Albania → Iran: severs diplomatic ties');
    await expect(iran.locator('.summary-line[data-relation="iran-attacks-albania"]')).toContainText(
      'alleged · according to Albania and United States',
    );
    // Each sentence at most once, whatever the number of relations it evidences.
    const counts = await app.quoteCounts();
    expect(
      [...counts.values()].every((n) => n === 1),
      JSON.stringify([...counts]),
    ).toBe(true);
    expect(counts.size).toBe(15);
    // Line 1 evidences two relations: both are listed under its one quote, and both acts underlined.
    const p1 = app.evidenceItem('p1');
    await expect(p1.locator('[data-cites="evidence"] .relation-chip')).toHaveText([
      'Albania → Iran: severs diplomatic ties',
      'Albania → Iran: accuses of the cyberattack',
    ]);
    await expect(p1.locator('.wording', { hasText: 'سفارتی تعلقات ختم کر دیے' })).toHaveCount(1);
    // Line 12 does not name Albania: the note says which line does.
    await expect(app.evidenceItem('p12').locator('.implied-note')).toContainText('Line 12 does not name Albania');
    // The other sentences that name Albania are folded, and open on demand.
    const more = app.panel().locator('details.more');
    await expect(more.locator('summary')).toHaveText('More sentences that name Albania (4)');
    await expect(more.locator('.quote').first()).toBeHidden();
    await app.screenshot('panel-albania');
    await more.locator('summary').click();
    await expect(more.locator('.quote[data-passage="p10a"]')).toBeVisible();
    expect(await app.expectQuotesVerbatim()).toBe(15);
    // A summary line selects its relation.
    await iran.locator('.summary-line[data-relation="albania-expels-embassy"]').click();
    await expect(app.panelTitle()).toContainText('Albania → Iran');
    expect((await app.search()).get('relation')).toBe('albania-expels-embassy');
    app.expectClean();
  });

  test('a new choice opens its panel at the top, wherever the last one was scrolled to', async ({ page }) => {
    const app = new StoryPage(page);
    await app.open('focus=ALB');
    await app.waitForMap();
    await expect(app.panelTitle()).toContainText('Albania');
    const scroller = page.locator('.panel-scroll');
    const scrollTop = () => scroller.evaluate((el) => el.scrollTop);
    // The reader reads down Albania's evidence…
    await scroller.evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
    await expect.poll(scrollTop).toBeGreaterThan(500);
    // …then chooses Iran on the map: its panel starts at its title.
    await app.label('IRN').click();
    await expect(app.panelTitle()).toContainText('Iran');
    await expect.poll(scrollTop).toBe(0);
    app.expectClean();
  });

  test('a filter switched while reading down a country’s evidence changes the list in place, and the panel stays where it was', async ({
    page,
  }) => {
    const app = new StoryPage(page);
    await app.open('focus=ALB');
    await app.waitForMap();
    await expect(app.panel().locator('.evidence-item')).toHaveCount(15);
    const scroller = page.locator('.panel-scroll');
    const scrollTop = () => scroller.evaluate((el) => el.scrollTop);
    await scroller.evaluate((el) => el.scrollTo({ top: 2000 }));
    await expect.poll(scrollTop).toBeGreaterThan(1900);
    // Whether any commit leaves the evidence list empty (drawn anew from nothing a render later, it
    // would blank under the reader, and a layout meanwhile would pull the scroll up to the summary).
    await page.evaluate(() => {
      const w = window as unknown as { __blanked: boolean };
      w.__blanked = false;
      new MutationObserver(() => {
        if (document.querySelector('#panel [data-block="evidence"] ol.quotes:empty')) w.__blanked = true;
      }).observe(document.body, { subtree: true, childList: true });
    });
    // Iran's condemnation and denial leave the map, and the panel's evidence: line 12 (which does not
    // name Albania) leaves the panel, line 13's sentence joins the folded ones that name it…
    for (const kind of ['condemnation', 'denial']) await app.legendKind(kind).getByRole('checkbox').uncheck();
    await expect(app.evidenceItem('p12')).toHaveCount(0);
    await expect(app.panel().locator('.evidence-item')).toHaveCount(14);
    // …in place, while the reader stays where they were reading.
    expect(await page.evaluate(() => (window as unknown as { __blanked: boolean }).__blanked)).toBe(false);
    expect(await scrollTop()).toBeGreaterThan(1500);
    app.expectClean();
  });

  test('a click is answered by a frame with the title and summary alone; the quotes follow once it is painted', async ({
    page,
  }) => {
    const app = new StoryPage(page);
    await app.open();
    await app.waitForMap();
    // What the panel holds in the very commit that first names Albania (a MutationObserver's callback
    // runs right after a commit, before anything else), and whether a frame came before the quotes.
    type Seen = { summary: number; quotes: number; frameBeforeQuotes: boolean };
    await page.evaluate(() => {
      const w = window as unknown as { __seen: Promise<Seen> };
      w.__seen = new Promise((resolve) => {
        let first: { summary: number; quotes: number } | null = null;
        let framed = false;
        const observer = new MutationObserver(() => {
          const quotes = document.querySelectorAll('#panel .evidence-item').length;
          if (first === null) {
            if (!document.querySelector('#panel-title')?.textContent.includes('Albania')) return;
            first = { summary: document.querySelectorAll('#panel .summary-line').length, quotes };
            requestAnimationFrame(() => (framed = true));
          }
          if (quotes === 0) return;
          observer.disconnect();
          resolve({ ...first, frameBeforeQuotes: framed });
        });
        observer.observe(document.body, { subtree: true, childList: true, characterData: true });
      });
    });
    await app.label('ALB').click();
    const seen = await page.evaluate(() => (window as unknown as { __seen: Promise<Seen> }).__seen);
    expect(seen).toEqual({ summary: 11, quotes: 0, frameBeforeQuotes: true });
    // Then every sentence: the evidence, and the four more that name Albania, folded.
    await expect(app.panel().locator('.evidence-item')).toHaveCount(15);
    app.expectClean();
  });

  test('the earlier attacks: line 17a is quoted once, under it the six cyberattacks it evidences', async ({ page }) => {
    const app = new StoryPage(page);
    await app.open('kind=cyberattack');
    await app.waitForMap();
    await expect(app.summaryLines()).toHaveCount(7);
    const counts = await app.quoteCounts();
    expect(counts.get('p17a')).toBe(1);
    expect([...counts.values()].every((n) => n === 1)).toBe(true);
    await expect(app.evidenceItem('p17a').locator('[data-cites="evidence"] .relation-chip')).toHaveCount(6);
    app.expectClean();
  });
});

test.describe('start questions open their answer', () => {
  test('each start question opens with the relation it asks about, and frames its places on the map', async ({
    page,
  }) => {
    const app = new StoryPage(page);
    await app.open();
    await app.waitForMap();
    const first: readonly (readonly [string, string, string])[] = [
      ['What did Albania do to Iran?', 'albania-severs-ties', 'ALB'],
      ['What does Iran say?', 'iran-condemns-expulsion', 'IRN'],
      ['Where does the United States stand?', 'us-supports-albania', 'USA'],
      ['Who was attacked before, says who?', 'group-attacked-isr', 'KWT'],
    ];
    for (const [question, relation, onMap] of first) {
      await page.keyboard.press('Escape');
      await app.panel().getByRole('button', { name: question }).click();
      await expect(app.panel().locator('.asked')).toContainText(question);
      await expect(app.summaryLines().first()).toHaveAttribute('data-relation', relation);
      await app.waitForMap();
      // The camera followed the question: a place it is about has its dot on the map.
      await expect(page.locator(`.node[data-dot="${onMap}"] .node-dot`)).toBeVisible();
    }
    app.expectClean();
  });

  test('"What does Iran say?" opens with the condemnation and the denial, and the address keeps the question', async ({
    page,
  }) => {
    const app = new StoryPage(page);
    await app.open();
    await app.waitForMap();
    await app.panel().getByRole('button', { name: 'What does Iran say?' }).click();
    await expect(app.panelTitle()).toContainText('Iran');
    await expect(app.panel().locator('.asked')).toContainText('What does Iran say?');
    await expect(app.summaryLines().nth(0)).toHaveAttribute('data-relation', 'iran-condemns-expulsion');
    await expect(app.summaryLines().nth(1)).toHaveAttribute('data-relation', 'iran-denies-attack');
    await expect(app.panel().locator('.summary-group').first().locator('h4')).toHaveText('The answer');
    // The quotes too: the sentences of the answer come first.
    await expect(app.panel().locator('.evidence-item').nth(0)).toHaveAttribute('data-sentence', 'p12');
    await expect(app.panel().locator('.evidence-item').nth(1)).toHaveAttribute('data-sentence', 'p13a');
    const search = await app.search();
    expect(search.get('focus')).toBe('IRN');
    expect(search.get('q')).toBe('what-iran-says');
    await page.mouse.move(5, 5);
    await app.screenshot('panel-iran-question');
    // The question survives a reload: it is in the address, not in a component.
    await page.reload();
    await app.waitForMap();
    await expect(app.panel().locator('.asked')).toContainText('What does Iran say?');
    await expect(app.summaryLines().nth(0)).toHaveAttribute('data-relation', 'iran-condemns-expulsion');
    // Another selection is no longer the answer to it (the United States, off this frame, by its marker).
    await page.locator('.edge-marker[data-edge="USA"]').click();
    await expect(app.panelTitle()).toContainText('United States');
    await expect(app.panel().locator('.asked')).toHaveCount(0);
    expect((await app.search()).get('q')).toBeNull();
    app.expectClean();
  });

  test('"Who was attacked before, says who?" shows the six earlier attacks first, all according to Albania, even when filtered out', async ({
    page,
  }) => {
    const app = new StoryPage(page);
    await app.open('filter=rupture');
    await app.waitForMap();
    await app.panel().getByRole('button', { name: 'Who was attacked before, says who?' }).click();
    await expect(app.panelTitle()).toContainText('Cyberattacks');
    const answer = app.panel().locator('.summary-group[data-answer]');
    await expect(answer.locator('.summary-line')).toHaveCount(6);
    await expect(answer).toContainText('All alleged, according to Albania.');
    await expect(app.summaryLines().nth(6)).toHaveAttribute('data-relation', 'iran-attacks-albania');
    await expect(app.legendKind('cyberattack').getByRole('checkbox')).toBeChecked();
    expect((await app.search()).get('q')).toBe('who-was-attacked-before');
    app.expectClean();
  });

  test('a question the address gets wrong is ignored with a notice', async ({ page }) => {
    const app = new StoryPage(page);
    await app.open('focus=ALB&q=what-iran-says');
    await app.waitForMap();
    await expect(page.getByTestId('notice')).toContainText('q=what-iran-says (that question opens something else)');
    await expect(app.panelTitle()).toContainText('Albania');
    await expect(app.panel().locator('.asked')).toHaveCount(0);
    app.expectClean();
  });
});

test.describe('reading mode follows the map', () => {
  test('a selected country marks its sentences; Next and Previous step through them and say where', async ({
    page,
  }) => {
    const app = new StoryPage(page);
    await app.open('view=article');
    await app.waitForMap();
    await expect(app.panel().locator('.reading-bar')).toHaveCount(0);
    await app.label('ALB').click();
    await expect(app.panel().locator('.sentence[data-followed]')).toHaveCount(13);
    await expect(app.readingCount()).toHaveText('1 of 13');
    await expect(app.readerSentence('p1')).toHaveAttribute('aria-current', 'true');
    await app.panel().getByRole('button', { name: 'Next sentence' }).click();
    await expect(app.readingCount()).toHaveText('2 of 13');
    await expect(app.readerSentence('p2')).toHaveAttribute('aria-current', 'true');
    await expect(app.readerSentence('p1')).not.toHaveAttribute('aria-current');
    expect((await app.search()).get('at')).toBe('p2');
    // Far down the text the current sentence is scrolled into view.
    for (let i = 0; i < 10; i++) await app.panel().getByRole('button', { name: 'Next sentence' }).click();
    await expect(app.readingCount()).toHaveText('12 of 13');
    await expect(app.readerSentence('p17b')).toHaveAttribute('aria-current', 'true');
    await expect(app.readerSentence('p17b')).toBeInViewport();
    // Only the panel scrolls: the page, header and map stay where they are.
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    await app.panel().getByRole('button', { name: 'Previous sentence' }).click();
    await expect(app.readingCount()).toHaveText('11 of 13');
    await expect(app.readerSentence('p17a')).toHaveAttribute('aria-current', 'true');
    await page.mouse.move(5, 5);
    await app.screenshot('reading-albania');
    // The place survives a reload.
    await page.reload();
    await app.waitForMap();
    await expect(app.readingCount()).toHaveText('11 of 13');
    await expect(app.readerSentence('p17a')).toBeInViewport();
    // An edge: its evidence and context.
    await app.edge('iran-denies-attack').focus();
    await page.keyboard.press('Enter');
    await expect(app.readingCount()).toHaveText('1 of 2');
    await expect(app.readerSentence('p13a')).toHaveAttribute('aria-current', 'true');
    await expect(app.readerSentence('p13b')).toHaveAttribute('data-followed', 'true');
    await expect(app.readerSentence('p13a')).toBeInViewport();
    expect((await app.search()).get('at')).toBeNull();
    app.expectClean();
  });

  test('the reader glides to a sentence, and jumps when the reader asks for reduced motion', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    // How the app asks the browser to scroll (smooth or at once) is recorded on the way through;
    // the browser still scrolls. Timing a smooth scroll by frames is at the mercy of a busy machine.
    await page.addInitScript(() => {
      const w = window as unknown as { scrollCalls: string[] };
      w.scrollCalls = [];
      const original = Object.getOwnPropertyDescriptor(Element.prototype, 'scrollIntoView')?.value as (
        this: Element,
        arg?: boolean | ScrollIntoViewOptions,
      ) => void;
      Element.prototype.scrollIntoView = function (this: Element, arg?: boolean | ScrollIntoViewOptions) {
        w.scrollCalls.push(typeof arg === 'object' ? (arg.behavior ?? 'auto') : 'auto');
        original.call(this, arg);
      };
    });
    const app = new StoryPage(page);
    await app.open('view=article&focus=IRN');
    await app.waitForMap();
    await expect(app.readingCount()).toHaveText('1 of 14');
    const lastCall = () => page.evaluate(() => (window as unknown as { scrollCalls: string[] }).scrollCalls.at(-1));
    const settled = () => page.evaluate(() => document.querySelector('.panel-scroll')?.scrollTop ?? -1);
    await app.edge('mandiant-assesses').focus();
    await page.keyboard.press('Enter');
    await expect(app.readerSentence('p14')).toBeInViewport();
    expect(await lastCall(), 'the text glides to the sentence').toBe('smooth');
    const glided = await settled();
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await app.edge('us-vows-response').focus();
    await page.keyboard.press('Enter');
    await expect(app.readerSentence('p5a')).toBeInViewport();
    expect(await lastCall(), 'with reduced motion the text jumps').toBe('auto');
    expect(await settled()).not.toBe(glided);
    app.expectClean();
  });
});

test.describe('small things in the address and the overview', () => {
  test('?passage=p17 selects both sentences of line 17', async ({ page }) => {
    const app = new StoryPage(page);
    await app.open('passage=p17');
    await app.waitForMap();
    await expect(app.panelTitle()).toContainText('Line 17 of the article');
    await expect(app.panel().locator('.quote[data-passage]')).toHaveCount(2);
    await expect(app.panel().locator('.quote[data-passage="p17a"]')).toBeVisible();
    await expect(app.panel().locator('.quote[data-passage="p17b"]')).toBeVisible();
    // What either sentence evidences is on the map: the earlier targets (17a) and NATO (17b).
    await expect(app.panel().locator('.relation-card[data-relation="group-attacked-kwt"]')).toBeVisible();
    await expect(app.panel().locator('.relation-card[data-relation="albania-shares-findings"]')).toBeVisible();
    await expect(page.locator('.node[data-node="KWT"]')).not.toHaveAttribute('data-dimmed');
    await expect(page.locator('.node[data-node="nato"]')).not.toHaveAttribute('data-dimmed');
    expect((await app.search()).get('passage')).toBe('p17');
    await expect(page.getByTestId('notice')).toHaveCount(0);
    // In the reader, both sentences are the chosen ones.
    await app.panel().getByRole('button', { name: 'Read the article' }).click();
    await expect(app.readerSentence('p17a')).toHaveAttribute('aria-pressed', 'true');
    await expect(app.readerSentence('p17b')).toHaveAttribute('aria-pressed', 'true');
    app.expectClean();
  });

  test('a malformed query that is not ours stays in the address as it was written', async ({ page }) => {
    const app = new StoryPage(page);
    await app.open('%%%');
    await app.waitForMap();
    expect(await app.rawSearch()).toBe('?%%%');
    await expect(page.getByTestId('notice')).toHaveCount(0);
    await app.label('ALB').click();
    await expect(app.panelTitle()).toContainText('Albania');
    expect(await app.rawSearch()).toBe('?%%%&focus=ALB');
    await page.keyboard.press('Escape');
    await expect(app.panelTitle()).toHaveText('What the article reports');
    expect(await app.rawSearch()).toBe('?%%%');
    app.expectClean();
  });

  test('with every kind filtered out the overview says so, and one button shows them again', async ({ page }) => {
    const app = new StoryPage(page);
    await app.open();
    await app.waitForMap();
    for (const kind of [
      'rupture',
      'cyberattack',
      'proxy',
      'accusation',
      'condemnation',
      'denial',
      'support',
      'response',
      'claim',
    ]) {
      await app.legendKind(kind).getByRole('checkbox').uncheck();
    }
    const note = app.panel().getByTestId('all-hidden');
    await expect(note).toContainText('All relations are hidden by the filters.');
    await expect(app.panel()).not.toContainText('0 relations');
    await note.getByRole('button', { name: 'Show all 22 relations' }).click();
    await expect(note).toHaveCount(0);
    await expect(app.legendKind('rupture').getByRole('checkbox')).toBeChecked();
    expect((await app.search()).get('filter')).toBeNull();
    app.expectClean();
  });
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the panel and the reader fit the screen', async ({ page }) => {
    const app = new StoryPage(page);
    await app.open('focus=ALB');
    await app.waitForMap();
    await expect(app.summaryLines()).toHaveCount(11);
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(await overflow()).toBeLessThanOrEqual(0);
    await app.panel().locator('.summary').scrollIntoViewIfNeeded();
    await app.screenshot('panel-albania-phone');
    await app.evidenceItem('p1').scrollIntoViewIfNeeded();
    await app.screenshot('panel-albania-phone-quotes');
    await app.panel().getByRole('button', { name: 'Read the article' }).click();
    await expect(app.readingCount()).toHaveText('1 of 13');
    await app.panel().getByRole('button', { name: 'Next sentence' }).click();
    await app.panel().getByRole('button', { name: 'Next sentence' }).click();
    await expect(app.readingCount()).toHaveText('3 of 13');
    // The page scrolls under the stuck map: the sentence lands between the map and the reading bar.
    await expect
      .poll(() =>
        page.evaluate(() => {
          const s = document.querySelector('.sentence[aria-current="true"]')?.getBoundingClientRect();
          const map = document.querySelector('.map-area')?.getBoundingClientRect();
          const bar = document.querySelector('.reading-bar')?.getBoundingClientRect();
          return s && map && bar ? s.top >= map.bottom && s.bottom <= bar.top : false;
        }),
      )
      .toBe(true);
    expect(await overflow()).toBeLessThanOrEqual(0);
    await app.screenshot('reading-albania-phone');
    app.expectClean();
  });
});
