import '@fontsource/noto-nastaliq-urdu/arabic-400.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import { STORY } from './story/article.ts';
import './styles.css';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App story={STORY} initialSearch={window.location.search} />
    </StrictMode>,
  );
}
