import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import postgres from "postgres";
import { applyMigrations } from "../../db/migrate";
import { startEmbeddedPostgres } from "./embedded-postgres";
import { findFreePort } from "./free-port";

export type ScratchDatabase = { url: string; dispose: () => Promise<void> };

/**
 * A migrated, empty database for tests and benchmarks: a new database on the server named by
 * DATABASE_URL (which needs CREATEDB), or else a throw-away embedded PostgreSQL on a free port.
 */
export async function createScratchDatabase(serverUrl: string | undefined): Promise<ScratchDatabase> {
  const name = `portal_scratch_${process.pid}_${Date.now()}`;
  if (serverUrl) {
    const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
    await admin.unsafe(`create database "${name}"`);
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    await applyMigrations(url.toString());
    return {
      url: url.toString(),
      dispose: async () => {
        await admin.unsafe(`drop database if exists "${name}" with (force)`);
        await admin.end();
      },
    };
  }
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "portal-scratch-"));
  const database = await startEmbeddedPostgres({ dataDir: path.join(dataDir, "pg"), port: await findFreePort(), database: name });
  await applyMigrations(database.url);
  return {
    url: database.url,
    dispose: async () => {
      await database.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
