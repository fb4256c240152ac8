import { useId, useState } from 'react';
import type { Draft, DraftAction } from './draft.ts';
import type { AuthorText } from './authorText.ts';
import type { WordSelection } from './ArticleText.tsx';
import { kebabId } from './scaffoldPackage.ts';
import { countryByAlpha3, type WorldFacts } from './worldFacts.ts';

interface Props {
  readonly t: AuthorText;
  readonly draft: Draft;
  readonly world: WorldFacts;
  readonly selection: WordSelection | null;
  readonly dispatch: (action: DraftAction) => void;
}

type NewKind = 'country' | 'organisation' | 'person' | 'city';
const NEW = '__new__';

/** The places and actors of the story: what the gazetteer found, to keep or remove, and the selected
 * words added as another surface of one of them or as a new one. */
export function PlacesSection({ t, draft, world, selection, dispatch }: Props) {
  const { entities } = draft.source;
  const [target, setTarget] = useState(NEW);
  const [kind, setKind] = useState<NewKind>('organisation');
  const [english, setEnglish] = useState('');
  const [iso3, setIso3] = useState('');
  const [standsFor, setStandsFor] = useState('');
  const [error, setError] = useState<string | null>(null);
  const ids = { target: useId(), kind: useId(), english: useId(), iso3: useId(), standsFor: useId(), error: useId() };
  const countries = entities.filter((e) => e.type === 'country');
  const words = selection ? draft.article.slice(selection.start, selection.end) : '';

  const add = () => {
    if (!selection || words === '') return setError(t.places.needSelection);
    const owner = entities.find((e) => e.surfaces.includes(words));
    if (owner) return setError(t.places.takenSurface(words, owner.names.en));
    if (target !== NEW) {
      dispatch({ type: 'add-surface', id: target, surface: words });
      return setError(null);
    }
    if (kind === 'country') {
      const c = countryByAlpha3(world, iso3.trim());
      if (!c) return setError(t.places.unknownIso(iso3.trim().toUpperCase() || '—'));
      const role = draft.source.roles[0]?.id;
      dispatch({
        type: 'add-entity',
        entity: {
          id: c.alpha3,
          type: 'country',
          iso3: c.alpha3,
          isoNumeric: c.numeric,
          names: { ur: words, en: c.en },
          surfaces: [words],
          ...(c.anchor ? { anchor: c.anchor } : {}),
          ...(role ? { role } : {}),
        },
      });
    } else {
      if (english.trim() === '') return setError(t.places.needName);
      let id = kebabId(english) || 'actor';
      for (let n = 2; entities.some((e) => e.id === id); n++) id = `${kebabId(english) || 'actor'}-${n}`;
      const as = kind === 'city' ? 'capital' : kind === 'person' ? 'leader' : 'government-organ';
      dispatch({
        type: 'add-entity',
        entity: {
          id,
          type: kind,
          names: { ur: words, en: english.trim() },
          surfaces: [words],
          ...(standsFor ? { standsFor: { country: standsFor, as } } : {}),
        },
      });
    }
    setEnglish('');
    setIso3('');
    setError(null);
  };

  return (
    <section className="author-section" aria-labelledby="author-places-heading">
      <h2 id="author-places-heading">{t.places.heading}</h2>
      <p>{t.places.intro}</p>
      <ul className="author-list">
        {entities.map((e, i) => (
          <li key={e.id} id={`author-entity-${i}`} tabIndex={-1} className="author-card">
            <div className="author-card-head">
              <strong>{e.names.en}</strong> <span lang="ur">{e.names.ur}</span>{' '}
              <span className="author-tag">{e.type}</span>
              {e.standsFor ? <span className="author-tag">→ {e.standsFor.country}</span> : null}
              <button
                type="button"
                className="pill author-remove"
                onClick={() => dispatch({ type: 'remove-entity', id: e.id })}
              >
                {t.places.remove(e.names.en)}
              </button>
            </div>
            <div className="author-chips">
              <span>{t.places.surfaces}:</span>
              {e.surfaces.map((s) => (
                <span key={s} className="author-chip" lang="ur">
                  {s}
                  <button
                    type="button"
                    aria-label={t.places.removeSurface(s)}
                    onClick={() => dispatch({ type: 'remove-surface', id: e.id, surface: s })}
                  >
                    ×
                  </button>
                </span>
              ))}
            </div>
          </li>
        ))}
      </ul>
      <fieldset className="author-add">
        <legend>
          {t.places.add}
          {words ? (
            <>
              : <span lang="ur">“{words}”</span>
            </>
          ) : null}
        </legend>
        <label htmlFor={ids.target}>{t.places.addTo}</label>
        <select id={ids.target} value={target} onChange={(e) => setTarget(e.target.value)}>
          <option value={NEW}>{t.places.asNew}</option>
          {entities.map((e) => (
            <option key={e.id} value={e.id}>
              {e.names.en}
            </option>
          ))}
        </select>
        {target === NEW ? (
          <>
            <label htmlFor={ids.kind}>{t.places.kind}</label>
            <select id={ids.kind} value={kind} onChange={(e) => setKind(e.target.value as NewKind)}>
              <option value="country">{t.places.country}</option>
              <option value="organisation">{t.places.organisation}</option>
              <option value="person">{t.places.person}</option>
              <option value="city">{t.places.city}</option>
            </select>
            {kind === 'country' ? (
              <>
                <label htmlFor={ids.iso3}>{t.places.iso3}</label>
                <input
                  id={ids.iso3}
                  type="text"
                  dir="ltr"
                  maxLength={3}
                  value={iso3}
                  onChange={(e) => setIso3(e.target.value)}
                />
              </>
            ) : (
              <>
                <label htmlFor={ids.english}>{t.places.englishName}</label>
                <input
                  id={ids.english}
                  type="text"
                  dir="ltr"
                  value={english}
                  onChange={(e) => setEnglish(e.target.value)}
                />
                <label htmlFor={ids.standsFor}>{t.places.standsFor}</label>
                <select id={ids.standsFor} value={standsFor} onChange={(e) => setStandsFor(e.target.value)}>
                  <option value="">{t.places.none}</option>
                  {countries.map((c) => (
                    <option key={c.id} value={c.id}>
                      {c.names.en}
                    </option>
                  ))}
                </select>
              </>
            )}
          </>
        ) : null}
        {error ? (
          <p id={ids.error} className="author-error" role="alert">
            {error}
          </p>
        ) : null}
        <button type="button" className="pill author-primary" onClick={add}>
          {t.places.addButton}
        </button>
      </fieldset>
    </section>
  );
}
