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
import { DEFAULT_STORY } from './story/package/defaultStory.ts';
import { relationCatalog } from './state/viewState.ts';
import type { Story } from './story/types.ts';
import { parseUrlState, storyFromUrl, urlCatalog } from './url/urlState.ts';
import { whenGpuReady } from './lib/whenGpuReady.ts';

const root = document.getElementById('root');
if (root) {
  const reactRoot = createRoot(root);
  const choice = storyFromUrl(window.location.search, STORY_SLUGS, DEFAULT_STORY, messagesFor(initialLang(window.location.search)));
  // `?notes=1`: this window is the speaker notes of a presentation (opened with S in story mode).
  const notes = (() => {
    try {
      return new URLSearchParams(window.location.search).get('notes') === '1';
    } catch {
      return false;
    }
  })();
  const showNotes = async (story: Story) => {
    // Only a presenter's second window needs this: it loads apart from the app's first view.
    const { SpeakerNotes } = await import('./presentation/SpeakerNotes.tsx');
    const lang = initialLang(window.location.search);
    const step = parseUrlState(window.location.search, urlCatalog(story, relationCatalog(story))).state.step ?? 0;
    reactRoot.render(
      <StrictMode>
        <MessagesContext value={{ lang, t: messagesFor(lang) }}>
          <SpeakerNotes story={story} initialStep={step} />
        </MessagesContext>
      </StrictMode>,
    );
  };
  // The map's GPU probe starts with the app, not with the map (a chunk that arrives later): the map
  // is made when it answers, and the speaker notes have no map.
  if (!notes) void whenGpuReady();
  const show = (opened: OpenedStory) =>
    opened.kind === 'story' && notes
      ? void showNotes(opened.story)
      : reactRoot.render(
      <StrictMode>
        {opened.kind === 'story' ? (
          <App story={opened.story} initialSearch={window.location.search} initialNotice={choice.notice} storyParam={choice.param} />
        ) : (
          <StoryProblems slug={opened.slug} problems={opened.problems} />
        )}
      </StrictMode>,
    );
  loadStory(choice.slug)
    .then(show)
    // loadStory answers every failure itself; this is the last guard against a blank page.
    .catch((e: unknown) => show({ kind: 'problems', slug: choice.slug, problems: [{ path: choice.slug, message: String(e), severity: 'error' }] }));
}
