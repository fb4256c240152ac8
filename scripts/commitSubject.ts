// `tsx scripts/commitSubject.ts <file | ->`: checks a commit message's subject (its first line), as the
// commit-msg hook (.githooks/commit-msg) and CI (.ci/run, on the last commit) do. Exits 1 with the reason.
import { readFileSync } from 'node:fs';

/** The longest subject `git log --oneline` shows whole in an 80-column terminal, beside its hash. */
export const SUBJECT_MAX = 72;

/** What is wrong with a commit message's subject, or null: empty, or longer than SUBJECT_MAX characters
 * (counted as characters, not bytes: an Urdu word is not three times as long). Git's comment lines and a
 * leading blank line are not the subject. */
export function subjectProblem(message: string): string | null {
  const subject = message.split('\n').find((line) => line.trim() !== '' && !line.startsWith('#'));
  if (subject === undefined) return 'the message has no subject';
  // Counted as a reader sees them (grapheme clusters): a letter with its vowel mark is one.
  const length = [...new Intl.Segmenter('und', { granularity: 'grapheme' }).segment(subject.trimEnd())].length;
  return length > SUBJECT_MAX
    ? `the subject is ${length} characters; keep it to ${SUBJECT_MAX} or fewer, and put the rest in the body`
    : null;
}

if (process.argv[1]?.endsWith('commitSubject.ts')) {
  const from = process.argv[2] ?? '-';
  const problem = subjectProblem(readFileSync(from === '-' ? 0 : from, 'utf8'));
  if (problem) {
    console.error(`commit message: ${problem}`);
    process.exit(1);
  }
}
