import { FIGURES, formatValue, type Figures } from './figures.ts';
import type { Target } from './targets.ts';

/** How one target fared. */
export interface TargetResult {
  readonly target: Target;
  /** The app's figure. */
  readonly value: number | null;
  /** The bound it is held to (for a baseline bound: factor × the baseline's figure). */
  readonly limit: number | null;
  /** For a baseline bound: the app's figure over the baseline's, the number compared with the factor. */
  readonly ratio: number | null;
  readonly met: boolean;
  /** The target as written in the table, e.g. "≤ 1.10 × baseline map idle". */
  readonly wanted: string;
  /** "MISSED map idle: app/baseline 1.32 > 1.10", or undefined when met. */
  readonly missed: string | undefined;
}

const OP_TEXT = { '<': '<', '<=': '≤', '>=': '≥' } as const;
// What a miss looks like: the negation of the wanted relation.
const MISS_TEXT = { '<': '≥', '<=': '>', '>=': '<' } as const;

function holds(op: Target['op'], a: number, b: number): boolean {
  return op === '<' ? a < b : op === '<=' ? a <= b : a >= b;
}

/** Two decimals, or three where two would print a miss as equal to its bound (1.104 > 1.10). */
function ratioText(ratio: number, factor: number): string {
  const two = ratio.toFixed(2);
  return two === factor.toFixed(2) && ratio !== factor ? ratio.toFixed(3) : two;
}

/** Checks one target against the app's and the baseline's figures. A figure not measured is a miss. */
export function checkTarget(target: Target, app: Figures, baseline: Figures): TargetResult {
  const { name, figure, op, bound } = target;
  const info = FIGURES[figure];
  const value = app[figure];
  if ('fixed' in bound) {
    const wanted = `${OP_TEXT[op]} ${formatValue(bound.fixed, info.unit)}`;
    const base = { target, value, limit: bound.fixed, ratio: null, wanted };
    if (value === null) return { ...base, met: false, missed: `MISSED ${name}: not measured (${info.label})` };
    const met = holds(op, value, bound.fixed);
    const missed = met
      ? undefined
      : `MISSED ${name}: ${formatValue(value, info.unit)} ${MISS_TEXT[op]} ${formatValue(bound.fixed, info.unit)}`;
    return { ...base, met, missed };
  }
  const other = FIGURES[bound.baseline];
  const wanted = `${OP_TEXT[op]} ${bound.factor.toFixed(2)} × baseline ${other.label}`;
  const baseValue = baseline[bound.baseline];
  if (value === null)
    return {
      target,
      value,
      limit: null,
      ratio: null,
      wanted,
      met: false,
      missed: `MISSED ${name}: not measured (app ${info.label})`,
    };
  if (baseValue === null || baseValue <= 0) {
    return {
      target,
      value,
      limit: null,
      ratio: null,
      wanted,
      met: false,
      missed: `MISSED ${name}: no baseline ${other.label} to compare with`,
    };
  }
  const ratio = value / baseValue;
  const met = holds(op, ratio, bound.factor);
  // "app/baseline" when both sides are the same figure; else say which two figures are divided.
  const what = bound.baseline === figure ? 'app/baseline' : `app ${info.label} / baseline ${other.label}`;
  const missed = met
    ? undefined
    : `MISSED ${name}: ${what} ${ratioText(ratio, bound.factor)} ${MISS_TEXT[op]} ${bound.factor.toFixed(2)}`;
  return { target, value, limit: bound.factor * baseValue, ratio, wanted, met, missed };
}

/** Checks every target, in order. */
export function checkTargets(targets: readonly Target[], app: Figures, baseline: Figures): TargetResult[] {
  return targets.map((t) => checkTarget(t, app, baseline));
}
