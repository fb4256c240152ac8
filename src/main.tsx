import '@fontsource/noto-nastaliq-urdu/arabic-400.css';
// The design tokens as custom properties, before any feature's stylesheet (each component imports its own).
import 'virtual:theme-tokens.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import { loadStory, STORY_SLUGS } from './app/loadStory.ts';
import { StoryProblems } from './app/StoryProblems.tsx';
import { DEFAULT_STORY } from './story/package/defaultStory.ts';
import { storyFromUrl } from './url/urlState.ts';

const root = document.getElementById('root');
if (root) {
  const choice = storyFromUrl(window.location.search, STORY_SLUGS, DEFAULT_STORY);
  void loadStory(choice.slug).then((opened) => {
    createRoot(root).render(
      <StrictMode>
        {opened.kind === 'story' ? (
          <App story={opened.story} initialSearch={window.location.search} initialNotice={choice.notice} storyParam={choice.param} />
        ) : (
          <StoryProblems slug={opened.slug} problems={opened.problems} />
        )}
      </StrictMode>,
    );
  });
}
