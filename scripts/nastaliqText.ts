import { readFileSync } from 'node:fs';
import { intlUrduText, urduGlyphText } from './lib/urduGlyphs.ts';
import { packagesText } from './storiesPlugin.ts';

/** Every character the build keeps in the Nastaliq font: the stories' (article and package), the Urdu
 * interface's (its message table, read as text, so a new message needs no second list), and what
 * Intl writes in Urdu (month names, "اور" between names, digits). */
export function nastaliqText(): string {
  const interfaceText = readFileSync(new URL('../src/i18n/ur.ts', import.meta.url), 'utf8');
  return urduGlyphText(packagesText() + interfaceText + intlUrduText());
}
