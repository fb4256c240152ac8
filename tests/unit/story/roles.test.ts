import { describe, expect, it } from 'vitest';
import { STORY } from '../../../src/story/article.ts';
import { countryRoles } from '../../../src/story/roles.ts';

describe('countryRoles', () => {
  it('derives the roles of the nine countries from the relations', () => {
    const roles = countryRoles(STORY);
    expect(Object.fromEntries(roles)).toEqual({
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

  it('gives no role to a country the relations do not touch', () => {
    const story = { ...STORY, relations: STORY.relations.filter((r) => r.target !== 'CYP') };
    expect(countryRoles(story).has('CYP')).toBe(false);
  });
});
