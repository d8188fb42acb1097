import { describe, expect, it } from "vitest";
import { describeAuditDetail, describeAuditEvent, plainIp } from "./audit-sentences";

describe("the audit log in words", () => {
  it("reads each event as a sentence with the people and the account", () => {
    const facts = { actorName: "Robin Staff", subjectName: "Dana Whitfield", accountName: "Harbour Logistics" };
    expect(describeAuditEvent({ ...facts, action: "invitation.sent", detail: {} })).toBe(
      "Robin Staff invited Dana Whitfield to Harbour Logistics",
    );
    expect(describeAuditEvent({ ...facts, action: "settings.customer_login_changed", detail: { allowCustomerLogin: true } })).toBe(
      "Robin Staff turned customer sign-in on",
    );
    expect(describeAuditEvent({ ...facts, action: "team.role_changed", detail: { from: "member", to: "admin" } })).toBe(
      "Robin Staff changed the role of Dana Whitfield from member to admin",
    );
    expect(describeAuditEvent({ actorName: null, subjectName: null, accountName: null, action: "something.new", detail: {} })).toBe(
      "Someone: something new",
    );
  });

  it("shows details as labelled words, not JSON, and addresses as people write them", () => {
    expect(describeAuditDetail({ bulk: true, signInCodesEnabled: false, accountIds: ["a", "b"], note: "" })).toEqual([
      ["Bulk", "yes"],
      ["Sign in codes enabled", "no"],
      ["Account ids", "a, b"],
      ["Note", "—"],
    ]);
    expect(plainIp("::ffff:203.0.113.9")).toBe("203.0.113.9");
    expect(plainIp("::ffff:127.0.0.1")).toBe("127.0.0.1 (this server)");
    expect(plainIp("2001:db8::1")).toBe("2001:db8::1");
    expect(plainIp(null)).toBe("—");
  });
});
