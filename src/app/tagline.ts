/** The app's one-line description under every story's title (also in the page shell, index.html). */
export const TAGLINE = 'An Urdu news article as a map: who did what to whom, and the exact words that say so.';
