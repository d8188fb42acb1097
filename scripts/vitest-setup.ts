import { inject } from "vitest";

// Runs before each test file's imports, so env.ts sees the scratch database.
process.env.DATABASE_URL = inject("databaseUrl");
process.env.AUTH_SECRET ??= "test-secret-that-is-only-used-by-the-unit-tests";
