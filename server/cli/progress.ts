/**
 * Progress on stderr: a redrawn bar on a terminal, one plain line per step
 * otherwise (CI logs), nothing in --json mode (stdout stays machine-readable).
 */
export interface Progress {
  update(done: number, total: number, label: string): void;
  log(message: string): void;
  done(): void;
}

export function createProgress(mode: "tty" | "plain" | "silent", stream: NodeJS.WriteStream = process.stderr): Progress {
  if (mode === "silent") return { update() {}, log() {}, done() {} };
  if (mode === "plain") {
    return {
      update: (done, total, label) => stream.write(`[${done}/${total}] ${label}\n`),
      log: (message) => stream.write(`${message}\n`),
      done() {},
    };
  }
  let drawn = false;
  const clear = () => {
    if (drawn) stream.write("\r\x1b[2K");
    drawn = false;
  };
  return {
    update(done, total, label) {
      const width = 30;
      const filled = total === 0 ? width : Math.round((done / total) * width);
      const columns = stream.columns ?? 100;
      const line = `[${"#".repeat(filled)}${".".repeat(width - filled)}] ${done}/${total} ${label}`;
      clear();
      stream.write(line.slice(0, columns - 1));
      drawn = true;
    },
    log(message) {
      clear();
      stream.write(`${message}\n`);
    },
    done: clear,
  };
}
