import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";

const hook = path.join(import.meta.dirname, "..", "server-only-hook.mjs");

/** Runs one of our TypeScript scripts in its own Node process, with tsx and the server-only hook. */
export function spawnScript(script: string, args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(process.execPath, ["--import", "tsx", "--import", hook, path.join(import.meta.dirname, "..", script), ...args], {
    env,
    stdio: "inherit",
  });
}

export function waitForExit(child: ChildProcess): Promise<number> {
  if (child.exitCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.once("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0))));
}
