/**
 * Every part of Cytoscape this app uses that Cytoscape's type declarations leave out, or that is internal
 * to it. Big graphs need them (the overview sketch, viewport culling, the sliced first add) and the SVG
 * export works around a bug through one. This is the list to check against Cytoscape's source after an
 * upgrade; the dependency is pinned to 3.35 for them, and the big-graph browser tests
 * (web/e2e/explorer-big.e2e.test.ts) would catch a break.
 */
import type { Core, SingularElementArgument, SingularElementReturnValue } from "cytoscape";

/**
 * An element as the renderer sees it, with methods that are public but undeclared: `interactive()`,
 * `pstyle(name)` (a property's parsed value, as the renderer reads it) and `poolIndex()`.
 */
export type RenderedElement = SingularElementReturnValue & {
  interactive(): boolean;
  pstyle(name: string): { value: unknown };
  /** Its place in the order elements were added. */
  poolIndex(): number;
};

/** The renderer's z-ordered element list; its hit test reads the `interactive` ones from it. */
export type ZSorted = RenderedElement[] & { interactive?: RenderedElement[] };

export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** The methods of the canvas renderer that this app calls or stands in for, per instance. */
export interface CanvasRenderer {
  /** One frame of Cytoscape's render loop, or a forced draw into another context (an export). */
  render(options?: { forcedContext?: unknown }): void;
  /** Draws `eles` in z order, skipping what lies outside `extent` (model units). */
  drawCachedElements(context: CanvasRenderingContext2D, eles: ZSorted, pxRatio: number, extent?: Box): void;
  /** The same through Cytoscape's cache of whole-graph layers. */
  drawLayeredElements(context: CanvasRenderingContext2D, eles: ZSorted, pxRatio: number, extent?: Box): void;
  /** The hit test of a pointer at x, y (model units). */
  findNearestElements(x: number, y: number, interactiveOnly: boolean, isTouch: boolean): unknown[];
  getCachedZSortedEles(forceRecalc?: boolean): ZSorted;
  /** Splits the z-ordered list into what is being dragged and the rest, drawn on layers of their own. */
  updateCachedGrabbedEles(): void;
  drawRoundPolygonPath(context: { beginPath?: () => void }, ...rest: unknown[]): void;
}

/**
 * One of the canvas renderer's caches of element or label textures (`renderer.data.eleTxrCache` and
 * its three label kin), with the parts of it this app reads.
 */
export interface ElementTextureCache {
  /** Drops the textures of these elements, before a frame, when their style or bounds changed. */
  invalidateElements(eles: ArrayLike<SingularElementArgument>): void;
  /** Which texture key each element id has a texture under. */
  lookup: { keyForId: Map<string, unknown> };
  /** The elements waiting to be drawn into the cache. */
  getElementQueue(): { size(): number };
}

/** The renderer's four element texture caches: elements, and main, source and target labels. */
export function elementTextureCaches(renderer: CanvasRenderer): ElementTextureCache[] {
  const data = (renderer as unknown as { data: Partial<Record<string, ElementTextureCache>> }).data;
  return ["eleTxrCache", "lblTxrCache", "slbTxrCache", "tlbTxrCache"].flatMap((k) => data[k] ?? []);
}

/** The renderer behind `cy`: `cy.renderer()` is public but undeclared. */
export function canvasRenderer(cy: Core): CanvasRenderer {
  return (cy as unknown as { renderer(): CanvasRenderer }).renderer();
}

/**
 * Puts back an object's own method where this app set one on the instance: the renderer's and the
 * style's methods live on their prototypes, so deleting the instance's own property restores them.
 */
export function restoreOwn<T extends object>(obj: T, name: keyof T): void {
  delete (obj as Partial<T>)[name];
}

/** A style trigger: what follows from property `name` of `ele` going from one value to another. */
type Trigger = (ele: SingularElementArgument, name: string, fromValue: unknown, toValue: unknown) => void;

/**
 * The style's checks after property `name` of `ele` changed. `checkTriggers` marks the element's and
 * its connected edges' style caches stale, then runs the four others in this order.
 */
export interface StyleTriggers {
  checkTriggers: Trigger;
  /** Does the renderer's z order need sorting again? */
  checkZOrderTrigger: Trigger;
  checkBoundsTrigger: Trigger;
  checkConnectedEdgesBoundsTrigger: Trigger;
  checkParallelEdgesBoundsTrigger: Trigger;
}

/** The style object of `cy` (new if the whole stylesheet is replaced, which the explorer never does). */
export function styleTriggers(cy: Core): StyleTriggers {
  return cy.style() as unknown as StyleTriggers;
}

/**
 * Runs `body` with `renderer[name]` standing in as `stand`, then puts back what was there before (the
 * renderer's own method, or another stand-in of this app's).
 */
export function withMethod<K extends keyof CanvasRenderer, T>(
  renderer: CanvasRenderer,
  name: K,
  stand: CanvasRenderer[K],
  body: () => T,
): T {
  const own = Object.getOwnPropertyDescriptor(renderer, name);
  renderer[name] = stand;
  try {
    return body();
  } finally {
    if (own) Object.defineProperty(renderer, name, own);
    else restoreOwn(renderer, name);
  }
}

/**
 * Marks the cache of what an element derives from its style (is it visible, interactive, taking up
 * space) stale, for this element alone: `dirtyStyleCache()` marks its connected edges' too. Private
 * state (`_private.styleCache`).
 */
export function dirtyOwnStyleCache(ele: SingularElementArgument): void {
  (ele as unknown as { _private: { styleCache: unknown } })._private.styleCache = null;
}

/**
 * An element's classes as Cytoscape keeps them, without the copy `classes()` makes: read for every
 * element in view on every frame close up. Private state (`_private.classes`); never to be changed.
 */
export function ownClasses(ele: SingularElementArgument): ReadonlySet<string> {
  return (ele as unknown as { _private: { classes: ReadonlySet<string> } })._private.classes;
}

/**
 * Every element of `cy`, as Cytoscape keeps them: `cy.elements()` and `cy.nodes()` copy them into a new
 * collection first (~20 ms at 20k nodes). Public but undeclared; only to be read.
 */
export function allElements(cy: Core): ArrayLike<SingularElementArgument> {
  return (cy as unknown as { mutableElements(): ArrayLike<SingularElementArgument> }).mutableElements();
}

/** Whether any node of `cy` has a parent: public but undeclared. */
export function hasCompoundNodes(cy: Core): boolean {
  return (cy as unknown as { hasCompoundNodes(): boolean }).hasCompoundNodes();
}

/** Whether `cy.batch()` or `cy.startBatch()` holds the render loop: public but undeclared. */
export function isBatching(cy: Core): boolean {
  return (cy as unknown as { batching(): boolean }).batching();
}

/** The renderer's pass over an element's geometry (label sizes, edge end points): undeclared. */
export function recalculateRenderedStyle(ele: SingularElementArgument): void {
  (ele as unknown as { recalculateRenderedStyle(): void }).recalculateRenderedStyle();
}

/**
 * Works out an element's bounding box (Cytoscape caches it), keeping its geometry marked as up to date.
 * A first bounding box emits `bounds`, on which the renderer marks the element's geometry for its next
 * frame to redo (private state `_private.rstyle.clean`); only right after the element's geometry pass.
 */
export function cacheBoundingBox(ele: SingularElementArgument): void {
  ele.boundingBox();
  const rstyle = (ele as unknown as { _private: { rstyle?: { clean?: boolean } } })._private.rstyle;
  if (rstyle) rstyle.clean = true;
}

/**
 * Marks a node's edges' geometry as up to date, so that the next frame does not queue and redo them.
 * Private state (`_private.rstyle.cleanConnected`); only right after their own pass.
 */
export function markConnectedEdgesClean(node: SingularElementArgument): void {
  const rstyle = (node as unknown as { _private: { rstyle?: { cleanConnected?: boolean } } })._private.rstyle;
  if (rstyle) rstyle.cleanConnected = true;
}
