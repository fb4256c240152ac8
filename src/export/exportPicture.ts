import { messagesFor } from '../i18n/messages.ts';
import type { MapHandle } from '../map/mapSnapshot.ts';
import type { Relation, Story } from '../story/types.ts';
import { mapPalette, type ThemeName } from '../theme/palette.ts';
import { FONT, tokenProperty } from '../theme/tokens.ts';
import { drawFigure } from './drawFigure.ts';
import { downloadPng } from './downloadPng.ts';
import { figureKey } from './figureKey.ts';
import { figureText, type FigureView } from './figureText.ts';

/** Device pixels per CSS px of the exported picture: sharp in print and on a projector. */
export const EXPORT_RATIO = 2;

/** What the export reads: the map as drawn, and the view it shows. */
export interface PictureRequest {
  readonly map: MapHandle;
  readonly story: Story;
  /** The relations drawn now (the filters and the story's step applied). */
  readonly drawn: readonly Relation[];
  readonly view: FigureView;
  readonly theme: ThemeName;
  /** The app's root, whose custom properties hold the theme's colours. */
  readonly root: HTMLElement;
  /** The file's name, without `.png`. */
  readonly name: string;
}

/** Draws the picture of the current view and saves it as `<name>.png`. Rejects, with a sentence
 * for the reader, when there is no map to draw yet or the browser cannot draw it. */
export async function exportPicture(request: PictureRequest): Promise<void> {
  const { story, view, theme, root } = request;
  const text = figureText(story, view);
  // The title is drawn in both scripts: make sure both fonts are in before the canvas uses them.
  await Promise.all([
    document.fonts.load(`22px ${FONT.urdu}`, story.meta.title.ur),
    document.fonts.load(`22px ${FONT.latin}`, story.meta.title.en),
  ]);
  const map = await request.map.snapshot(EXPORT_RATIO);
  if (!map) throw new Error(messagesFor(view.lang).share.notDrawn);
  const style = getComputedStyle(root);
  const color = (name: string) => style.getPropertyValue(tokenProperty('color', name)).trim();
  const palette = mapPalette(theme);
  const canvas = drawFigure({
    map,
    text,
    key: figureKey(
      story,
      request.drawn,
      { kinds: palette.kinds, claimLine: color('claimLine'), actorFill: color('actorFill') },
      view.lang,
    ),
    colors: {
      paper: color('paper'),
      ink: color('ink'),
      inkMuted: color('inkMuted'),
      border: color('border'),
      actorOutline: color('actorOutline'),
    },
    fonts: { latin: FONT.latin, urdu: FONT.urdu },
    pixelRatio: EXPORT_RATIO,
  });
  await downloadPng(canvas, `${request.name}.png`);
}

/** The file name of a view's picture: the story, then what it shows (`…-step-3`, `…-IRN`). */
export function pictureName(slug: string, view: Pick<FigureView, 'selection' | 'step'>): string {
  const part = view.selection ? `-${view.selection.id}` : view.step !== null ? `-step-${view.step + 1}` : '';
  return `${slug}${part}`.replace(/[^\p{L}\p{N}_-]+/gu, '-');
}
