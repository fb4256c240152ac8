import { describe, expect, it } from 'vitest';
import { countryRoles } from '../../../src/story/roles.ts';
import { roleColor } from '../../../src/theme/roleColor.ts';
import { ROLE_TINTS } from '../../../src/theme/palette.ts';
import { ALBANIA, FIXTURES } from '../stories.ts';

describe('countryRoles', () => {
  it('gives the nine countries of the Albania story the roles its package assigns', () => {
    const roles = countryRoles(ALBANIA);
    expect(Object.fromEntries([...roles].map(([id, role]) => [id, role.id]))).toEqual({
      ALB: 'accuser',
      IRN: 'accused',
      USA: 'ally',
      ISR: 'earlier-target',
      SAU: 'earlier-target',
      ARE: 'earlier-target',
      JOR: 'earlier-target',
      KWT: 'earlier-target',
      CYP: 'earlier-target',
    });
  });

  it('agrees with the relations of the Albania story: accused of the attack, attacked, backing', () => {
    const role = (id: string) => countryRoles(ALBANIA).get(id)?.id;
    const rel = (type: string, source: string, target: string) =>
      ALBANIA.relations.some((r) => r.type === type && r.source === source && r.target === target);
    expect(rel('accuses', 'ALB', 'IRN') && role('IRN') === 'accused').toBe(true);
    expect(rel('cyberattack', 'IRN', 'ALB') && role('ALB') === 'accuser').toBe(true);
    expect(rel('supports', 'USA', 'ALB') && role('USA') === 'ally').toBe(true);
    for (const t of ['ISR', 'SAU', 'ARE', 'JOR', 'KWT', 'CYP'])
      expect(rel('cyberattack', 'notorious-group', t) && role(t) === 'earlier-target', t).toBe(true);
  });

  it('gives no role to an entity that is not a country, even if the package names one', () => {
    const story = { ...ALBANIA, entities: ALBANIA.entities.map((e) => (e.id === 'nato' ? { ...e, role: 'ally' } : e)) };
    expect(countryRoles(story).has('nato')).toBe(false);
  });
});

describe('roleColor', () => {
  it.each(FIXTURES)('gives each role of $slug its own tint, in legend order', ({ story }) => {
    const colors = story.roles.map((r) => roleColor(story, r));
    expect(colors).toEqual(ROLE_TINTS.slice(0, story.roles.length));
    expect(new Set(colors).size).toBe(colors.length);
  });
});
