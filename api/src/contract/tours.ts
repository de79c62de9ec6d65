/**
 * Tours as the API serves them. The tour itself is defined once, in seed/src/tour-schema.ts;
 * the list answers with summaries so the page can offer tours without downloading every step.
 */
import { z } from "zod";
import { Tour } from "@pg/seed/tour-schema";

export { Tour, TourStep, TourView, TourQuote } from "@pg/seed/tour-schema";

export const TourSummary = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string(),
  steps: z.number().int(),
});
export type TourSummary = z.infer<typeof TourSummary>;

export const TourList = z.object({ tours: z.array(TourSummary) });
export type TourList = z.infer<typeof TourList>;

export const TourResponse = Tour;
