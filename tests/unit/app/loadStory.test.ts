import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { loadStory, STORY_SLUGS, type ReadText } from '../../../src/app/loadStory.ts';
import { FIXTURES } from '../stories.ts';

// What the browser's fetch does, from the disk: the files' URLs are the project's own paths here.
const fromDisk: ReadText = (url) => readFile(`.${new URL(url, 'http://x/').pathname}`, 'utf8');

describe('loadStory', () => {
  it('knows every package under stories/ by its slug', () => {
    expect(STORY_SLUGS).toEqual(FIXTURES.map((f) => f.slug));
  });

  it.each(FIXTURES)('opens $slug as the same story the build checks', async ({ slug, story }) => {
    const opened = await loadStory(slug, fromDisk);
    expect(opened.kind).toBe('story');
    if (opened.kind === 'story') {
      expect(opened.story.slug).toBe(slug);
      expect(opened.story.relations).toEqual(story.relations);
      expect(opened.story.article).toBe(story.article);
    }
  });

  it('answers a file that cannot be fetched, or a story.json that is not JSON, with a problem, not a throw', async () => {
    const slug = FIXTURES[0]?.slug ?? '';
    const offline = await loadStory(slug, () => Promise.reject(new Error('HTTP 503')));
    expect(offline.kind === 'problems' && offline.problems[0]?.message).toMatch(/could not be loaded \(HTTP 503\)/u);
    const cut = await loadStory(slug, async (url) => (url.includes('story.json') ? '{"meta": ' : fromDisk(url)));
    expect(cut.kind === 'problems' && cut.problems[0]?.message).toMatch(/not valid JSON/u);
  });

  it('answers a slug it was not built with by saying so, without throwing', async () => {
    const opened = await loadStory('no-such-story');
    expect(opened).toEqual({
      kind: 'problems',
      slug: 'no-such-story',
      problems: [expect.objectContaining({ message: 'this app was built without that story' })],
    });
  });
});
