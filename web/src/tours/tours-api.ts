/** The shipped tours from the API, parsed with the one tour schema. */
import { Tour } from "@pg/seed/tour-schema";
import { TourList, type TourSummary } from "@pg/api/contract";

export async function fetchTourList(): Promise<TourSummary[]> {
  const response = await fetch("/api/tours", { headers: { accept: "application/json" } });
  if (!response.ok) throw new Error(`The tours could not be loaded (${response.status}).`);
  return TourList.parse(await response.json()).tours;
}

export async function fetchTour(id: string): Promise<Tour> {
  const response = await fetch(`/api/tours/${encodeURIComponent(id)}`, { headers: { accept: "application/json" } });
  if (response.status === 404) throw new Error(`There is no tour "${id}".`);
  if (!response.ok) throw new Error(`The tour could not be loaded (${response.status}).`);
  return Tour.parse(await response.json());
}
