/** The story the app opens when the address names none; its open data stays at data/story.json and
 * data/relations.csv, where links published before stories were packages still point. */
export const DEFAULT_STORY = 'albania-iran-cyberattack';
