import tseslint from "typescript-eslint";

// Structural rules that keep the security model honest (see STYLE: "one way in"):
// only db/access/** touches the database, and only env.ts reads process.env.
export default tseslint.config(
  { ignores: [".next/**", "node_modules/**", ".data/**", "next-env.d.ts", "test-results/**", "playwright-report/**"] },
  ...tseslint.configs.recommended,
  {
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "(^|/)db/(client|schema)(/.*)?$",
              message: "Only db/access/** may touch the database: call an access function that takes the viewer.",
            },
          ],
        },
      ],
      "no-restricted-properties": [
        "error",
        { object: "process", property: "env", message: "Read configuration from env.ts, which validates it once." },
      ],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
  // Seeding and test fixtures write rows directly; they run at start-up or in tests, never per request.
  { files: ["db/access/**", "db/seed/**", "db/testing/**", "**/*.test.ts", "**/*.test.tsx"], rules: { "no-restricted-imports": "off" } },
  {
    files: ["env.ts", "scripts/**", "e2e/**", "*.config.ts", "*.config.mjs"],
    rules: { "no-restricted-properties": "off" },
  },
);
