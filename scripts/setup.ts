// `npm run setup`: prints the one-time link that sets up the business and its first owner, for a
// database with no business yet (the launcher runs it at every start; a new link replaces the
// last). With --only-if-needed it says nothing once the business exists.
import nextEnv from "@next/env";

nextEnv.loadEnvConfig(process.cwd());
// With no DATABASE_URL, the embedded database `npm start`/`npm run dev` is running.
process.env.DATABASE_URL ??= `postgres://postgres:portal-local@127.0.0.1:${process.env.EMBEDDED_DB_PORT || 5488}/portal`;
const { unsafeIssueSetupLink } = await import("../db/access/onboarding/setup");

const link = await unsafeIssueSetupLink();
if (link) {
  console.log(
    `[portal] First run: no business is set up yet. Open this link to set it up (it works once, until ${link.expiresAt.toISOString()}):`,
  );
  console.log(`[portal]   ${link.url}`);
} else if (!process.argv.includes("--only-if-needed")) {
  console.log("[portal] This portal is already set up: sign in instead. Owners invite their team from the console.");
}
process.exit(0);
