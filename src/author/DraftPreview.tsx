import './fullNastaliq.css';
import { StrictMode, useEffect, useState } from 'react';
import type { Root } from 'react-dom/client';
import { App } from '../app/App.tsx';
import { ErrorBoundary } from '../app/ErrorBoundary.tsx';
import type { Lang } from '../i18n/lang.ts';
import { messagesFor } from '../i18n/messages.ts';
import { StoryProblems } from '../app/StoryProblems.tsx';
import { buildStory } from '../story/model.ts';
import { checkPackage, type Problem } from '../story/package/checkPackage.ts';
import type { Story } from '../story/types.ts';
import { parseDraftMessage, READY } from './previewMessages.ts';

type Shown =
  | { readonly kind: 'waiting' }
  | { readonly kind: 'story'; readonly story: Story; readonly revision: number }
  | { readonly kind: 'problems'; readonly slug: string; readonly problems: readonly Problem[] };

/**
 * The preview of a draft: the app itself, given the draft's story instead of a built package. It
 * takes drafts only from the window that framed it, on the same origin, checks each with the same
 * checker as the build, and shows the story, or its errors as a package would show them.
 */
function Preview({ lang }: { readonly lang: Lang }) {
  const [shown, setShown] = useState<Shown>({ kind: 'waiting' });
  useEffect(() => {
    let revision = 0;
    const onMessage = (event: MessageEvent) => {
      if (event.origin !== window.location.origin || event.source !== window.parent) return;
      const draft = parseDraftMessage(event.data);
      if (!draft) return;
      const { problems, pkg } = checkPackage(draft.slug, draft.article, draft.source);
      revision++;
      setShown(
        pkg
          ? { kind: 'story', story: buildStory(pkg), revision }
          : { kind: 'problems', slug: draft.slug, problems: problems.filter((p) => p.severity === 'error') },
      );
    };
    window.addEventListener('message', onMessage);
    if (window.parent !== window) window.parent.postMessage(READY, window.location.origin);
    return () => window.removeEventListener('message', onMessage);
  }, []);
  const t = messagesFor(lang).app;
  if (shown.kind === 'waiting') return <p className="app">…</p>;
  if (shown.kind === 'problems') return <StoryProblems slug={shown.slug} problems={shown.problems} />;
  // A new draft is a new story: the app starts again from the address (the reader's place in it kept).
  return (
    <ErrorBoundary
      area="app"
      title={t.appFailed}
      retryLabel={t.retry}
      loadFailedHint={t.loadFailedHint}
      reloadLabel={t.reload}
    >
      <App
        key={shown.revision}
        story={shown.story}
        initialSearch={window.location.search}
        startLang={lang}
        initialNotice={null}
        storyParam={null}
      />
    </ErrorBoundary>
  );
}

/** Renders the preview into the page's root, in the page's language. */
export function showDraftPreview(root: Root, lang: Lang): void {
  root.render(
    <StrictMode>
      <Preview lang={lang} />
    </StrictMode>,
  );
}
