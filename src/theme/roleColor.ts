import type { CountryRole } from '../story/roles.ts';
import type { Story } from '../story/types.ts';
import { ROLE_TINTS, UNKNOWN_TINT } from './palette.ts';

/** The tint of a role: its place in the package's list picks one of the palette's tints, so the
 * legend order and the colours always agree. */
export function roleColor(story: Story, role: CountryRole): string {
  const at = story.roles.findIndex((r) => r.id === role.id);
  return ROLE_TINTS[at] ?? UNKNOWN_TINT;
}
