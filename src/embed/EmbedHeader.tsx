import { useMessages } from '../i18n/useMessages.ts';
import { langAttributes } from '../i18n/lang.ts';
import type { Story } from '../story/types.ts';

interface Props {
  readonly story: Story;
  /** The standalone app's address for the same view. */
  readonly fullMapHref: string;
}

/** The embed's one line above the map: the story's title and source, and the way to the full map
 * (a new tab, with the same view), since a frame is no place for the whole app. */
export function EmbedHeader({ story, fullMapHref }: Props) {
  const { lang, t } = useMessages();
  return (
    <header className="embed-header">
      <p className="embed-title">
        <strong {...langAttributes(lang)}>{story.meta.title[lang]}</strong>{' '}
        <span className="embed-source">
          · {t.app.source}
          {t.colon}
          <span {...langAttributes(lang)}>{story.meta.source[lang]}</span>
        </span>
      </p>
      <a className="embed-open" href={fullMapHref} target="_blank" rel="noopener">
        {t.app.openFullMap}
      </a>
    </header>
  );
}
