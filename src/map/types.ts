import type { Lang } from '../i18n/lang.ts';
import type { Selection, SelectHow } from '../state/viewState.ts';
import type { EntityId } from '../story/types.ts';
import type { FeatureCollection, LineString } from 'geojson';
import type { Bounds } from '../arcs/bounds.ts';
import type { Box } from './labelLayout.ts';
import type { Padding } from './framing.ts';
import type { ArcProps } from '../arcs/relationArcs.ts';
import type { Focus } from '../state/focus.ts';
import type { MapPalette } from '../theme/palette.ts';

// Types shared by the map's two renderers (MapLibre and the SVG fallback) and the view that picks
// one, so that neither renderer imports the other or the view.

/** An entity drawn on the map: a country (with its role's tint and ISO numeric code) or an actor. */
export interface MapNode {
  readonly id: EntityId;
  readonly lngLat: readonly [number, number];
  readonly ur: string;
  readonly en: string;
  /** The tint of a country's role; undefined for an actor that is not a place (drawn dashed). */
  readonly color?: string | undefined;
  readonly isoNumeric?: string | undefined;
  /** Accessible name: names and role. */
  readonly description: Readonly<Record<Lang, string>>;
  /** For a group or firm drawn beside what the article ties it to (its placement), where that is:
   * the map draws a tether back to it, so the badge is read as belonging there, not as a place. */
  readonly tiedTo?: { readonly id: EntityId; readonly lngLat: readonly [number, number] } | undefined;
}

/** What the pointer or keyboard focus is on. */
export type HoverTarget =
  { readonly kind: 'entity'; readonly id: EntityId } | { readonly kind: 'relation'; readonly id: string };

/** A hover with the point (px, in the map's frame) to show its tooltip at. */
export interface Hover {
  readonly target: HoverTarget;
  readonly x: number;
  readonly y: number;
}

/** Where the map is: `idle` once drawn and after each redraw (`busy` while one is pending);
 * `fallback` means no WebGL and a static map. Tests wait for `idle`. */
export type MapStatus = 'loading' | 'idle' | 'busy' | 'fallback' | 'error';

/** A screen point in px, relative to the map's frame. */
export interface ScreenPoint {
  readonly x: number;
  readonly y: number;
}

/** What both renderers (MapLibre and the SVG fallback) are given: the scene, how the view state
 * marks it, the frame's size, and where to report the reader's choices. */
export interface RendererProps {
  readonly scene: Scene;
  readonly overlay: OverlayState;
  readonly width: number;
  readonly height: number;
  /** On a small map labels turn compact (see NodeLabels). */
  readonly compact: boolean;
  /** Boxes labels must leave free (the controls over the map), measured by the view. */
  readonly reserved: readonly Box[];
  /** Of those, the map's fixed controls (zoom, view buttons, attribution): what edge markers keep off
   * (not `reserved`, which holds the edge markers themselves). */
  readonly controls: readonly Box[];
  /** What the camera frames: the selection's places, or the opening view. */
  readonly target: Bounds;
  /** Room (px) the framed box keeps from the frame's sides: the controls, edge markers, labels. */
  readonly padding: Padding;
  /** The land is drawn: labels, dots and arcs may show (never over an empty sea). */
  readonly ready: boolean;
  /** The theme's colours for what the map draws in code (the DOM overlays follow CSS variables). */
  readonly palette: MapPalette;
  readonly relationLabel: (id: string) => string;
  /** A choice on the map; `how` says it was made with the keyboard, so focus can follow it to the panel. */
  readonly onSelect: (selection: Exclude<Selection, null>, how?: SelectHow) => void;
  readonly onHover: (hover: Hover | null) => void;
}

export type { SelectHow } from '../state/viewState.ts';

/** The attribute that makes an element one of the map's roving keyboard stops. */
export type RoveAttr = (key: string) => { readonly 'data-rove-key': string };

/** The story's scene: its drawn entities, one arc per drawable relation, and each arc's middle. */
export interface Scene {
  readonly nodes: readonly MapNode[];
  readonly arcs: FeatureCollection<LineString, ArcProps>;
  /** The middle point of each arc, [lng, lat], where its keyboard handle sits. */
  readonly midpoints: ReadonlyMap<string, readonly [number, number]>;
  /** Points along each arc where its keyboard handle may sit, the middle first (HANDLE_FRACTIONS). */
  readonly handlePoints: ReadonlyMap<string, readonly (readonly [number, number])[]>;
  /** For each handle point, the arc's next point: the way it runs there. */
  readonly handleAhead: ReadonlyMap<string, readonly (readonly [number, number])[]>;
  /** The fill of each story country (its role's tint), by ISO numeric code. */
  readonly colorByIso: ReadonlyMap<string, string>;
  /** The opening view: the package's frame, grown to hold every drawn place. */
  readonly frame: Bounds;
}

/** What the overlays need of the view state. */
export interface OverlayState {
  readonly focus: Focus | null;
  readonly selectedNode: string | null;
  readonly selectedRelation: string | null;
  /** Relation ids the filters let through. */
  readonly visible: ReadonlySet<string>;
}
