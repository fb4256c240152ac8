import './app.css';
import {
  Suspense,
  useCallback,
  useDeferredValue,
  useEffect,
  useLayoutEffect,
  useMemo,
  useReducer,
  useRef,
  type CSSProperties,
} from 'react';
import { Legend } from '../legend/Legend.tsx';
import { MapView } from '../map/MapView.tsx';
import { SidePanel } from '../panel/SidePanel.tsx';
import { focusOf, mapEntityFor, visibleRelations } from '../state/focus.ts';
import { relationsUpTo, stepFocus } from '../state/storyMode.ts';
import { toggleFullscreen } from '../lib/fullscreen.ts';
import { PrintHandout } from '../presentation/PrintHandout.tsx';
import type { StoryKeyAction } from '../presentation/storyKeys.ts';
import { useAutoplay } from '../presentation/useAutoplay.ts';
import { useStoryKeys } from '../presentation/useStoryKeys.ts';
import { openSpeakerNotes, useNotesChannel } from '../presentation/useNotesChannel.ts';
import { createViewReducer, relationCatalog, type ClaimsFilter, type Selection } from '../state/viewState.ts';
import { kindOf, kindsOfStory, RELATION_KINDS, type RelationKind } from '../story/relationKinds.ts';
import { countryRoles } from '../story/roles.ts';
import type { EntityId, Story } from '../story/types.ts';
import { parseUrlState, searchForState, urlCatalog } from '../url/urlState.ts';
import '../embed/embed.css';
import { EmbedHeader } from '../embed/EmbedHeader.tsx';
import { useEmbedSize } from '../embed/useEmbedSize.ts';
import { useEmbedHeight } from '../embed/useEmbedHeight.ts';
import { useHostApi } from '../embed/useHostApi.ts';
import { readPreference, writePreference } from '../lib/safeStorage.ts';
import { parseTheme, type ThemeName } from '../theme/palette.ts';
import { markDocument, type Lang } from '../i18n/lang.ts';
import { AppHeader } from './AppHeader.tsx';
import { useAddressMirror } from './useAddressMirror.ts';
import { initialLang, LANG_PREFERENCE } from './initialLang.ts';
import { messagesFor } from '../i18n/messages.ts';
import { MessagesContext } from '../i18n/useMessages.ts';
import type { MapHandle } from '../map/mapSnapshot.ts';
import type { SelectHow } from '../map/types.ts';
import { ErrorBoundary } from './ErrorBoundary.tsx';
import { lazyPart } from './lazyPart.ts';
import { Notice } from './Notice.tsx';
import { SkipLinks } from './SkipLinks.tsx';
import { useNarrow, useShort } from './useNarrow.ts';
import { useIdleOrNow } from './useIdleOrNow.ts';

interface Props {
  readonly story: Story;
  /** The query string the page was opened with. */
  readonly initialSearch: string;
  /** What the address asked for that could not be had before the story opened (an unknown story). */
  readonly initialNotice?: string | null;
  /** The `story` parameter the address keeps: the slug, or null for the default story. */
  readonly storyParam: string | null;
}

// The share dialog (and, through it, the PNG export) loads when it is first opened; a load that
// fails (offline, a redeploy) is said in its place and can be tried again (lazyPart).
const ShareDialog = lazyPart(
  () => import('../share/ShareDialog.tsx'),
  (m) => m.ShareDialog,
);
// So does the table of relations.
const RelationsTable = lazyPart(
  () => import('../table/RelationsTable.tsx'),
  (m) => m.RelationsTable,
);
// Story mode's controls and timeline (with d3's scales and axis) load when a story is first told; the
// "Start story" button asks for them when the pointer or focus reaches it, so the click finds them in.
const loadStoryMode = () =>
  Promise.all([import('../presentation/StoryControls.tsx'), import('../presentation/Timeline.tsx')]);
const prefetchStoryMode = () => void loadStoryMode();
const StoryControls = lazyPart(
  () => import('../presentation/StoryControls.tsx'),
  (m) => m.StoryControls,
);
const Timeline = lazyPart(
  () => import('../presentation/Timeline.tsx'),
  (m) => m.Timeline,
);

// Where the reader's chosen theme is remembered (localStorage, when the browser allows it).
const THEME_PREFERENCE = 'urdu-story-map:theme';

/** Whether a query string names a parameter; a malformed one names none. */
function hasParam(search: string, key: string): boolean {
  try {
    return new URLSearchParams(search).has(key);
  } catch {
    return false;
  }
}

/**
 * The app for one story. Data flows one way: story → view state (one reducer, mirrored in the URL)
 * → views. The map, legend and panel only read state and dispatch; they never call each other.
 */
export function App({ story, initialSearch, initialNotice = null, storyParam }: Props) {
  const catalog = useMemo(() => relationCatalog(story), [story]);
  const storyKinds = useMemo(() => kindsOfStory(story), [story]);
  const reducer = useMemo(
    () =>
      createViewReducer(
        catalog,
        story.steps.map((s) => s.relations),
      ),
    [catalog, story],
  );
  const [view, dispatch] = useReducer(reducer, initialSearch, (search) => {
    // The language first: the notice of what the address got wrong is said in it.
    const lang = initialLang(search);
    const { state } = parseUrlState(search, urlCatalog(story, catalog), messagesFor(lang));
    const notice = [initialNotice, state.notice].filter((n) => n !== null).join(' ');
    // The address wins; without `theme` in it, the theme the reader last chose here, where the
    // browser lets us remember it (a third-party frame may not: then the default).
    const remembered = hasParam(search, 'theme') ? null : parseTheme(readPreference(THEME_PREFERENCE));
    return { ...state, theme: remembered ?? state.theme, lang, notice: notice === '' ? null : notice };
  });
  useAddressMirror(view, storyParam, storyKinds);
  const messages = useMemo(() => ({ lang: view.lang, t: messagesFor(view.lang) }), [view.lang]);
  const { t } = messages;
  useEffect(() => {
    document.title = t.app.documentTitle(story.meta.title[view.lang]);
    markDocument(document.documentElement, view.lang);
  }, [story, view.lang, t]);
  const setLang = useCallback((lang: Lang) => {
    dispatch({ type: 'set-lang', lang });
    writePreference(LANG_PREFERENCE, lang);
  }, []);
  const setTheme = useCallback((theme: ThemeName) => {
    dispatch({ type: 'set-theme', theme });
    writePreference(THEME_PREFERENCE, theme);
  }, []);
  const openShare = useCallback(() => dispatch({ type: 'set-share', open: true }), []);
  const startStory = useCallback(() => dispatch({ type: 'start-story' }), []);
  // Escape steps back from anywhere, as in any map or dialog: from a selection to what was under it
  // (the overview, or the story's step), then out of story mode. After a choice made on the map with
  // the keyboard (which sent focus to the panel's heading), it also brings focus back to the place or
  // arrow the choice was made on. Listened for from the commit that draws the page (a layout effect):
  // React runs a first render's passive effects in a later task, and a key pressed in between (as
  // soon as the panel showed) was lost.
  const returnFocus = useRef<HTMLElement | null>(null);
  useLayoutEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented) return;
      dispatch({ type: 'back' });
      const back = returnFocus.current;
      returnFocus.current = null;
      if (back && document.getElementById('panel')?.contains(document.activeElement))
        setTimeout(() => back.isConnected && back.focus(), 0);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const roles = useMemo(() => countryRoles(story), [story]);
  // Each derived value depends on the parts of the view it reads, so a change of panel mode or a
  // dismissed notice does not make the map redraw.
  const { selection, kinds, claims, step } = view;
  // In story mode the map holds what the steps so far have added (the filters still apply), and a
  // step emphasises its own places and relations; a selection made meanwhile takes over the focus.
  const visible = useMemo(() => {
    const all = visibleRelations(story, { kinds, claims });
    if (step === null) return all;
    const added = relationsUpTo(story, step);
    return all.filter((r) => added.has(r.id));
  }, [story, kinds, claims, step]);
  const focus = useMemo(
    () => (selection === null && step !== null ? stepFocus(story, step) : focusOf(story, { selection, kinds, claims })),
    [story, selection, kinds, claims, step],
  );
  // The map follows a choice one render behind the panel: the panel's answer is committed and painted
  // first (what the reader asked for), then the map's labels and arrows are laid out again and its
  // camera moves. Until it has caught up, the map area says so (data-map-pending), and the map itself
  // counts as busy from then on, so nothing waiting for the map takes the old drawing for the new.
  const mapInput = useMemo(() => ({ visible, focus, selection }), [visible, focus, selection]);
  const mapShows = useDeferredValue(mapInput);
  const goToStep = useCallback((next: number) => dispatch({ type: 'go-to-step', step: next }), []);
  const nextStep = useCallback(() => dispatch({ type: 'next-step' }), []);
  const onStoryKey = useCallback(
    (action: StoryKeyAction) => {
      switch (action.type) {
        case 'next':
          return dispatch({ type: 'next-step' });
        case 'previous':
          return dispatch({ type: 'previous-step' });
        case 'first':
          return goToStep(0);
        case 'last':
          return goToStep(story.steps.length - 1);
        case 'jump':
          // A digit past the last step means nothing, rather than the last step.
          return action.step < story.steps.length ? goToStep(action.step) : undefined;
        case 'fullscreen':
          return void toggleFullscreen();
        case 'notes':
          return step === null ? undefined : openSpeakerNotes(step);
        case 'blank':
          return dispatch({ type: 'set-blank', blank: true });
      }
    },
    [goToStep, story, step],
  );
  useNotesChannel(story.slug, step, goToStep);
  // Story keys listen in story mode; before it, → (or a clicker's PageDown) starts the story and F goes
  // fullscreen, so a teacher can open the page, press F, and tell the whole story with → alone.
  // In a publisher's frame: one height per width (never the content's), told to the host page.
  const embedHeight = useEmbedHeight(view.embed, view.embedFit);
  useEmbedSize(embedHeight);
  const commandCatalog = useMemo(
    () => ({
      entities: new Set(story.entities.map((e) => e.id)),
      relations: new Set(story.relations.map((r) => r.id)),
      steps: story.steps.length,
    }),
    [story],
  );
  useHostApi(view.embed, story.slug, commandCatalog, dispatch, {
    selection: view.selection,
    step,
    theme: view.theme,
    lang: view.lang,
  });
  const wake = useCallback(() => dispatch({ type: 'set-blank', blank: false }), []);
  useStoryKeys(story.steps.length === 0 ? 'off' : step === null ? 'explore' : 'story', view.blank, onStoryKey, wake);
  useAutoplay(view.playing, step, nextStep);
  const counts = useMemo(() => {
    const m = new Map<RelationKind, number>(RELATION_KINDS.map((k) => [k, 0]));
    for (const r of story.relations) m.set(kindOf(r), (m.get(kindOf(r)) ?? 0) + 1);
    return m;
  }, [story]);

  const select = useCallback((selection: Exclude<Selection, null>) => dispatch({ type: 'select', selection }), []);
  const toggle = useCallback(
    (selection: Exclude<Selection, null>) => dispatch({ type: 'toggle-select', selection }),
    [],
  );
  const selectOnMap = useCallback((selection: Exclude<Selection, null>, how?: SelectHow) => {
    dispatch({ type: 'toggle-select', selection });
    if (how !== 'keyboard') return;
    const from = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    returnFocus.current = from;
    // Focus goes to the heading that says what was chosen: once the panel has drawn it (React commits
    // a discrete event's update before the next task; a frame may be long in coming while the camera
    // flies), without scrolling (the panel has already put what matters in view: the top of the
    // evidence, or in reading mode the followed sentence), and only if focus is still where the choice
    // was made (a reader who has moved on meanwhile keeps their place).
    setTimeout(() => {
      if (document.activeElement === from || document.activeElement === document.body)
        document.querySelector<HTMLElement>('#panel .panel-scroll h2')?.focus({ preventScroll: true });
    }, 0);
  }, []);
  const clear = useCallback(() => dispatch({ type: 'clear-selection' }), []);
  // The legend's handlers keep their identity, so that the memoised legend is not drawn again on a
  // choice that does not concern it.
  const toggleKind = useCallback((kind: RelationKind) => dispatch({ type: 'toggle-kind', kind }), []);
  const toggleClaim = useCallback((claim: keyof ClaimsFilter) => dispatch({ type: 'toggle-claim', claim }), []);
  const selectKind = useCallback((kind: RelationKind) => toggle({ kind: 'relation-kind', id: kind }), [toggle]);
  const showAll = useCallback(() => dispatch({ type: 'show-all-kinds' }), []);
  const tableOpen = view.table;
  const toggleTable = useCallback(() => dispatch({ type: 'set-table', open: !tableOpen }), [tableOpen]);
  const mapEntityOf = useCallback((id: EntityId) => mapEntityFor(story, id), [story]);
  const mapHandle = useRef<MapHandle>(null);
  const narrow = useNarrow();
  // The handout's small maps are cut (in a worker) once the page is idle, or at once in story mode:
  // a print asked for later, with Ctrl+P or the handout button, finds them drawn.
  const handoutWanted = useIdleOrNow(step !== null);
  // The legend starts folded where the map needs the room: on a phone, and on a short screen.
  const short = useShort();

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
        <SkipLinks onTable={() => dispatch({ type: 'set-table', open: true })} />
        {view.embed ? (
          <EmbedHeader
            story={story}
            lang={view.lang}
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
            onShare={openShare}
            onStartStory={startStory}
            onPrefetchStory={prefetchStoryMode}
          />
        )}
        {view.notice ? <Notice text={view.notice} onDismiss={() => dispatch({ type: 'dismiss-notice' })} /> : null}
        <main className="app-main">
          <div
            className="map-area"
            id="map-area"
            tabIndex={-1}
            data-table={view.table || undefined}
            data-map-pending={mapShows !== mapInput || undefined}
          >
            {view.table ? (
              <ErrorBoundary
                area="table"
                className="relations-table"
                title={t.app.tableFailed}
                retryLabel={t.app.retry}
                loadFailedHint={t.app.loadFailedHint}
                reloadLabel={t.app.reload}
                onDismiss={{ label: t.app.close, dismiss: () => dispatch({ type: 'set-table', open: false }) }}
              >
                <Suspense fallback={null}>
                  <RelationsTable
                    story={story}
                    visible={visible}
                    selection={view.selection}
                    onSelect={select}
                    onClose={() => dispatch({ type: 'set-table', open: false })}
                  />
                </Suspense>
              </ErrorBoundary>
            ) : null}
            <ErrorBoundary
              area="map"
              title={t.app.mapFailed}
              retryLabel={t.app.retry}
              loadFailedHint={t.app.loadFailedHint}
              reloadLabel={t.app.reload}
            >
              <MapView
                ref={mapHandle}
                story={story}
                visible={mapShows.visible}
                focus={mapShows.focus}
                selection={mapShows.selection}
                theme={view.theme}
                cooperative={view.embed}
                onSelect={selectOnMap}
              />
            </ErrorBoundary>
            {step !== null ? (
              <ErrorBoundary
                area="story"
                title={t.app.storyFailed}
                retryLabel={t.app.retry}
                loadFailedHint={t.app.loadFailedHint}
                reloadLabel={t.app.reload}
                onDismiss={{ label: t.app.close, dismiss: () => dispatch({ type: 'leave-story' }) }}
              >
                <Suspense fallback={null}>
                  <Timeline story={story} step={step} onStep={goToStep} />
                </Suspense>
                <Suspense fallback={null}>
                  <StoryControls
                    story={story}
                    step={step}
                    playing={view.playing}
                    onStep={goToStep}
                    onPlaying={(playing) => dispatch({ type: 'set-playing', playing })}
                    onFullscreen={() => void toggleFullscreen()}
                    onHandout={() => window.print()}
                    onShare={() => dispatch({ type: 'set-share', open: true })}
                    onLeave={() => dispatch({ type: 'leave-story' })}
                  />
                </Suspense>
              </ErrorBoundary>
            ) : null}
            <Legend
              // Story mode starts with the legend folded (the map and the step need the room): a new
              // key opens it afresh in its starting state.
              key={step === null ? 'explore' : 'story'}
              story={story}
              narrow={narrow || short || step !== null || view.embed}
              kinds={view.kinds}
              claims={view.claims}
              counts={counts}
              chosenKind={view.selection?.kind === 'relation-kind' ? view.selection.id : null}
              onToggleKind={toggleKind}
              onToggleClaim={toggleClaim}
              onSelectKind={selectKind}
              onShowAll={showAll}
              tableOpen={tableOpen}
              onTable={toggleTable}
            />
          </div>
          <ErrorBoundary
            area="panel"
            title={t.app.panelFailed}
            retryLabel={t.app.retry}
            loadFailedHint={t.app.loadFailedHint}
            reloadLabel={t.app.reload}
          >
            <SidePanel
              story={story}
              visible={visible}
              roles={roles}
              selection={view.selection}
              step={step}
              focus={focus}
              question={view.question}
              readingAt={view.readingAt}
              onSelect={select}
              onClear={clear}
              mode={view.mode}
              onMode={(mode) => dispatch({ type: 'set-mode', mode })}
              onAsk={(question) => dispatch({ type: 'ask', question })}
              onReadAt={(passage) => dispatch({ type: 'read-at', passage })}
              onShowAll={showAll}
              mapEntityOf={mapEntityOf}
            />
          </ErrorBoundary>
        </main>
        {view.share ? (
          <ErrorBoundary
            area="share"
            title={t.app.shareFailed}
            retryLabel={t.app.retry}
            loadFailedHint={t.app.loadFailedHint}
            reloadLabel={t.app.reload}
            onDismiss={{ label: t.app.close, dismiss: () => dispatch({ type: 'set-share', open: false }) }}
          >
            <Suspense fallback={null}>
              <ShareDialog
                story={story}
                view={view}
                storyParam={storyParam}
                drawn={visible}
                map={mapHandle}
                onClose={() => dispatch({ type: 'set-share', open: false })}
              />
            </Suspense>
          </ErrorBoundary>
        ) : null}
        {view.blank ? <div className="story-blank" role="presentation" onClick={wake} /> : null}
        <PrintHandout story={story} prepare={handoutWanted} />
      </div>
    </MessagesContext>
  );
}
