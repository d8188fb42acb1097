import { describe, expect, it } from "vitest";
import { formFieldLine, formFieldLineSchema } from "./form-fields";

// The console's one-line-per-field builder, read and written back.

describe("support form builder lines", () => {
  it("reads a kind, an optional flag and a choice's answers, and writes the same line back", () => {
    const field = formFieldLineSchema.parse("Product | choice | optional | Web, iOS, , Android, iOS");
    expect(field).toEqual({ label: "Product", kind: "choice", isRequired: false, choices: ["Web", "iOS", "Android"] });
    expect(formFieldLine(field)).toBe("Product | choice | optional | Web, iOS, Android");
    expect(formFieldLineSchema.parse("Started on | date")).toEqual({ label: "Started on", kind: "date", isRequired: true });
    expect(formFieldLineSchema.parse("Summary")).toEqual({ label: "Summary", kind: "text", isRequired: true });
  });

  it("says what is wrong with an unknown kind and a choice without answers", () => {
    expect(formFieldLineSchema.safeParse("Colour | colour").error?.issues[0]?.message).toMatch(/the kind one of text, long_text/);
    expect(formFieldLineSchema.safeParse("Size | choice | Large").error?.issues[0]?.message).toBe(
      "“Size” is a choice: list at least two, like “Size | choice | Yes, No”.",
    );
  });
});
