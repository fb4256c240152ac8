import './share.css';
import { useEffect, useId, useRef, useState, type RefObject } from 'react';
import type { Lang } from '../i18n/lang.ts';
import { messagesFor } from '../i18n/messages.ts';
import { useMessages } from '../i18n/useMessages.ts';
import { copyText } from '../lib/clipboard.ts';
import type { MapHandle } from '../map/mapSnapshot.ts';
import type { ViewState } from '../state/viewState.ts';
import { openDataPaths } from '../story/openData.ts';
import { kindsOfStory } from '../story/relationKinds.ts';
import type { Relation, Story } from '../story/types.ts';
import type { ThemeName } from '../theme/palette.ts';
import { embedSnippet, embedView, FIXED_HEIGHT, viewUrl, type OpensOn } from './embedCode.ts';

interface Props {
  readonly story: Story;
  readonly view: ViewState;
  /** The `story` parameter the address keeps: the slug, or null for the default story. */
  readonly storyParam: string | null;
  /** The relations drawn now, for the picture's key. */
  readonly drawn: readonly Relation[];
  readonly map: RefObject<MapHandle | null>;
  readonly onClose: () => void;
}

/** A row of radio buttons for one choice of the embed code. */
function Choice<T extends string>({
  legend,
  name,
  value,
  options,
  onChange,
}: {
  legend: string;
  name: string;
  value: T;
  options: readonly { value: T; label: string; lang?: Lang }[];
  onChange: (v: T) => void;
}) {
  return (
    <fieldset className="share-choice">
      <legend>{legend}</legend>
      {options.map((o) => (
        <label key={o.value}>
          <input
            type="radio"
            name={name}
            value={o.value}
            checked={value === o.value}
            onChange={() => onChange(o.value)}
          />{' '}
          <span lang={o.lang}>{o.label}</span>
        </label>
      ))}
    </fieldset>
  );
}

/**
 * Share, embed, download: the link to the current view; an iframe snippet for it with its options
 * (what it opens on, a height by its width or a fixed one, theme, language), ready to paste into any page; a PNG of
 * the view; and the story's data. A modal dialog: focus stays inside, Escape closes it, and the
 * keys typed in it never reach the map or the story.
 */
export function ShareDialog({ story, view, storyParam, drawn, map, onClose }: Props) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const linkRef = useRef<HTMLInputElement>(null);
  const codeRef = useRef<HTMLTextAreaElement>(null);
  const id = useId();
  const [opensOn, setOpensOn] = useState<OpensOn>('view');
  // By default a frame as tall as 1.2 times its width; or a height of the publisher's.
  const [byWidth, setByWidth] = useState(true);
  const [fixedHeight, setFixedHeight] = useState<number>(FIXED_HEIGHT.start);
  const [theme, setTheme] = useState<ThemeName>(view.theme);
  const [lang, setLang] = useState<Lang>(view.lang);
  const [status, setStatus] = useState('');
  // The dialog speaks the page's language; `lang` above is the one chosen for the embed.
  const { t } = useMessages();
  const m = t.share;
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  // The app's page, without its query: every address here is built from it and a view.
  const appUrl = `${window.location.origin}${window.location.pathname}`;
  const link = viewUrl(
    appUrl,
    { ...view, embed: false, playing: false, notice: null },
    storyParam,
    kindsOfStory(story),
  );
  const height = byWidth ? ('aspect' as const) : fixedHeight;
  const framed = embedView(view, { opensOn, theme, lang, height });
  const code = embedSnippet({
    src: viewUrl(appUrl, framed, storyParam, kindsOfStory(story)),
    link: viewUrl(appUrl, { ...framed, embed: false }, storyParam),
    title: messagesFor(lang).share.frameTitle(story.meta.title[lang]),
    script: new URL('embed.js', appUrl).href,
    height,
  });
  const data = openDataPaths(story.slug);
  const hasSteps = story.steps.length > 0;

  const copy = async (text: string, field: HTMLInputElement | HTMLTextAreaElement | null, what: 'link' | 'code') => {
    const result = await copyText(text, field);
    setStatus(result === 'copied' ? m.copied(what) : m.selected(what));
  };
  const download = async () => {
    setBusy(true);
    setStatus(m.drawing);
    try {
      const { exportPicture, pictureName } = await import('../export/exportPicture.ts');
      const root = dialogRef.current?.closest<HTMLElement>('.app');
      const handle = map.current;
      if (!root || !handle) throw new Error(m.notDrawn);
      const figureView = { selection: view.selection, step: view.step, lang: view.lang, link };
      await exportPicture({
        map: handle,
        story,
        drawn,
        view: figureView,
        theme: view.theme,
        root,
        name: pictureName(story.slug, figureView),
      });
      setStatus(m.saved);
    } catch (e) {
      setStatus(m.failed(e instanceof Error ? e.message : String(e)));
    } finally {
      setBusy(false);
    }
  };

  return (
    <dialog
      ref={dialogRef}
      className="share-dialog"
      aria-labelledby={`${id}-title`}
      onClose={onClose}
      // Keys typed here are the dialog's: not the story's arrows, not the app's Escape (the dialog
      // closes itself on Escape, and the selection under it stays).
      onKeyDown={(e) => e.stopPropagation()}
      onClick={(e) => {
        // A click on the backdrop (the dialog element itself, outside its box) closes it.
        if (e.target === dialogRef.current) dialogRef.current.close();
      }}
    >
      <div className="share-box">
        <header className="share-header">
          <h2 id={`${id}-title`}>{m.title}</h2>
          <button type="button" className="share-close" aria-label={m.close} onClick={() => dialogRef.current?.close()}>
            ×
          </button>
        </header>

        <section className="share-section" aria-labelledby={`${id}-link`}>
          <h3 id={`${id}-link`}>{m.link}</h3>
          <div className="share-copy-row">
            <input
              ref={linkRef}
              type="text"
              readOnly
              value={link}
              aria-labelledby={`${id}-link`}
              onFocus={(e) => e.currentTarget.select()}
            />
            <button type="button" onClick={() => void copy(link, linkRef.current, 'link')}>
              {m.copyLink}
            </button>
          </div>
        </section>

        <section className="share-section" aria-labelledby={`${id}-embed`}>
          <h3 id={`${id}-embed`}>{m.embed}</h3>
          <div className="share-choices">
            <Choice
              legend={m.opensOn}
              name={`${id}-opens`}
              value={opensOn}
              onChange={setOpensOn}
              options={[
                { value: 'view', label: m.thisView },
                { value: 'overview', label: m.overview },
                ...(hasSteps ? [{ value: 'story' as const, label: m.storyStep1 }] : []),
              ]}
            />
            <fieldset className="share-choice">
              <legend>{m.height}</legend>
              <label>
                <input type="radio" name={`${id}-height`} checked={byWidth} onChange={() => setByWidth(true)} />{' '}
                {m.byWidth}
              </label>
              <label>
                <input type="radio" name={`${id}-height`} checked={!byWidth} onChange={() => setByWidth(false)} />{' '}
                {m.fixed}{' '}
                <input
                  type="number"
                  className="share-height"
                  min={FIXED_HEIGHT.min}
                  max={FIXED_HEIGHT.max}
                  step={10}
                  value={fixedHeight}
                  aria-label={m.fixedLabel}
                  onFocus={() => setByWidth(false)}
                  onChange={(e) => {
                    const v = e.currentTarget.valueAsNumber;
                    if (Number.isFinite(v)) setFixedHeight(v);
                  }}
                />{' '}
                {m.px}
              </label>
            </fieldset>
            <Choice
              legend={m.theme}
              name={`${id}-theme`}
              value={theme}
              onChange={setTheme}
              options={[
                { value: 'light', label: m.light },
                { value: 'dark', label: m.dark },
              ]}
            />
            <Choice
              legend={m.language}
              name={`${id}-lang`}
              value={lang}
              onChange={setLang}
              options={[
                { value: 'en', label: 'English', lang: 'en' },
                { value: 'ur', label: 'اردو', lang: 'ur' },
              ]}
            />
          </div>
          <label className="share-code-label" htmlFor={`${id}-code`}>
            {m.code}
          </label>
          <textarea
            ref={codeRef}
            id={`${id}-code`}
            className="share-code"
            readOnly
            rows={byWidth ? 5 : 4}
            value={code}
            onFocus={(e) => e.currentTarget.select()}
            dir="ltr"
          />
          <div className="share-actions">
            <button type="button" onClick={() => void copy(code, codeRef.current, 'code')}>
              {m.copyCode}
            </button>
          </div>
          <p className="share-hint">
            {m.paste}
            {byWidth ? m.byWidthHint : m.fixedHint}
            {m.offline}
          </p>
        </section>

        <section className="share-section" aria-labelledby={`${id}-download`}>
          <h3 id={`${id}-download`}>{m.download}</h3>
          <div className="share-actions">
            <button type="button" className="share-download" onClick={() => void download()} disabled={busy}>
              {m.png}
            </button>
            <span className="share-data">
              {t.panel.getData}{' '}
              <a href={data.json} download>
                story.json
              </a>{' '}
              ·{' '}
              <a href={data.csv} download>
                relations.csv
              </a>
            </span>
          </div>
        </section>
        <p className="share-status" role="status" aria-live="polite">
          {status}
        </p>
      </div>
    </dialog>
  );
}
