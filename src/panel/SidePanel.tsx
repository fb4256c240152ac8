import './panel.css';
import { Suspense, useCallback, useEffect, useMemo, useRef } from 'react';
import { lazyPart } from '../app/lazyPart.ts';
import { AreaBoundary } from '../app/AreaBoundary.tsx';
import { focusAmong, mapEntityFor, type Focus } from '../state/focus.ts';
import { countryRoles } from '../story/roles.ts';
import { nameIn, relationLabel } from '../wording/describe.ts';
import { openDataPaths } from '../story/openData.ts';
import type { StoryQuestion } from '../story/package/schema.ts';
import { sentencesOf } from '../story/passageRefs.ts';
import { kindLabel } from '../wording/relationWords.ts';
import type { Messages } from '../i18n/messages.ts';
import { useMessages } from '../i18n/useMessages.ts';
import { markOnce, PERF } from '../lib/perfMarks.ts';
import type { EntityId, PassageId } from '../story/types.ts';
import type { PanelMode } from '../state/viewState.ts';
import { ArticleReader } from './ArticleReader.tsx';
import { EntityPanel } from './EntityPanel.tsx';
import { KindPanel } from './KindPanel.tsx';
import { Overview } from './Overview.tsx';
import type { Lang } from '../i18n/lang.ts';
import type { PanelContext } from './panelProps.ts';
import { PassagePanel } from './PassagePanel.tsx';
import { RelationPanel } from './RelationPanel.tsx';

// A story step's panel loads with story mode, not with the first view.
const StepPanel = lazyPart(
  () => import('../presentation/StepPanel.tsx'),
  (m) => m.StepPanel,
);

interface Props extends Omit<PanelContext, 'question' | 'roles'> {
  /** The id of the start question the selection was opened by, or null. */
  readonly question: string | null;
  /** The reader's place among the selection's sentences (reading mode). */
  readonly readingAt: PassageId | null;
  readonly mode: PanelMode;
  readonly onMode: (mode: PanelMode) => void;
  readonly onAsk: (question: StoryQuestion) => void;
  readonly onReadAt: (passage: PassageId) => void;
  readonly onShowAll: () => void;
  /** Story mode's step (0-based), or null when exploring. */
  readonly step: number | null;
  /** What the map emphasises now: a step's places are marked in its quotes. */
  readonly focus: Focus | null;
  /** The choice was made on the map with the keyboard: focus goes to the heading that names it. */
  readonly focusHeading: boolean;
}

/** One sentence saying what the panel shows, for the live region. */
function announce(
  { story, selection, mode, step }: Props,
  lang: Lang,
  question: StoryQuestion | null,
  t: Messages,
): string {
  const say = t.announce;
  if (!selection && step !== null && mode === 'evidence')
    return say.step(step + 1, story.steps.length, story.steps[step]?.title[lang] ?? '');
  if (!selection) return mode === 'article' ? say.article : say.overview;
  if (question) return say.answering(question.label[lang]);
  switch (selection.kind) {
    case 'entity':
      return say.entity(nameIn(story, selection.id, lang));
    case 'relation': {
      const r = story.relations.find((x) => x.id === selection.id);
      return r ? say.relation(relationLabel(story, r, lang)) : '';
    }
    case 'passage': {
      const line = sentencesOf(story, selection.id)[0]?.line;
      return say.line(line === undefined ? '' : t.number(line));
    }
    case 'relation-kind':
      return say.kind(kindLabel(selection.id, lang));
  }
}

/** The side panel: the evidence for the selection, or the whole article to read. */
export function SidePanel(props: Props) {
  const { story, visible, selection, mode, onMode } = props;
  // The language has one source, the messages context: the story's own texts follow it too.
  const { lang, t } = useMessages();
  const question = story.meta.questions.find((q) => q.id === props.question) ?? null;
  const roles = useMemo(() => countryRoles(story), [story]);
  const context = { ...props, question, roles };
  // A place the article names by a person or body is coloured in the text as the country it stands for.
  const mapEntityOf = useCallback((id: EntityId) => mapEntityFor(story, id), [story]);
  // In reading mode a country, an edge or a kind is followed through the text: the reader steps
  // through the sentences the map's focus names (a chosen sentence is shown above the text instead).
  const following = mode === 'article' && selection !== null && selection.kind !== 'passage';
  const followFocus = following ? focusAmong(story, selection, visible) : null;
  const follow = followFocus ? story.passages.filter((p) => followFocus.passages.has(p.id)).map((p) => p.id) : null;
  // A new selection starts at the top of its evidence, not wherever the last one was scrolled to;
  // a followed one is scrolled to its sentence by the reader instead.
  const scrollRef = useRef<HTMLDivElement>(null);
  // Whether the panel is scrolled at all, as its scroll events last said: asking the element itself
  // after a choice would lay out the new panel there and then (scrollTop and scrollTo both force it),
  // and the frame would lay it out again.
  const scrolled = useRef(false);
  const key = `${selection?.kind ?? ''}:${selection?.id ?? ''}:${mode}:${props.step ?? ''}`;
  const mounted = useRef(false);
  const { focusHeading } = props;
  useEffect(() => {
    if (!following && scrolled.current) scrollRef.current?.scrollTo({ top: 0 });
    // The panel alone moves focus to its heading, in two cases. A choice made on the map with the
    // keyboard: a screen reader hears what was chosen, and Escape brings focus back to the map (see
    // useEscapeBack); the panel has already put what matters in view, so focusing does not scroll.
    // And a choice in the panel (a relation line, a sentence of the article, the close button) that
    // replaced the element that had focus: focus goes to the new heading instead of the page.
    // Not on the first render: a page opened on a selection leaves focus where the browser puts it.
    const dropped = document.activeElement === null || document.activeElement === document.body;
    if (focusHeading || (mounted.current && dropped)) {
      scrollRef.current?.querySelector<HTMLElement>('h2')?.focus({ preventScroll: focusHeading || following });
    }
    mounted.current = true;
  }, [key, selection, following, focusHeading]);
  // The story's text is on the page: marked in the frame that first paints it (see lib/perfMarks).
  useEffect(() => {
    const frame = requestAnimationFrame(() => markOnce(PERF.storyText));
    return () => cancelAnimationFrame(frame);
  }, []);
  const sel = selection;
  const data = openDataPaths(story.slug);
  const reader = <ArticleReader {...context} follow={follow} mapEntityOf={mapEntityOf} />;
  let body;
  if (mode === 'article' && sel?.kind !== 'passage') body = reader;
  else if (sel?.kind === 'entity') {
    const entity = story.entities.find((e) => e.id === sel.id);
    // Keyed by the choice: each new one is a new panel, whose quoted sentences come once the frame
    // with its title and summary is painted (see SentenceList).
    body = entity ? <EntityPanel key={entity.id} {...context} entity={entity} /> : null;
  } else if (sel?.kind === 'relation') {
    const relation = story.relations.find((r) => r.id === sel.id);
    body = relation ? <RelationPanel {...context} relation={relation} /> : null;
  } else if (sel?.kind === 'passage') {
    const passages = sentencesOf(story, sel.id);
    body =
      passages.length > 0 ? (
        <>
          <PassagePanel {...context} passages={passages} />
          {mode === 'article' ? reader : null}
        </>
      ) : null;
  } else if (sel?.kind === 'relation-kind') body = <KindPanel key={sel.id} {...context} kind={sel.id} />;
  else if (props.step !== null)
    body = (
      <AreaBoundary area="step" title={t.app.stepFailed}>
        <Suspense fallback={null}>
          <StepPanel
            story={story}
            step={props.step}
            focus={props.focus}
            onSelectEntity={(id) => props.onSelect({ kind: 'entity', id })}
          />
        </Suspense>
      </AreaBoundary>
    );
  body ??= (
    <Overview
      story={story}
      visibleCount={visible.length}
      onAsk={props.onAsk}
      onRead={() => onMode('article')}
      onShowAll={props.onShowAll}
    />
  );

  return (
    <aside className="side-panel" id="panel" tabIndex={-1} aria-label={t.panel.label} data-testid="side-panel">
      <div className="panel-tabs" role="group" aria-label={t.panel.tabs}>
        <button type="button" aria-pressed={mode === 'evidence'} onClick={() => onMode('evidence')}>
          {t.panel.evidence}
        </button>
        <button type="button" aria-pressed={mode === 'article'} onClick={() => onMode('article')}>
          {t.panel.readArticle}
        </button>
      </div>
      <div
        className="panel-scroll"
        ref={scrollRef}
        onScroll={(e) => (scrolled.current = e.currentTarget.scrollTop > 0)}
      >
        {body}
      </div>
      {/* Tells screen readers what the panel now shows, whoever changed it (map, legend, address). */}
      <p className="visually-hidden" aria-live="polite">
        {announce(props, lang, question, t)}
      </p>
      <footer className="panel-footer">
        <span>{t.panel.getData}</span>{' '}
        <a href={data.json} download>
          story.json
        </a>{' '}
        <a href={data.csv} download>
          relations.csv
        </a>{' '}
        <a href="./?author=1" className="panel-author-link">
          {t.panel.makeStory}
        </a>
      </footer>
    </aside>
  );
}
