import sharp from "sharp";
import { desc } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { brandings } from "@/db/schema";
import { brandingInputSchema, getBrandingWorkspace, revertBranding, saveBranding, uploadBrandImage } from "./editor";
import { createStaffViewer } from "../../testing/fixtures";
import type { StaffViewer } from "../viewer/viewer";

// The designer's workspace against a real database and the local file store.

const look = {
  portalName: "Acme Hub",
  primaryColor: "#7c3aed",
  accentColor: "#0f766e",
  backgroundColor: "#ffffff",
  textColor: "#111827",
  logoFile: "",
  headerFile: "",
  splash: "dawn",
  welcomeMessage: "Hello\r\nthere",
};

describe("branding", () => {
  afterAll(async () => {
    await db.delete(brandings);
  });

  it("saves versions, reverts to the previous one, and never lets a member in", async () => {
    const designer: StaffViewer = { ...(await createStaffViewer()), role: "designer" };
    await saveBranding(designer, brandingInputSchema.parse(look));
    expect((await getBrandingWorkspace(designer)).draft).toMatchObject({ portalName: "Acme Hub", welcomeMessage: "Hello\nthere" });
    await saveBranding(designer, brandingInputSchema.parse({ ...look, portalName: "Second" }));
    expect(await revertBranding(designer)).toBe(true);
    const [live] = await db.select().from(brandings).orderBy(desc(brandings.id)).limit(1);
    expect(live?.portalName).toBe("Acme Hub");
    expect((await getBrandingWorkspace(designer)).versions.length).toBeGreaterThanOrEqual(3);

    const member: StaffViewer = { ...designer, role: "member" };
    await expect(saveBranding(member, brandingInputSchema.parse(look))).rejects.toThrow(/does not include branding/);
  });

  it("refuses bad colours and an image that was never uploaded, or uploaded for another place", async () => {
    const designer: StaffViewer = { ...(await createStaffViewer()), role: "owner" };
    expect(brandingInputSchema.safeParse({ ...look, primaryColor: "blue" }).success).toBe(false);
    const logo = await uploadBrandImage(
      designer,
      "logo",
      await sharp({ create: { width: 200, height: 80, channels: 4, background: "#ff000080" } })
        .png()
        .toBuffer(),
    );
    expect(logo).toMatchObject({ ok: true, url: expect.stringMatching(/^\/brand\/[0-9a-f]{32}\.png$/) });
    if (!logo.ok) return;
    expect(await saveBranding(designer, brandingInputSchema.parse({ ...look, logoFile: logo.name }))).toEqual({ ok: true });
    const unknown = "0".repeat(32) + ".png";
    expect(await saveBranding(designer, brandingInputSchema.parse({ ...look, logoFile: unknown }))).toMatchObject({
      ok: false,
      fieldErrors: { logoFile: expect.any(String) },
    });
    expect(await saveBranding(designer, brandingInputSchema.parse({ ...look, headerFile: logo.name }))).toMatchObject({
      ok: false,
      fieldErrors: { headerFile: expect.any(String) },
    });
    expect(await uploadBrandImage(designer, "logo", Buffer.from("<html><body>not an image</body></html>"))).toEqual({
      ok: false,
      error: expect.stringContaining("not a PNG, JPEG, WebP or SVG"),
    });
  });
});
