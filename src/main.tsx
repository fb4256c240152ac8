import '@fontsource/noto-nastaliq-urdu/arabic-400.css';
// The design tokens as custom properties, before any feature's stylesheet (each component imports its own).
import 'virtual:theme-tokens.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import { initialLang } from './app/initialLang.ts';
import { messagesFor } from './i18n/messages.ts';
import { MessagesContext } from './i18n/useMessages.ts';
import { loadStory, STORY_SLUGS, type OpenedStory } from './app/loadStory.ts';
import { StoryProblems } from './app/StoryProblems.tsx';
import { ErrorBoundary } from './app/ErrorBoundary.tsx';
import { DEFAULT_STORY } from './story/package/defaultStory.ts';
import { relationCatalog } from './state/viewState.ts';
import type { Story } from './story/types.ts';
import { parseUrlState, storyFromUrl, urlCatalog } from './url/urlState.ts';
import { whenGpuReady } from './lib/whenGpuReady.ts';
import { registerServiceWorker } from './app/registerServiceWorker.ts';

const root = document.getElementById('root');
if (root) {
  const reactRoot = createRoot(root);
  // The page's language is decided once, here: every part that opens (the app, the notes, author
  // mode, a message that a part failed to load) starts in it.
  const startLang = initialLang(window.location.search);
  const bootMessages = messagesFor(startLang).app;
  const startFailed = {
    title: bootMessages.appFailed,
    retry: bootMessages.retry,
    hint: bootMessages.loadFailedHint,
    reload: bootMessages.reload,
  };
  const choice = storyFromUrl(window.location.search, STORY_SLUGS, DEFAULT_STORY, messagesFor(startLang));
  // `?notes=1`: this window is the speaker notes of a presentation (opened with S in story mode).
  const notes = (() => {
    try {
      return new URLSearchParams(window.location.search).get('notes') === '1';
    } catch {
      return false;
    }
  })();
  const showNotes = async (story: Story) => {
    // Only a presenter's second window needs this: it loads apart from the app's first view. A file
    // that cannot be loaded is said, with the way to try again, rather than left a blank window.
    let SpeakerNotes: typeof import('./presentation/SpeakerNotes.tsx').SpeakerNotes;
    try {
      ({ SpeakerNotes } = await import('./presentation/SpeakerNotes.tsx'));
    } catch {
      const t = messagesFor(startLang).app;
      reactRoot.render(
        <div className="app" lang={startLang} dir={startLang === 'ur' ? 'rtl' : 'ltr'}>
          <div className="error-boundary" role="alert" data-boundary="notes">
            <p className="error-boundary-title">{t.loadFailedHint}</p>
            <button type="button" className="pill" onClick={() => window.location.reload()}>
              {t.reload}
            </button>
          </div>
        </div>,
      );
      return;
    }
    const step = parseUrlState(window.location.search, urlCatalog(story, relationCatalog(story))).state.step ?? 0;
    reactRoot.render(
      <StrictMode>
        <MessagesContext value={{ lang: startLang, t: messagesFor(startLang) }}>
          <SpeakerNotes story={story} initialStep={step} />
        </MessagesContext>
      </StrictMode>,
    );
  };
  // `?author=1`: author mode, in its own chunk (with the gazetteer and the world's codes); `?draft=1`:
  // the app previewing author mode's draft, inside author mode's frame. Neither loads a story package.
  const mode = (() => {
    try {
      const params = new URLSearchParams(window.location.search);
      return params.get('author') === '1' ? 'author' : params.get('draft') === '1' ? 'draft' : 'story';
    } catch {
      return 'story';
    }
  })();
  const partFailed = () => {
    const t = messagesFor(startLang).app;
    reactRoot.render(
      <div className="app" lang={startLang} dir={startLang === 'ur' ? 'rtl' : 'ltr'}>
        <div className="error-boundary" role="alert">
          <p className="error-boundary-title">{t.loadFailedHint}</p>
          <button type="button" className="pill" onClick={() => window.location.reload()}>
            {t.reload}
          </button>
        </div>
      </div>,
    );
  };
  // The map's GPU probe starts with the app, not with the map (a chunk that arrives later): the map
  // is made when it answers, and the speaker notes have no map.
  if (!notes && mode !== 'author') void whenGpuReady();
  const show = (opened: OpenedStory) =>
    opened.kind === 'story' && notes
      ? void showNotes(opened.story)
      : reactRoot.render(
          <StrictMode>
            {opened.kind === 'story' ? (
              // The last guard against a blank page: whatever fails above the map's and the panel's own
              // guards is said, with a way to try again.
              <ErrorBoundary
                area="app"
                title={startFailed.title}
                retryLabel={startFailed.retry}
                loadFailedHint={startFailed.hint}
                reloadLabel={startFailed.reload}
              >
                <App
                  story={opened.story}
                  initialSearch={window.location.search}
                  startLang={startLang}
                  initialNotice={choice.notice}
                  storyParam={choice.param}
                />
              </ErrorBoundary>
            ) : (
              <StoryProblems slug={opened.slug} problems={opened.problems} />
            )}
          </StrictMode>,
        );
  // Every file of the app kept for offline use, once this page has loaded.
  registerServiceWorker();
  if (mode === 'author') {
    import('./author/AuthorMode.tsx')
      .then(({ AuthorMode }) =>
        reactRoot.render(
          <StrictMode>
            <AuthorMode initialLang={startLang} />
          </StrictMode>,
        ),
      )
      .catch(partFailed);
  } else if (mode === 'draft') {
    import('./author/DraftPreview.tsx')
      .then(({ showDraftPreview }) => showDraftPreview(reactRoot, startLang))
      .catch(partFailed);
  } else
    loadStory(choice.slug)
      .then(show)
      // loadStory answers every failure itself; this is the last guard against a blank page.
      .catch((e: unknown) =>
        show({
          kind: 'problems',
          slug: choice.slug,
          problems: [{ path: choice.slug, message: String(e), severity: 'error' }],
        }),
      );
}
