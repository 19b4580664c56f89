import { DatabaseUnavailableError } from "../errors.ts";

// A Neo4j that accepts connections but never answers would hang every
// request: the driver has no client-side deadline and the server-side
// transaction timeout needs a server that runs. So every gateway call is
// watched: once Neo4j has been silent for `suspectAfterMs` (no call ended,
// no probe answered) while a call waits, one shared probe (a fresh Bolt
// handshake) asks whether Neo4j still answers at all. When it does not
// within `probeTimeoutMs`, every call in flight fails with 503 at once and
// `onDown` lets the gateway drop its hung connections; until Neo4j answers
// again, each new call first waits for a probe instead of hanging.
// The probe timeout is generous on purpose: a JVM in a full GC (one query
// filling the heap) is silent for up to about two seconds and must not be
// taken for a dead one.

export interface LivenessOptions {
  /** Resolves when Neo4j answers within the time given, rejects (or never settles) when it does not. */
  probe: (timeoutMs: number) => Promise<void>;
  suspectAfterMs?: number;
  probeTimeoutMs?: number;
  onDown?: () => void;
}

type Reject = (error: Error) => void;

export class Liveness {
  private readonly inFlight = new Set<Reject>();
  private downSince: number | undefined;
  private probing: Promise<boolean> | undefined;
  private lastAnswerAt = Date.now();
  private readonly suspectAfterMs: number;
  private readonly probeTimeoutMs: number;

  constructor(private readonly options: LivenessOptions) {
    this.suspectAfterMs = options.suspectAfterMs ?? 400;
    this.probeTimeoutMs = options.probeTimeoutMs ?? 2_300;
  }

  /** True while the last probe failed and no call has succeeded since. */
  get down(): boolean {
    return this.downSince !== undefined;
  }

  async watch<T>(work: () => Promise<T>): Promise<T> {
    if (this.downSince !== undefined && !(await this.answers())) throw unavailable();
    let reject!: Reject;
    const failed = new Promise<never>((_, rejectFailed) => (reject = rejectFailed));
    this.inFlight.add(reject);
    // Repeats: Neo4j may stop answering in the middle of a long query.
    const timer = setInterval(() => void this.suspect(), Math.max(50, this.suspectAfterMs / 4));
    const running = work();
    running.catch(() => {}); // abandoned when Neo4j is declared down
    try {
      const result = await Promise.race([running, failed]);
      this.answered();
      return result;
    } catch (error) {
      // An error from Neo4j is an answer too; only our own verdict is not.
      if (!(error instanceof DatabaseUnavailableError)) this.answered();
      throw error;
    } finally {
      clearInterval(timer);
      this.inFlight.delete(reject);
    }
  }

  private answered(): void {
    this.lastAnswerAt = Date.now();
    this.downSince = undefined;
  }

  /** One probe shared by every caller that asks while it runs. */
  private async answers(): Promise<boolean> {
    this.probing ??= this.runProbe().finally(() => (this.probing = undefined));
    const ok = await this.probing;
    if (ok) this.answered();
    return ok;
  }

  private async suspect(): Promise<void> {
    // A recent answer, from a call or a probe, counts for every call in flight.
    if (this.probing || Date.now() - this.lastAnswerAt < this.suspectAfterMs) return;
    if (await this.answers()) return;
    this.downSince = Date.now();
    this.options.onDown?.();
    for (const reject of this.inFlight) reject(unavailable());
    this.inFlight.clear();
  }

  private async runProbe(): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), this.probeTimeoutMs + 100)));
    try {
      return await Promise.race([this.options.probe(this.probeTimeoutMs).then(() => true, () => false), timeout]);
    } finally {
      clearTimeout(timer);
    }
  }
}

function unavailable(): DatabaseUnavailableError {
  return new DatabaseUnavailableError("Neo4j does not answer; try again shortly.", { retryAfter: 2 });
}
