// `npm run audit:pages`: Lighthouse (mobile, its default throttling) on the production build with
// the demo business, signed in where the page needs it. For each page it prints its scores beside
// the floor the product holds itself to, and the same scores for a minimal page of the same server
// (the machine's own ceiling, measured in the same run):
//   audit <page> accessibility=<> best_practices=<> performance=<> floor=98/95/90 minimal_performance=<>
// and exits non-zero when a page is below its floor.
import { chromium } from "@playwright/test";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { buildForProduction, startProductionServer, type ProductionServer } from "./lib/production-server";
import { spawnScript, waitForExit } from "./lib/processes";
import { createScratchDatabase } from "./lib/scratch-database";
import { signedInCookie } from "./lib/signed-in-cookie";

const floors = { accessibility: 98, "best-practices": 95, performance: 90 } as const;
const categories = Object.keys(floors) as (keyof typeof floors)[];

const scratch = await createScratchDatabase(process.env.DATABASE_URL);
process.env.DATABASE_URL = scratch.url;
process.env.AUTH_SECRET ??= randomBytes(32).toString("base64url");
// Imported once DATABASE_URL names the scratch database: the app's settings are read on import.
const { demoSignIns } = await import("../db/seed/demo-business");
let server: ProductionServer | undefined;
let browser: chromeLauncher.LaunchedChrome | undefined;
let isBelowFloor = false;

try {
  if (process.env.AUDIT_SKIP_BUILD !== "on") {
    await buildForProduction("audit:pages");
  }
  // The demo business, seeded as `npm run dev` seeds it: its people sign in below.
  if ((await waitForExit(spawnScript("seed.ts", [], process.env))) !== 0) throw new Error("Seeding the demo business failed");
  server = await startProductionServer();
  const { base } = server;

  const client = await signedInCookie(demoSignIns.client.email, demoSignIns.client.password, "audit:pages");
  const staff = await signedInCookie(demoSignIns.owner.email, demoSignIns.owner.password, "audit:pages");
  const bundled = chromium.executablePath();
  browser = await chromeLauncher.launch({
    chromePath: existsSync(bundled) ? bundled : "/usr/bin/chromium",
    chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu"],
  });

  const audit = async (path: string, cookie?: string) => {
    // One visit first, so the server's first-render work is not scored as the page's.
    await fetch(`${base}${path}`, { headers: cookie ? { cookie } : {} });
    const result = await lighthouse(`${base}${path}`, {
      port: browser!.port,
      output: "json",
      logLevel: "error",
      onlyCategories: [...categories],
      extraHeaders: cookie ? { Cookie: cookie } : undefined,
    });
    if (!result) throw new Error(`Lighthouse gave no result for ${path}`);
    const landed = new URL(result.lhr.finalDisplayedUrl).pathname;
    if (landed !== path) throw new Error(`${path} ended at ${landed}: not the page meant`);
    return Object.fromEntries(categories.map((category) => [category, Math.round((result.lhr.categories[category]?.score ?? 0) * 100)]));
  };

  const minimal = await audit("/load-floor", client);
  for (const page of [
    { name: "sign-in", path: "/sign-in" },
    { name: "portal-home", path: "/", cookie: client },
    { name: "console-accounts", path: "/console/accounts", cookie: staff },
  ]) {
    const scores = await audit(page.path, page.cookie);
    isBelowFloor ||= categories.some((category) => scores[category]! < floors[category]);
    console.log(
      `audit ${page.name} accessibility=${scores.accessibility} best_practices=${scores["best-practices"]} performance=${scores.performance} floor=${floors.accessibility}/${floors["best-practices"]}/${floors.performance} minimal_performance=${minimal.performance}`,
    );
  }
} finally {
  await browser?.kill();
  await server?.stop();
  await scratch.dispose();
}
process.exit(isBelowFloor ? 1 : 0);
