import './author.css';
import './fullNastaliq.css';
import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import WORLD from 'virtual:author-world';
import { markDocument, type Lang } from '../i18n/lang.ts';
import { buildPassages } from '../story/passages.ts';
import { DEFAULT_SEGMENTATION } from '../story/segment.ts';
import { AboutSection } from './AboutSection.tsx';
import { ArticleSetup } from './ArticleSetup.tsx';
import { ArticleText, type WordSelection } from './ArticleText.tsx';
import { AuthorPreview } from './AuthorPreview.tsx';
import { authorText } from './authorText.ts';
import { draftProblems, draftReducer, type Draft, type DraftAction } from './draft.ts';
import { clearDraft, loadDraft, saveDraft } from './draftStore.ts';
import { openPackageZip, packageZip } from './packageFiles.ts';
import { PassagesSection } from './PassagesSection.tsx';
import { PlacesSection } from './PlacesSection.tsx';
import { ProblemsList } from './ProblemsList.tsx';
import { RelationsSection } from './RelationsSection.tsx';
import { scaffoldPackage } from './scaffoldPackage.ts';
import { StepsSection } from './StepsSection.tsx';
import { countryFactsOf, gazetteerOf } from './worldFacts.ts';

type State = { readonly draft: Draft | null; readonly loaded: boolean };
type Action =
  | { readonly type: 'loaded'; readonly draft: Draft | null }
  | { readonly type: 'start'; readonly draft: Draft }
  | { readonly type: 'clear' }
  | { readonly type: 'edit'; readonly action: DraftAction };

function reducer(state: State, action: Action): State {
  switch (action.type) {
    case 'loaded':
      // A draft opened or started while storage was still being read wins over the stored one.
      return state.loaded ? state : { draft: action.draft, loaded: true };
    case 'start':
      return { draft: action.draft, loaded: true };
    case 'clear':
      return { draft: null, loaded: true };
    case 'edit':
      return state.draft ? { ...state, draft: draftReducer(state.draft, action.action) } : state;
  }
}

/** A new draft from a plain article: the scaffold `npm run story:new` writes, made in the browser. */
function draftFrom(article: string, slug: string): Draft {
  return {
    slug,
    article,
    source: scaffoldPackage(article, slug, gazetteerOf(WORLD), countryFactsOf(WORLD)).source,
    rejected: [],
  };
}

/** Saves the bytes as a file of the given name, through a link the browser downloads. */
function download(bytes: Uint8Array, name: string): void {
  const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/zip' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}

interface Props {
  readonly initialLang: Lang;
}

/**
 * Author mode (`?author=1`): an Urdu article made into a story package in the browser. Paste or open
 * the article; keep or add its places; accept suggested relations or make them, with their evidence
 * and wording selected in the text; write glosses and steps; the command line's checker runs live and
 * the app itself previews the story beside the editor. Work is saved in this browser as it goes and
 * exported as a package folder in a zip, which opens here again to edit.
 */
export function AuthorMode({ initialLang }: Props) {
  const [lang, setLang] = useState<Lang>(initialLang);
  const t = authorText(lang);
  const [state, send] = useReducer(reducer, { draft: null, loaded: false });
  const { draft } = state;
  const [saved, setSaved] = useState<boolean | null>(null);
  const [openError, setOpenError] = useState<string | null>(null);
  const [selection, setSelection] = useState<WordSelection | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const dispatch = useCallback((action: DraftAction) => send({ type: 'edit', action }), []);

  useEffect(() => {
    void loadDraft().then((d) => send({ type: 'loaded', draft: d }));
  }, []);
  useEffect(() => {
    if (!draft) return;
    let live = true;
    void saveDraft(draft).then((ok) => {
      if (live) setSaved(ok);
    });
    return () => {
      live = false;
    };
  }, [draft]);
  useEffect(() => {
    markDocument(document.documentElement, lang);
    document.title = t.title;
  }, [lang, t.title]);

  // The passages as the package will cut them: its own segmentation where it sets one.
  const passages = useMemo(() => {
    if (!draft) return [];
    const seg = draft.source.segmentation;
    return buildPassages(draft.article, {
      maxListItemWords: seg?.maxListItemWords ?? DEFAULT_SEGMENTATION.maxListItemWords,
      relativeOpeners: seg?.relativeOpeners ?? DEFAULT_SEGMENTATION.relativeOpeners,
    });
  }, [draft]);
  const problems = useMemo(() => (draft ? draftProblems(draft) : []), [draft]);

  const open = async (file: File) => {
    setOpenError(null);
    const bytes = new Uint8Array(await file.arrayBuffer());
    if (/\.txt$/iu.test(file.name)) {
      const slug =
        file.name
          .replace(/\.(ur\.)?txt$/iu, '')
          .toLowerCase()
          .replace(/[^a-z0-9]+/gu, '-')
          .replace(/^-|-$/gu, '') || 'my-story';
      send({
        type: 'start',
        draft: draftFrom(new TextDecoder().decode(bytes), slug === 'article' ? 'my-story' : slug),
      });
      return;
    }
    const opened = await openPackageZip(bytes, 'my-story');
    if (opened.ok) send({ type: 'start', draft: opened.draft });
    else setOpenError(t.openFailed(opened.why));
  };

  return (
    <div className="app author" lang={lang} dir={lang === 'ur' ? 'rtl' : 'ltr'}>
      <header className="author-header">
        <h1>{t.title}</h1>
        <div className="author-tools">
          <button
            type="button"
            className="pill"
            lang={lang === 'ur' ? 'en' : 'ur'}
            onClick={() => setLang(lang === 'ur' ? 'en' : 'ur')}
          >
            {t.language}
          </button>
          <button type="button" className="pill" onClick={() => fileInput.current?.click()}>
            {t.openPackage}
          </button>
          <input
            ref={fileInput}
            type="file"
            accept=".zip,.txt,application/zip,text/plain"
            hidden
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (file) void open(file);
            }}
          />
          {draft ? (
            <>
              <button
                type="button"
                className="pill author-primary"
                onClick={() => download(packageZip(draft), `${draft.slug}.zip`)}
              >
                {t.exportZip}
              </button>
              <button
                type="button"
                className="pill"
                onClick={() => {
                  if (!window.confirm(t.confirmNew)) return;
                  void clearDraft();
                  setSelection(null);
                  send({ type: 'clear' });
                }}
              >
                {t.newArticle}
              </button>
            </>
          ) : null}
          <a className="pill" href="./">
            {t.back}
          </a>
        </div>
        <p className="author-saved" role="status" data-testid="author-saved">
          {saved === null ? '' : saved ? t.saved : t.notSaved}
        </p>
        {openError ? (
          <p className="author-error" role="alert">
            {openError}
          </p>
        ) : null}
      </header>
      {!state.loaded ? null : !draft ? (
        <main className="author-main">
          <ArticleSetup t={t} onStart={(article, slug) => send({ type: 'start', draft: draftFrom(article, slug) })} />
        </main>
      ) : (
        <main className="author-main author-columns">
          <div className="author-editor">
            <ArticleText
              t={t}
              article={draft.article}
              passages={passages}
              selection={selection}
              onSelect={setSelection}
            />
            <AboutSection t={t} draft={draft} dispatch={dispatch} />
            <PlacesSection t={t} draft={draft} world={WORLD} selection={selection} dispatch={dispatch} />
            <RelationsSection
              t={t}
              lang={lang}
              draft={draft}
              passages={passages}
              selection={selection}
              dispatch={dispatch}
            />
            <PassagesSection t={t} draft={draft} passages={passages} dispatch={dispatch} />
            <StepsSection t={t} lang={lang} draft={draft} dispatch={dispatch} />
          </div>
          <aside className="author-aside">
            <ProblemsList t={t} problems={problems} />
            <AuthorPreview t={t} lang={lang} draft={draft} />
          </aside>
        </main>
      )}
    </div>
  );
}
