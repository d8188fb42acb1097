// Where the end-to-end suite runs the portal. Shared by playwright.config.ts and the fixtures.
export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
export const E2E_DB_PORT = Number(process.env.E2E_DB_PORT ?? 5499);
export const E2E_BASE_URL = `http://localhost:${E2E_PORT}`;
// A second server, started like a real deployment's first run (no demo data), for the setup tests.
export const E2E_FRESH_PORT = E2E_PORT + 1;
export const E2E_FRESH_DB_PORT = E2E_DB_PORT + 1;
export const E2E_FRESH_BASE_URL = `http://localhost:${E2E_FRESH_PORT}`;
export const E2E_FRESH_DATABASE_URL = `postgres://postgres:portal-local@127.0.0.1:${E2E_FRESH_DB_PORT}/portal`;
// With DATABASE_URL set the suite runs against that server instead of its own embedded one.
export const E2E_DATABASE_URL = process.env.DATABASE_URL ?? `postgres://postgres:portal-local@127.0.0.1:${E2E_DB_PORT}/portal`;

/** The inbound email webhook's shared secret on the test server (the tests sign with it, as a mail provider would). */
export const E2E_INBOUND_SECRET = "end-to-end-inbound-secret-0123456789";

/** The Stripe stand-in the test server pays through (db/testing/stripe-stand-in.ts), and its keys. */
export const E2E_STRIPE_PORT = E2E_PORT + 10;
export const E2E_STRIPE_URL = `http://127.0.0.1:${E2E_STRIPE_PORT}`;
export const E2E_STRIPE_SECRET_KEY = "sk_test_end_to_end_stand_in";
export const E2E_STRIPE_WEBHOOK_SECRET = "whsec_end_to_end_stand_in";
