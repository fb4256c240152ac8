import { nameIn, noteIn } from '../wording/describe.ts';
import { langAttributes } from '../i18n/lang.ts';
import { useMessages } from '../i18n/useMessages.ts';
import type { ImpliedEnd, Story } from '../story/types.ts';

interface Props {
  readonly story: Story;
  readonly end: ImpliedEnd;
}

/** Says that an evidence sentence refers to an end of its relation without naming it, why we read
 * it so, and which lines name it: the reader can check our reading. */
export function ImpliedNote({ story, end }: Props) {
  const { lang, t } = useMessages();
  const lineOf = (pid: string) => story.passages.find((p) => p.id === pid)?.line ?? 0;
  // The reason is the package's own note, in the reader's language where it gives one (marked with
  // its language either way).
  const why = noteIn(end, lang);
  return (
    <p className="implied-note">
      {t.panel.implied(lineOf(end.passage), nameIn(story, end.entity, lang))}
      <span {...langAttributes(why.lang)}>{why.text}</span>
      {t.panel.impliedSee(end.resolvedBy.map(lineOf))}
    </p>
  );
}
