import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

// The project's folders, in one place. This file sits one level below the
// project root, so the root is found from its own location, whatever the
// working directory of the process.
export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");

export const seedsDir = join(projectRoot, "seeds");
export const cypherDir = join(projectRoot, "cypher");
export const clientDistDir = join(projectRoot, "client", "dist");
/** Git-ignored: downloaded jars, generated bench corpus, bench Neo4j. */
export const cacheDir = join(projectRoot, ".cache");
/** The hand annotations of the seeds live beside the project (../shared/gold), not in it. */
export const sharedGoldDir = join(projectRoot, "..", "shared", "gold");
