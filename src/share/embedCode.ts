import type { Lang } from '../i18n/lang.ts';
import { INITIAL_VIEW, type ViewState } from '../state/viewState.ts';
import type { ThemeName } from '../theme/palette.ts';
import { searchForState } from '../url/urlState.ts';

/** What an embedded map opens on: the view as it is now, the overview, or the story's first step. */
export type OpensOn = 'view' | 'overview' | 'story';

/** The choices of the embed dialog. */
export interface EmbedOptions {
  readonly opensOn: OpensOn;
  /** `auto`: the frame takes its content's height (with our host script); else a fixed height in px. */
  readonly height: 'auto' | number;
  readonly theme: ThemeName;
  readonly lang: Lang;
}

/** A fixed height is held between what shows a usable map and what any page would want. */
export const FIXED_HEIGHT = { min: 240, max: 2000, start: 520 } as const;

/** The frame's height before our script sizes it (readers without scripts keep this one). */
const AUTO_START_HEIGHT = 520;

/** The view an embed opens on. Autoplay and notices are the reader's own, never carried over. */
export function embedView(view: ViewState, options: Pick<EmbedOptions, 'opensOn' | 'theme' | 'lang'>): ViewState {
  const base = options.opensOn === 'view' ? view : { ...INITIAL_VIEW, step: options.opensOn === 'story' ? 0 : null };
  return { ...base, playing: false, notice: null, theme: options.theme, lang: options.lang, embed: true };
}

/** The address of a view of the app at `appUrl` (its page, without query), for the standalone app
 * (`embed` false) or a frame. */
export function viewUrl(appUrl: string, view: ViewState, storyParam: string | null): string {
  return `${appUrl}${searchForState(view, '', storyParam)}`;
}

/** Text made safe inside an HTML attribute or element: nothing in it can open or close markup. */
export function escapeHtml(text: string): string {
  return text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;').replace(/'/gu, '&#39;');
}

/** What the snippet needs besides the options. */
export interface SnippetInput {
  /** The frame's address (with `embed=1`). */
  readonly src: string;
  /** The standalone app's address for the same view: the link for readers without frames. */
  readonly link: string;
  /** The frame's accessible name, and the link's text. */
  readonly title: string;
  /** Our host script's address (public/embed.js), for auto-height. */
  readonly script: string;
  readonly height: 'auto' | number;
}

/**
 * The HTML a publisher pastes: an iframe with a title (its name for screen readers), lazy loading,
 * fullscreen allowed (story mode's button), and a plain link inside for readers without frames;
 * with auto-height, our host script after it. Every value is escaped.
 */
export function embedSnippet(input: SnippetInput): string {
  const height = input.height === 'auto' ? AUTO_START_HEIGHT : Math.round(Math.min(FIXED_HEIGHT.max, Math.max(FIXED_HEIGHT.min, input.height)));
  const iframe =
    `<iframe data-urdu-story-map src="${escapeHtml(input.src)}" title="${escapeHtml(input.title)}" width="100%" height="${height}"` +
    ` style="border:0;width:100%;max-width:100%" loading="lazy" allow="fullscreen">` +
    `<a href="${escapeHtml(input.link)}">${escapeHtml(input.title)}: open the interactive map</a></iframe>`;
  return input.height === 'auto' ? `${iframe}\n<script src="${escapeHtml(input.script)}" async></script>` : iframe;
}
