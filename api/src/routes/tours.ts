/**
 * GET /api/tours and GET /api/tours/{id}: the tours shipped in seed/tours, read and validated once
 * when the app starts so a broken tour file stops the server instead of failing a meeting.
 */
import { z } from "zod";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { readTours } from "@pg/seed/read-tours";
import type { Tour } from "@pg/seed/tour-schema";
import { ErrorBody } from "../contract/graph";
import { TourList, TourResponse } from "../contract/tours";
import { notFound } from "../errors";

export interface ToursRouteOptions {
  /** Defaults to seed/tours. */
  tours?: Tour[];
}

export const toursRoutes: FastifyPluginAsyncZod<ToursRouteOptions> = async (app, options) => {
  const tours = options.tours ?? readTours();
  const byId = new Map(tours.map((tour) => [tour.id, tour]));

  app.get(
    "/tours",
    {
      schema: {
        tags: ["tours"],
        summary: "The guided tours shipped with the app",
        response: { 200: TourList },
      },
    },
    async () => ({
      tours: tours.map(({ id, title, description, steps }) => ({ id, title, description, steps: steps.length })),
    }),
  );

  app.get(
    "/tours/:id",
    {
      schema: {
        tags: ["tours"],
        summary: "One tour with all its steps",
        params: z.object({ id: z.string().min(1).max(200) }),
        response: { 200: TourResponse, 404: ErrorBody },
      },
    },
    async (request) => {
      const tour = byId.get(request.params.id);
      if (!tour) throw notFound(`No tour with id "${request.params.id}"`, { field: "id" });
      return tour;
    },
  );
};
