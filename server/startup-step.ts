import type { Config } from "./config.ts";
import type { Gateway } from "./db/gateway.ts";
import type { Logger } from "./http/logger.ts";

// What a start-up step (e.g. seed ingestion) gets and is. Its own module so
// that steps and server/main.ts, which runs them, do not import each other.
export interface StartupContext {
  config: Config;
  gateway: Gateway;
  log: Logger;
}

export interface StartupStep {
  name: string;
  run(context: StartupContext): Promise<void>;
}
