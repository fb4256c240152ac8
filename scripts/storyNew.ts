// `npm run story:new <article.txt> <slug> [-- --out <dir>]`: scaffolds a story package from a plain
// Urdu article: stories/<slug>/article.ur.txt (a byte copy), story.json (the countries and capitals
// found, with anchors) and TODO.md (what to annotate by hand). Never overwrites: an existing
// package folder is refused. `--out` writes under another folder instead of stories/ (the tests
// write to a temporary one). The work is done by scaffoldPackage; this file reads and writes.
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { decodeArticle, slugProblem } from './lib/newPackageInput.ts';
import { checkCommand, scaffoldPackage } from '../src/author/scaffoldPackage.ts';
import { realCountryFacts, realGazetteer } from './lib/scaffoldWorld.ts';
import { ARTICLE_FILE, checkStoryFolder, SOURCE_FILE, STORIES_DIR } from './lib/storyFiles.ts';
import { countryShapes, worldGeography } from './lib/worldGeography.ts';

const USAGE = 'usage: npm run story:new <article.txt> <slug> [-- --out <dir>]';
const TODO_FILE = 'TODO.md';

function fail(message: string): never {
  console.error(`story:new: ${message}`);
  process.exit(1);
}

/** The command line: two positional arguments and an optional `--out <dir>` (or `--out=<dir>`). */
function parseArgs(args: readonly string[]): { articlePath: string; slug: string; out: string } {
  const positional: string[] = [];
  let out = STORIES_DIR;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--help' || arg === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else if (arg === '--out') {
      const dir = args[++i];
      if (dir === undefined || dir === '') fail(`--out needs a folder\n${USAGE}`);
      out = resolve(dir);
    } else if (arg.startsWith('--out=')) {
      out = resolve(arg.slice('--out='.length));
    } else if (arg.startsWith('-')) {
      fail(`unknown option ${arg}\n${USAGE}`);
    } else {
      positional.push(arg);
    }
  }
  const [articlePath, slug] = positional;
  if (articlePath === undefined || slug === undefined || positional.length > 2) fail(USAGE);
  return { articlePath, slug, out };
}

const { articlePath, slug, out } = parseArgs(process.argv.slice(2));
const problem = slugProblem(slug);
if (problem) fail(problem);
const folder = join(out, slug);
if (existsSync(folder))
  fail(
    `${folder} already exists: story:new never overwrites a package (pick another slug, or remove the folder yourself)`,
  );
if (!existsSync(articlePath)) fail(`no file ${articlePath}`);
if (!statSync(articlePath).isFile()) fail(`${articlePath} is not a file`);

const bytes = readFileSync(articlePath);
const decoded = decodeArticle(bytes);
if (!decoded.ok) fail(`${articlePath}: ${decoded.message}`);
for (const w of decoded.warnings) console.warn(`story:new: warning: ${w}`);

// The 50m shapes, read once: the anchors are computed on them and the checker tests them on them.
const shapes = countryShapes();
const scaffold = scaffoldPackage(decoded.text, slug, realGazetteer(), realCountryFacts(shapes));

mkdirSync(out, { recursive: true });
// Not recursive: if the folder appeared since the check above, this throws instead of writing into it.
mkdirSync(folder);
// The article goes over as the bytes read, not as the decoded text: byte for byte.
writeFileSync(join(folder, ARTICLE_FILE), bytes, { flag: 'wx' });
writeFileSync(join(folder, SOURCE_FILE), scaffold.json, { flag: 'wx' });
writeFileSync(join(folder, TODO_FILE), scaffold.todo, { flag: 'wx' });

// Relative inside the project, absolute elsewhere (a temporary --out), never "../../tmp/...".
const inside = relative(process.cwd(), folder);
const shown = inside === '' || inside.startsWith('..') ? folder : inside;
console.log(`story:new: wrote ${shown}/ (${ARTICLE_FILE}, ${bytes.length} bytes; ${SOURCE_FILE}; ${TODO_FILE})`);
for (const line of scaffold.summary) console.log(`  ${line}`);
const { problems } = checkStoryFolder(slug, worldGeography(shapes), out);
const errors = problems.filter((p) => p.severity === 'error');
console.log(
  `  the checker now reports ${errors.length} error${errors.length === 1 ? '' : 's'} and ${problems.length - errors.length} warning${problems.length - errors.length === 1 ? '' : 's'} (work left: see ${TODO_FILE})`,
);
for (const p of errors) console.log(`    error  ${p.path}: ${p.message}`);
console.log(`\nNext: annotate by hand what ${shown}/${TODO_FILE} lists,`);
// Until its first relation, the package has an error: the build and `npm test` refuse it there.
if (resolve(out) === STORIES_DIR)
  console.log('(until it has a relation, the build and npm test refuse it: annotate before you build)');
console.log(resolve(out) === STORIES_DIR ? checkCommand(slug) : `${checkCommand(slug)} -- --dir ${out}`);
