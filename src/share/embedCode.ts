import type { Lang } from '../i18n/lang.ts';
import { INITIAL_VIEW, type ViewState } from '../state/viewState.ts';
import type { ThemeName } from '../theme/palette.ts';
import type { RelationKind } from '../story/relationKinds.ts';
import { EMBED_FIT_LIMITS, searchForState } from '../url/urlState.ts';
import { EMBED_ASPECT } from '../embed/embedHeight.ts';

/** What an embedded map opens on: the view as it is now, the overview, or the story's first step. */
export type OpensOn = 'view' | 'overview' | 'story';

/** The choices of the embed dialog. */
export interface EmbedOptions {
  readonly opensOn: OpensOn;
  /** `aspect`: the frame is 1.2 times as tall as it is wide (EMBED_ASPECT), whatever it shows; else a
   * fixed height in px. Either way one height per width: never its content's. */
  readonly height: 'aspect' | number;
  readonly theme: ThemeName;
  readonly lang: Lang;
}

/** A fixed height is held between what shows a usable map and what any page would want (the
 * heights the address takes), and starts at a laptop's reading height. */
export const FIXED_HEIGHT = { ...EMBED_FIT_LIMITS.height, start: 520 } as const;

/** The frame's height before our script sizes it, where a browser cannot size it by its width. */
const ASPECT_START_HEIGHT = 520;

const heldHeight = (height: number) => Math.round(Math.min(FIXED_HEIGHT.max, Math.max(FIXED_HEIGHT.min, height)));

/** The view an embed opens on, at the height chosen. Autoplay and notices are the reader's own,
 * never carried over. */
export function embedView(
  view: ViewState,
  options: Pick<EmbedOptions, 'opensOn' | 'theme' | 'lang'> & Partial<Pick<EmbedOptions, 'height'>>,
): ViewState {
  const base = options.opensOn === 'view' ? view : { ...INITIAL_VIEW, step: options.opensOn === 'story' ? 0 : null };
  const { height = 'aspect' } = options;
  const embedFit =
    height === 'aspect'
      ? ({ kind: 'aspect', ratio: EMBED_ASPECT } as const)
      : ({ kind: 'fixed', height: heldHeight(height) } as const);
  return { ...base, playing: false, notice: null, theme: options.theme, lang: options.lang, embed: true, embedFit };
}

/** The address of a view of the app at `appUrl` (its page, without query), for the standalone app
 * (`embed` false) or a frame. */
export function viewUrl(
  appUrl: string,
  view: ViewState,
  storyParam: string | null,
  storyKinds?: readonly RelationKind[],
): string {
  return `${appUrl}${searchForState(view, '', storyParam, storyKinds)}`;
}

/** Text made safe inside an HTML attribute or element: nothing in it can open or close markup. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/gu, '&amp;')
    .replace(/</gu, '&lt;')
    .replace(/>/gu, '&gt;')
    .replace(/"/gu, '&quot;')
    .replace(/'/gu, '&#39;');
}

/** What the snippet needs besides the options. */
export interface SnippetInput {
  /** The frame's address (with `embed=1`). */
  readonly src: string;
  /** The standalone app's address for the same view: the link for readers without frames. */
  readonly link: string;
  /** The frame's accessible name, and the link's text. */
  readonly title: string;
  /** Our host script's address (public/embed.js), which sets a frame sized by its width to the
   * height the map posts. */
  readonly script: string;
  readonly height: 'aspect' | number;
}

/**
 * The HTML a publisher pastes: an iframe with a title (its name for screen readers), lazy loading,
 * fullscreen allowed (story mode's button), and a plain link inside for readers without frames.
 * A fixed height is the frame's own (no script needed). A frame sized by its width says so in CSS
 * (`aspect-ratio`, so it is right before any script runs), with our host script after it, which sets
 * the exact height the map posts. Every value is escaped.
 */
export function embedSnippet(input: SnippetInput): string {
  const fixed = input.height === 'aspect' ? null : heldHeight(input.height);
  const size = fixed === null ? `height:auto;aspect-ratio:1/${EMBED_ASPECT}` : `height:${fixed}px`;
  const iframe =
    `<iframe data-urdu-story-map src="${escapeHtml(input.src)}" title="${escapeHtml(input.title)}" width="100%" height="${fixed ?? ASPECT_START_HEIGHT}"` +
    ` style="border:0;width:100%;max-width:100%;${size}" loading="lazy" allow="fullscreen">` +
    `<a href="${escapeHtml(input.link)}">${escapeHtml(input.title)}: open the interactive map</a></iframe>`;
  return fixed === null ? `${iframe}\n<script src="${escapeHtml(input.script)}" async></script>` : iframe;
}
