import type { Story } from '../story/types.ts';

interface Props {
  readonly story: Story;
  readonly relationCount: number;
}

/** The panel with nothing selected: what this is, how to use it, and what the sources are. */
export function Overview({ story, relationCount }: Props) {
  return (
    <section className="panel-body overview" aria-labelledby="panel-title">
      <h2 id="panel-title" tabIndex={-1}>What the article reports</h2>
      <p>
        Albania cut diplomatic ties with Iran, accusing it of a July cyberattack on Albanian government websites. The
        United States backed Albania; Iran condemned the expulsion of its diplomats and denied the attack. Albania says
        Tehran recruited a group that had earlier attacked six other countries.
      </p>
      <p className="hint">Choose a country, an arrow or a legend entry to read, in the article’s own Urdu, the sentences behind it.</p>
      <p className="source-note">
        {relationCount} relations drawn from one Urdu news article of {story.passages.length} sentences on{' '}
        {story.article.split('\n').length} lines. Quotes are exact slices of it; English glosses are our translation. Dashed
        arrows are claims the article reports as alleged.
      </p>
    </section>
  );
}
