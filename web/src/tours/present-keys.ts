/**
 * Keys → the next step. Presentation clickers send PageDown/PageUp (some send arrows or B/period for
 * "blank"); keyboards use arrows and Space. Returns null for keys that are not navigation.
 */
export function nextIndex(key: string, index: number, count: number, shift = false): number | null {
  const last = Math.max(0, count - 1);
  switch (key) {
    case "ArrowRight":
    case "ArrowDown":
    case "PageDown":
      return Math.min(index + 1, last);
    case " ":
    case "Spacebar":
      return shift ? Math.max(index - 1, 0) : Math.min(index + 1, last);
    case "ArrowLeft":
    case "ArrowUp":
    case "PageUp":
    case "Backspace":
      return Math.max(index - 1, 0);
    case "Home":
      return 0;
    case "End":
      return last;
    default:
      return null;
  }
}
