import type { ErrorRequestHandler, RequestHandler } from "express";
import { DatabaseUnavailableError, KamergraafError, NotFoundError, ValidationError } from "../errors.ts";

export interface ErrorBody {
  error: { code: string; message: string; details?: unknown };
}

/** Anything thrown → a KamergraafError; unknown errors never leak their message. */
export function toKamergraafError(error: unknown): KamergraafError {
  if (error instanceof KamergraafError) return error;
  // express.json() and friends throw http-errors with a status and `type`.
  const httpError = error as { status?: unknown; type?: unknown; message?: unknown };
  if (typeof httpError?.status === "number" && httpError.status >= 400 && httpError.status < 500) {
    if (httpError.type === "entity.parse.failed") return new ValidationError("The request body is not valid JSON.");
    if (httpError.type === "entity.too.large") {
      return new KamergraafError("The request body is too large.", { code: "PAYLOAD_TOO_LARGE", status: 413 });
    }
    return new KamergraafError(String(httpError.message ?? "Bad request"), { code: "BAD_REQUEST", status: httpError.status });
  }
  return new KamergraafError("Internal server error.", { code: "INTERNAL", status: 500 });
}

/** The one error renderer: {error:{code,message,details}}, never a stack trace. */
export function errorRenderer(
  log: (error: unknown) => void = () => {},
  warn: (message: string) => void = () => {},
): ErrorRequestHandler {
  return (error, req, res, next) => {
    if (res.headersSent) {
      next(error);
      return;
    }
    const rendered = toKamergraafError(error);
    const retryAfter = (rendered as { retryAfter?: unknown }).retryAfter;
    if (typeof retryAfter === "number") res.setHeader("Retry-After", String(retryAfter));
    if (rendered instanceof DatabaseUnavailableError) {
      // Expected while Neo4j restarts: one line, not a stack per request.
      warn(`${req.method} ${req.originalUrl}: ${rendered.message}`);
    } else if (rendered.status >= 500 && rendered.status !== 503) log(error);
    const body: ErrorBody = { error: { code: rendered.code, message: rendered.message } };
    if (rendered.details !== undefined) body.error.details = rendered.details;
    res.status(rendered.status).json(body);
  };
}

/** Unknown /api paths get a JSON 404 instead of Express's HTML page. */
export const apiNotFound: RequestHandler = (req, _res, next) => {
  next(new NotFoundError(`No API route ${req.method} ${req.originalUrl}.`));
};
