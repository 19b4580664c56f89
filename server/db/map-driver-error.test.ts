import { Neo4jError } from "neo4j-driver";
import { describe, expect, it } from "vitest";
import {
  ConflictError,
  DatabaseUnavailableError,
  ForbiddenWriteError,
  KamergraafError,
  NotFoundError,
  QueryMemoryError,
  QueryTerminatedError,
  QueryTimeoutError,
  ValidationError,
} from "../errors.ts";
import { mapDriverError } from "./map-driver-error.ts";

// Real driver error objects with the codes Neo4j sends; no driver mocking.
const driverError = (code: string, message = "boom") => new Neo4jError(message, code, "50N42", "error: general processing exception");

describe("mapDriverError", () => {
  it.each([
    ["Neo.ClientError.Schema.ConstraintValidationFailed", ConflictError, 409],
    ["ServiceUnavailable", DatabaseUnavailableError, 503],
    ["SessionExpired", DatabaseUnavailableError, 503],
    ["Neo.ClientError.Security.Unauthorized", DatabaseUnavailableError, 503],
    ["Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration", QueryTimeoutError, 504],
    ["Neo.ClientError.Statement.AccessMode", ForbiddenWriteError, 400],
    ["Neo.ClientError.Statement.SyntaxError", ValidationError, 400],
    ["Neo.ClientError.Statement.ParameterMissing", ValidationError, 400],
    ["Neo.TransientError.General.MemoryPoolOutOfMemoryError", QueryMemoryError, 422],
    ["Neo.TransientError.General.OutOfMemoryError", QueryMemoryError, 422],
    ["Neo.TransientError.General.StackOverFlowError", QueryMemoryError, 422],
    ["Neo.TransientError.Transaction.Terminated", QueryTerminatedError, 503],
    ["Neo.ClientError.Transaction.Terminated", QueryTerminatedError, 503],
  ])("%s → %s", (code, type, status) => {
    const mapped = mapDriverError(driverError(code));
    expect(mapped).toBeInstanceOf(type);
    expect(mapped.status).toBe(status);
    expect(mapped.details).toMatchObject({ neo4jCode: code });
  });

  it("maps a connection pool that cannot get a connection (code N/A) to 503", () => {
    const mapped = mapDriverError(driverError("N/A", "Connection acquisition timed out in 60000 ms. Pool status: Active conn count = 100"));
    expect(mapped).toBeInstanceOf(DatabaseUnavailableError);
    expect(mapped.status).toBe(503);
  });

  it("gives unavailability a Retry-After", () => {
    expect((mapDriverError(driverError("ServiceUnavailable")) as DatabaseUnavailableError).retryAfter).toBeGreaterThan(0);
  });

  it("leaves kamergraaf errors alone and hides unknown messages behind a generic one", () => {
    const own = new NotFoundError("no such entity");
    expect(mapDriverError(own)).toBe(own);
    const unknown = mapDriverError(driverError("Neo.DatabaseError.General.UnknownError", "internal detail"));
    expect(unknown).toBeInstanceOf(KamergraafError);
    expect(unknown.status).toBe(500);
    expect(unknown.message).toBe("Unexpected database error.");
  });
});
