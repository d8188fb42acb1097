import "server-only";
import { unsafeGetBranding } from "./business";
import type { ContactViewer } from "./viewer";

/** The signed-in contact: their dashboard, for the account they are acting for. */
export async function getPortalHome(viewer: ContactViewer) {
  const branding = await unsafeGetBranding();
  return { portalName: branding.portalName, welcomeMessage: branding.welcomeMessage, accountName: viewer.accountName, name: viewer.name };
}
