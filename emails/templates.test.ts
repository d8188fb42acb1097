import { describe, expect, it } from "vitest";
import { defaultBrand } from "./components/branded-layout";
import InvitationEmail from "./invitation";
import DigestEmail from "./digest";
import NotificationEmail from "./notification";
import { subjectFor } from "./catalog";
import { renderEmail } from "./templates";

const props = { ...InvitationEmail.PreviewProps, acceptUrl: "https://portal.example.com/invitation/AbC123-xyz_link" };

describe("invitation email", () => {
  it("carries the link, who invited them and the personal message", async () => {
    const { html, text } = await renderEmail("invitation", props);
    expect(html).toContain('href="https://portal.example.com/invitation/AbC123-xyz_link"');
    expect(text).toContain("https://portal.example.com/invitation/AbC123-xyz_link");
    expect(text).toContain("Olivia Hart invited you to Client Portal");
    expect(text).toContain("Harbour Logistics");
    expect(text).toContain(props.message);
    expect(text).toContain("1 December 2026");
  });

  it("never mentions a password other than asking them to choose one", async () => {
    const { text } = await renderEmail("invitation", props);
    const mentions = text.toLowerCase().match(/password[^.\n]*/g) ?? [];
    expect(mentions).toEqual(["password to get started:"]);
  });

  it("shows the business's logo, name and colours through the shared layout", async () => {
    const brand = {
      portalName: "Acme Hub",
      primaryColor: "#fde047",
      onPrimaryColor: "#000000",
      logoUrl: "https://portal.example.com/brand/0123456789abcdef0123456789abcdef.png",
    };
    const { html } = await renderEmail("invitation", { ...props, brand });
    expect(html).toContain("Acme Hub");
    expect(html).toMatch(
      /<img[^>]+alt="Acme Hub"[^>]+src="https:\/\/portal\.example\.com\/brand\/0123456789abcdef0123456789abcdef\.png"|<img[^>]+src="https:\/\/portal\.example\.com\/brand\/0123456789abcdef0123456789abcdef\.png"[^>]+alt="Acme Hub"/,
    );
    // The button: the brand's yellow with black text, readable (white on yellow would not be).
    expect(html).toMatch(/background-color:#fde047[^"]*color:#000000/);
  });

  it("still renders an email queued before logos existed, without one", async () => {
    const { html } = await renderEmail("invitation", { ...props, brand: { portalName: "Old Hub", primaryColor: "#123456" } });
    expect(html).toContain("Old Hub");
    expect(html).not.toContain("<img");
  });

  it("escapes a message that contains HTML", async () => {
    const { html } = await renderEmail("invitation", { ...props, message: '<script>alert("x")</script>' });
    expect(html).not.toContain("<script>alert");
    expect(html).toContain("&lt;script&gt;");
  });

  it("has a subject naming the inviter and the portal", () => {
    expect(subjectFor("invitation", props)).toBe("Olivia Hart invited you to Client Portal");
  });

  it("refuses props that do not fit the template", async () => {
    await expect(renderEmail("invitation", { ...props, acceptUrl: "not a url" })).rejects.toThrow();
    await expect(renderEmail("no-such-template", props)).rejects.toThrow(/Unknown email template/);
  });
});

describe("password and username emails", () => {
  it("carry a link to choose a password, worded for a reset or a first sign-in", async () => {
    const base = {
      brand: { ...defaultBrand, portalName: "Acme Hub" },
      name: "Dana",
      link: "https://portal.example.com/reset-password/tok",
      expiresAt: "2026-12-01T12:00:00.000Z",
    };
    const reset = await renderEmail("password-link", { ...base, reason: "reset" });
    expect(reset.text).toContain("https://portal.example.com/reset-password/tok");
    expect(reset.text).toContain("asked to reset your password");
    const first = await renderEmail("password-link", { ...base, reason: "first" });
    expect(first.text).toContain("you have not chosen a password yet");
    expect(subjectFor("password-link", { ...base, reason: "first" })).toBe("Choose your password for Acme Hub");
  });

  it("remind the username and the accounts it opens", async () => {
    const { text } = await renderEmail("username-reminder", {
      brand: { ...defaultBrand, portalName: "Acme Hub" },
      name: "Priya",
      username: "priya@example.com",
      accountNames: ["North", "South"],
      signInUrl: "https://portal.example.com/sign-in",
    });
    expect(text).toContain("Your username for Acme Hub is priya@example.com, for North, South.");
  });
});

describe("notification", () => {
  it("says what happened, quotes what was written escaped, links to the record and offers a way out", async () => {
    const props = { ...NotificationEmail.PreviewProps, excerpt: "<b>Fix</b> the menu" };
    const { html, text } = await renderEmail("notification", props);
    expect(text).toContain("Sam Carter replied on the ticket “Invoice address is wrong”.");
    expect(text).toContain("<b>Fix</b> the menu");
    expect(html).not.toContain("<b>Fix</b>");
    expect(text).toContain(props.url);
    expect(text).toContain("your reply is added to the conversation");
    expect(html).toContain(props.unsubscribeUrl);
    expect(subjectFor("notification", props)).toBe(props.headline);
  });
});

describe("digest", () => {
  it("lists each update as a link and counts them in the subject", async () => {
    const props = { ...DigestEmail.PreviewProps, moreCount: 3 };
    const { html, text } = await renderEmail("digest", props);
    expect(text).toContain("Sam Carter replied on the ticket “Invoice address is wrong”");
    expect(html).toContain(props.items[1]!.url);
    expect(text).toContain("And 3 more.");
    expect(subjectFor("digest", props)).toBe("5 updates from Client Portal");
  });
});
