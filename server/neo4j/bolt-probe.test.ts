import { createServer, type Server, type Socket } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { probeBolt } from "./bolt-probe.ts";

const servers: Server[] = [];
const sockets: Socket[] = [];
afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.destroy();
  for (const server of servers.splice(0)) await new Promise((resolve) => server.close(resolve));
});

async function listen(onConnection: (socket: Socket) => void): Promise<number> {
  const server = createServer((socket) => {
    sockets.push(socket);
    onConnection(socket);
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  return (server.address() as { port: number }).port;
}

describe("probeBolt", () => {
  it("reports a free port", async () => {
    const port = await listen(() => {});
    await new Promise((resolve) => servers.pop()!.close(resolve));
    expect(await probeBolt("127.0.0.1", port)).toEqual({ kind: "free" });
  });

  it("recognises a Bolt handshake answer", async () => {
    const port = await listen((socket) => {
      socket.once("data", (data) => {
        expect(data.subarray(0, 4).toString("hex")).toBe("6060b017");
        socket.write(Buffer.from([0, 0, 4, 5])); // Bolt 5.4
      });
    });
    expect(await probeBolt("127.0.0.1", port)).toEqual({ kind: "bolt", version: "5.4" });
  });

  it("reports a port held by something that is not Neo4j (HTTP server)", async () => {
    const port = await listen((socket) => {
      socket.once("data", () => socket.end("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n"));
    });
    const result = await probeBolt("127.0.0.1", port);
    expect(result.kind).toBe("not-bolt");
  });

  it("reports a silent listener as not Bolt", async () => {
    const port = await listen(() => {});
    const result = await probeBolt("127.0.0.1", port, 300);
    expect(result).toEqual({ kind: "not-bolt", reason: "no answer to the Bolt handshake" });
  });

  it("reports a listener that hangs up as not Bolt", async () => {
    const port = await listen((socket) => socket.destroy());
    expect((await probeBolt("127.0.0.1", port)).kind).toBe("not-bolt");
  });
});
