/**
 * `tsx scripts/together.ts a b …`: runs the npm scripts a, b, … side by side and fails when any
 * fails; each one's output is printed whole once all have ended. npm test runs its typecheck and lint
 * this way: each is one single-threaded process, so on two cores together they take about as long as
 * the slower one.
 */
import { runTogether } from './lib/runTogether.ts';

// Under npm (npm test), npm_execpath is npm's own script: run it with this Node, with no shell between
// (on Windows `npm` alone is npm.cmd, which only a shell starts). Run by hand, `npm` from PATH.
const npm = process.env['npm_execpath'];
const names = process.argv.slice(2);
process.exitCode = await runTogether(
  names.map((name) => ({
    name: `npm run ${name}`,
    program: npm ? process.execPath : 'npm',
    args: [...(npm ? [npm] : []), 'run', '--silent', name],
  })),
  (text) => process.stdout.write(text),
);
