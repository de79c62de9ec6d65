/**
 * The tours made in this browser, and the one being edited: what the tour panel's sections share.
 * Every change is stored at once (localStorage); what could not be stored is said in `notice`.
 */
import type { Tour, TourStep } from "@pg/seed/tour-schema";
import { download } from "../lib/download";
import { fetchTour } from "./tours-api";
import { moveStep, newTourId, parseTourFile, readMyTours, tourToJson, writeMyTours } from "./tour-store";

// The tour being edited stays open across present mode and back (the panel is made anew each time).
const EDITING_KEY = "pg.tours.editing";

function lastEditing(): string | null {
  try {
    return sessionStorage.getItem(EDITING_KEY);
  } catch {
    return null;
  }
}

export class MyTours {
  tours = $state<Tour[]>([]);
  editingId = $state<string | null>(lastEditing());
  /** What the last action did or why it could not, for the panel to say. */
  notice = $state<string | null>(null);

  editing = $derived(this.tours.find((t) => t.id === this.editingId) ?? null);

  load() {
    this.tours = readMyTours(localStorage);
  }

  /** Opens a tour for editing (null closes the editor). */
  edit(id: string | null) {
    this.editingId = id;
    try {
      if (id) sessionStorage.setItem(EDITING_KEY, id);
      else sessionStorage.removeItem(EDITING_KEY);
    } catch {
      // Storage disabled: the panel just opens with no tour expanded.
    }
  }

  private save(next: Tour[]) {
    this.tours = next;
    try {
      writeMyTours(localStorage, $state.snapshot(next) as Tour[]);
    } catch {
      this.notice = "This browser would not store the tour (storage full or disabled). Export it to keep it.";
    }
  }

  /** Adds a tour and opens it for editing. */
  private add(tour: Tour) {
    this.save([...this.tours, tour]);
    this.edit(tour.id);
  }

  private freeId(wanted: string): string {
    // eslint-disable-next-line svelte/prefer-svelte-reactivity -- a lookup made and dropped here, not state
    return newTourId(wanted, new Set(this.tours.map((t) => t.id)));
  }

  /** Changes the tour being edited. */
  update(change: (tour: Tour) => Tour) {
    const editing = this.editing;
    if (!editing) return;
    const id = editing.id;
    this.save(this.tours.map((t) => (t.id === id ? change($state.snapshot(t) as Tour) : t)));
  }

  newTour(first: TourStep) {
    this.add({ id: this.freeId("My tour"), title: "My tour", description: "", steps: [first] });
    this.notice = "A new tour with the current view as its first step.";
  }

  addStep(step: TourStep) {
    this.update((t) => ({ ...t, steps: [...t.steps, step] }));
    this.notice = `Added step ${this.editing ? this.editing.steps.length : ""}: ${step.title}`;
  }

  setStep(index: number, change: Partial<TourStep>) {
    this.update((t) => ({ ...t, steps: t.steps.map((s, i) => (i === index ? { ...s, ...change } : s)) }));
  }

  moveStep(index: number, by: -1 | 1) {
    this.update((t) => ({ ...t, steps: moveStep(t.steps, index, by) }));
  }

  deleteStep(index: number) {
    if (!this.editing || this.editing.steps.length <= 1) {
      this.notice = "A tour keeps at least one step; delete the tour instead.";
      return;
    }
    this.update((t) => ({ ...t, steps: t.steps.filter((_, i) => i !== index) }));
  }

  deleteEditing() {
    const editing = this.editing;
    if (!editing) return;
    this.save(this.tours.filter((t) => t.id !== editing.id));
    this.edit(null);
  }

  async copyShipped(id: string) {
    try {
      const tour = await fetchTour(id);
      this.add({ ...tour, id: this.freeId(`${tour.id}-copy`), title: `${tour.title} (my copy)` });
    } catch (e) {
      this.notice = e instanceof Error ? e.message : "The tour could not be copied.";
    }
  }

  exportEditing() {
    const editing = this.editing;
    if (editing)
      download(
        new Blob([tourToJson($state.snapshot(editing) as Tour)], { type: "application/json" }),
        `${editing.id}.tour.json`,
      );
  }

  async importFile(file: File) {
    const result = parseTourFile(await file.text());
    if (!result.ok) {
      this.notice = `${file.name}: ${result.message}`;
      return;
    }
    const tour = result.tour;
    this.add(this.tours.some((t) => t.id === tour.id) ? { ...tour, id: this.freeId(tour.id) } : tour);
    this.notice = `Imported "${tour.title}" (${tour.steps.length} steps).`;
  }
}
