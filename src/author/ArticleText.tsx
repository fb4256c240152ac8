import { useId, useRef, useState } from 'react';
import type { Passage, Span } from '../story/types.ts';
import type { AuthorText } from './authorText.ts';

/** Words the author selected in the article: their span, and the passage that holds them whole. */
export interface WordSelection extends Span {
  readonly passage: Passage | null;
}

interface Props {
  readonly t: AuthorText;
  readonly article: string;
  readonly passages: readonly Passage[];
  readonly selection: WordSelection | null;
  readonly onSelect: (selection: WordSelection | null) => void;
}

/** Trims spaces and punctuation off both ends of a span: a double-click or Shift+arrow selection
 * often takes the space after a word, and a surface or wording is words only. */
function trimSpan(text: string, { start, end }: Span): Span {
  while (start < end && /[\s۔،؛؟!.,:;"“”]/u.test(text[start] ?? '')) start++;
  while (end > start && /[\s۔،؛؟!.,:;"“”]/u.test(text[end - 1] ?? '')) end--;
  return { start, end };
}

/**
 * The article as the author selects words in it: a read-only text area (so a keyboard selects with
 * Shift and the arrows, and offsets are the article's own), plus a box that finds typed words and
 * selects them. The selection is reported with the sentence that holds it, or none across two.
 */
export function ArticleText({ t, article, passages, selection, onSelect }: Props) {
  const area = useRef<HTMLTextAreaElement>(null);
  const [find, setFind] = useState('');
  const [notFound, setNotFound] = useState(false);
  const ids = { area: useId(), find: useId(), status: useId() };
  const report = (raw: Span) => {
    const span = trimSpan(article, raw);
    if (span.end <= span.start) return onSelect(null);
    const passage = passages.find((p) => p.start <= span.start && span.end <= p.end) ?? null;
    onSelect({ ...span, passage });
  };
  const readSelection = () => {
    const el = area.current;
    if (el) report({ start: el.selectionStart, end: el.selectionEnd });
  };
  const findWords = () => {
    const words = find.trim();
    if (words === '') return;
    // The next occurrence after the current selection, wrapping round: pressing again moves on.
    const from = selection ? selection.start + 1 : 0;
    let at = article.indexOf(words, from);
    if (at === -1) at = article.indexOf(words);
    setNotFound(at === -1);
    if (at === -1) return;
    const el = area.current;
    el?.focus();
    el?.setSelectionRange(at, at + words.length);
    report({ start: at, end: at + words.length });
  };
  const words = selection ? article.slice(selection.start, selection.end) : '';
  return (
    <section className="author-section" aria-labelledby="author-text-heading">
      <h2 id="author-text-heading">
        {t.text.heading} <span className="author-count">({t.text.sentences(passages.length)})</span>
      </h2>
      <label htmlFor={ids.area}>{t.text.select}</label>
      <textarea
        id={ids.area}
        ref={area}
        className="author-article-text"
        lang="ur"
        dir="rtl"
        readOnly
        rows={10}
        value={article}
        onSelect={readSelection}
        onKeyUp={readSelection}
        onMouseUp={readSelection}
        aria-describedby={ids.status}
      />
      <div className="author-find">
        <label htmlFor={ids.find}>{t.text.find}</label>
        <input
          id={ids.find}
          type="search"
          lang="ur"
          dir="rtl"
          value={find}
          onChange={(e) => setFind(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              findWords();
            }
          }}
        />
        <button type="button" className="pill" onClick={findWords}>
          {t.text.findButton}
        </button>
      </div>
      <p id={ids.status} className="author-selection" role="status" data-testid="author-selection">
        {notFound
          ? t.text.notFound
          : selection
            ? selection.passage
              ? t.text.selected(words, selection.passage.id)
              : t.text.acrossSentences
            : t.text.nothing}
      </p>
    </section>
  );
}
