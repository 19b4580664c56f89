const levels = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 } as const;
export type LogLevel = keyof typeof levels;

export interface Logger {
  debug(message: string, extra?: unknown): void;
  info(message: string, extra?: unknown): void;
  warn(message: string, extra?: unknown): void;
  error(message: string, extra?: unknown): void;
}

/** Minimal levelled logger to stderr (stdout stays free for CLI output). */
export function createLogger(level: LogLevel): Logger {
  const make = (name: Exclude<LogLevel, "silent">) => (message: string, extra?: unknown) => {
    if (levels[name] < levels[level]) return;
    const line = `${new Date().toISOString()} ${name.padEnd(5)} ${message}`;
    if (extra === undefined) console.error(line);
    else console.error(line, extra);
  };
  return { debug: make("debug"), info: make("info"), warn: make("warn"), error: make("error") };
}
