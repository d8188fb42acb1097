import path from "node:path";
import { defineConfig } from "vitest/config";

const root = import.meta.dirname;

export default defineConfig({
  resolve: {
    alias: {
      "@": root,
      // The guard that keeps server modules out of client bundles has no job in Node tests.
      "server-only": path.join(root, "scripts/lib/empty-module.ts"),
    },
  },
  test: {
    include: ["**/*.test.{ts,tsx}"],
    // next-auth imports "next/server" without an extension; let Vite resolve it.
    server: { deps: { inline: ["next-auth"] } },
    exclude: ["node_modules/**", "e2e/**", ".next/**", ".data/**"],
    globalSetup: ["./scripts/vitest-global-setup.ts"],
    setupFiles: ["./scripts/vitest-setup.ts"],
    // Test files share one database and the mail worker claims any due email: run files one by one.
    fileParallelism: false,
    testTimeout: 20_000,
    hookTimeout: 60_000,
  },
});
