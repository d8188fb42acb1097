import "server-only";
import { sql } from "drizzle-orm";
import { db } from "@/db/client";
import { businessSettings, tokens, users } from "@/db/schema";
import { env } from "@/env";
import { recordAudit } from "../kit/audit";
import { getPublicBranding } from "../branding/live";
import { queueEmail } from "../outbox/outbox";
import { consumeToken, issueToken, unsafeInspectToken, type TokenState } from "./tokens";

// A deployment's first run: no business yet. Whoever runs the server gets a one-time link (printed
// by the launcher or `npm run setup`); it names the business and its first owner, who chooses a
// password by an emailed link like anyone else. There is never a default password, and once a
// business exists the setup page is gone.

const SETUP_TTL_HOURS = 24;

async function hasBusiness(): Promise<boolean> {
  const [row] = await db.select({ id: businessSettings.id }).from(businessSettings).limit(1);
  return row !== undefined;
}

/**
 * Start-up and `npm run setup` only: a new setup link, or null when the business is set up already.
 * Earlier links stop working, so only the latest one printed opens the page.
 */
export async function unsafeIssueSetupLink(): Promise<{ url: string; expiresAt: Date } | null> {
  if (await hasBusiness()) return null;
  return db.transaction(async (tx) => {
    await tx
      .update(tokens)
      .set({ cancelledAt: sql`now()` })
      .where(sql`${tokens.purpose} = 'setup' and ${tokens.usedAt} is null and ${tokens.cancelledAt} is null`);
    const token = await issueToken(tx, { purpose: "setup", ttlHours: SETUP_TTL_HOURS });
    return { url: `${env.APP_URL}/setup/${token.raw}`, expiresAt: token.expiresAt };
  });
}

/** Token holder: may this link set up the business? "done" once a business exists (the page then answers 404). */
export async function unsafeInspectSetupLink(rawToken: string): Promise<TokenState | "done"> {
  if (await hasBusiness()) return "done";
  return (await unsafeInspectToken("setup", rawToken)).state;
}

export type SetupInput = { businessName: string; ownerName: string; ownerEmail: string };
export type SetupResult = { ok: true; email: string; passwordLink: string } | { ok: false; error: "link_unusable" | "done" };

/**
 * Token holder: creates the business and its first owner in one transaction, uses up the link,
 * and emails the owner a link to choose their password. Two tries at once: the second finds the
 * business (or the spent link) and changes nothing.
 */
export async function unsafeCompleteSetup(rawToken: string, input: SetupInput, ip?: string): Promise<SetupResult> {
  const brand = await getPublicBranding();
  return db.transaction(async (tx) => {
    // Serialises setups: whoever is second sees the business the first created.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('business-setup'))`);
    const [existing] = await tx.select({ id: businessSettings.id }).from(businessSettings).limit(1);
    if (existing) return { ok: false, error: "done" };
    const token = await consumeToken(tx, "setup", rawToken);
    if (!token) return { ok: false, error: "link_unusable" };

    const email = input.ownerEmail.trim().toLowerCase();
    await tx.insert(businessSettings).values({ id: 1, name: input.businessName.trim() });
    const [owner] = await tx
      .insert(users)
      .values({ kind: "staff", staffRole: "owner", name: input.ownerName.trim(), email })
      .returning({ id: users.id });
    const link = await issueToken(tx, { purpose: "password_reset", userId: owner!.id, ttlHours: env.PASSWORD_RESET_TTL_HOURS });
    const passwordLink = `${env.APP_URL}/reset-password/${link.raw}`;
    await queueEmail(tx, {
      to: email,
      template: "password-link",
      props: {
        brand: { ...brand.emailBrand, portalName: input.businessName.trim() },
        name: input.ownerName.trim(),
        reason: "first",
        link: passwordLink,
        expiresAt: link.expiresAt.toISOString(),
      },
    });
    await recordAudit(tx, {
      action: "setup.completed",
      actorUserId: owner!.id,
      subjectUserId: owner!.id,
      ip,
      detail: { businessName: input.businessName.trim() },
    });
    return { ok: true, email, passwordLink };
  });
}
