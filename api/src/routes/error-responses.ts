/** The error statuses a route can answer with, for the OpenAPI document and response serialization. */
import { ErrorBody } from "../contract/graph";

export const errorResponses = {
  400: ErrorBody,
  404: ErrorBody,
  429: ErrorBody,
  500: ErrorBody,
  503: ErrorBody,
} as const;
