import './app.css';
import type { Problem } from '../story/package/checkPackage.ts';

interface Props {
  readonly slug: string;
  readonly problems: readonly Problem[];
}

/** What the page says when a story package cannot be opened: which, why (each problem with its
 * place in the package), and a way to the default story. Shown instead of a blank or crashed page. */
export function StoryProblems({ slug, problems }: Props) {
  return (
    <div className="app">
      <main className="story-problems" role="alert">
        <h1>This story could not be opened</h1>
        <p>
          The story package <code>{slug}</code> has{' '}
          {problems.length === 1 ? 'a problem' : `${problems.length} problems`}:
        </p>
        <ul>
          {problems.map((p) => (
            <li key={`${p.path}:${p.message}`}>
              <code>{p.path}</code>: {p.message}
            </li>
          ))}
        </ul>
        <p>
          <a href="./">Open the default story</a>
        </p>
      </main>
    </div>
  );
}
