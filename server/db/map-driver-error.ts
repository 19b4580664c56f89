import {
  ConflictError,
  DatabaseUnavailableError,
  ForbiddenWriteError,
  KamergraafError,
  QueryMemoryError,
  QueryTerminatedError,
  QueryTimeoutError,
  ValidationError,
} from "../errors.ts";

interface DriverErrorLike {
  code?: string;
  message?: string;
  gqlStatus?: string;
}

const unavailableCodes = new Set(["ServiceUnavailable", "SessionExpired", "Neo.TransientError.General.DatabaseUnavailable"]);
const timeoutCodes = new Set([
  "Neo.ClientError.Transaction.TransactionTimedOut",
  "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration",
]);
// Transient by Neo4j's classification, but retrying the same query gives the same answer: the client must change it.
const memoryCodes = new Set([
  "Neo.TransientError.General.MemoryPoolOutOfMemoryError",
  "Neo.TransientError.General.TransactionMemoryLimit",
  "Neo.TransientError.General.OutOfMemoryError",
  "Neo.TransientError.General.StackOverFlowError",
]);
const terminatedCodes = new Set(["Neo.TransientError.Transaction.Terminated", "Neo.ClientError.Transaction.Terminated"]);
const invalidQueryCodes = new Set([
  "Neo.ClientError.Statement.SyntaxError",
  "Neo.ClientError.Statement.SemanticError",
  "Neo.ClientError.Statement.ParameterMissing",
  "Neo.ClientError.Statement.TypeError",
  "Neo.ClientError.Statement.ArgumentError",
  "Neo.ClientError.Statement.ArithmeticError",
  "Neo.ClientError.Statement.EntityNotFound",
  "Neo.ClientError.Procedure.ProcedureNotFound",
  "Neo.ClientError.Procedure.ProcedureCallFailed",
  "Neo.ClientError.Schema.IndexNotFound",
]);

/** Driver/server errors → the kamergraaf error hierarchy (server/errors.ts). */
export function mapDriverError(error: unknown): KamergraafError {
  if (error instanceof KamergraafError) return error;
  const { code = "", message = String(error) } = (error ?? {}) as DriverErrorLike;
  const details = { neo4jCode: code || undefined };
  if (memoryCodes.has(code)) {
    const limit = /threshold reached|limit/i.test(message) ? "the memory one query may use" : "the memory Neo4j has";
    return new QueryMemoryError(`The query needs more than ${limit}; return fewer or smaller rows.`, { ...details, reason: message }, error);
  }
  if (terminatedCodes.has(code)) {
    return new QueryTerminatedError("Neo4j stopped the query (terminated); try again.", details, error);
  }
  // the pool could not get a connection in time: the server is down or saturated, so 503 (not 500)
  const poolTimeout = /connection acquisition timed out|failed to connect|could not perform discovery/i.test(message);
  if (unavailableCodes.has(code) || code.startsWith("Neo.TransientError.General") || poolTimeout) {
    return new DatabaseUnavailableError("Neo4j is not reachable right now; try again shortly.", { retryAfter: 5, details, cause: error });
  }
  if (code === "Neo.ClientError.Security.Unauthorized" || code === "Neo.ClientError.Security.AuthenticationRateLimit") {
    return new DatabaseUnavailableError("Neo4j rejected the configured credentials (NEO4J_USER/NEO4J_PASSWORD).", {
      retryAfter: 30,
      details,
      cause: error,
    });
  }
  if (code === "Neo.ClientError.Database.DatabaseNotFound") {
    return new DatabaseUnavailableError(`Neo4j database not found: ${message}`, { retryAfter: 30, details, cause: error });
  }
  if (code === "Neo.ClientError.Schema.ConstraintValidationFailed") {
    return new ConflictError(message, details, error);
  }
  if (timeoutCodes.has(code) || code === "Neo.TransientError.Transaction.LockClientStopped") {
    return new QueryTimeoutError("The query took too long and was stopped.", details, error);
  }
  if (code === "Neo.ClientError.Statement.AccessMode" || code === "Neo.ClientError.Security.Forbidden") {
    return new ForbiddenWriteError("Only read queries are allowed here.", { ...details, reason: message }, error);
  }
  if (code === "Neo.ClientError.Statement.ExternalResourceFailed") {
    // Never echo Neo4j's message: it can quote what the resource returned.
    return new ForbiddenWriteError("Loading files or URLs is not allowed here.", details, error);
  }
  if (invalidQueryCodes.has(code)) {
    return new ValidationError(message, details, error);
  }
  return new KamergraafError("Unexpected database error.", { code: "DATABASE_ERROR", status: 500, details: { ...details, reason: message }, cause: error });
}
