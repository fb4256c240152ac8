import { unzipFiles, zipFiles, ZipError } from '../lib/zip.ts';
import { parseJson } from '../story/package/parseJson.ts';
import { KEBAB_CASE } from '../story/package/schema.ts';
import { draftJson, type Draft } from './draft.ts';

// A draft as a package folder in a zip (`<slug>/article.ur.txt`, `<slug>/story.json`: unzipped under
// stories/, it is a package the build, `npm run story:check` and `?story=<slug>` read), and back.

const ARTICLE = 'article.ur.txt';
const SOURCE = 'story.json';

/** The package's zip. */
export function packageZip(draft: Draft): Uint8Array {
  const enc = new TextEncoder();
  return zipFiles([
    { name: `${draft.slug}/${ARTICLE}`, data: enc.encode(draft.article) },
    { name: `${draft.slug}/${SOURCE}`, data: enc.encode(draftJson(draft)) },
  ]);
}

/** What opening a file gave: a draft to edit, or why not, in words for the author. */
export type Opened = { readonly ok: true; readonly draft: Draft } | { readonly ok: false; readonly why: string };

/**
 * Opens an exported package again: a zip holding a package folder (or the two files at its top). The
 * story.json is taken as it is, problems and all (the live checker lists them); only a file that is not
 * a package at all is refused.
 */
export async function openPackageZip(bytes: Uint8Array, fallbackSlug: string): Promise<Opened> {
  let files;
  try {
    files = await unzipFiles(bytes);
  } catch (e) {
    return { ok: false, why: e instanceof ZipError ? e.message : 'not a zip file' };
  }
  const source = files.find((f) => f.name === SOURCE || f.name.endsWith(`/${SOURCE}`));
  if (!source) return { ok: false, why: `it holds no ${SOURCE}` };
  const folder = source.name.slice(0, -SOURCE.length);
  const article = files.find((f) => f.name === `${folder}${ARTICLE}`);
  if (!article) return { ok: false, why: `it holds no ${ARTICLE} beside its ${SOURCE}` };
  const dec = new TextDecoder();
  const parsed = parseJson(dec.decode(source.data));
  if (!parsed.ok)
    return {
      ok: false,
      why: `its ${SOURCE} is not valid JSON (line ${parsed.error.line}, column ${parsed.error.column})`,
    };
  const json = parsed.value;
  if (
    typeof json !== 'object' ||
    json === null ||
    Array.isArray(json) ||
    !('entities' in json) ||
    !('relations' in json)
  )
    return { ok: false, why: `its ${SOURCE} is not a story package` };
  const name = folder.replace(/\/$/u, '').split('/').pop() ?? '';
  return {
    ok: true,
    draft: {
      slug: KEBAB_CASE.test(name) ? name : fallbackSlug,
      article: dec.decode(article.data),
      source: json as Draft['source'],
      rejected: [],
    },
  };
}
