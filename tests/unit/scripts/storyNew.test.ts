import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// The CLI itself, run as `npm run story:new` runs it (tsx), always with --out to a temporary
// folder: a test never writes under stories/.
const tmp = mkdtempSync(join(tmpdir(), 'story-new-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const FIXTURE = 'stories/test-fixture-student-exchange/article.ur.txt';

function storyNew(...args: string[]) {
  const run = spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/storyNew.ts', ...args], {
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('npm run story:new', { timeout: 60_000 }, () => {
  it('writes the three files under --out, reports what it found, and ends with the check command', () => {
    const run = storyNew(FIXTURE, 'cli-try', '--out', tmp);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    for (const file of ['article.ur.txt', 'story.json', 'TODO.md'])
      expect(existsSync(join(tmp, 'cli-try', file)), file).toBe(true);
    expect(readFileSync(join(tmp, 'cli-try', 'article.ur.txt')).equals(readFileSync(FIXTURE))).toBe(true);
    expect(run.stdout).toContain('countries: MYS ملائیشیا ×2, IDN انڈونیشیا ×3, JPN جاپان ×2');
    expect(run.stdout).toContain('the checker now reports 1 error');
    // Outside stories/, the check command says where the package is.
    expect(run.stdout.trimEnd().endsWith(`then run: npm run story:check cli-try -- --dir ${tmp}`)).toBe(true);
    expect(existsSync(join('stories', 'cli-try'))).toBe(false);
  });

  it('refuses to overwrite an existing package folder, and leaves it as it was', () => {
    const before = readFileSync(join(tmp, 'cli-try', 'story.json'), 'utf8');
    writeFileSync(join(tmp, 'cli-try', 'story.json'), `${before} `);
    const run = storyNew(FIXTURE, 'cli-try', `--out=${tmp}`);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/already exists: story:new never overwrites/u);
    expect(readFileSync(join(tmp, 'cli-try', 'story.json'), 'utf8')).toBe(`${before} `);
  });

  it('refuses a bad slug, an empty article and one that is not UTF-8, writing nothing', () => {
    const empty = join(tmp, 'empty.txt');
    const latin1 = join(tmp, 'latin1.txt');
    writeFileSync(empty, '');
    writeFileSync(latin1, Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]));
    const cases: [string[], RegExp][] = [
      [[FIXTURE, 'Bad_Slug', '--out', tmp], /is not a slug/u],
      [[empty, 'empty-one', '--out', tmp], /empty \(0 bytes\)/u],
      [[latin1, 'latin-one', '--out', tmp], /not UTF-8 text/u],
      [[join(tmp, 'missing.txt'), 'missing-one', '--out', tmp], /no file/u],
      [[FIXTURE], /usage: npm run story:new/u],
    ];
    for (const [args, message] of cases) {
      const run = storyNew(...args);
      expect(run.status, args.join(' ')).toBe(1);
      expect(run.stderr, args.join(' ')).toMatch(message);
    }
    for (const slug of ['empty-one', 'latin-one', 'missing-one']) expect(existsSync(join(tmp, slug)), slug).toBe(false);
  });
});
