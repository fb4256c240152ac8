import type { TargetResult } from './checkTargets.ts';
import { FIGURE_NAMES, FIGURES, formatValue, type Figures } from './figures.ts';

/** The app's figure over the baseline's, when both are there and the baseline's is not zero. */
export function ratioOf(app: number | null, baseline: number | null): number | null {
  return app === null || baseline === null || baseline === 0 ? null : app / baseline;
}

function targetCell(results: readonly TargetResult[]): string {
  return results
    .map((r) => {
      // A bound on another baseline figure says what the compared ratio came to.
      const ratio =
        r.ratio !== null && 'baseline' in r.target.bound && r.target.bound.baseline !== r.target.figure
          ? ` (is ${r.ratio.toFixed(2)})`
          : '';
      return `${r.wanted}${ratio}: ${r.met ? 'met' : '**missed**'}`;
    })
    .join('; ');
}

/**
 * The figures as a markdown table (to paste into docs/performance.md): one row per figure either page has,
 * with the app's and the baseline's medians, the ratio, and the target if there is one.
 */
export function markdownTable(
  app: Figures,
  baseline: Figures,
  results: readonly TargetResult[],
  runs: { pages: number; lighthouse: number },
): string {
  const lines = [
    `| Figure (median of ${runs.pages} runs; Lighthouse of ${runs.lighthouse}) | App | Baseline | App/baseline | Target |`,
    '| --- | ---: | ---: | ---: | --- |',
  ];
  for (const name of FIGURE_NAMES) {
    const mine = results.filter((r) => r.target.figure === name);
    const a = app[name];
    const b = baseline[name];
    if (a === null && b === null && mine.length === 0) continue;
    const { label, unit } = FIGURES[name];
    const ratio = ratioOf(a, b);
    lines.push(
      `| ${label} | ${formatValue(a, unit)} | ${formatValue(b, unit)} | ${ratio === null ? '—' : ratio.toFixed(2)} | ${targetCell(mine)} |`,
    );
  }
  return lines.join('\n');
}
