import { themeOf, brandFileUrl } from "@/lib/branding/theme";
import { brandingInputSchema } from "@/db/access/branding/editor";
import { emailBrandFor } from "@/db/access/branding/live";
import { requireStaffViewer } from "@/db/access/viewer/viewer";
import InvitationEmail from "@/emails/invitation";
import { renderEmail } from "@/emails/templates";

// The invitation email as the draft would send it, for the designer's live preview (in a sandboxed frame).
export async function GET(request: Request) {
  await requireStaffViewer("branding");
  let draft: unknown;
  try {
    draft = JSON.parse(new URL(request.url).searchParams.get("draft") ?? "");
  } catch {
    draft = null;
  }
  const parsed = brandingInputSchema.safeParse(draft);
  if (!parsed.success)
    return new Response("Fix the highlighted settings to see the email.", {
      status: 400,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  const look = parsed.data;
  const theme = themeOf({ primary: look.primaryColor, accent: look.accentColor, background: look.backgroundColor, text: look.textColor });
  const brand = emailBrandFor(look.portalName, theme, look.logoFile ? brandFileUrl(look.logoFile) : null);
  const { html } = await renderEmail("invitation", {
    ...InvitationEmail.PreviewProps,
    brand,
    acceptUrl: `${new URL(request.url).origin}/invitation/example`,
  });
  return new Response(html, {
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      "Cache-Control": "no-store",
      "Content-Security-Policy": "sandbox; default-src 'none'; img-src * data:; style-src 'unsafe-inline'",
    },
  });
}
