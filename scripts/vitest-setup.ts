import { tmpdir } from "node:os";
import { join } from "node:path";
import { inject } from "vitest";

// Runs before each test file's imports, so env.ts sees the scratch database.
process.env.DATABASE_URL = inject("databaseUrl");
process.env.AUTH_SECRET ??= "test-secret-that-is-only-used-by-the-unit-tests";
// Files from tests go to a throw-away folder, never the developer's own store.
process.env.FILES_DIR = join(tmpdir(), "client-portal-test-files");
// A small upload limit, so refusing a file past it needs no large test file.
process.env.MAX_UPLOAD_MB = "1";
// Replies by email are on, so notifications carry reply addresses.
process.env.INBOUND_REPLY_DOMAIN = "reply.portal.test";
