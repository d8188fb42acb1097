import { chromium, defineConfig, devices } from "@playwright/test";
import { existsSync } from "node:fs";
import {
  E2E_BASE_URL,
  E2E_INBOUND_SECRET,
  E2E_DB_PORT,
  E2E_FRESH_BASE_URL,
  E2E_FRESH_DB_PORT,
  E2E_FRESH_PORT,
  E2E_PORT,
  E2E_STRIPE_PORT,
  E2E_STRIPE_SECRET_KEY,
  E2E_STRIPE_URL,
  E2E_STRIPE_WEBHOOK_SECRET,
} from "./e2e/settings";

// Playwright's own Chromium when installed, else the system's (Debian: apt-get install chromium).
const executablePath = existsSync(chromium.executablePath()) ? undefined : "/usr/bin/chromium";

export default defineConfig({
  testDir: "e2e",
  workers: 3,
  forbidOnly: true,
  retries: 0,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: E2E_BASE_URL,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  projects: [
    { name: "chromium", use: { ...devices["Desktop Chrome"] }, testIgnore: [/outage\//, /branding\.spec\.ts/] },
    // The branding tests put other looks live for every page: they run once the rest is done, so no
    // other test (an accessibility scan above all) sees a look it did not expect.
    { name: "branding", use: { ...devices["Desktop Chrome"] }, testMatch: /branding\.spec\.ts/, dependencies: ["chromium"] },
    // Tests that make the database unavailable run last, on their own, once everything else is done.
    { name: "outage", use: { ...devices["Desktop Chrome"] }, testMatch: /outage\/.*\.spec\.ts/, dependencies: ["branding"] },
  ],
  webServer: [
    {
      // The production build, started the way `npm start` does, on a fresh embedded database.
      command: "node --import tsx scripts/launch.ts start --fresh",
      url: `${E2E_BASE_URL}/api/health`,
      reuseExistingServer: false,
      timeout: 120_000,
      stdout: "pipe",
      gracefulShutdown: { signal: "SIGTERM", timeout: 15_000 },
      env: {
        PORT: String(E2E_PORT),
        APP_URL: E2E_BASE_URL,
        EMBEDDED_DB_PORT: String(E2E_DB_PORT),
        EMBEDDED_DB_DIR: ".data/e2e-postgres",
        FILES_DIR: ".data/e2e-files",
        AUTH_SECRET: "end-to-end-tests-only-secret-0123456789abcdef",
        MAIL_WORKER: "inline",
        // Every test signs in from 127.0.0.1; per-address limits still apply.
        SIGN_IN_LIMIT_PER_IP: "100000",
        EMAIL_REQUEST_LIMIT_PER_IP: "100000",
        RESEND_API_KEY: "",
        // Replies by email, through the signed inbound webhook.
        INBOUND_EMAIL_SECRET: E2E_INBOUND_SECRET,
        INBOUND_REPLY_DOMAIN: "reply.portal.test",
        // The suite works on the demo business, which npm start leaves out by default.
        DEMO_DATA: "on",
        // Online payments, through the Stripe stand-in below.
        STRIPE_SECRET_KEY: E2E_STRIPE_SECRET_KEY,
        STRIPE_WEBHOOK_SECRET: E2E_STRIPE_WEBHOOK_SECRET,
        STRIPE_API_URL: E2E_STRIPE_URL,
      },
    },
    {
      // Stripe's API and checkout page as the stripe SDK and a browser meet them, on 127.0.0.1.
      command: "node --import tsx scripts/stripe-stand-in.ts",
      url: `${E2E_STRIPE_URL}/health`,
      reuseExistingServer: false,
      timeout: 30_000,
      stdout: "pipe",
      env: {
        STRIPE_STAND_IN_PORT: String(E2E_STRIPE_PORT),
        STRIPE_SECRET_KEY: E2E_STRIPE_SECRET_KEY,
        STRIPE_WEBHOOK_SECRET: E2E_STRIPE_WEBHOOK_SECRET,
        STRIPE_WEBHOOK_URL: `http://127.0.0.1:${E2E_PORT}/api/webhooks/stripe`,
      },
    },
    {
      // A real deployment's first run: `npm start` with no demo data, so the business is set up.
      command: "node --import tsx scripts/launch.ts start --fresh",
      url: `${E2E_FRESH_BASE_URL}/api/health`,
      reuseExistingServer: false,
      timeout: 120_000,
      stdout: "pipe",
      gracefulShutdown: { signal: "SIGTERM", timeout: 15_000 },
      env: {
        PORT: String(E2E_FRESH_PORT),
        APP_URL: E2E_FRESH_BASE_URL,
        EMBEDDED_DB_PORT: String(E2E_FRESH_DB_PORT),
        EMBEDDED_DB_DIR: ".data/e2e-fresh-postgres",
        FILES_DIR: ".data/e2e-fresh-files",
        AUTH_SECRET: "end-to-end-tests-only-secret-fresh-0123456789",
        MAIL_WORKER: "inline",
        DEMO_DATA: "",
        RESEND_API_KEY: "",
      },
    },
  ],
});
