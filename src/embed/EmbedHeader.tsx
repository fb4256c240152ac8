import type { Story } from '../story/types.ts';

interface Props {
  readonly story: Story;
  /** The standalone app's address for the same view. */
  readonly fullMapHref: string;
}

/** The embed's one line above the map: the story's title and source, and the way to the full map
 * (a new tab, with the same view), since a frame is no place for the whole app. */
export function EmbedHeader({ story, fullMapHref }: Props) {
  return (
    <header className="embed-header">
      <p className="embed-title">
        <strong>{story.meta.title.en}</strong> <span className="embed-source">· Source: {story.meta.source.en}</span>
      </p>
      <a className="embed-open" href={fullMapHref} target="_blank" rel="noopener">
        Open full map ↗
      </a>
    </header>
  );
}
