import type { AddressInfo } from "node:net";
import type { Config } from "../../server/config.ts";
import type { Gateway } from "../../server/db/gateway.ts";
import { createApp } from "../../server/http/app.ts";
import { apiRouter } from "../../server/api/api-router.ts";
import type { ApiDeps } from "../../server/api/deps.ts";

export interface RunningApi {
  url: string;
  close(): Promise<void>;
}

export const testApiConfig: ApiDeps["config"] = { INGEST_TOKEN: undefined, CYPHER_TIMEOUT_MS: 10_000, CYPHER_ROW_CAP: 5_000 } satisfies Partial<Config>;

/** The real app (foundation's createApp + the API router) on a random local port. */
export async function startApi(gateway: Gateway, overrides: Partial<ApiDeps> = {}): Promise<RunningApi> {
  const deps: ApiDeps = { gateway, config: testApiConfig, rateLimit: { capacity: 10_000, refillPerSecond: 10_000 }, ...overrides };
  const app = createApp({ gateway, routers: [apiRouter(deps)] });
  const server = app.listen(0, "127.0.0.1");
  await new Promise<void>((resolve, reject) => server.once("listening", resolve).once("error", reject));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
