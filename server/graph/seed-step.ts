/**
 * Startup step for `npm start`: ingest the documents of SEEDS_DIR. Unchanged
 * documents are skipped by hash before extraction, so a restart costs one
 * read query. Rejected seeds are logged, never fatal.
 * Wire it with `startupSteps.push(seedIngestStep)` in server/main.ts.
 */
import { readFileSync } from "node:fs";
import { basename, isAbsolute, join } from "node:path";
import type { StartupStep } from "../startup-step.ts";
import { listDocumentFiles } from "../cli/list-documents.ts";
import { projectRoot } from "../../common/paths.ts";
import { ingestDocuments } from "./ingest-documents.ts";

export const seedIngestStep: StartupStep = {
  name: "ingest seeds",
  async run({ config, gateway, log }) {
    const dir = isAbsolute(config.SEEDS_DIR) ? config.SEEDS_DIR : join(projectRoot, config.SEEDS_DIR);
    const documents = listDocumentFiles([dir]).map((file) => ({ name: basename(file), content: readFileSync(file) }));
    const result = await ingestDocuments(gateway, documents);
    log.info(
      `Seeds: ${result.ingested.length} ingested, ${result.skippedUnchanged.length} unchanged, ${result.rejected.length} rejected (${result.ms} ms).`,
    );
    for (const r of result.rejected) log.warn(`Seed ${r.name} rejected [${r.code}]: ${r.reason}`);
  },
};
