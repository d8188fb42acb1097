import { describe, expect, it } from "vitest";
import { parseOriginList } from "./embed";

describe("embeddable form allow-list", () => {
  it("keeps origins, one per line, without duplicates", () => {
    expect(parseOriginList("https://www.example.com\n\n  http://localhost:8080  \nhttps://www.example.com/")).toEqual({
      origins: ["https://www.example.com", "http://localhost:8080"],
    });
  });

  it.each(["www.example.com", "https://www.example.com/login", "javascript:alert(1)", "ftp://example.com", "https://user@example.com"])(
    "refuses %s, naming it",
    (line) => {
      const result = parseOriginList(`https://ok.example.com\n${line}`);
      expect(result).toEqual({ error: expect.stringContaining(line) });
    },
  );
});
