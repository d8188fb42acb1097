import { describe, expect, it } from "vitest";
import { describeEmailCounts, emailStateLabels } from "./email-states";

describe("email states", () => {
  it("the summary uses the same words as each email's state, and names only what there is", () => {
    expect(describeEmailCounts({ queued: 0, sending: 0, sent: 0, captured: 13, failed: 0 })).toBe("13 kept, not sent · 0 failed");
    expect(describeEmailCounts({ queued: 2, sending: 1, sent: 1200, captured: 0, failed: 4 })).toBe("1,200 sent · 3 waiting · 4 failed");
    expect(emailStateLabels.captured).toBe("Kept, not sent");
  });
});
