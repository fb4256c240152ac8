import { describe, expect, it } from 'vitest';
import { countryRoles } from '../../../src/story/roles.ts';
import { entityTooltip, evidenceLines, nodeDescription, relationTooltip } from '../../../src/wording/tooltips.ts';
import { ALBANIA } from '../stories.ts';

const relation = (id: string) => {
  const r = ALBANIA.relations.find((x) => x.id === id);
  if (!r) throw new Error(id);
  return r;
};

describe('tooltips', () => {
  it('an arc says who does what to whom in English and in the article’s Urdu, alleged or stated, when, and its lines', () => {
    const t = relationTooltip(ALBANIA, relation('iran-attacks-albania'));
    expect(t.en).toBe('Iran → Albania: cyberattack');
    expect(t.ur).toBe('ایران ← البانیہ: سائبر حملہ اسلامی جمہوریہ ایران نے کروایا');
    expect(t.detail).toBe('Alleged · 15 July; about two months ago · evidence: line 3, 6, 11');
  });

  it('an arc without an article date shows our date marked as context, never as the article’s', () => {
    expect(relationTooltip(ALBANIA, relation('albania-severs-ties')).detail).toBe(
      'Stated · 7 September 2022 (context, not in the article) · evidence: line 1, 2',
    );
  });

  it('evidence lines are listed once each, even when a line holds two cited sentences', () => {
    expect(evidenceLines(ALBANIA, { ...relation('iran-denies-attack'), evidence: ['p13a', 'p13b'] })).toBe('13');
  });

  it('a country says its role and how many of its relations are shown', () => {
    const roles = countryRoles(ALBANIA);
    expect(entityTooltip(ALBANIA, 'KWT', roles.get('KWT'), ALBANIA.relations)).toEqual({
      en: 'Kuwait',
      ur: 'کویت',
      detail: 'Earlier target of the group · 1 relation shown',
    });
    expect(entityTooltip(ALBANIA, 'nowhere', undefined, [])).toBeNull();
  });

  it('a node’s accessible name says an actor is not a place', () => {
    expect(nodeDescription(ALBANIA, 'mandiant', undefined)).toBe('Mandiant (مینڈئینٹ), organisation, not a place');
    expect(nodeDescription(ALBANIA, 'ALB', countryRoles(ALBANIA).get('ALB'))).toBe(
      'Albania (البانیہ), Accuser, attacked in July',
    );
  });
});
