import { join } from "node:path";
import { cacheDir, projectRoot } from "../../common/paths.ts";

// Everything the local Neo4j needs lives inside the project, in git-ignored
// folders: .cache/ (jars, compiled launcher, Maven repo) and .neo4j/ (data,
// logs, password, pid file). The project's own folders are in common/paths.ts.
export const neo4jSettingsFile = join(projectRoot, "server", "neo4j", "neo4j-settings.json");
export const launcherSource = join(projectRoot, "server", "neo4j", "launcher", "KamergraafNeo4j.java");
export const launcherPom = join(projectRoot, "server", "neo4j", "pom.xml");
export const launcherClassName = "KamergraafNeo4j";

export const mavenRepoDir = join(cacheDir, "m2");
export const neo4jLibDir = join(cacheDir, "neo4j", "lib");
export const launcherClassesDir = join(cacheDir, "neo4j", "classes");

export const neo4jHomeDir = join(projectRoot, ".neo4j");
export const neo4jPasswordFile = join(neo4jHomeDir, "password");
export const neo4jPidFile = join(neo4jHomeDir, "neo4j.pid");
export const neo4jLogFile = join(neo4jHomeDir, "launcher.log");
