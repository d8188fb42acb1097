import { notFoundResponse } from "@/components/ui/downloads";
import { getPublicBranding } from "@/db/access/branding/live";
import { readBrandFile } from "@/db/storage/brand-files";
import { appIconPng, isAppIconSize } from "@/lib/branding/app-icon";

// The favicon and home-screen icons, public like the sign-in page. Their addresses carry the
// logo's name and colour (see app/layout.tsx), so a new look gets new addresses.
export async function GET(_request: Request, { params }: { params: Promise<{ size: string }> }) {
  const size = Number((await params).size);
  if (!isAppIconSize(size)) return notFoundResponse();
  const branding = await getPublicBranding();
  const logo = branding.logoFile ? await readBrandFile(branding.logoFile) : null;
  const png = await appIconPng(
    { logo: logo?.bytes ?? null, name: branding.portalName, brand: branding.theme.brand, onBrand: branding.theme.onBrand },
    size,
  );
  return new Response(new Uint8Array(png), {
    headers: {
      "Content-Type": "image/png",
      "Cache-Control": "public, max-age=86400",
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "default-src 'none'",
    },
  });
}
