/**
 * `tsx scripts/together.ts a b …`: runs the npm scripts a, b, … side by side and fails when any
 * fails (npm test runs its typecheck and lint this way). Each one's output is printed whole when it ends.
 */
import { runTogether } from './lib/runTogether.ts';

const names = process.argv.slice(2);
process.exitCode = await runTogether(
  names.map((name) => ({ name: `npm run ${name}`, program: 'npm', args: ['run', '--silent', name] })),
  (text) => process.stdout.write(text),
);
