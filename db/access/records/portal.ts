import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getPublicBranding } from "../branding/live";
import type { Capability } from "../permissions/capabilities";
import { usableCapabilities } from "../permissions/resolver";
import { requireContactViewer, type ContactViewer } from "../viewer/viewer";

/** The signed-in contact: their dashboard, for the account they are acting for. */
export async function getPortalHome(viewer: ContactViewer) {
  const branding = await getPublicBranding();
  return { portalName: branding.portalName, welcomeMessage: branding.welcomeMessage, accountName: viewer.accountName, name: viewer.name };
}

/** What the contact may use, asked once per request (navigation, page guards and the dashboard share it). */
export const getUsableCapabilities = cache((viewer: ContactViewer) => usableCapabilities(viewer));

/**
 * A portal module's page: the contact, if they may use it. Otherwise the page answers 404, just as
 * for a page that does not exist, so nobody learns what is behind it.
 */
export async function requirePortalModule(capability: Capability | readonly Capability[]): Promise<ContactViewer> {
  const viewer = await requireContactViewer();
  const usable = await getUsableCapabilities(viewer);
  const wanted = typeof capability === "string" ? [capability] : capability;
  if (!wanted.some((one) => usable.has(one))) notFound();
  return viewer;
}
