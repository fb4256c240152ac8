import { useEffect, useRef, useState } from 'react';
import type { Lang } from '../i18n/lang.ts';
import type { AuthorText } from './authorText.ts';
import type { Draft } from './draft.ts';
import { draftMessage, isReady } from './previewMessages.ts';

interface Props {
  readonly t: AuthorText;
  readonly lang: Lang;
  readonly draft: Draft;
}

/** After an edit, the preview waits this long for the next before it draws the story again: typing
 * a gloss does not rebuild the map at every key. */
const SETTLE_MS = 700;

/** The live preview beside the editor: the app itself in a frame (map and panel, or story mode),
 * sent the draft after each edit. */
export function AuthorPreview({ t, lang, draft }: Props) {
  const frame = useRef<HTMLIFrameElement>(null);
  const [mode, setMode] = useState<'map' | 'story'>('map');
  const [ready, setReady] = useState(0);
  useEffect(() => {
    const onMessage = (event: MessageEvent) => {
      if (
        event.origin === window.location.origin &&
        event.source === frame.current?.contentWindow &&
        isReady(event.data)
      )
        setReady((n) => n + 1);
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, []);
  useEffect(() => {
    if (ready === 0) return;
    const send = () => frame.current?.contentWindow?.postMessage(draftMessage(draft), window.location.origin);
    const timer = window.setTimeout(send, SETTLE_MS);
    return () => window.clearTimeout(timer);
  }, [draft, ready]);
  const src = `./?draft=1&lang=${lang}${mode === 'story' ? '&step=1' : ''}`;
  return (
    <section className="author-section author-preview" aria-labelledby="author-preview-heading">
      <div className="author-card-head">
        <h2 id="author-preview-heading">{t.preview.heading}</h2>
        <div role="group" aria-label={t.preview.heading} className="author-toggle">
          <button type="button" className="pill" aria-pressed={mode === 'map'} onClick={() => setMode('map')}>
            {t.preview.map}
          </button>
          <button type="button" className="pill" aria-pressed={mode === 'story'} onClick={() => setMode('story')}>
            {t.preview.story}
          </button>
        </div>
      </div>
      <iframe ref={frame} key={src} src={src} title={t.preview.frame} className="author-preview-frame" />
    </section>
  );
}
