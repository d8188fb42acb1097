import { spawn, type ChildProcess } from "node:child_process";
import { findFreePort } from "./free-port";
import { waitUntilUp } from "./signed-in-cookie";
import { spawnScript, waitForExit } from "./processes";

// The production server as the measuring scripts use it: built with `next build`, started through
// server.ts on a free port with the minimal floor page on, against the database in DATABASE_URL.

export async function buildForProduction(script: string) {
  console.log(`[${script}] Building the production server…`);
  if ((await waitForExit(spawn("npm", ["run", "build"], { stdio: ["ignore", "ignore", "inherit"] }))) !== 0)
    throw new Error("next build failed");
}

export type ProductionServer = { process: ChildProcess; base: string; stop: () => Promise<void> };

export async function startProductionServer(): Promise<ProductionServer> {
  const port = await findFreePort();
  const base = `http://127.0.0.1:${port}`;
  const server = spawnScript("../server.ts", ["start"], {
    ...process.env,
    NODE_ENV: "production",
    PORT: String(port),
    APP_URL: base,
    LOAD_FLOOR_PAGE: "on",
    NEXT_TELEMETRY_DISABLED: "1",
  });
  const stop = async () => {
    if (server.exitCode !== null) return;
    server.kill("SIGTERM");
    await waitForExit(server);
  };
  try {
    await waitUntilUp(`${base}/api/health`);
  } catch (error) {
    await stop();
    throw error;
  }
  return { process: server, base, stop };
}
