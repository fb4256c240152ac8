import { expect, test } from '@playwright/test';
import { REVIEW_SHOTS, StoryPage } from './driver.ts';
import { ARC_STYLE } from '../../src/theme/arcStyle.ts';

test.describe('exploring the story by clicking', () => {
  test('Albania: what the article says Albania did to Iran, and where it says so', async ({ page }) => {
    const app = new StoryPage(page);
    await app.open();
    await app.waitForMap();
    await app.label('ALB').click();
    await expect(app.panelTitle()).toContainText('Albania');
    // The summary: what Albania and Iran did to each other, one line each.
    const group = app.panel().locator('.summary-group', { hasText: 'With Iran' });
    await expect(group.locator('.summary-line')).toHaveCount(6);
    await expect(group).toContainText('Albania → Iran: severs diplomatic ties');
    await expect(group).toContainText('Albania → Iran: expels embassy staff');
    // The evidence: lines 1 and 2 state the rupture, each quoted once with the relations it evidences.
    const states = (id: string) =>
      app.panel().locator(`.evidence-item:has([data-cites="evidence"] .relation-chip[data-relation="${id}"])`);
    await expect(states('albania-severs-ties')).toHaveCount(2);
    await expect(states('albania-severs-ties').nth(1)).toHaveAttribute('data-sentence', 'p2');
    const p1 = app.evidenceItem('p1');
    await expect(p1.locator('.relation-chip[data-relation="albania-severs-ties"]')).toBeVisible();
    await expect(p1.locator('.quote blockquote')).toContainText('سفارتی تعلقات ختم کر دیے ہیں');
    // The article's own words for the act are marked inside the quote.
    await expect(p1.locator('.wording', { hasText: 'سفارتی تعلقات' })).toHaveText('سفارتی تعلقات ختم کر دیے');
    // The selected country's mentions are highlighted, by any of its forms (Rama, Tirana, Albanian).
    await expect(app.evidenceItem('p17b').locator('mark', { hasText: 'ترانا' })).toBeVisible();
    await expect(app.panel().locator('.gloss-label').first()).toHaveText('Our translation: ');
    expect(await app.expectQuotesVerbatim()).toBeGreaterThan(10);
    // The map emphasises the selection and dims the rest.
    await expect(page.locator('.node[data-node="ALB"]')).toHaveAttribute('data-selected', 'true');
    await expect(page.locator('.node[data-node="KWT"]')).toHaveAttribute('data-dimmed', 'true');
    await expect(page.locator('.node[data-node="IRN"]')).not.toHaveAttribute('data-dimmed');
    expect((await app.search()).get('focus')).toBe('ALB');
    await page.mouse.move(5, 5);
    await expect(page.getByRole('tooltip')).toHaveCount(0);
    await app.screenshot('explore-albania');
    // The README's picture is this view: a run that keeps pictures for review renews it.
    if (REVIEW_SHOTS) await page.screenshot({ path: 'docs/screenshot.png' });
    app.expectClean();
  });

  test('Kuwait, an earlier target: attacked by whom, according to whom', async ({ page }) => {
    const app = new StoryPage(page);
    await app.open();
    await app.waitForMap();
    await app.dot('KWT').click();
    await expect(app.panelTitle()).toContainText('Kuwait');
    const line = app.panel().locator('.summary-line[data-relation="group-attacked-kwt"]');
    await expect(line).toContainText('alleged · according to Albania');
    await expect(app.evidenceItem('p17a').locator('mark', { hasText: 'کویت' })).toBeVisible();
    await app.expectQuotesVerbatim();
    app.expectClean();
  });

  test('which countries were attacked before, according to whom: the legend entry lists them', async ({ page }) => {
    const app = new StoryPage(page);
    await app.open();
    await app.waitForMap();
    await app.legendKind('cyberattack').getByRole('button').click();
    await expect(app.panelTitle()).toContainText('Cyberattacks');
    await expect(app.summaryLines()).toHaveCount(7);
    for (const country of ['Israel', 'Saudi Arabia', 'United Arab Emirates', 'Jordan', 'Kuwait', 'Cyprus']) {
      await expect(app.panel().locator('.summary-line', { hasText: `→ ${country}: cyberattack` })).toContainText(
        'according to Albania',
      );
    }
    expect((await app.search()).get('kind')).toBe('cyberattack');
    await app.screenshot('explore-earlier-attacks');
    app.expectClean();
  });

  test('an edge: hover shows its tooltip, a click (or Enter) shows its evidence', async ({ page }) => {
    const app = new StoryPage(page);
    await app.open();
    await app.waitForMap();
    // The pointer: hover the middle of an arc that no label covers; its tooltip names that relation.
    const bare = await page.evaluate(() => {
      for (const h of document.querySelectorAll<HTMLElement>('.edge-handle')) {
        const r = h.getBoundingClientRect();
        const x = r.x + r.width / 2;
        const y = r.y + r.height / 2;
        if (document.elementFromPoint(x, y) === h) return { x, y, label: h.getAttribute('aria-label') ?? '' };
      }
      return null;
    });
    if (!bare) throw new Error('every arc middle is covered by a label');
    await page.mouse.move(bare.x, bare.y);
    await expect(page.getByRole('tooltip')).toContainText(bare.label.split(' (')[0] ?? '');
    // The keyboard: focus shows the same tooltip, Enter selects.
    const edge = app.edge('iran-condemns-expulsion');
    await edge.focus();
    await expect(page.getByRole('tooltip')).toContainText('Iran → Albania: condemns');
    await expect(page.getByRole('tooltip')).toContainText('Stated · Wednesday · evidence: line 12');
    await page.keyboard.press('Enter');
    await expect(app.panelTitle()).toContainText('Iran → Albania');
    await expect(app.panel()).toContainText('Line 12 does not name Albania');
    expect((await app.search()).get('relation')).toBe('iran-condemns-expulsion');
    // Keyboard: focus another edge's handle and press Enter.
    await app.edge('albania-severs-ties').focus();
    await page.keyboard.press('Enter');
    await expect(app.panelTitle()).toContainText('Albania → Iran');
    await expect(app.panel()).toContainText('Context, not in the article: 7 September 2022');
    await app.screenshot('explore-edge');
    // Escape goes back to the overview.
    await page.keyboard.press('Escape');
    await expect(app.panelTitle()).toHaveText('What the article reports');
    expect((await app.search()).get('relation')).toBeNull();
    app.expectClean();
  });

  test('a mention in a quote selects its entity; a relation in the panel selects its edge', async ({ page }) => {
    const app = new StoryPage(page);
    await app.open('focus=ALB');
    await app.waitForMap();
    await app.evidenceItem('p1').locator('.mention[data-entity="tehran"]').click();
    await expect(app.panelTitle()).toContainText('Tehran');
    // Tehran stands for Iran: the map shows Iran, not dimmed, and the panel links to it.
    await expect(page.locator('.node[data-node="IRN"]')).not.toHaveAttribute('data-dimmed');
    await app.panel().getByRole('button', { name: 'Iran', exact: true }).click();
    await expect(app.panelTitle()).toContainText('Iran');
    await app.panel().locator('.summary-line[data-relation="iran-denies-attack"]').click();
    await expect(app.panelTitle()).toContainText('Iran → Albania');
    await expect(app.edge('iran-denies-attack')).toHaveAttribute('data-selected', 'true');
    app.expectClean();
  });

  test('filters: map, legend and panel agree', async ({ page }) => {
    const app = new StoryPage(page);
    await app.open('focus=ALB');
    await app.waitForMap();
    await expect(app.edge('albania-severs-ties')).toHaveCount(1);
    // Each arc's kind mark goes with it, and is dimmed with it outside the focus.
    const mark = (id: string) => page.locator(`.arc-mark[data-relation="${id}"]`);
    await expect(mark('albania-severs-ties')).toHaveCount(1);
    await expect(mark('albania-severs-ties')).toHaveCSS('opacity', '1');
    await expect(mark('group-attacked-kwt')).toHaveCSS('opacity', String(ARC_STYLE.dimOpacity));
    await app.legendKind('rupture').getByRole('checkbox').uncheck();
    await expect(app.edge('albania-severs-ties')).toHaveCount(0);
    await expect(mark('albania-severs-ties')).toHaveCount(0);
    await expect(app.panel().locator('.summary-line[data-relation="albania-severs-ties"]')).toHaveCount(0);
    await expect(app.panel()).toContainText('2 hidden by the filters');
    expect((await app.search()).get('filter')).toBe(
      'cyberattack,proxy,accusation,condemnation,denial,support,response,claim',
    );
    // Alleged claims off: the dashed attack edges go, stated ones stay.
    await page.getByRole('checkbox', { name: 'Alleged' }).uncheck();
    await expect(app.edge('iran-attacks-albania')).toHaveCount(0);
    await expect(app.edge('albania-accuses-iran')).toHaveCount(1);
    expect((await app.search()).get('claims')).toBe('stated');
    await app.screenshot('explore-filtered');
    await page.getByRole('button', { name: 'Show all relations' }).click();
    await expect(app.edge('albania-severs-ties')).toHaveCount(1);
    expect((await app.search()).get('filter')).toBeNull();
    app.expectClean();
  });

  test('reading mode: the whole article, and a sentence shows what it evidences', async ({ page }) => {
    const app = new StoryPage(page);
    await app.open();
    await app.waitForMap();
    await app.panel().getByRole('button', { name: 'Read the article' }).click();
    expect((await app.search()).get('view')).toBe('article');
    await expect(app.panel().locator('.article-line')).toHaveCount(18);
    const text = await app
      .panel()
      .locator('.article-text')
      .evaluate((el) => {
        // The sentences of each line, joined, are the article (line numbers aside).
        return [...el.querySelectorAll('.article-line')]
          .map((l) => [...l.querySelectorAll('.sentence')].map((s) => s.textContent).join(' '))
          .join('\n');
      });
    const article = await page.evaluate(
      async () => ((await (await fetch('data/story.json')).json()) as { article: string }).article,
    );
    expect(text).toBe(article);
    await expect(app.panel().locator('.reader-mention[data-entity="ALB"]').first()).toBeVisible();
    await app.panel().locator('.sentence[data-passage="p12"]').click();
    await expect(app.panel()).toContainText('It evidences (1)');
    await expect(app.panel().locator('.relation-card[data-relation="iran-condemns-expulsion"]')).toBeVisible();
    await expect(page.locator('.node[data-node="IRN"]')).not.toHaveAttribute('data-dimmed');
    await expect(page.locator('.node[data-node="KWT"]')).toHaveAttribute('data-dimmed', 'true');
    const params = await app.search();
    expect(params.get('passage')).toBe('p12');
    expect(params.get('view')).toBe('article');
    await app.screenshot('explore-reading');
    app.expectClean();
  });

  test('the address round-trips: open with ?focus=IRN, select another, reload, same state', async ({ page }) => {
    const app = new StoryPage(page);
    await app.open('focus=irn');
    await app.waitForMap();
    await expect(app.panelTitle()).toContainText('Iran');
    await app.label('ALB').click();
    await expect(app.panelTitle()).toContainText('Albania');
    await app.legendKind('claim').getByRole('checkbox').uncheck();
    const before = (await app.search()).toString();
    expect(before).toContain('focus=ALB');
    await page.reload();
    await app.waitForMap();
    await expect(app.panelTitle()).toContainText('Albania');
    await expect(app.legendKind('claim').getByRole('checkbox')).not.toBeChecked();
    expect((await app.search()).toString()).toBe(before);
    app.expectClean();
  });

  test('bad values in the address are ignored with a short notice, and the page still works', async ({ page }) => {
    const app = new StoryPage(page);
    await app.open('focus=XYZ&relation=nope&filter=cyberattack,bogus&view=globe&utm_source=paper');
    await app.waitForMap();
    const notice = page.getByTestId('notice');
    await expect(notice).toContainText('Ignored in the address: relation=nope; focus=XYZ; filter=bogus; view=globe.');
    await expect(app.legendKind('cyberattack').getByRole('checkbox')).toBeChecked();
    await expect(app.legendKind('rupture').getByRole('checkbox')).not.toBeChecked();
    await notice.getByRole('button').click();
    await expect(notice).toHaveCount(0);
    await app.label('IRN').click();
    await expect(app.panelTitle()).toContainText('Iran');
    expect((await app.search()).get('utm_source')).toBe('paper');
    app.expectClean();
  });
});
