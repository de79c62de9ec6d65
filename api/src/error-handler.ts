/**
 * The ONE error handler: every failure leaves as `{ error: { code, message, details? } }`.
 * 4xx explain themselves (naming the field); 5xx say only that something went wrong, and the
 * full error goes to the log with the request id.
 */
import type { FastifyError, FastifyInstance } from "fastify";
import { hasZodFastifySchemaValidationErrors } from "fastify-type-provider-zod";
import type { ErrorBody } from "./contract/graph";
import { ApiError } from "./errors";
import { mapNeo4jError } from "./neo4j/errors";

interface FieldIssue {
  field: string;
  message: string;
}

function validationIssues(error: FastifyError): FieldIssue[] {
  const context = error.validationContext ?? "request";
  return (error.validation ?? []).map((issue) => {
    const where = issue.instancePath.replace(/^\//, "").replaceAll("/", ".");
    return { field: where ? `${context}.${where}` : context, message: issue.message ?? "is invalid" };
  });
}

function body(code: string, message: string, details?: unknown): ErrorBody {
  return details === undefined ? { error: { code, message } } : { error: { code, message, details } };
}

export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((rawError: FastifyError, request, reply) => {
    if (hasZodFastifySchemaValidationErrors(rawError) || rawError.validation) {
      const issues = validationIssues(rawError);
      const message = issues.map((issue) => `${issue.field}: ${issue.message}`).join("; ") || "Invalid request";
      return reply.status(400).send(body("bad_request", message, { issues }));
    }
    const error = mapNeo4jError(rawError);
    if (error instanceof ApiError) {
      if (error.statusCode >= 500) request.log.warn({ err: rawError }, error.message);
      return reply.status(error.statusCode).send(body(error.code, error.message, error.details));
    }
    const status = rawError.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      const code = (rawError.code ?? "bad_request").toLowerCase();
      return reply.status(status).send(body(code, rawError.message));
    }
    request.log.error({ err: rawError }, "request failed");
    return reply.status(500).send(body("internal_error", "Something went wrong on the server."));
  });
}
