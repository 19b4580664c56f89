import { describe, expect, it } from "vitest";
import { DatabaseUnavailableError } from "../errors.ts";
import { Liveness } from "./liveness.ts";

const never = () => new Promise<never>(() => {});
const after = <T>(ms: number, value: T) => new Promise<T>((resolve) => setTimeout(() => resolve(value), ms));

describe("Liveness", () => {
  it("fails a hung call with 503 once the probe gets no answer", async () => {
    let downs = 0;
    const liveness = new Liveness({ probe: never, suspectAfterMs: 50, probeTimeoutMs: 50, onDown: () => downs++ });
    const started = Date.now();
    await expect(liveness.watch(never)).rejects.toBeInstanceOf(DatabaseUnavailableError);
    expect(Date.now() - started).toBeLessThan(500);
    expect(downs).toBe(1);
    expect(liveness.down).toBe(true);
  });

  it("lets a slow call finish while Neo4j answers the probe", async () => {
    let probes = 0;
    const liveness = new Liveness({ probe: async () => void probes++, suspectAfterMs: 20, probeTimeoutMs: 50 });
    await expect(liveness.watch(() => after(150, "done"))).resolves.toBe("done");
    expect(probes).toBeGreaterThan(0);
    expect(liveness.down).toBe(false);
  });

  it("while down, a new call first waits for a probe: 503 without running, or on once Neo4j answers", async () => {
    let answering = false;
    const liveness = new Liveness({
      probe: () => (answering ? Promise.resolve() : Promise.reject(new Error("refused"))),
      suspectAfterMs: 20,
      probeTimeoutMs: 20,
    });
    await expect(liveness.watch(never)).rejects.toBeInstanceOf(DatabaseUnavailableError);
    let ran = false;
    await expect(liveness.watch(async () => (ran = true))).rejects.toBeInstanceOf(DatabaseUnavailableError);
    expect(ran).toBe(false);
    answering = true;
    await expect(liveness.watch(async () => "back")).resolves.toBe("back");
    expect(liveness.down).toBe(false);
  });

  it("does not take a pause shorter than the probe timeout for death (a JVM in a full GC)", async () => {
    const liveness = new Liveness({ probe: () => after(80, undefined), suspectAfterMs: 20, probeTimeoutMs: 200 });
    await expect(liveness.watch(() => after(300, "survived"))).resolves.toBe("survived");
  });

  it("shares one probe between many slow calls", async () => {
    let probes = 0;
    const liveness = new Liveness({ probe: () => after(30, undefined).then(() => void probes++), suspectAfterMs: 20, probeTimeoutMs: 100 });
    await Promise.all(Array.from({ length: 20 }, () => liveness.watch(() => after(60, 1))));
    expect(probes).toBeLessThanOrEqual(2);
  });
});
