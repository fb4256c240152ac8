import articleText from './article.ur.txt?raw';
import { buildStory } from './model.ts';
import type { Story } from './types.ts';

/** The article, byte for byte as shipped in `article.ur.txt`. */
export const ARTICLE: string = articleText;

/** The story model of the article, built once at start-up. */
export const STORY: Story = buildStory(ARTICLE);
