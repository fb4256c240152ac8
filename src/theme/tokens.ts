import type { RelationKind } from '../story/vocabulary.ts';

// The app's design tokens, in one place: every colour it uses and the sizes its stylesheets repeat.
// The map (MapLibre's paint cannot read CSS variables) and the SVG fallback take them from here
// through palette.ts; the stylesheets get them as CSS custom properties, written at build time by
// themeCss() below (see scripts/tokensPlugin.ts), and use them only as var(--…).
//
// Each literal colour is written once in the whole of src/: a role that shares another's colour
// names the shared constant instead of repeating it.

const WHITE = '#fff';
const INK = '#1d2329';
const NOTICE_BACKGROUND = '#fff8e1';
const NOTICE_BORDER = '#e0c36a';
const ACCENT = '#1f3a4d';

/** Colours of the page, by role. */
export const COLOR = {
  /** Text. */
  ink: INK,
  /** Secondary text: notes, kickers, counts, English under Urdu. */
  inkMuted: '#5a6470',
  /** Text on a dark ground (the map's tooltip, whose ground is the ink). */
  inkOnDark: WHITE,
  /** Secondary text on a dark ground. */
  inkMutedOnDark: '#cfd6dd',
  /** Behind everything. */
  paper: '#fbfaf7',
  /** The surfaces on the paper: header, legend, panel, buttons. */
  panel: WHITE,
  /** A blanked screen in story mode (B or "."): white in the light theme, black in the dark one. */
  blank: WHITE,
  /** Lines between regions and around controls. */
  border: '#d9d4cb',
  /** The keyboard's focus ring. */
  focus: '#ffb000',
  /** The app's title, links, hints and other things to act on. */
  accent: ACCENT,
  /** Ground of a quoted passage. */
  quote: '#faf8f4',
  /** Ground of a badge. */
  badge: '#f7f5f0',
  /** Ground of a sentence under the pointer. */
  hover: '#f1efe9',
  /** Ground of the chosen sentence. */
  selection: '#fff1b8',
  /** Ring of the chosen sentence. */
  selectionRing: NOTICE_BORDER,
  /** Band behind a highlighted mention. */
  mark: '#ffe58a',
  /** Dotted underline of a clickable mention. */
  mentionUnderline: '#8a8a8a',
  /** Underline of the article's own words for a relation. */
  wording: ACCENT,
  /** Notes and notices (what was ignored in the address, the still-map note, test fixtures). */
  noticeBackground: NOTICE_BACKGROUND,
  noticeBorder: NOTICE_BORDER,
  /** Errors (the map could not be drawn). */
  errorBackground: '#fdecea',
  errorBorder: '#d9796f',
  /** Border of the "Alleged" badge; its ground is the notice's. */
  allegedBorder: '#8a6d00',
  allegedBackground: NOTICE_BACKGROUND,
  /** A group or firm on the map and in the legend: white square, dark outline. */
  actorFill: WHITE,
  actorOutline: '#4a4f55',
  /** Dashed border of an actor's label. */
  actorLabelBorder: '#666',
  /** Map labels float over the map, slightly see-through. */
  labelBackground: 'rgb(255 255 255 / 0.93)',
  actorLabelBackground: 'rgb(250 250 247 / 0.92)',
  labelBorder: 'rgb(0 0 0 / 0.18)',
  /** Leader lines from a dot to its label. */
  leader: '#57606a',
  /** The neutral line of the legend's stated and alleged samples. */
  claimLine: '#333',
  /** The page behind a modal dialog, dimmed. */
  backdrop: 'rgb(0 0 0 / 0.45)',
} as const;

/** Colour of each relation kind: the Okabe-Ito palette for the first seven, then colours chosen so
 * that any two kinds stay at least 12 apart in CIEDE2000 (a difference seen at a glance) in either
 * theme, which a unit test checks; every kind also has its own mark, and alleged relations are dashed,
 * so neither kind nor certainty rests on colour alone. */
export const KIND_COLOR: Readonly<Record<RelationKind, string>> = {
  rupture: '#D55E00',
  restoration: '#66A61E',
  strike: '#A50026',
  cyberattack: '#000000',
  proxy: '#6E6E6E',
  threat: '#882255',
  sanctions: '#332288',
  accusation: '#E69F00',
  condemnation: '#56B4E9',
  denial: '#999933',
  support: '#009E73',
  aid: '#8C510A',
  talks: '#7570B3',
  response: '#0072B2',
  claim: '#CC79A7',
};

/** Fills of country roles, in the order a story package lists its roles (keys 1 to 6: six at most,
 * the package schema says so): light tints, so that the saturated arcs on top stay the loudest
 * thing; `unknown` for anything without a role of its own (an organisation's mentions). */
export const ROLE_TINT = {
  '1': '#8ec5ea',
  '2': '#f7b267',
  '3': '#9bd3a6',
  '4': '#d6b3d3',
  '5': '#f3d98b',
  '6': '#c8c2e6',
  unknown: '#e4e1da',
} as const;

/** The quiet palette of the rest of the world, and the selection drawn on it. */
export const MAP_COLOR = {
  // Land and sea at least 1.5:1 apart (a projector washes out less), the sea a muted slate so that
  // it is never read as the first role's sky-blue tint.
  sea: '#b4c3cf',
  land: '#f6f3ec',
  /** Borders between countries. */
  border: '#c4bdb1',
  /** Outline of the selected country. */
  selected: '#1a1a1a',
  /** The white under arcs and around dots, so they read over any fill. */
  casing: WHITE,
} as const;

/** Font stacks. */
export const FONT = {
  urdu: "'Noto Nastaliq Urdu', 'Noto Naskh Arabic', serif",
  latin: "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif",
  mono: "ui-monospace, 'SFMono-Regular', Menlo, Consolas, 'Liberation Mono', monospace",
} as const;

/** Font sizes, smallest first. */
export const FONT_SIZE = {
  /** English on a compact map label. */
  tiny: '0.66rem',
  /** Legend group headings, an actor's English. */
  micro: '0.7rem',
  /** Kickers above panel titles, counts. */
  kicker: '0.72rem',
  /** Badges, evidence labels, quote references. */
  caption: '0.75rem',
  /** The legend, English on map labels, tooltip details. */
  legend: '0.78rem',
  /** Map view buttons, implied notes, line numbers. */
  small: '0.8rem',
  /** Notes, notices, tooltips, chips, the panel's footer. */
  note: '0.85rem',
  /** Subtitle, panel tabs. */
  ui: '0.9rem',
  subheading: '0.95rem',
  base: '1rem',
  /** Urdu on map labels and relation cards, a panel title's English. */
  lead: '1.05rem',
  /** Panel titles, the article's text. */
  heading: '1.1rem',
  /** A quoted passage. */
  quote: '1.15rem',
  /** The app's title. */
  title: '1.2rem',
  /** A panel title's Urdu. */
  display: '1.6rem',
  /** Story mode, set for a projector: at 1280 px wide and up the Urdu quote is 28 px or more, English
   * 22 px or more (read from the back of a classroom); on a phone they fall back to the usual sizes. */
  presentUrdu: 'max(1.15rem, min(2.2vw, 2.25rem))',
  presentLatin: 'max(1rem, min(1.75vw, 1.6rem))',
  presentTitle: 'max(1.2rem, min(2.4vw, 2.5rem))',
} as const;

/** Line heights. Nastaliq climbs and descends far beyond Latin: it needs about twice the height. */
export const LINE_HEIGHT = {
  latin: '1.45',
  /** Urdu in running text. */
  urdu: '2.1',
  /** Urdu set tighter, on labels and chips. */
  urduTight: '2',
  /** Urdu to read at length: quotes and the article, with room for the mention highlights. */
  urduReading: '2.4',
} as const;

/** Spacing steps: step n is n × 0.05rem (step 20 is 1rem). */
export const SPACE = {
  '2': '0.1rem',
  '3': '0.15rem',
  '4': '0.2rem',
  '5': '0.25rem',
  '6': '0.3rem',
  '7': '0.35rem',
  '8': '0.4rem',
  '9': '0.45rem',
  '10': '0.5rem',
  '12': '0.6rem',
  '14': '0.7rem',
  '15': '0.75rem',
  '16': '0.8rem',
  '18': '0.9rem',
  '20': '1rem',
  '28': '1.4rem',
} as const;

/** Corner radii. */
export const RADIUS = {
  sm: '2px',
  md: '3px',
  lg: '4px',
  pill: '999px',
} as const;

/** Shadows (colours included: they are shades of black, not of any token above). */
export const SHADOW = {
  /** The thin dark ring around a map dot. */
  dot: '0 0 0 1px rgb(0 0 0 / 0.45)',
  /** A map label under the pointer or selected. */
  raised: '0 1px 6px rgb(0 0 0 / 0.25)',
  tooltip: '0 2px 8px rgb(0 0 0 / 0.3)',
  /** Under the map where it sticks to the top of a phone's screen. */
  sticky: '0 2px 6px rgb(0 0 0 / 0.12)',
  /** Under a modal dialog (share and embed). */
  dialog: '0 8px 32px rgb(0 0 0 / 0.3)',
} as const;

/** Sizes of the layout. */
export const SIZE = {
  panelMin: '320px',
  panelMax: '420px',
  tooltipMax: '300px',
  /** The map's share of a phone's screen, and its floor. */
  mapNarrow: '50vh',
  mapNarrowMin: '280px',
  /** Width of a page of reading (the story-problems page). */
  measure: '44rem',
  /** Width of a modal dialog (share and embed). */
  dialog: '40rem',
  /** The least size of a control a pointer aims at (its height; its width too where it is round):
   * WCAG 2.2's 24 CSS px (2.5.8), met by the control itself rather than by the space around it,
   * which a reflowing panel can take away. */
  target: '1.5rem',
  /** The widest a marker at the map's edge may be (a far place's names, stacked, and its arrow):
   * the camera keeps the framed places clear of that much of a side that has one. */
  edgeMarker: '8rem',
  /** How far inside the map's frame an edge marker sits. */
  edgeMarkerInset: '1.25rem',
  /** The keyboard's focus ring: its width, and its gap from the focused element. */
  focusRing: '3px',
  focusRingOffset: '2px',
} as const;

/**
 * Breakpoints, in CSS px. CSS custom properties cannot be used in @media, so the stylesheets do not
 * read these: useNarrow() (src/app/useNarrow.ts) matches NARROW_QUERY and sets data-layout="narrow"
 * on the .app root, and the stylesheets style `.app[data-layout='narrow'] …` instead of an @media
 * block. The legend reads NARROW_QUERY too, and the map compares its own width with compactLabels.
 */
export const BREAKPOINT = {
  /** At or below this viewport width the map stacks above the panel. */
  narrow: 760,
  /** Below this width of the map itself, its labels turn compact (one line; actors only a dot). */
  compactLabels: 560,
  /** At or below this viewport height (a small laptop, a projector at 800x600) the legend starts
   * folded, so the map keeps its height. */
  short: 700,
} as const;

/** The media query of the narrow layout. */
export const NARROW_QUERY = `(max-width: ${BREAKPOINT.narrow}px)`;

/** The media query of a short viewport. */
export const SHORT_QUERY = `(max-height: ${BREAKPOINT.short}px)`;

const DARK_PAPER = '#14181c';
const DARK_PANEL = '#1c2227';
const DARK_INK = '#e8ecef';
const DARK_MUTED = '#aab4be';
const DARK_ACCENT = '#9cc6e6';
const DARK_NOTICE = '#3a3214';

/** The dark theme (`?theme=dark`, for a dim classroom or a projector): the tokens it changes, by
 * group; everything else is as in the light theme. Text keeps WCAG AA contrast on its grounds
 * (tests/unit/theme), and the one kind drawn in black (attacks) is drawn near-white instead. */
export const DARK_THEME = {
  color: {
    ink: DARK_INK,
    inkMuted: DARK_MUTED,
    inkOnDark: DARK_PAPER,
    inkMutedOnDark: '#3a434c',
    paper: DARK_PAPER,
    panel: DARK_PANEL,
    blank: '#000',
    border: '#3a434c',
    accent: DARK_ACCENT,
    quote: '#20262c',
    badge: '#242b31',
    hover: '#2a3239',
    selection: '#4a4216',
    mark: '#6b5a12',
    mentionUnderline: '#8a949e',
    wording: DARK_ACCENT,
    noticeBackground: DARK_NOTICE,
    allegedBackground: DARK_NOTICE,
    allegedBorder: '#d8b84a',
    errorBackground: '#3d1f1c',
    actorFill: DARK_PANEL,
    actorOutline: '#c9d1d9',
    actorLabelBorder: '#9aa4ae',
    labelBackground: 'rgb(28 34 39 / 0.93)',
    actorLabelBackground: 'rgb(32 38 44 / 0.92)',
    labelBorder: 'rgb(255 255 255 / 0.22)',
    leader: DARK_MUTED,
    claimLine: '#d0d6dc',
  },
  // The dark inks of the light theme, lifted off the dark land.
  kind: {
    strike: '#FF4A4A',
    cyberattack: '#f2f2f2',
    proxy: '#A8A8A8',
    threat: '#D6337A',
    sanctions: '#9D8CFF',
    aid: '#C58A4B',
  },
  map: { sea: '#101c26', land: '#3a414a', border: '#4d5660', selected: '#f5f5f5', casing: DARK_PAPER },
} as const satisfies { [G in keyof typeof THEME]?: Partial<Record<keyof (typeof THEME)[G], string>> };

/** Every token the stylesheets read, by group; a group's name is its custom properties' prefix. */
export const THEME = {
  color: COLOR,
  kind: KIND_COLOR,
  role: ROLE_TINT,
  map: MAP_COLOR,
  font: FONT,
  fontSize: FONT_SIZE,
  lineHeight: LINE_HEIGHT,
  space: SPACE,
  radius: RADIUS,
  shadow: SHADOW,
  size: SIZE,
} as const satisfies Record<string, Readonly<Record<string, string>>>;

/** A theme: groups of named values. */
export type Theme = Readonly<Record<string, Readonly<Record<string, string>>>>;

const kebab = (name: string) => name.replace(/[A-Z]/gu, (c) => `-${c.toLowerCase()}`);

/** The custom property of a token: `color`, `inkMuted` → `--color-ink-muted`. */
export function tokenProperty(group: string, name: string): string {
  return `--${kebab(group)}-${kebab(name)}`;
}

/** The tokens as custom properties declared on `selector`, one per line, in the order of `theme`. */
export function themeCss(theme: Theme = THEME, selector = '.app'): string {
  const lines = Object.entries(theme).flatMap(([group, tokens]) =>
    Object.entries(tokens).map(([name, value]) => `  ${tokenProperty(group, name)}: ${value};`),
  );
  return `${selector} {\n${lines.join('\n')}\n}\n`;
}

/** The app's stylesheet of tokens: the light theme on the app's root, and the dark theme's changes
 * on a root marked `data-theme="dark"`, on screens only: paper is white, so whatever the screen's
 * theme a page prints in the light one's ink (dark ink printed near-white on white, about 1.2:1). */
export function allThemesCss(): string {
  return `${themeCss(THEME)}@media screen {\n${themeCss(DARK_THEME, ".app[data-theme='dark']")}}\n`;
}
