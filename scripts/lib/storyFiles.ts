import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkPackage, type CheckResult, type Geography } from '../../src/story/package/checkPackage.ts';
import { KEBAB_CASE as SLUG_PATTERN } from '../../src/story/package/schema.ts';
import { describeJsonError, parseJson } from '../../src/story/package/parseJson.ts';

/** The folder that holds every story package, `stories/` at the project's top. */
// From the file's path, not `new URL(..., import.meta.url)`: a component test's DOM (happy-dom) puts
// its own URL class in the global scope, which Node's fileURLToPath does not take.
export const STORIES_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../stories');

/** The two files of a package. */
export const ARTICLE_FILE = 'article.ur.txt';
export const SOURCE_FILE = 'story.json';

/** Slugs of every package folder (a folder with both files), sorted. */
export function listStorySlugs(dir = STORIES_DIR): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter(
      (d) =>
        d.isDirectory() && existsSync(join(dir, d.name, ARTICLE_FILE)) && existsSync(join(dir, d.name, SOURCE_FILE)),
    )
    .map((d) => d.name)
    .sort();
}

/** The raw files of one package: the article byte for byte, and the annotation as parsed JSON (or
 * the parse error, which the checker reports like any other problem). */
export function readStoryFiles(
  slug: string,
  dir = STORIES_DIR,
): { article: string; json: unknown; jsonError: string | null } {
  const folder = join(dir, slug);
  const article = readFileSync(join(folder, ARTICLE_FILE), 'utf8');
  const text = readFileSync(join(folder, SOURCE_FILE), 'utf8');
  // An author's editor counts lines and columns, not characters: the error says where, and shows the line.
  const parsed = parseJson(text);
  return parsed.ok
    ? { article, json: parsed.value, jsonError: null }
    : { article, json: null, jsonError: describeJsonError(parsed.error) };
}

/** Reads and checks one package from disk. */
export function checkStoryFolder(slug: string, geography?: Geography, dir = STORIES_DIR): CheckResult {
  if (!SLUG_PATTERN.test(slug)) {
    return {
      problems: [
        { path: slug, message: 'a slug is lower-case letters and digits joined by hyphens', severity: 'error' },
      ],
      pkg: null,
    };
  }
  if (!existsSync(join(dir, slug, ARTICLE_FILE)) || !existsSync(join(dir, slug, SOURCE_FILE))) {
    return {
      problems: [
        {
          path: `stories/${slug}`,
          message: `no story package here (it needs ${ARTICLE_FILE} and ${SOURCE_FILE})`,
          severity: 'error',
        },
      ],
      pkg: null,
    };
  }
  const { article, json, jsonError } = readStoryFiles(slug, dir);
  if (jsonError !== null)
    return {
      problems: [{ path: SOURCE_FILE, message: `not valid JSON at ${jsonError}`, severity: 'error' }],
      pkg: null,
    };
  return checkPackage(slug, article, json, geography);
}
