import type { MetadataRoute } from "next";
import { getPublicBranding } from "@/db/access/branding/live";
import { appIconUrl } from "@/lib/branding/theme";

// Added to a phone's home screen, the portal keeps the business's name, colour and icon.
export const dynamic = "force-dynamic";

export default async function manifest(): Promise<MetadataRoute.Manifest> {
  const branding = await getPublicBranding();
  const { portalName, theme } = branding;
  return {
    name: portalName,
    short_name: portalName.slice(0, 24),
    start_url: "/",
    display: "standalone",
    background_color: theme.page,
    theme_color: theme.brand,
    icons: [192, 512].map((size) => ({ src: appIconUrl(branding, size), sizes: `${size}x${size}`, type: "image/png" })),
  };
}
