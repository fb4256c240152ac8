import { describe, expect, it } from 'vitest';
import { loadStory, STORY_SLUGS } from '../../../src/app/loadStory.ts';
import { FIXTURES } from '../stories.ts';

describe('loadStory', () => {
  it('knows every package under stories/ by its slug', () => {
    expect(STORY_SLUGS).toEqual(FIXTURES.map((f) => f.slug));
  });

  it.each(FIXTURES)('opens $slug as the same story the build checks', async ({ slug, story }) => {
    const opened = await loadStory(slug);
    expect(opened.kind).toBe('story');
    if (opened.kind === 'story') {
      expect(opened.story.slug).toBe(slug);
      expect(opened.story.relations).toEqual(story.relations);
      expect(opened.story.article).toBe(story.article);
    }
  });

  it('answers a slug it was not built with by saying so, without throwing', async () => {
    const opened = await loadStory('no-such-story');
    expect(opened).toEqual({ kind: 'problems', slug: 'no-such-story', problems: [expect.objectContaining({ message: 'this app was built without that story' })] });
  });
});
