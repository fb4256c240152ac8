import { expect, test } from '@playwright/test';
import { StoryPage, reviewShot } from './driver.ts';
import { ORIGIN } from './origin.ts';
import { downloadPicture, pictureDifference, pictureStats } from './picture.ts';

// The share, embed and download dialog: the link and the embed code for the view, copied where the
// clipboard is allowed and selected for the reader where it is not, and a PNG of the view.

test('the share dialog gives the view’s link and embed code, copies them (or selects them where the clipboard is refused), and closes back to the same view', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: ORIGIN });
  const app = new StoryPage(page);
  await app.open('focus=IRN');
  await app.waitForMap();
  const opener = page.getByRole('button', { name: 'Share / Embed' });
  await opener.click();
  const dialog = page.getByRole('dialog', { name: 'Share, embed or download' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('textbox', { name: 'Link to this view' })).toHaveValue(`${ORIGIN}/?focus=IRN`);
  await dialog.getByRole('button', { name: 'Copy link' }).click();
  await expect(dialog.getByRole('status')).toHaveText('Link copied.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${ORIGIN}/?focus=IRN`);

  // The options rewrite the code at once.
  const code = dialog.getByRole('textbox', { name: 'Embed code' });
  // By default as tall as 1.2 times its width, in its address and in CSS, with our script to set it.
  await expect(code).toHaveValue(/src="http:\/\/127\.0\.0\.1:\d+\/\?focus=IRN&amp;embed=1&amp;aspect=1\.2"/u);
  await expect(code).toHaveValue(/aspect-ratio:1\/1\.2/u);
  await expect(code).toHaveValue(/<script src="http:\/\/127\.0\.0\.1:\d+\/embed\.js" async><\/script>$/u);
  await dialog.getByRole('radio', { name: 'Dark' }).check();
  await dialog.getByRole('radio', { name: 'اردو' }).check();
  await dialog.getByRole('radio', { name: 'The story, step 1' }).check();
  await expect(code).toHaveValue(/\?step=1&amp;theme=dark&amp;lang=ur&amp;embed=1&amp;aspect=1\.2"/u);
  await dialog.getByRole('spinbutton', { name: 'Fixed height in pixels' }).fill('450');
  await expect(dialog.getByRole('radio', { name: /Fixed/u })).toBeChecked();
  await expect(code).toHaveValue(/height="450"/u);
  await expect(code).toHaveValue(/embed=1&amp;height=450"/u);
  await expect(code).not.toHaveValue(/<script/u);
  await reviewShot(page, 'share-dialog');

  // Where the clipboard is refused (a frame without the permission, a denied prompt), the code is
  // selected for the reader instead, with a message saying how to copy it.
  await page.evaluate(() => {
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError')) },
    });
  });
  await dialog.getByRole('button', { name: 'Copy embed code' }).click();
  await expect(dialog.getByRole('status')).toContainText('press Ctrl+C');
  const selected = await page.evaluate(() => {
    const el = document.activeElement as HTMLTextAreaElement;
    return { all: el.value, selected: el.value.slice(el.selectionStart, el.selectionEnd) };
  });
  expect(selected.selected).toBe(selected.all);
  expect(selected.all).toContain('<iframe data-urdu-story-map');

  // Keys typed in the dialog are its own: → does not start the story under it.
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('.app[data-story]')).toHaveAttribute('data-mode', 'explore');
  // Escape closes the dialog only: the selection under it stays, and focus goes back to the opener.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(app.panelTitle()).toContainText('Iran');
  await expect(opener).toBeFocused();
  app.expectClean();
});

for (const v of [
  { query: 'focus=IRN', width: 1280, height: 800, name: 'export-IRN-1280x800' },
  { query: 'step=4&theme=dark&lang=ur', width: 390, height: 844, name: 'export-step-4-dark-390x844' },
]) {
  test(`Download PNG at ${v.width}x${v.height} (${v.query}): twice the size, the map with its labels, the key and the source, never blank`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: v.width, height: v.height });
    const app = new StoryPage(page);
    await app.open(v.query);
    await app.waitForMap();
    const map = await page.locator('.map-view').boundingBox();
    if (!map) throw new Error('no map');
    const picture = await downloadPicture(page, v.name);
    // Twice the map's width plus the margins (480 px at least), and taller than the map at 2x: the
    // title above it and the key and source below.
    expect(picture.width).toBe(2 * Math.max(480, Math.round(map.width) + 32));
    expect(picture.height).toBeGreaterThan(2 * map.height + 2 * 120);
    const stats = await pictureStats(page, picture);
    expect(stats.colours, 'colours in the picture').toBeGreaterThan(100);
    expect(stats.middleColours, 'colours across the map').toBeGreaterThan(40);
    expect(stats.inked, 'share of pixels not the ground').toBeGreaterThan(0.3);
    // The map fills the middle of the picture: only its side margins are bare ground there.
    expect(stats.middleBare, 'share of the map band left bare').toBeLessThan(0.3);
    // The arcs' kind marks (DOM over the canvas) are in the picture: hidden, it is another one.
    // The dialog closed as its own Close would (Escape here would also clear the selection).
    await page.evaluate(() => {
      document.querySelector<HTMLDialogElement>('dialog.share-dialog')?.close();
      document.querySelector<SVGElement>('.arc-marks')?.style.setProperty('visibility', 'hidden');
    });
    const unmarked = await downloadPicture(page, `${v.name}-unmarked`);
    expect(await pictureDifference(page, picture, unmarked), 'share of the picture the marks make').toBeGreaterThan(
      0.0005,
    );
    app.expectClean();
  });
}
