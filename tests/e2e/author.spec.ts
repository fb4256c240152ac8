import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipFiles } from '../../src/lib/zip.ts';
import { StoryPage, reviewShot } from './driver.ts';

// Author mode, as a journalist uses it: the student-exchange fixture built again from its raw text
// with the keyboard and the mouse, exported, checked by `npm run story:check`, opened with `?story=`,
// and opened again in author mode to edit.

const SLUG = 'test-fixture-student-exchange';
const FIXTURE_DIR = join('stories', SLUG);
const ARTICLE = readFileSync(join(FIXTURE_DIR, 'article.ur.txt'), 'utf8');
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Selects words in the article the way a keyboard user does: types them into the find box, Enter. */
async function selectWords(page: Page, words: string): Promise<void> {
  const find = page.getByLabel('Find words to select');
  await find.fill(words);
  await find.press('Enter');
  await expect(page.getByTestId('author-selection')).toContainText(words);
}

async function expectNoViolations(page: Page, where: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG).exclude('.author-preview-frame').analyze();
  expect(
    violations.map(
      (v) =>
        `${v.id}: ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(' | ')}`,
    ),
    where,
  ).toEqual([]);
}

test('author mode builds the student-exchange fixture from its raw text; the export passes the checker, opens with ?story= and opens again to edit', async ({
  page,
}) => {
  test.setTimeout(150_000);
  const app = new StoryPage(page);
  await app.open('author=1');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Make a story from an article');

  // 1. Paste the article and start: the gazetteer's places and the sentences.
  await page.getByLabel('Paste the Urdu article').fill(ARTICLE);
  await page.getByLabel('Package name').fill(SLUG);
  await page.getByRole('button', { name: 'Find places and sentences' }).click();
  await expect(page.getByRole('heading', { name: /Sentences/u })).toContainText('6 sentences');
  const places = page.locator('.author-card[id^="author-entity-"]');
  await expect(places).toHaveCount(4);
  await expect(places).toContainText(['Malaysia', 'Indonesia', 'Japan', 'Kuala Lumpur']);
  await expect(page.getByTestId('author-problems')).toContainText('no relations yet');

  // 2. The ministry the gazetteer cannot know: selected in the text, added as an organisation of Indonesia.
  await selectWords(page, 'انڈونیشیا کی وزارت تعلیم');
  await page.getByLabel('It is').selectOption('organisation');
  await page.getByLabel('English name').fill("Indonesia's ministry of education");
  await page.getByLabel('Speaks or stands for').selectOption('IDN');
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(places).toHaveCount(5);

  // 3. The suggestion from line 2, accepted; its wording widened to the whole phrase by selecting it.
  const suggestion = page.locator('.author-suggestion[data-suggestion="p2-agrees-with-MYS-IDN"]');
  await expect(suggestion).toContainText('Malaysia → Indonesia: Agrees with (p2)');
  await suggestion.getByRole('button', { name: 'Accept' }).click();
  const agrees = page.locator('.author-card[data-relation="mys-agrees-with-idn"]');
  await expect(agrees).toBeVisible();
  await selectWords(page, 'طلبہ کے تبادلے کے ایک پروگرام پر اتفاق کیا');
  await agrees.getByRole('button', { name: 'Use the selected words' }).click();
  await expect(agrees.locator('output')).toHaveText('طلبہ کے تبادلے کے ایک پروگرام پر اتفاق کیا');
  await agrees.getByLabel('Our English wording of the arrow').fill('agrees on a student exchange programme with');
  for (const p of ['p3', 'p5'])
    await agrees.getByRole('group', { name: 'Other sentences that add detail' }).getByLabel(p, { exact: true }).check();

  // 4. Japan's welcome, made by hand from the selected words: its ends and type chosen, and the
  // reason its sentence refers to Malaysia without naming it.
  await selectWords(page, 'اس پروگرام کا خیر مقدم کیا');
  await page.getByRole('button', { name: 'New relation' }).click();
  const welcome = page.locator('.author-card[data-relation]').nth(1);
  await welcome.getByLabel('From').selectOption('JPN');
  await welcome.getByLabel('To', { exact: true }).selectOption('MYS');
  await welcome.getByLabel('Type').selectOption('welcomes');
  await expect(welcome.getByLabel('Evidence sentence')).toHaveValue('p4a');
  await welcome.getByLabel('The sentence that names it').selectOption('p2');
  await welcome
    .getByLabel('Why the reference is clear')
    .fill('"This programme" is the one Malaysia and Indonesia agreed on.');
  await welcome.getByLabel('Our English wording of the arrow').fill('welcomes the exchange programme of');
  await welcome.getByRole('group', { name: 'Who says so' }).getByLabel('Japan').check();
  for (const p of ['p4b', 'p5'])
    await welcome
      .getByRole('group', { name: 'Other sentences that add detail' })
      .getByLabel(p, { exact: true })
      .check();

  // 5. Title, summary, source; a gloss for every sentence; why line 1 is in the story.
  const meta: [string, string][] = [
    ['Title (English)', 'A student exchange'],
    ['Title (Urdu)', 'طلبہ کا تبادلہ'],
    ['Summary (English)', 'Malaysia and Indonesia agree on a student exchange, and Japan welcomes it.'],
    ['Summary (Urdu)', 'ملائیشیا اور انڈونیشیا طلبہ کے تبادلے پر متفق ہوتے ہیں۔'],
    ['Source (English)', 'Written by the project as a test fixture; not news'],
    ['Source (Urdu)', 'منصوبے کا لکھا ہوا آزمائشی متن'],
  ];
  for (const [label, value] of meta) await page.getByLabel(label, { exact: true }).fill(value);
  const glosses: Record<string, string> = {
    p1: 'This short text was written to test this project and is not real news.',
    p2: 'According to a fictional announcement, Malaysia and Indonesia have agreed on a student exchange programme.',
    p3: "Indonesia's ministry of education said that in the first year two hundred students will go to Kuala Lumpur.",
    p4a: 'Japan welcomed this programme.',
    p4b: 'It said that it will provide books.',
    p5: 'Teachers from Malaysia, Indonesia, Japan and other countries will also take part in this programme.',
  };
  for (const [id, text] of Object.entries(glosses))
    await page.getByLabel(`English translation of ${id}`, { exact: true }).fill(text);
  await page
    .getByLabel('Why p1 is part of the story though it evidences no relation')
    .fill('It says the text is a test fixture, not news.');

  // 6. Two steps, put in order with the keyboard.
  for (let i = 0; i < 2; i++) await page.getByRole('button', { name: 'Add a step' }).click();
  const steps = page.locator('.author-card[data-step]');
  await steps
    .nth(0)
    .getByRole('group', { name: 'Relations it adds' })
    .getByLabel(/mys-agrees-with-idn/u)
    .check();
  await steps
    .nth(1)
    .getByRole('group', { name: 'Relations it adds' })
    .getByLabel(/jpn-welcomes-mys/u)
    .check();
  for (const [i, title] of ['Two countries agree', 'Japan welcomes it'].entries()) {
    await steps.nth(i).getByLabel('Title (English)').fill(title);
    await steps.nth(i).getByLabel('What it tells (English)').fill(`${title}.`);
    await steps.nth(i).getByLabel('What it tells (اردو)').fill('بیان');
  }
  await steps.nth(1).getByRole('button', { name: 'Move up' }).focus();
  await page.keyboard.press('Enter');
  await expect(steps.nth(0).getByLabel('Title (English)')).toHaveValue('Japan welcomes it');

  // 7. The live checker has nothing left to say; a problem links to its place.
  const problems = page.getByTestId('author-problems');
  await expect(problems).toHaveAttribute('data-errors', '0');
  await expect(problems).toContainText('No problem: the package passes the checker.');
  await steps.nth(0).getByLabel('What it tells (اردو)').fill('');
  await problems.getByRole('button', { name: /steps\[0\]\.text\.ur/u }).click();
  await expect(steps.nth(0)).toBeFocused();
  await steps.nth(0).getByLabel('What it tells (اردو)').fill('جاپان خیر مقدم کرتا ہے');
  await expect(problems).toHaveAttribute('data-errors', '0');

  // 8. The preview is the app itself with the draft: its title, its places, its relations.
  const preview = page.frameLocator('.author-preview-frame');
  await expect(preview.locator('.app-header h1')).toContainText('A student exchange');
  await expect(preview.locator('.node[data-node="JPN"] .node-label')).toBeVisible();
  await expectNoViolations(page, 'author mode, English');
  await reviewShot(page, 'author-en');

  // 9. Saved as it goes: a reload finds the draft.
  await page.reload();
  await expect(page.locator('#author-meta-title-en')).toHaveValue('A student exchange');
  await expect(page.getByTestId('author-saved')).toHaveText('Saved in this browser');

  // 10. Exported: a package folder the command-line checker passes.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export package (.zip)' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`${SLUG}.zip`);
  const zip = new Uint8Array(readFileSync(await download.path()));
  const files = await unzipFiles(zip);
  expect(files.map((f) => f.name).sort()).toEqual([`${SLUG}/article.ur.txt`, `${SLUG}/story.json`]);
  const dir = mkdtempSync(join(tmpdir(), 'author-export-'));
  mkdirSync(join(dir, SLUG));
  for (const f of files) writeFileSync(join(dir, f.name), f.data);
  expect(readFileSync(join(dir, SLUG, 'article.ur.txt'), 'utf8')).toBe(ARTICLE);
  const check = spawnSync('npx', ['tsx', 'scripts/storyCheck.ts', '--dir', dir, SLUG], { encoding: 'utf8' });
  expect(check.stdout).toContain(`${SLUG}: ok (0 errors`);
  expect(check.status, check.stdout + check.stderr).toBe(0);

  // 11. It opens with ?story=: the exported files served where the build serves this slug's package.
  const exported = { json: readFileSync(join(dir, SLUG, 'story.json'), 'utf8'), article: ARTICLE };
  const fixtureJson = readFileSync(join(FIXTURE_DIR, 'story.json'), 'utf8');
  const reader = new StoryPage(await page.context().newPage());
  await reader.page.route(/\/assets\/story-[^/]*\.json$/u, async (route) => {
    const original = await route.fetch();
    const body = await original.text();
    await route.fulfill({ response: original, body: body === fixtureJson ? exported.json : body });
  });
  await reader.open(`story=${SLUG}&focus=JPN`);
  await reader.waitForMap();
  await expect(reader.page.locator('.app-header h1')).toContainText('A student exchange');
  await expect(reader.panel().locator('.summary-line[data-relation="jpn-welcomes-mys"]')).toContainText(
    'Japan → Malaysia',
  );
  await expect(reader.evidenceItem('p4a').locator('.wording')).toHaveText('اس پروگرام کا خیر مقدم کیا');
  reader.expectClean();
  await reader.page.close();

  // 12. Opened again in author mode, to edit: everything is there.
  page.once('dialog', (d) => void d.accept());
  await page.getByRole('button', { name: 'Start another article' }).click();
  await expect(page.getByLabel('Paste the Urdu article')).toHaveValue('');
  await page
    .locator('input[type="file"]')
    .setInputFiles({ name: `${SLUG}.zip`, mimeType: 'application/zip', buffer: Buffer.from(zip) });
  await expect(page.locator('#author-meta-title-en')).toHaveValue('A student exchange');
  await expect(page.locator('.author-card[data-relation]')).toHaveCount(2);
  await expect(problems).toHaveAttribute('data-errors', '0');

  // The editor in Urdu: mirrored, and still clean for axe.
  await page.getByRole('button', { name: 'اردو' }).click();
  await expect(page.locator('.app.author')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('خبر سے کہانی بنائیں');
  await expectNoViolations(page, 'author mode, Urdu');
  app.expectClean();
});

test('author mode says so when the browser keeps no data, and keeps working', async ({ page }) => {
  // A browser (or a frame) without storage: IndexedDB throws on open.
  await page.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', { get: () => undefined });
  });
  const app = new StoryPage(page);
  await app.open('author=1');
  await page.getByLabel('Paste the Urdu article').fill(ARTICLE);
  await page.getByRole('button', { name: 'Find places and sentences' }).click();
  await expect(page.getByTestId('author-saved')).toContainText('Not saved');
  await expect(page.locator('.author-card[id^="author-entity-"]')).toHaveCount(4);
  // A file that is not a package is refused with its reason, and the draft stays.
  await page
    .locator('input[type="file"]')
    .setInputFiles({ name: 'notes.zip', mimeType: 'application/zip', buffer: Buffer.from('not a zip') });
  await expect(page.getByRole('alert')).toContainText('That file could not be opened: not a zip file.');
  await expect(page.locator('.author-card[id^="author-entity-"]')).toHaveCount(4);
  app.expectClean();
});
