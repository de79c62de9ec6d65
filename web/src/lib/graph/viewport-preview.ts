/**
 * Pan and zoom of a big graph shown at once by moving the last picture, and drawn again once the hand
 * rests. Cytoscape draws each frame of a pan itself: at 5k nodes on a software rasteriser that is
 * 1–3 frames/s and at 20k 0.5, so the view lagged seconds behind the mouse. Here a drag, a wheel, a
 * pinch or an arrow key moves Cytoscape's canvases with a CSS transform (the compositor's work, no
 * drawing), and after QUIET_MS without input the viewport is handed to Cytoscape, which draws it once.
 * Until that new picture is on screen the old one stays, moved to where it belongs, so nothing jumps.
 */
import type { Core } from "cytoscape";

/** From this many nodes Cytoscape's own frame takes over 100 ms here (bench/web/PROFILE.md). */
export const PREVIEW_MIN_NODES = 2000;
/** Released and no wheel for this long: the view is drawn again at its new place. */
export const QUIET_MS = 200;
/** A press that moves less than this is a click, not a pan: Cytoscape's own tap thresholds. */
const TAP_THRESHOLD_PX = { mouse: 4, touch: 8 };
/** One wheel notch (100–120 px of deltaY) zooms by about 13%; a trackpad's small deltas zoom smoothly. */
const WHEEL_PX_PER_DOUBLING = 600;
const WHEEL_MAX_PX = 300;

export interface Viewport {
  zoom: number;
  pan: { x: number; y: number };
}

/** Moves the view: straight through Cytoscape (directMover), or shown first by a preview. */
export interface ViewportMover {
  panBy(dx: number, dy: number): void;
  /** Zooms by `factor` keeping the rendered point `at` in place. */
  zoomBy(factor: number, at: { x: number; y: number }): void;
}

export interface ViewportPreview extends ViewportMover {
  /** True while the picture on screen is not yet drawn at the view's place (hover would hit the wrong node). */
  moving(): boolean;
  dispose(): void;
}

export const directMover = (cy: Core): ViewportMover => ({
  panBy: (dx, dy) => cy.panBy({ x: dx, y: dy }),
  zoomBy: (factor, at) => cy.zoom({ level: cy.zoom() * factor, renderedPosition: at }),
});

/**
 * The CSS transform that moves a picture drawn at `drawn` to where `target` would draw it, with its
 * origin at the top left: a model point rendered at r = pan + zoom·m lands at pan' + zoom'·m.
 */
export function previewTransform(drawn: Viewport, target: Viewport): string {
  const s = target.zoom / drawn.zoom;
  const tx = target.pan.x - s * drawn.pan.x;
  const ty = target.pan.y - s * drawn.pan.y;
  if (Math.abs(s - 1) < 1e-9 && Math.abs(tx) < 0.01 && Math.abs(ty) < 0.01) return "";
  return `translate(${tx}px, ${ty}px) scale(${s})`;
}

/** `v` zoomed by `factor` about the rendered point `at`, within [min, max]. */
export function zoomedAbout(v: Viewport, factor: number, at: { x: number; y: number }, min: number, max: number) {
  const zoom = Math.min(max, Math.max(min, v.zoom * factor));
  const f = zoom / v.zoom;
  return { zoom, pan: { x: at.x - f * (at.x - v.pan.x), y: at.y - f * (at.y - v.pan.y) } };
}

/** Pixels of a wheel event's vertical delta, whatever its unit. */
export function wheelPixels(e: Pick<WheelEvent, "deltaY" | "deltaMode">, pageHeight: number): number {
  const px = e.deltaMode === 1 ? e.deltaY * 33 : e.deltaMode === 2 ? e.deltaY * pageHeight : e.deltaY;
  return Math.max(-WHEEL_MAX_PX, Math.min(WHEEL_MAX_PX, px));
}

export function wheelFactor(pixels: number): number {
  return Math.pow(2, -pixels / WHEEL_PX_PER_DOUBLING);
}

const viewportOf = (cy: Core): Viewport => ({ zoom: cy.zoom(), pan: { ...cy.pan() } });
const same = (a: Viewport, b: Viewport) =>
  Math.abs(a.zoom - b.zoom) < 1e-9 && Math.abs(a.pan.x - b.pan.x) < 0.01 && Math.abs(a.pan.y - b.pan.y) < 0.01;

/**
 * Takes the user's pan and zoom from Cytoscape for this instance (its own stay off) and previews them.
 * Programmatic moves (fit, centre, a tour's camera) still go to Cytoscape and win over a pending preview.
 */
export function viewportPreview(cy: Core, container: HTMLElement, quietMs = QUIET_MS): ViewportPreview {
  cy.userPanningEnabled(false);
  cy.userZoomingEnabled(false);
  // A finger on the canvas moves the graph, not the page.
  container.style.touchAction = "none";
  const canvases = [...container.querySelectorAll("canvas")];
  for (const c of canvases) {
    c.style.transformOrigin = "0 0";
    // Its own compositor layer: a moved canvas is not painted again.
    c.style.willChange = "transform";
  }
  /** The viewport the canvases' current picture was drawn at. */
  let drawn = viewportOf(cy);
  /** Where the user has moved the view; null when the picture on screen is the view. */
  let target: Viewport | null = null;
  let committing = false;
  let frame = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const pointers = new Map<number, { x: number; y: number }>();
  let pressed: { x: number; y: number; threshold: number; target: EventTarget | null } | null = null;
  let dragging = false;
  let replaying = false;
  /**
   * Cytoscape is held in a batch while the user moves the view: its render loop then neither draws nor
   * fills its caches, each fill being followed by a full draw (140–750 ms at 5k–20k nodes) that would
   * stall the moving picture. Released when the view is handed over.
   */
  let holding = false;
  const hold = () => {
    if (holding) return;
    holding = true;
    cy.startBatch();
  };
  const release = () => {
    if (!holding) return;
    holding = false;
    cy.endBatch();
  };

  const apply = () => {
    frame = 0;
    const t = target ? previewTransform(drawn, target) : "";
    for (const c of canvases) if (c.style.transform !== t) c.style.transform = t;
  };
  const show = () => {
    if (!frame) frame = requestAnimationFrame(apply);
  };
  /** Hands the view to Cytoscape, once nothing is held: a draw mid-gesture would stall the gesture. */
  const commit = () => {
    timer = undefined;
    if (pointers.size > 0) return;
    if (!target || same(target, viewportOf(cy))) {
      // Back where Cytoscape already is (a pan there and back): once that is what is drawn, nothing is pending.
      if (target && same(target, drawn)) {
        target = null;
        show();
      }
      release();
      return;
    }
    committing = true;
    try {
      cy.viewport({ zoom: target.zoom, pan: target.pan });
    } finally {
      committing = false;
      release();
    }
  };
  const later = () => {
    clearTimeout(timer);
    timer = setTimeout(commit, quietMs);
  };
  const move = (next: Viewport) => {
    hold();
    target = next;
    show();
    later();
  };
  const current = () => target ?? viewportOf(cy);
  const panBy = (dx: number, dy: number) => {
    const v = current();
    move({ zoom: v.zoom, pan: { x: v.pan.x + dx, y: v.pan.y + dy } });
  };
  const zoomBy = (factor: number, at: { x: number; y: number }) =>
    move(zoomedAbout(current(), factor, at, cy.minZoom(), cy.maxZoom()));

  // A frame drawn by Cytoscape shows its viewport: move that picture to the target, or drop the
  // transform once the target is what was drawn. Set in the same task, so both reach the same frame.
  const onRender = () => {
    drawn = viewportOf(cy);
    if (target && same(target, drawn) && pointers.size === 0) target = null;
    cancelAnimationFrame(frame);
    apply();
  };
  // Someone else moved the view (fit, centre, a tour): that is where it is now.
  const onViewport = () => {
    if (committing || !target) return;
    target = null;
    clearTimeout(timer);
    release();
  };
  cy.on("render", onRender);
  cy.on("viewport", onViewport);

  const local = (e: { clientX: number; clientY: number }) => {
    const r = container.getBoundingClientRect();
    return { x: e.clientX - r.left, y: e.clientY - r.top };
  };
  /**
   * Cytoscape does not see a press: it would mark the node under it active on the way down and
   * inactive on the way up, each a full draw (200 ms at 5k nodes) for a press that is mostly a pan.
   * A press that stays a click is replayed to it on release (see onUp), so taps select as before.
   */
  const hidePress = (e: Event) => {
    if (replaying) return;
    e.stopPropagation();
    if (e.type === "mousedown") e.preventDefault();
  };
  /**
   * Nor does it see the pointer move while a pan is held, or over a picture not yet drawn: on each move
   * it looks for the element under the pointer (85 ms at 20k nodes), and that answer would be wrong.
   * The rest of the page still gets its moves then.
   */
  const hideMove = (e: Event) => {
    const overCanvas = e.target instanceof Node && container.contains(e.target);
    if (pointers.size > 0 || (target && overCanvas)) e.stopPropagation();
  };
  const onDown = (e: PointerEvent) => {
    if (e.pointerType === "mouse" && e.button !== 0) return;
    pointers.set(e.pointerId, local(e));
    if (pointers.size === 1) {
      const threshold = e.pointerType === "mouse" ? TAP_THRESHOLD_PX.mouse : TAP_THRESHOLD_PX.touch;
      pressed = { ...local(e), threshold, target: e.target };
      dragging = false;
    } else {
      // A second finger: a pinch, never a tap.
      dragging = true;
    }
    window.addEventListener("pointermove", onMove);
    window.addEventListener("pointerup", onUp);
    window.addEventListener("pointercancel", onUp);
  };
  const onMove = (e: PointerEvent) => {
    const before = pointers.get(e.pointerId);
    if (!before) return;
    const now = local(e);
    if (!dragging && pressed && Math.hypot(now.x - pressed.x, now.y - pressed.y) < pressed.threshold) return;
    dragging = true;
    const others = [...pointers].filter(([id]) => id !== e.pointerId).map(([, p]) => p);
    pointers.set(e.pointerId, now);
    const other = others[0];
    if (!other) {
      panBy(now.x - before.x, now.y - before.y);
      return;
    }
    const v = current();
    // A pinch: the zoom follows the fingers' distance, the pan their midpoint.
    const was = { x: (before.x + other.x) / 2, y: (before.y + other.y) / 2 };
    const mid = { x: (now.x + other.x) / 2, y: (now.y + other.y) / 2 };
    const d0 = Math.hypot(before.x - other.x, before.y - other.y);
    const d1 = Math.hypot(now.x - other.x, now.y - other.y);
    const zoomed = zoomedAbout(v, d0 > 0 ? d1 / d0 : 1, was, cy.minZoom(), cy.maxZoom());
    move({ zoom: zoomed.zoom, pan: { x: zoomed.pan.x + mid.x - was.x, y: zoomed.pan.y + mid.y - was.y } });
  };
  const onUp = (e: PointerEvent) => {
    if (!pointers.delete(e.pointerId) || pointers.size > 0) return;
    window.removeEventListener("pointermove", onMove);
    window.removeEventListener("pointerup", onUp);
    window.removeEventListener("pointercancel", onUp);
    const click = !dragging && pressed && e.type === "pointerup" ? pressed : null;
    pressed = null;
    dragging = false;
    if (click) replayClick(click.target, e);
    if (target) later();
  };
  /** The press and release of a click, as Cytoscape would have seen them: it taps what is under them. */
  const replayClick = (at: EventTarget | null, e: PointerEvent) => {
    if (!at) return;
    const init = { bubbles: true, cancelable: true, clientX: e.clientX, clientY: e.clientY, button: 0 };
    replaying = true;
    try {
      at.dispatchEvent(new MouseEvent("mousedown", { ...init, buttons: 1 }));
      at.dispatchEvent(new MouseEvent("mouseup", { ...init, buttons: 0 }));
    } finally {
      replaying = false;
    }
  };
  const onWheel = (e: WheelEvent) => {
    e.preventDefault();
    const px = wheelPixels(e, container.clientHeight);
    if (px === 0) return;
    zoomBy(wheelFactor(px), local(e));
  };
  container.addEventListener("pointerdown", onDown);
  container.addEventListener("mousedown", hidePress, true);
  container.addEventListener("touchstart", hidePress, { capture: true, passive: true });
  container.addEventListener("wheel", onWheel, { passive: false });
  // Cytoscape listens for moves on the window; this runs before it.
  window.addEventListener("mousemove", hideMove, true);

  return {
    moving: () => target !== null || dragging,
    panBy,
    zoomBy,
    dispose() {
      clearTimeout(timer);
      release();
      cancelAnimationFrame(frame);
      cy.off("render", onRender);
      cy.off("viewport", onViewport);
      container.removeEventListener("pointerdown", onDown);
      container.removeEventListener("mousedown", hidePress, true);
      container.removeEventListener("touchstart", hidePress, { capture: true });
      container.removeEventListener("wheel", onWheel);
      window.removeEventListener("mousemove", hideMove, true);
      window.removeEventListener("pointermove", onMove);
      window.removeEventListener("pointerup", onUp);
      window.removeEventListener("pointercancel", onUp);
    },
  };
}
