import type { Story } from '../story/types.ts';

interface Props {
  readonly story: Story;
}

/** The panel with nothing selected: what this is, how to use it, and where the data is. */
export function Overview({ story }: Props) {
  return (
    <section className="overview" aria-labelledby="overview-title">
      <h2 id="overview-title">What the article reports</h2>
      <p>
        Albania cut diplomatic ties with Iran, accusing it of a July cyberattack on Albanian government websites. The
        United States backed Albania; Iran condemned the expulsion of its diplomats and denied the attack. Albania says
        the group behind it had earlier attacked six other countries.
      </p>
      <p className="hint">Select a country on the map to read, in the article’s own Urdu, every sentence that names it.</p>
      <p className="source-note">
        Source: one Urdu news article, {story.passages.length} sentences on {story.article.split('\n').length} lines. Quotes
        are exact slices of it; English glosses are our translation.
      </p>
    </section>
  );
}
