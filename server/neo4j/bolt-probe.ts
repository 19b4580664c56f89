import { Socket } from "node:net";

export type BoltProbeResult =
  | { kind: "free" } // nothing listens
  | { kind: "bolt"; version: string } // a Bolt server answered the handshake
  | { kind: "not-bolt"; reason: string }; // something listens but does not speak Bolt

// Bolt handshake: magic preamble, then four proposed versions (5.x down to
// 4.4, then 4.x / 3). The server answers with one 4-byte version, or 0 = none.
const handshake = Buffer.from([
  0x60, 0x60, 0xb0, 0x17,
  0x00, 0x04, 0x04, 0x05, // 5.4 .. 5.0 (range form)
  0x00, 0x02, 0x04, 0x04, // 4.4 .. 4.2
  0x00, 0x00, 0x01, 0x04, // 4.1
  0x00, 0x00, 0x00, 0x03, // 3
]);

/**
 * Tells apart "port free", "a Bolt server" and "something else holds the
 * port" without credentials, so we never start a second Neo4j on a taken
 * port and can say clearly what is wrong.
 */
export function probeBolt(host: string, port: number, timeoutMs = 3000): Promise<BoltProbeResult> {
  return new Promise((resolve) => {
    const socket = new Socket();
    let connected = false;
    let received = Buffer.alloc(0);
    let settled = false;
    const finish = (result: BoltProbeResult) => {
      if (settled) return;
      settled = true;
      socket.destroy();
      resolve(result);
    };
    socket.setTimeout(timeoutMs, () =>
      finish(connected ? { kind: "not-bolt", reason: "no answer to the Bolt handshake" } : { kind: "free" }),
    );
    socket.once("connect", () => {
      connected = true;
      socket.write(handshake);
    });
    socket.on("data", (chunk: Buffer) => {
      received = Buffer.concat([received, chunk]);
      if (received.length < 4) return;
      const reply = received.subarray(0, 4);
      if (received.length === 4 && reply.readUInt32BE(0) !== 0 && reply[0] === 0 && reply[1] === 0) {
        finish({ kind: "bolt", version: `${reply[3]}.${reply[2]}` });
      } else {
        finish({ kind: "not-bolt", reason: `unexpected answer ${reply.toString("hex")}` });
      }
    });
    // A Bolt server sends exactly 4 bytes and waits; give extra bytes a moment to show up.
    socket.once("end", () =>
      finish(connected && received.length === 0 ? { kind: "not-bolt", reason: "connection closed without a Bolt answer" } : { kind: "not-bolt", reason: "connection closed" }),
    );
    socket.once("error", (error: NodeJS.ErrnoException) => {
      if (!connected) finish({ kind: "free" });
      else finish({ kind: "not-bolt", reason: error.message });
    });
    socket.connect(port, host);
  });
}
