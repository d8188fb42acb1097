import { z } from "zod";
import { compileTrustedProxies } from "./lib/client-address";

// The one place that reads process.env. Every variable has a local default; the README lists them.
const hours = (fallback: number) =>
  z.coerce
    .number()
    .positive()
    .max(24 * 365)
    .default(fallback);

const envSchema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  // Base URL for every link in an email: never taken from a request's Host header.
  APP_URL: z.url().optional(),
  DATABASE_URL: z.string().min(1).optional(),
  EMBEDDED_DB_DIR: z.string().min(1).default(".data/postgres"),
  EMBEDDED_DB_PORT: z.coerce.number().int().min(1).max(65535).default(5488),
  AUTH_SECRET: z.string().min(32).optional(),
  SESSION_MAX_AGE_HOURS: hours(12),
  INVITATION_TTL_HOURS: hours(24 * 7),
  PASSWORD_RESET_TTL_HOURS: hours(2),
  REGISTRATION_TTL_HOURS: hours(24),
  // Registering against an account needs an invoice issued to it within this many days.
  REGISTRATION_INVOICE_WINDOW_DAYS: z.coerce.number().int().positive().default(180),
  // Shared secret of the inbound email webhook; without it the webhook answers 404.
  INBOUND_EMAIL_SECRET: z.string().min(16).optional(),
  VIEW_AS_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(30),
  // The load benchmark's floor page (/load-floor): answers 404 unless `on`.
  LOAD_FLOOR_PAGE: z.enum(["on", "off"]).default("off"),
  // Proxies whose X-Forwarded-For is believed (addresses, CIDRs, or `loopback`). Empty: nobody, so
  // the client address is the socket's peer and a client cannot choose its own.
  TRUSTED_PROXIES: z
    .string()
    .default("")
    .transform((list) =>
      list
        .split(",")
        .map((entry) => entry.trim())
        .filter(Boolean),
    )
    .refine((entries) => isProxyList(entries), "Use comma-separated IP addresses or CIDRs, like 10.0.0.5,192.168.0.0/16."),
  // Per IP address; a whole office behind one address shares these.
  SIGN_IN_LIMIT_PER_IP: z.coerce.number().int().positive().default(50),
  EMAIL_REQUEST_LIMIT_PER_IP: z.coerce.number().int().positive().default(30),
  // A statement that runs longer, or waits longer for a lock, fails instead of holding a request
  // (and a pooled connection) hostage. Bulk work (imports, bulk invitations) allows itself longer.
  DB_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).default(10_000),
  DB_LOCK_TIMEOUT_MS: z.coerce.number().int().min(50).default(3_000),
  DB_BULK_STATEMENT_TIMEOUT_MS: z.coerce
    .number()
    .int()
    .min(1000)
    .default(10 * 60_000),
  RESEND_API_KEY: z.string().min(1).optional(),
  // Another server that speaks Resend's API (a regional endpoint, or a stand-in for tests).
  RESEND_BASE_URL: z.url().default("https://api.resend.com"),
  MAIL_FROM: z.string().min(3).default("Client Portal <portal@localhost>"),
  // Replies by email: notifications about a conversation say to reply to reply+<token>@this domain,
  // whose mail the provider posts to the inbound webhook. Unset: no reply addresses.
  INBOUND_REPLY_DOMAIN: z
    .string()
    .regex(/^[a-z0-9.-]+\.[a-z]{2,}$/i, "A domain name, such as reply.example.com")
    .optional(),
  MAIL_WORKER: z.enum(["inline", "off"]).default("inline"),
  // When the daily digest of notifications goes out (cron syntax, UTC; graphile-worker's crontab).
  DIGEST_CRON: z
    .string()
    .regex(/^(\S+\s+){4}\S+$/, "Five cron fields, such as 0 7 * * *")
    .default("0 7 * * *"),
  // Seed the demo business (published passwords!) into an empty database. Unset: on for
  // `npm run dev`, off for `npm start` (lib/demo-data.ts).
  DEMO_DATA: z.enum(["on", "off"]).optional(),
  // The file store (branding images and every attached file): a local folder, or an
  // S3-compatible bucket when FILES_S3_BUCKET is set.
  FILES_DIR: z.string().min(1).default(".data/files"),
  FILES_S3_BUCKET: z.string().min(1).optional(),
  FILES_S3_REGION: z.string().min(1).default("us-east-1"),
  FILES_S3_ENDPOINT: z.url().optional(),
  FILES_S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  FILES_S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  // Online card payments through Stripe Checkout: both or neither. Unset: invoices show the bank
  // transfer instructions from Settings, and no online payment is offered.
  STRIPE_SECRET_KEY: z.string().min(1).optional(),
  STRIPE_WEBHOOK_SECRET: z.string().min(1).optional(),
  // Another server that speaks Stripe's API (a stand-in for tests). Unset: Stripe's own.
  STRIPE_API_URL: z.url().optional(),
  // The largest file a person may upload, in megabytes.
  MAX_UPLOAD_MB: z.coerce.number().int().min(1).max(5000).default(100),
});

function isProxyList(entries: string[]): boolean {
  try {
    compileTrustedProxies(entries);
    return true;
  } catch {
    return false;
  }
}

export type Env = z.infer<typeof envSchema> & { APP_URL: string };

function parseEnv(): Env {
  // An empty variable (`RESEND_API_KEY=`) means "not set", as it does in most tools.
  const present = Object.fromEntries(Object.entries(process.env).filter(([, value]) => value !== ""));
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n");
    throw new Error(`Invalid configuration (see README, "Configuration"):\n${problems}`);
  }
  const values = parsed.data;
  if (Boolean(values.STRIPE_SECRET_KEY) !== Boolean(values.STRIPE_WEBHOOK_SECRET)) {
    throw new Error(
      'Invalid configuration (see README, "Configuration"):\n  STRIPE_SECRET_KEY and STRIPE_WEBHOOK_SECRET go together: without the webhook secret no payment could be confirmed.',
    );
  }
  return { ...values, APP_URL: (values.APP_URL ?? `http://localhost:${values.PORT}`).replace(/\/$/, "") };
}

export const env = parseEnv();
