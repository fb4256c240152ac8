import { namesOf } from '../story/describe.ts';
import type { ImpliedEnd, Story } from '../story/types.ts';

interface Props {
  readonly story: Story;
  readonly end: ImpliedEnd;
}

/** Says that an evidence sentence refers to an end of its relation without naming it, why we read
 * it so, and which lines name it: the reader can check our reading. */
export function ImpliedNote({ story, end }: Props) {
  const lineOf = (pid: string) => story.passages.find((p) => p.id === pid)?.line;
  return (
    <p className="implied-note">
      Line {lineOf(end.passage)} does not name {namesOf(story, end.entity).en}: {end.why} (see line {end.resolvedBy.map(lineOf).join(', ')}).
    </p>
  );
}
