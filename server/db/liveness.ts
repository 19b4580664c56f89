import { DatabaseUnavailableError } from "../errors.ts";

// A Neo4j that accepts connections but never answers would hang every
// request: the driver has no client-side deadline and the server-side
// transaction timeout needs a server that runs. So every gateway call is
// watched: once it has run for `suspectAfterMs`, one shared probe (a fresh
// Bolt handshake) asks whether Neo4j still answers at all. When it does not,
// every call in flight fails with 503 at once, new calls fail fast for
// `retryAfterMs`, and `onDown` lets the gateway drop its hung connections.

export interface LivenessOptions {
  /** Resolves when Neo4j answers, rejects (or never settles) when it does not. */
  probe: () => Promise<void>;
  suspectAfterMs?: number;
  probeTimeoutMs?: number;
  /** How long after a failed probe calls fail without trying. */
  retryAfterMs?: number;
  onDown?: () => void;
}

type Reject = (error: Error) => void;

export class Liveness {
  private readonly inFlight = new Set<Reject>();
  private downSince: number | undefined;
  private probing: Promise<boolean> | undefined;
  private lastAnswerAt = 0;
  private readonly suspectAfterMs: number;
  private readonly probeTimeoutMs: number;
  private readonly retryAfterMs: number;

  constructor(private readonly options: LivenessOptions) {
    this.suspectAfterMs = options.suspectAfterMs ?? 1_000;
    this.probeTimeoutMs = options.probeTimeoutMs ?? 1_000;
    this.retryAfterMs = options.retryAfterMs ?? 1_000;
  }

  /** True while the last probe failed and no call has succeeded since. */
  get down(): boolean {
    return this.downSince !== undefined;
  }

  async watch<T>(work: () => Promise<T>): Promise<T> {
    if (this.downSince !== undefined && Date.now() - this.downSince < this.retryAfterMs) throw unavailable();
    let reject!: Reject;
    const failed = new Promise<never>((_, rejectFailed) => (reject = rejectFailed));
    this.inFlight.add(reject);
    // Repeats: Neo4j may stop answering in the middle of a long query.
    const timer = setInterval(() => void this.suspect(), this.suspectAfterMs);
    const running = work();
    running.catch(() => {}); // abandoned when Neo4j is declared down
    try {
      const result = await Promise.race([running, failed]);
      this.downSince = undefined;
      return result;
    } finally {
      clearInterval(timer);
      this.inFlight.delete(reject);
    }
  }

  private async suspect(): Promise<void> {
    // Many slow calls share one probe, and a recent answer counts for all of them.
    if (Date.now() - this.lastAnswerAt < this.suspectAfterMs) return;
    this.probing ??= this.runProbe().finally(() => (this.probing = undefined));
    if (await this.probing) {
      this.lastAnswerAt = Date.now();
      return;
    }
    this.downSince = Date.now();
    this.options.onDown?.();
    for (const reject of this.inFlight) reject(unavailable());
    this.inFlight.clear();
  }

  private async runProbe(): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), this.probeTimeoutMs)));
    try {
      return await Promise.race([this.options.probe().then(() => true, () => false), timeout]);
    } finally {
      clearTimeout(timer);
    }
  }
}

function unavailable(): DatabaseUnavailableError {
  return new DatabaseUnavailableError("Neo4j does not answer; try again shortly.", { retryAfter: 2 });
}
