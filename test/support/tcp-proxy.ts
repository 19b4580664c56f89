import { createServer, Socket, type Server } from "node:net";

/**
 * A TCP relay in front of Neo4j that can be cut and restored, to see how the
 * app behaves when Neo4j goes away and comes back, without stopping the
 * Neo4j other tests use.
 */
export class TcpProxy {
  private server: Server | undefined;
  private readonly sockets = new Set<Socket>();
  private silent = false;
  port = 0;

  constructor(
    private readonly targetHost: string,
    private readonly targetPort: number,
  ) {}

  async start(port = this.port): Promise<number> {
    const server = createServer((client) => {
      if (this.silent) {
        // Accepted, read and never answered: a frozen Neo4j.
        this.sockets.add(client);
        client.on("data", () => {}).on("error", () => {});
        return;
      }
      const upstream = new Socket();
      this.sockets.add(client).add(upstream);
      const drop = () => {
        client.destroy();
        upstream.destroy();
        this.sockets.delete(client);
        this.sockets.delete(upstream);
      };
      client.on("error", drop).on("close", drop);
      upstream.on("error", drop).on("close", drop);
      upstream.connect(this.targetPort, this.targetHost, () => {
        client.pipe(upstream).pipe(client);
      });
    });
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(port, "127.0.0.1", () => resolve());
    });
    this.server = server;
    const address = server.address();
    this.port = typeof address === "object" && address ? address.port : port;
    return this.port;
  }

  /**
   * Keeps every connection open and accepts new ones, but nothing passes any
   * more: a Neo4j that is frozen (GC pause, SIGSTOP) or behind a black hole.
   */
  blackHole(): void {
    this.silent = true;
    for (const socket of this.sockets) {
      socket.unpipe();
      socket.removeAllListeners("data");
      socket.on("data", () => {});
    }
  }

  /** Lets traffic pass again for new connections (open ones stay dead, as after a real black hole). */
  restore(): void {
    this.silent = false;
  }

  /** Refuses new connections and cuts open ones, like a stopped Neo4j. */
  async stop(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    this.sockets.clear();
    const server = this.server;
    this.server = undefined;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
