import type { Lang } from '../i18n/lang.ts';
import type { Selection } from '../state/viewState.ts';
import { relationLabel } from '../wording/describe.ts';
import { kindLabel } from '../wording/relationWords.ts';
import { messagesFor } from '../i18n/messages.ts';
import type { Story } from '../story/types.ts';

/** The words around an exported map: what it is, what it shows now, and where it comes from. */
export interface FigureText {
  /** The story's title in the reader's language. */
  readonly title: string;
  readonly titleLang: Lang;
  /** The title in the other language, smaller, under it. */
  readonly subtitle: string;
  readonly subtitleLang: Lang;
  /** What the view shows (a step, a selection); null for the overview. In the view's language. */
  readonly caption: string | null;
  /** The language of the caption and the source line (the reader's). */
  readonly lang: Lang;
  /** The source line: the article, what is ours, the map data, and the interactive view's address. */
  readonly source: string;
}

/** The view an exported picture is of. */
export interface FigureView {
  readonly selection: Selection;
  readonly step: number | null;
  readonly lang: Lang;
  /** The address of the same view in the app, printed so the picture leads back to the evidence. */
  readonly link: string;
}

/** What an exported picture says about itself, in plain words (pure: the unit tests read it). */
export function figureText(story: Story, view: FigureView): FigureText {
  const { lang } = view;
  const t = messagesFor(lang);
  const other: Lang = lang === 'en' ? 'ur' : 'en';
  const { selection, step } = view;
  let caption: string | null = null;
  if (selection?.kind === 'entity') caption = story.entities.find((e) => e.id === selection.id)?.names[lang] ?? null;
  else if (selection?.kind === 'relation') {
    const r = story.relations.find((x) => x.id === selection.id);
    caption = r ? `${relationLabel(story, r, lang)}${r.alleged ? t.figure.allegedMark : ''}` : null;
  } else if (selection?.kind === 'relation-kind') caption = t.figure.allOfKind(kindLabel(selection.id, lang));
  else if (selection?.kind === 'passage') caption = t.figure.passage;
  if (step !== null && selection === null)
    caption = t.announce.step(step + 1, story.steps.length, story.steps[step]?.title[lang] ?? '');
  return {
    title: story.meta.title[view.lang],
    titleLang: view.lang,
    subtitle: story.meta.title[other],
    subtitleLang: other,
    caption,
    lang,
    source: t.figure.source(story.meta.source[lang], view.link),
  };
}
