import type { Problem } from '../story/package/checkPackage.ts';
import type { AuthorText } from './authorText.ts';
import { problemTarget } from './problemTarget.ts';

interface Props {
  readonly t: AuthorText;
  readonly problems: readonly Problem[];
}

/** Moves focus to a field (a card takes focus itself; a heading or input too), scrolling it into view. */
function goTo(id: string): void {
  const el = document.getElementById(id);
  el?.scrollIntoView({ block: 'center' });
  el?.focus();
}

/** The live checker: the command line's problems, errors first, each a link to its place in the editor. */
export function ProblemsList({ t, problems }: Props) {
  const errors = problems.filter((p) => p.severity === 'error');
  const warnings = problems.filter((p) => p.severity === 'warning');
  return (
    <section
      className="author-section author-problems"
      aria-labelledby="author-problems-heading"
      data-testid="author-problems"
      data-errors={errors.length}
    >
      <h2 id="author-problems-heading">
        {t.problems.heading}:{' '}
        <span role="status">
          {problems.length === 0 ? t.problems.none : t.problems.count(errors.length, warnings.length)}
        </span>
      </h2>
      <ul className="author-list">
        {[...errors, ...warnings].map((p, i) => {
          const target = problemTarget(p.path);
          const text = (
            <>
              <span className={`author-severity author-severity-${p.severity}`}>
                {p.severity === 'error' ? t.problems.error : t.problems.warning}
              </span>{' '}
              <code dir="ltr">{p.path}</code>: {/* The checker speaks English, as on the command line. */}
              <span lang="en" dir="ltr">
                {p.message}
              </span>
            </>
          );
          return (
            <li key={`${i}-${p.path}`} data-severity={p.severity}>
              {target ? (
                <button type="button" className="author-link" onClick={() => goTo(target)}>
                  {text}
                </button>
              ) : (
                text
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
