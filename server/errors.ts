// Server errors: subclasses of the one error base (common/kamergraaf-error.ts),
// each with its HTTP status and code.
import { KamergraafError, type ErrorDetails } from "../common/kamergraaf-error.ts";

export { KamergraafError, type ErrorDetails };

export class NotFoundError extends KamergraafError {
  constructor(message: string, details?: ErrorDetails) {
    super(message, { code: "NOT_FOUND", status: 404, details });
  }
}

export class ValidationError extends KamergraafError {
  constructor(message: string, details?: ErrorDetails, cause?: unknown) {
    super(message, { code: "VALIDATION", status: 400, details, cause });
  }
}

/** Neo4j cannot be reached (down, restarting, wrong address/credentials). */
export class DatabaseUnavailableError extends KamergraafError {
  /** Seconds after which a client may try again (HTTP Retry-After). */
  readonly retryAfter: number;

  constructor(message: string, options: { retryAfter?: number; details?: ErrorDetails; cause?: unknown } = {}) {
    super(message, { code: "DATABASE_UNAVAILABLE", status: 503, details: options.details, cause: options.cause });
    this.retryAfter = options.retryAfter ?? 5;
  }
}

export class QueryTimeoutError extends KamergraafError {
  constructor(message: string, details?: ErrorDetails, cause?: unknown) {
    super(message, { code: "QUERY_TIMEOUT", status: 504, details, cause });
  }
}

/** A query needed more memory than one transaction may use (db.memory.transaction.max) or than the heap had. */
export class QueryMemoryError extends KamergraafError {
  constructor(message: string, details?: ErrorDetails, cause?: unknown) {
    super(message, { code: "QUERY_MEMORY_LIMIT", status: 422, details, cause });
  }
}

/** An answer would be larger than a response may be (CYPHER_BYTE_CAP). */
export class ResultTooLargeError extends KamergraafError {
  constructor(message: string, details?: ErrorDetails) {
    super(message, { code: "RESULT_TOO_LARGE", status: 422, details });
  }
}

/** Neo4j stopped the transaction (terminated by an administrator, or the database is stopping). */
export class QueryTerminatedError extends KamergraafError {
  readonly retryAfter = 1;
  constructor(message: string, details?: ErrorDetails, cause?: unknown) {
    super(message, { code: "QUERY_TERMINATED", status: 503, details, cause });
  }
}

/** A read-only query tried to write. */
export class ForbiddenWriteError extends KamergraafError {
  constructor(message: string, details?: ErrorDetails, cause?: unknown) {
    super(message, { code: "FORBIDDEN_WRITE", status: 400, details, cause });
  }
}

/** A uniqueness constraint (or similar) rejected the write. */
export class ConflictError extends KamergraafError {
  constructor(message: string, details?: ErrorDetails, cause?: unknown) {
    super(message, { code: "CONFLICT", status: 409, details, cause });
  }
}

/** The project-managed local Neo4j cannot be fetched, started or stopped. */
export class LocalNeo4jError extends KamergraafError {
  constructor(message: string, details?: ErrorDetails, cause?: unknown) {
    super(message, { code: "LOCAL_NEO4J", status: 503, details, cause });
  }
}

/** Environment/configuration is invalid (see server/config.ts). */
export class ConfigError extends KamergraafError {
  constructor(message: string, details?: ErrorDetails) {
    super(message, { code: "CONFIG", status: 500, details });
  }
}
