// `npm run dev` / `npm start`: one command that brings up everything the portal needs.
// 1. the embedded PostgreSQL, unless DATABASE_URL points at a server;  2. migrations;
// 3. the demo business on an empty database when DEMO_DATA says so (dev: yes; start: no), else
//    a one-time setup link when there is no business yet;  4. the mail worker (unless MAIL_WORKER=off);
// 5. the web server (server.ts: Next.js's dev server, or the production build). Ctrl+C stops them all.
import nextEnv from "@next/env";
import type { ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { appendFileSync, rmSync } from "node:fs";
import path from "node:path";
import { applyMigrations } from "../db/migrate";
import { isDemoDataOn } from "../lib/demo-data";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "./lib/embedded-postgres";
import { spawnScript, waitForExit } from "./lib/processes";

const mode = process.argv[2] === "start" ? "start" : "dev";
const isFresh = process.argv.includes("--fresh");
const log = (line: string) => console.log(`[portal] ${line}`);

nextEnv.loadEnvConfig(process.cwd(), mode === "dev");
ensureAuthSecret();
const { env } = await import("../env");

let database: EmbeddedDatabase | undefined;
const children: ChildProcess[] = [];
let isStopping = false;

async function stopAll(code: number) {
  if (isStopping) return;
  isStopping = true;
  for (const child of children) if (child.exitCode === null) child.kill("SIGTERM");
  await Promise.all(children.map(waitForExit));
  await database?.stop();
  process.exit(code);
}
process.on("SIGINT", () => void stopAll(0));
process.on("SIGTERM", () => void stopAll(0));

try {
  let databaseUrl = env.DATABASE_URL;
  if (!databaseUrl) {
    if (isFresh) rmSync(env.EMBEDDED_DB_DIR, { recursive: true, force: true });
    database = await startEmbeddedPostgres({ dataDir: env.EMBEDDED_DB_DIR, port: env.EMBEDDED_DB_PORT, database: "portal", log });
    databaseUrl = database.url;
  }
  await applyMigrations(databaseUrl);
  const childEnv = { NEXT_TELEMETRY_DISABLED: "1", ...process.env, DATABASE_URL: databaseUrl, PORT: String(env.PORT) };

  const isDemo = isDemoDataOn(mode, env.DEMO_DATA);
  if (isDemo) {
    const seeding = spawnScript("seed.ts", [], childEnv);
    children.push(seeding);
    if ((await waitForExit(seeding)) !== 0) throw new Error("Seeding the demo business failed (see above).");
  }
  // A database with no business yet: print the one-time link that sets it up.
  const setup = spawnScript("setup.ts", ["--only-if-needed"], childEnv);
  children.push(setup);
  if ((await waitForExit(setup)) !== 0) throw new Error("Preparing the first-run setup failed (see above).");

  if (env.MAIL_WORKER === "inline") children.push(spawnScript("worker.ts", [], childEnv));
  // Our own server (server.ts) in front of Next.js: it knows the socket's peer address.
  children.push(spawnScript("../server.ts", [mode], { ...childEnv, NODE_ENV: mode === "start" ? "production" : "development" }));
  for (const child of children) child.once("exit", (code) => void stopAll(code ?? 0));

  log(`Portal:  ${env.APP_URL}   (staff console: ${env.APP_URL}/console)`);
  if (isDemo) {
    log(`Staff:   owner@brightwater.example / lantern-harbour-owner-82`);
    log(`Client:  dana@harbour-logistics.example / quiet-orchard-client-47`);
    log(`Designer: designer@brightwater.example / painted-lighthouse-design-35 (Console › Branding)`);
  }
  if (isDemo && mode === "start") {
    const bar = "!".repeat(78);
    for (const line of [
      bar,
      "DEMO_DATA=on under npm start: the demo business's passwords are printed in the README",
      "and work on this server. Anyone who has read it can sign in as its owner.",
      "Do not let real clients reach this server; start without DEMO_DATA for real use.",
      bar,
    ]) {
      console.warn(`[portal] ${line}`);
    }
  }
  log(env.RESEND_API_KEY ? "Email:   delivered through Resend" : "Email:   captured, not sent: read them in the console under Emails");
} catch (error) {
  console.error(`[portal] ${error instanceof Error ? error.message : String(error)}`);
  await stopAll(1);
}

// Sessions are signed with AUTH_SECRET. For a local setup (embedded database) one is generated
// into .env on first run; a deployment pointing at its own DATABASE_URL must set it.
function ensureAuthSecret() {
  if (process.env.AUTH_SECRET) return;
  if (process.env.DATABASE_URL && mode === "start") {
    console.error("[portal] AUTH_SECRET is not set. Set it to a long random value (e.g. `openssl rand -base64 32`).");
    process.exit(1);
  }
  const secret = randomBytes(32).toString("base64url");
  appendFileSync(path.join(process.cwd(), ".env"), `\n# Generated on first run for local use; keep it secret.\nAUTH_SECRET=${secret}\n`);
  process.env.AUTH_SECRET = secret;
  log("Generated AUTH_SECRET into .env");
}
