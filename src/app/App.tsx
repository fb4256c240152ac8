import './app.css';
import '../embed/embed.css';
import { useMemo, useRef, type CSSProperties } from 'react';
import { EmbedHeader } from '../embed/EmbedHeader.tsx';
import { useEmbed } from '../embed/useEmbed.ts';
import type { Lang } from '../i18n/lang.ts';
import { MessagesContext } from '../i18n/useMessages.ts';
import type { MapHandle } from '../map/mapSnapshot.ts';
import { SidePanel } from '../panel/SidePanel.tsx';
import { ShareArea } from '../share/ShareArea.tsx';
import { PrintHandout } from '../presentation/PrintHandout.tsx';
import { prefetchStoryMode } from '../presentation/StoryOverlay.tsx';
import { useStoryMode } from '../presentation/useStoryMode.ts';
import { kindsOfStory } from '../story/relationKinds.ts';
import type { Story } from '../story/types.ts';
import { searchForState } from '../url/urlState.ts';
import { AppHeader } from './AppHeader.tsx';
import { AreaBoundary } from './AreaBoundary.tsx';
import { MapArea } from './MapArea.tsx';
import { Notice } from './Notice.tsx';
import { SkipLinks } from './SkipLinks.tsx';
import { useAddressMirror } from './useAddressMirror.ts';
import { useDerivedView } from './useDerivedView.ts';
import { useEscapeBack } from './useEscapeBack.ts';
import { useIdleOrNow } from './useIdleOrNow.ts';
import { useNarrow, useShort } from './useNarrow.ts';
import { usePageLanguage } from './usePageLanguage.ts';
import { usePreferences } from './usePreferences.ts';
import { useViewState } from './useViewState.ts';

interface Props {
  readonly story: Story;
  /** The query string the page was opened with. */
  readonly initialSearch: string;
  /** The page's language, decided once at start-up (initialLang). */
  readonly startLang: Lang;
  /** What the address asked for that could not be had before the story opened (an unknown story). */
  readonly initialNotice?: string | null;
  /** The `story` parameter the address keeps: the slug, or null for the default story. */
  readonly storyParam: string | null;
}

/**
 * The app for one story. Data flows one way: story → view state (one reducer, mirrored in the URL)
 * → views. The map, legend and panel only read state and dispatch; they never call each other.
 */
export function App({ story, initialSearch, startLang, initialNotice = null, storyParam }: Props) {
  const { view, dispatch, act } = useViewState(story, initialSearch, startLang, initialNotice);
  const storyKinds = useMemo(() => kindsOfStory(story), [story]);
  useAddressMirror(view, storyParam, storyKinds);
  const messages = usePageLanguage(story, view.lang);
  const { t } = messages;
  const { setLang, setTheme } = usePreferences(dispatch);
  const selectOnMap = useEscapeBack(act);
  useStoryMode(story, view, act);
  const embedHeight = useEmbed(story, view, dispatch);
  const { visible, focus, mapShows, mapPending, counts } = useDerivedView(story, view);
  const mapHandle = useRef<MapHandle>(null);
  const narrow = useNarrow();
  // The legend starts folded where the map needs the room: on a phone, and on a short screen.
  const short = useShort();
  const { step } = view;
  // The handout's small maps are cut (in a worker) once the page is idle, or at once in story mode:
  // a print asked for later, with Ctrl+P or the handout button, finds them drawn.
  const handoutWanted = useIdleOrNow(step !== null);

  return (
    <MessagesContext value={messages}>
      <div
        className="app"
        data-story={story.slug}
        data-layout={narrow ? 'narrow' : 'wide'}
        data-mode={step === null ? 'explore' : 'story'}
        data-theme={view.theme}
        data-embed={view.embed || undefined}
        style={embedHeight === null ? undefined : ({ '--embed-height': `${embedHeight}px` } as CSSProperties)}
      >
        <SkipLinks onTable={act.openTable} />
        {view.embed ? (
          <EmbedHeader
            story={story}
            // Worked out only in a frame: outside one no link needs it.
            fullMapHref={`${window.location.pathname}${searchForState({ ...view, embed: false }, window.location.search, storyParam, storyKinds)}`}
          />
        ) : (
          <AppHeader
            story={story}
            theme={view.theme}
            resumeStep={view.resumeStep}
            telling={step !== null}
            onLang={setLang}
            onTheme={setTheme}
            onShare={act.openShare}
            onStartStory={act.startStory}
            onPrefetchStory={prefetchStoryMode}
          />
        )}
        {view.notice ? <Notice text={view.notice} onDismiss={act.dismissNotice} /> : null}
        <main className="app-main">
          <MapArea
            story={story}
            view={view}
            act={act}
            visible={visible}
            mapShows={mapShows}
            pending={mapPending}
            counts={counts}
            foldLegend={narrow || short || step !== null || view.embed}
            mapHandle={mapHandle}
            onSelectOnMap={selectOnMap}
          />
          <AreaBoundary area="panel" title={t.app.panelFailed}>
            <SidePanel
              story={story}
              visible={visible}
              selection={view.selection}
              step={step}
              focus={focus}
              focusHeading={view.focusHeading}
              question={view.question}
              readingAt={view.readingAt}
              onSelect={act.select}
              onClear={act.clear}
              mode={view.mode}
              onMode={act.setMode}
              onAsk={act.ask}
              onReadAt={act.readAt}
              onShowAll={act.showAll}
            />
          </AreaBoundary>
        </main>
        {view.share ? (
          <ShareArea story={story} view={view} storyParam={storyParam} drawn={visible} map={mapHandle} act={act} />
        ) : null}
        {view.blank ? <div className="story-blank" role="presentation" onClick={act.wake} /> : null}
        <PrintHandout story={story} prepare={handoutWanted} />
      </div>
    </MessagesContext>
  );
}
