// Every story package under stories/, checked and built once for the unit tests. Invariant tests
// loop over all of them (as Observable Plot's tests loop over every fixture), so a new package is
// covered the moment it is added; tests about one article's content name its slug.
import { checkStoryFolder, listStorySlugs } from '../../scripts/lib/storyFiles.ts';
import { buildStory, type StoryPackage } from '../../src/story/model.ts';
import { DEFAULT_STORY } from '../../src/story/package/defaultStory.ts';
import type { Story } from '../../src/story/types.ts';

/** A package and the story built from it. */
export interface Fixture {
  readonly slug: string;
  readonly pkg: StoryPackage;
  readonly story: Story;
}

function load(): Fixture[] {
  return listStorySlugs().map((slug) => {
    const { pkg, problems } = checkStoryFolder(slug);
    if (!pkg)
      throw new Error(
        `stories/${slug} does not pass the checker:\n${problems.map((p) => `${p.path}: ${p.message}`).join('\n')}`,
      );
    return { slug, pkg, story: buildStory(pkg) };
  });
}

/** Every package, in slug order. */
export const FIXTURES: readonly Fixture[] = load();

/** The story of one package, by slug. */
export function storyOf(slug: string): Story {
  const f = FIXTURES.find((x) => x.slug === slug);
  if (!f) throw new Error(`no story package "${slug}"`);
  return f.story;
}

/** The first story: Albania, Iran and the cyberattack. */
export const ALBANIA: Story = storyOf(DEFAULT_STORY);
