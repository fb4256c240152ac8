import type { Selection } from '../state/viewState.ts';
import type { Story } from '../story/types.ts';

interface Props {
  readonly story: Story;
  readonly relationCount: number;
  readonly onSelect: (selection: Exclude<Selection, null>) => void;
  readonly onRead: () => void;
}

// Ways into the story for a first visit: the two questions readers come with, and the text itself.
const STARTS: readonly { readonly label: string; readonly selection: Exclude<Selection, null> }[] = [
  { label: 'What did Albania do to Iran?', selection: { kind: 'entity', id: 'ALB' } },
  { label: 'What does Iran say?', selection: { kind: 'entity', id: 'IRN' } },
  { label: 'Where does the United States stand?', selection: { kind: 'entity', id: 'USA' } },
  { label: 'Who was attacked before, says who?', selection: { kind: 'relation-kind', id: 'attack' } },
];

/** The panel with nothing selected: what this is, how to use it, and what the sources are. */
export function Overview({ story, relationCount, onSelect, onRead }: Props) {
  return (
    <section className="panel-body overview" aria-labelledby="panel-title">
      <h2 id="panel-title" tabIndex={-1}>What the article reports</h2>
      <p>
        Albania cut diplomatic ties with Iran, accusing it of a July cyberattack on Albanian government websites. The
        United States backed Albania; Iran condemned the expulsion of its diplomats and denied the attack. Albania says
        Tehran recruited a group that had earlier attacked six other countries.
      </p>
      <p className="hint">Choose a country, an arrow or a legend entry to read, in the article’s own Urdu, the sentences behind it.</p>
      <h3>Start with</h3>
      <ul className="starts">
        {STARTS.map((s) => (
          <li key={s.label}>
            <button type="button" className="chip" onClick={() => onSelect(s.selection)}>
              {s.label}
            </button>
          </li>
        ))}
        <li>
          <button type="button" className="chip" onClick={onRead}>
            Read the whole article
          </button>
        </li>
      </ul>
      <p className="source-note">
        {relationCount} relations drawn from one Urdu news article of {story.passages.length} sentences on{' '}
        {story.article.split('\n').length} lines. Quotes are exact slices of it; English glosses are our translation. Dashed
        arrows are claims the article reports as alleged.
      </p>
    </section>
  );
}
