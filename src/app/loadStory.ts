import { buildStory } from '../story/model.ts';
import { checkPackage, type Problem } from '../story/package/checkPackage.ts';
import type { Story } from '../story/types.ts';
import { parseJson } from '../story/package/parseJson.ts';

// Every package under stories/ is known by its slug at build time, but its files are fetched only
// when its story opens, as what they are (JSON and text, not script to be parsed as code), so one
// story never loads another's text. index.html asks early for the default story's (preloadPlugin).
const sources = import.meta.glob<string>('/stories/*/story.json', { query: '?url', import: 'default', eager: true });
const articles = import.meta.glob<string>('/stories/*/article.ur.txt', {
  query: '?url',
  import: 'default',
  eager: true,
});

/** Reads a file of the app's own as text (fetch in the browser; the unit tests read the disk). */
export type ReadText = (url: string) => Promise<string>;

const fetchText: ReadText = async (url) => {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  return res.text();
};

const sourcePath = (slug: string) => `/stories/${slug}/story.json`;
const articlePath = (slug: string) => `/stories/${slug}/article.ur.txt`;

/** The slugs of every story package the app was built with. */
export const STORY_SLUGS: readonly string[] = Object.keys(sources)
  .map((path) => path.split('/')[2] ?? '')
  .filter((slug) => articlePath(slug) in articles)
  .sort();

/** A story opened, or the reasons it could not be: what the page shows either way. */
export type OpenedStory =
  | { readonly kind: 'story'; readonly story: Story }
  | { readonly kind: 'problems'; readonly slug: string; readonly problems: readonly Problem[] };

/**
 * Loads a package, checks it (the same checker as the build and `npm run story:check`, without the
 * world's shapes) and builds its story. Never throws: a package that cannot be fetched or does not
 * pass comes back as its problems, for a clear page instead of a crash.
 */
export async function loadStory(slug: string, read: ReadText = fetchText): Promise<OpenedStory> {
  const sourceUrl = sources[sourcePath(slug)];
  const articleUrl = articles[articlePath(slug)];
  const failed = (message: string): OpenedStory => ({
    kind: 'problems',
    slug,
    problems: [{ path: `stories/${slug}`, message, severity: 'error' }],
  });
  if (sourceUrl === undefined || articleUrl === undefined) return failed('this app was built without that story');
  let text: string;
  let article: string;
  try {
    [text, article] = await Promise.all([read(sourceUrl), read(articleUrl)]);
  } catch (e) {
    return failed(
      `its files could not be loaded (${e instanceof Error ? e.message : String(e)}); check the connection and reload`,
    );
  }
  const parsed = parseJson(text);
  if (!parsed.ok)
    return failed(
      `its story.json is not valid JSON (line ${parsed.error.line}, column ${parsed.error.column}: ${parsed.error.message}); rebuild the app`,
    );
  const json = parsed.value;
  try {
    const { problems, pkg } = checkPackage(slug, article, json);
    return pkg
      ? { kind: 'story', story: buildStory(pkg) }
      : { kind: 'problems', slug, problems: problems.filter((p) => p.severity === 'error') };
  } catch (e) {
    // The checker never throws and buildStory only on a package the checker refused: reaching here
    // is a bug of ours, which still gets a page that says so rather than a blank one.
    return failed(`it could not be read (${e instanceof Error ? e.message : String(e)})`);
  }
}
