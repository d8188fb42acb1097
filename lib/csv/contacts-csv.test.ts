import { describe, expect, it } from "vitest";
import { parseContactsCsv, spreadsheetSafe } from "./contacts-csv";

const BCRYPT = "$2b$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy";
const ARGON2 = "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0$7Yl8v2Hz0Vq4bK3mQ2pW1sX9cR6tU5yA0dE3fG4hI7k";

describe("contacts CSV", () => {
  it("reads rows by header name, in any order and case, with a BOM and blank lines", () => {
    const csv = `\uFEFFEmail,Account Number,account_name,name\nDana@Example.com,A-1,Harbour,Dana W\n\nsam@example.com,A-1,Harbour,\n`;
    const result = parseContactsCsv(csv);
    expect(result).toEqual({
      rows: [
        {
          line: 2,
          accountNumber: "A-1",
          accountName: "Harbour",
          billingPostcode: null,
          email: "dana@example.com",
          name: "Dana W",
          passwordHash: null,
          error: null,
        },
        {
          line: 3,
          accountNumber: "A-1",
          accountName: "Harbour",
          billingPostcode: null,
          email: "sam@example.com",
          name: "sam",
          passwordHash: null,
          error: null,
        },
      ],
    });
  });

  it("flags a bad email, a duplicate, a missing account, a ragged row and a foreign password hash, row by row", () => {
    const csv = [
      "account_number,account_name,email,password_hash",
      "A-1,Harbour,not-an-email,",
      "A-1,Harbour,dana@example.com,",
      "A-1,Harbour,DANA@example.com,",
      "A-2,Juniper,dana@example.com,",
      ",Harbour,lee@example.com,",
      "A-1,Harbour,kim@example.com,md5:abcdef",
      "A-1,Harbour,bo@example.com",
      `A-1,Harbour,ok1@example.com,${BCRYPT}`,
      `A-1,Harbour,ok2@example.com,"${ARGON2}"`,
    ].join("\n");
    const result = parseContactsCsv(csv);
    if ("error" in result) throw new Error(result.error);
    expect(result.rows.map((row) => [row.line, row.error])).toEqual([
      [2, "“not-an-email” is not a valid email address."],
      [3, null],
      [4, "Duplicate of line 3 (same email at the same account)."],
      [5, null],
      [6, "No account number."],
      [7, "The password hash is neither bcrypt ($2a$/$2b$/$2y$) nor argon2."],
      [8, "Has 3 cells; the header has 4."],
      [9, null],
      [10, null],
    ]);
  });

  it("refuses unknown and missing columns and empty files, saying what is expected", () => {
    expect(parseContactsCsv("email,account_number,account_name,phone\n")).toEqual({
      error: expect.stringContaining("Unknown column: phone"),
    });
    expect(parseContactsCsv("email,name\n")).toEqual({ error: "Missing columns: account_number, account_name." });
    expect(parseContactsCsv("")).toEqual({ error: expect.stringContaining("empty") });
  });

  it("makes cells safe for spreadsheets", () => {
    expect(["=SUM(A1)", "+1", "-2", "@cmd", "\tx", "\rx", "plain", "a=b", ""].map(spreadsheetSafe)).toEqual([
      "'=SUM(A1)",
      "'+1",
      "'-2",
      "'@cmd",
      "'\tx",
      "'\rx",
      "plain",
      "a=b",
      "",
    ]);
  });

  it("refuses a malformed line alone, saying what is wrong, and still reads the others", () => {
    const csv = [
      "account_number,account_name,email",
      'A-1,Harbour,"dana@example.com',
      "A-1,Harbour,sam@example.com",
      'A-2,Jun"iper,lee@example.com',
    ].join("\n");
    const result = parseContactsCsv(csv);
    if (!("rows" in result)) throw new Error(result.error);
    expect(result.rows.map((row) => [row.line, row.email, row.error])).toEqual([
      [2, null, 'This line is not valid CSV: a quote (") is opened and never closed.'],
      [3, "sam@example.com", null],
      [4, null, expect.stringContaining('a quote (") sits inside a cell')],
    ]);
    expect(parseContactsCsv('"account_number,email\nA-1,x@example.com')).toEqual({
      error: 'The first line, which names the columns, is not valid CSV: a quote (") is opened and never closed.',
    });
  });
});
