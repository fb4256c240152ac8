import { describe, expect, it } from 'vitest';
import { SUBJECT_MAX, subjectProblem } from '../../../scripts/commitSubject.ts';

describe('subjectProblem', () => {
  it('passes a subject of up to 72 characters, whatever the body', () => {
    expect(subjectProblem(`${'a'.repeat(SUBJECT_MAX)}\n\n${'b'.repeat(500)}`)).toBeNull();
  });

  it('refuses a longer one, and says by how much', () => {
    expect(subjectProblem('a'.repeat(73))).toContain('73 characters');
  });

  it('counts characters, not bytes, and skips git’s comments and a leading blank line', () => {
    expect(subjectProblem('ا'.repeat(72))).toBeNull();
    expect(subjectProblem(`\n# Please enter the commit message\n${'a'.repeat(80)}`)).toContain('80 characters');
    expect(subjectProblem('# only comments\n\n')).toBe('the message has no subject');
  });
});
