import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

// The structural rules must be able to fail: these are the breaches CI has to catch.
const eslint = new ESLint({ cwd: import.meta.dirname });

async function ruleIdsFor(code: string, filePath: string) {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.map((message) => message.ruleId);
}

describe("lint rules", () => {
  it("refuses database imports outside db/access", async () => {
    expect(await ruleIdsFor('import { db } from "@/db/client";\nexport const x = db;\n', "app/x/page.tsx")).toContain(
      "no-restricted-imports",
    );
    expect(await ruleIdsFor('import { users } from "../../db/schema";\nexport const x = users;\n', "components/x.ts")).toContain(
      "no-restricted-imports",
    );
    expect(await ruleIdsFor('import { db } from "@/db/client";\nexport const x = db;\n', "db/access/x.ts")).toEqual([]);
  });

  it("refuses process.env outside env.ts", async () => {
    expect(await ruleIdsFor("export const key = process.env.SECRET;\n", "app/x/page.tsx")).toContain("no-restricted-properties");
    expect(await ruleIdsFor("export const key = process.env.SECRET;\n", "env.ts")).toEqual([]);
  });
});
