// `npm run story:check [slug…]`: checks story packages and prints what each holds.
// With no slug, every package under stories/ (or under --dir <folder>). Exits 1 when any package has an error.
// `--suggest` also prints how many of each package's relations the author mode's suggestions find from
// the raw text alone (the gazetteer's places), with the right ends, direction and type.
import { buildStory } from '../src/story/model.ts';
import type { Problem } from '../src/story/package/checkPackage.ts';
import { storySummary } from './lib/storySummary.ts';
import { resolve } from 'node:path';
import { checkStoryFolder, listStorySlugs, STORIES_DIR } from './lib/storyFiles.ts';
import { worldGeography } from './lib/worldGeography.ts';
import { findPlaces } from '../src/gazetteer/findPlaces.ts';
import { placesAsThings } from '../src/author/placesAsThings.ts';
import { suggestRelations } from '../src/author/suggestRelations.ts';
import type { Story } from '../src/story/types.ts';
import { alpha3Of } from './lib/countryCodes.ts';
import { realGazetteer } from './lib/scaffoldWorld.ts';
import { suggestionScore } from './lib/suggestionScore.ts';

// `--dir <folder>` checks packages outside stories/ (one scaffolded with `story:new --out`).
const args = process.argv.slice(2);
const dirAt = args.indexOf('--dir');
const dir = dirAt === -1 ? STORIES_DIR : resolve(args[dirAt + 1] ?? '.');
const withSuggestions = args.includes('--suggest');
const asked = args.filter((a, i) => !a.startsWith('-') && (dirAt === -1 || i !== dirAt + 1));
const slugs = asked.length > 0 ? asked : listStorySlugs(dir);
if (slugs.length === 0) {
  console.error(`story:check: no story packages under ${dir}`);
  process.exit(1);
}

const geography = worldGeography();

/** The suggestions' figure for one story, made from its raw text as author mode makes them. */
function suggestionLine(story: Story): string {
  const g = realGazetteer();
  const things = placesAsThings(findPlaces(story.article, g.urduNames, g.variants), alpha3Of);
  const score = suggestionScore(story, suggestRelations(story.article, story.passages, things));
  return `suggestions from the raw text: ${score.right.length} of ${score.of} relations with the right ends, direction and type (${score.made} suggested, ${score.wrong} not in the package)${score.right.length > 0 ? `: ${score.right.join(', ')}` : ''}`;
}
const line = (p: Problem) => `  ${p.severity === 'error' ? 'error' : 'warning'}  ${p.path}: ${p.message}`;
let failed = 0;
for (const slug of slugs) {
  const { problems, pkg } = checkStoryFolder(slug, geography, dir);
  const errors = problems.filter((p) => p.severity === 'error');
  const warnings = problems.filter((p) => p.severity === 'warning');
  console.log(
    `\n${slug}: ${errors.length === 0 ? 'ok' : 'FAILED'} (${errors.length} error${errors.length === 1 ? '' : 's'}, ${warnings.length} warning${warnings.length === 1 ? '' : 's'})`,
  );
  for (const p of [...errors, ...warnings]) console.log(line(p));
  if (pkg) {
    const story = buildStory(pkg);
    for (const text of storySummary(story)) console.log(`  ${text}`);
    if (withSuggestions) console.log(`  ${suggestionLine(story)}`);
  }
  if (errors.length > 0) failed++;
}
console.log(`\n${slugs.length - failed} of ${slugs.length} package${slugs.length === 1 ? '' : 's'} passed.`);
process.exit(failed > 0 ? 1 : 0);
