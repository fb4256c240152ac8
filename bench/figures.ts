/** Every figure the bench reports for a page, as the medians over its runs (null: not measured). */
export type FigureName =
  | 'textPaint'
  | 'fcp'
  | 'mapIdle'
  | 'tbt'
  | 'blocking'
  | 'longTasks'
  | 'longTaskSum'
  | 'longestTask'
  | 'jsBytes'
  | 'cssBytes'
  | 'fontBytes'
  | 'dataBytes'
  | 'documentBytes'
  | 'imageBytes'
  | 'totalBytes'
  | 'clickToPanel'
  | 'clickToQuotes'
  | 'stepToStep'
  | 'lighthouseScore'
  | 'lighthouseFcp'
  | 'lighthouseLcp'
  | 'lighthouseTbt'
  | 'lighthouseSi'
  | 'lighthouseCls';

/** How a figure is written: milliseconds, bytes (shown in kB), a count, a 0–1 score, a layout-shift score. */
export type Unit = 'ms' | 'bytes' | 'count' | 'score' | 'cls';

/** A figure's name in the table and in MISSED lines, and its unit. */
export interface FigureInfo {
  readonly label: string;
  readonly unit: Unit;
}

/** The figures in the order the table lists them. */
export const FIGURES: Readonly<Record<FigureName, FigureInfo>> = {
  textPaint: { label: 'story text painted', unit: 'ms' },
  fcp: { label: 'first contentful paint', unit: 'ms' },
  mapIdle: { label: 'map idle', unit: 'ms' },
  tbt: { label: 'total blocking time (FCP → map idle)', unit: 'ms' },
  blocking: { label: 'blocking time (navigation → map idle)', unit: 'ms' },
  longTasks: { label: 'long tasks before map idle', unit: 'count' },
  longTaskSum: { label: 'long tasks, summed', unit: 'ms' },
  longestTask: { label: 'longest task', unit: 'ms' },
  jsBytes: { label: 'JavaScript (gzip)', unit: 'bytes' },
  cssBytes: { label: 'CSS (gzip)', unit: 'bytes' },
  fontBytes: { label: 'fonts', unit: 'bytes' },
  dataBytes: { label: 'data (gzip)', unit: 'bytes' },
  documentBytes: { label: 'document (gzip)', unit: 'bytes' },
  imageBytes: { label: 'images', unit: 'bytes' },
  totalBytes: { label: 'all bytes by map idle', unit: 'bytes' },
  clickToPanel: { label: 'click on Albania → panel painted', unit: 'ms' },
  clickToQuotes: { label: 'click on Albania → its quotes in the page, painted', unit: 'ms' },
  stepToStep: { label: '→ in story mode → next step painted', unit: 'ms' },
  lighthouseScore: { label: 'Lighthouse desktop performance', unit: 'score' },
  lighthouseFcp: { label: 'Lighthouse FCP', unit: 'ms' },
  lighthouseLcp: { label: 'Lighthouse LCP', unit: 'ms' },
  lighthouseTbt: { label: 'Lighthouse TBT', unit: 'ms' },
  lighthouseSi: { label: 'Lighthouse Speed Index', unit: 'ms' },
  lighthouseCls: { label: 'Lighthouse CLS', unit: 'cls' },
};

/** The figure names in table order. */
export const FIGURE_NAMES = Object.keys(FIGURES) as FigureName[];

/** One page's figures. */
export type Figures = Readonly<Record<FigureName, number | null>>;

/** A page with nothing measured yet. */
export function noFigures(): Record<FigureName, number | null> {
  return Object.fromEntries(FIGURE_NAMES.map((n) => [n, null])) as Record<FigureName, number | null>;
}

/** A value in its unit, for people: `1234 ms`, `287.4 kB`, `0.93`. */
export function formatValue(value: number | null, unit: Unit): string {
  if (value === null) return '—';
  switch (unit) {
    case 'ms':
      return `${Math.round(value)} ms`;
    case 'bytes':
      // kB of 1000 bytes, as Vite's build report writes them, so the two can be compared.
      return `${(value / 1000).toFixed(1)} kB`;
    case 'count':
      return String(Math.round(value));
    case 'score':
      return value.toFixed(2);
    case 'cls':
      return value.toFixed(3);
  }
}
