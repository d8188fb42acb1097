import type { TestProject } from "vitest/node";
import { createScratchDatabase } from "./lib/scratch-database";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

// One real, migrated PostgreSQL for the whole run; every test makes its own rows in it.
export default async function setup(project: TestProject) {
  const database = await createScratchDatabase(process.env.DATABASE_URL);
  project.provide("databaseUrl", database.url);
  return () => database.dispose();
}
