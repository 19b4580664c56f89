// The base of kamergraaf's one error hierarchy. It lives outside server/ so
// that extraction (extract/) can raise errors the CLI and the HTTP error
// renderer understand without importing the server. Everything that reaches
// a user (HTTP response, CLI message) is a KamergraafError; the renderer turns
// it into {error:{code,message,details}} with `status`.

export type ErrorDetails = Record<string, unknown> | unknown[] | undefined;

export class KamergraafError extends Error {
  readonly code: string;
  readonly status: number;
  readonly details: ErrorDetails;

  constructor(message: string, options: { code?: string; status?: number; details?: ErrorDetails; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.code = options.code ?? "INTERNAL";
    this.status = options.status ?? 500;
    this.details = options.details;
  }
}
