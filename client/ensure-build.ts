/**
 * Builds client/dist when it is missing or older than its sources, so
 * `npm start` on a fresh clone serves the explorer and tests never run a stale
 * bundle. Run as a script (`npm start`'s prestart) or imported.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));

/** Newest modification time of the files the bundle is built from. */
function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

export function ensureClientBuild(): "fresh" | "built" {
  const built = join(ROOT, "client", "dist", "index.html");
  // the bundle's sources: client/src and the shared modules it imports
  const sources = Math.max(
    newestSource(join(ROOT, "client", "src")),
    newestSource(join(ROOT, "extract", "model")),
    newestSource(join(ROOT, "common")),
    statSync(join(ROOT, "client", "index.html")).mtimeMs,
  );
  if (existsSync(built) && statSync(built).mtimeMs >= sources) return "fresh";
  const build = spawnSync(process.execPath, [join(ROOT, "node_modules", "vite", "bin", "vite.js"), "build", "client"], { cwd: ROOT, encoding: "utf8" });
  if (build.status !== 0) throw new Error(`vite build failed:\n${build.stdout}\n${build.stderr}`);
  return "built";
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const t0 = Date.now();
  const result = ensureClientBuild();
  console.log(result === "built" ? `explorer built into client/dist in ${Date.now() - t0} ms` : "explorer bundle is up to date");
}
