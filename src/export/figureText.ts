import type { Lang } from '../i18n/lang.ts';
import type { Selection } from '../state/viewState.ts';
import { relationLabel } from '../story/describe.ts';
import { KIND_LABELS } from '../story/relationKinds.ts';
import type { Story } from '../story/types.ts';

/** The words around an exported map: what it is, what it shows now, and where it comes from. */
export interface FigureText {
  /** The story's title in the reader's language. */
  readonly title: string;
  readonly titleLang: Lang;
  /** The title in the other language, smaller, under it. */
  readonly subtitle: string;
  readonly subtitleLang: Lang;
  /** What the view shows (a step, a selection); null for the overview. */
  readonly caption: string | null;
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
  const other: Lang = view.lang === 'en' ? 'ur' : 'en';
  const { selection, step } = view;
  let caption: string | null = null;
  if (selection?.kind === 'entity') caption = story.entities.find((e) => e.id === selection.id)?.names.en ?? null;
  else if (selection?.kind === 'relation') {
    const r = story.relations.find((x) => x.id === selection.id);
    caption = r ? `${relationLabel(story, r)}${r.alleged ? ' (alleged)' : ''}` : null;
  } else if (selection?.kind === 'relation-kind') caption = `All relations: ${KIND_LABELS[selection.id]}`;
  else if (selection?.kind === 'passage') caption = `The relations behind one passage of the article`;
  if (step !== null && selection === null) caption = `Step ${step + 1} of ${story.steps.length}: ${story.steps[step]?.title.en ?? ''}`;
  return {
    title: story.meta.title[view.lang],
    titleLang: view.lang,
    subtitle: story.meta.title[other],
    subtitleLang: other,
    caption,
    source: `Source: ${story.meta.source.en}. Place names in Urdu are the article's; English names and labels are our translation. Dashed arrows are claims the article reports as alleged. Map: Natural Earth. Interactive map with the evidence: ${view.link}`,
  };
}
