#!/usr/bin/env node
// `npx kamergraaf …`: the CLI is TypeScript run by tsx, as everywhere in this project.
import { register } from "tsx/esm/api";

register();
const { runCli } = await import("./kamergraaf.ts");
process.exitCode = await runCli(process.argv.slice(2));
