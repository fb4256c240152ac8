import { useId, useState } from 'react';
import { KEBAB_CASE } from '../story/package/schema.ts';
import type { AuthorText } from './authorText.ts';

interface Props {
  readonly t: AuthorText;
  /** Starts a draft from the article and its package name. */
  readonly onStart: (article: string, slug: string) => void;
}

/** The first screen of author mode: paste an article (or open a file, from the header), name its
 * package, and start. */
export function ArticleSetup({ t, onStart }: Props) {
  const [article, setArticle] = useState('');
  const [slug, setSlug] = useState('my-story');
  const [error, setError] = useState<string | null>(null);
  const ids = { article: useId(), slug: useId(), error: useId() };
  const start = () => {
    if (article.trim() === '') setError(t.setup.empty);
    else if (!KEBAB_CASE.test(slug)) setError(t.setup.badSlug);
    else onStart(article, slug);
  };
  return (
    <section className="author-section" aria-labelledby="author-setup-heading">
      <h2 id="author-setup-heading">{t.setup.heading}</h2>
      <p>{t.setup.privacy}</p>
      <label htmlFor={ids.article}>{t.setup.paste}</label>
      <textarea
        id={ids.article}
        className="author-article-input"
        lang="ur"
        dir="rtl"
        rows={12}
        value={article}
        onChange={(e) => setArticle(e.target.value)}
        aria-describedby={error ? ids.error : undefined}
      />
      <label htmlFor={ids.slug}>{t.setup.slug}</label>
      <input
        id={ids.slug}
        type="text"
        dir="ltr"
        value={slug}
        onChange={(e) => setSlug(e.target.value.trim())}
        spellCheck={false}
      />
      {error ? (
        <p id={ids.error} className="author-error" role="alert">
          {error}
        </p>
      ) : null}
      <button type="button" className="pill author-primary" onClick={start}>
        {t.setup.start}
      </button>
    </section>
  );
}
