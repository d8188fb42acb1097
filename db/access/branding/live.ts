import "server-only";
import { desc, eq } from "drizzle-orm";
import { cache } from "react";
import { db } from "@/db/client";
import { brandings, businessSettings } from "@/db/schema";
import { env } from "@/env";
import { brandFileUrl, splashUrl, themeOf, type BrandColours, type Theme } from "@/lib/branding/theme";
import { defaultBrand, type EmailBrand } from "@/emails/catalog";

export type Branding = {
  portalName: string;
  welcomeMessage: string;
  currency: string;
  colours: BrandColours;
  /** The colours the pages actually paint: every text pair readable. */
  theme: Theme;
  logoUrl: string | null;
  /** The stored logo's name (a content hash), for the app icons made from it. */
  logoFile: string | null;
  headerUrl: string | null;
  splashUrl: string;
  /** Just what emails carry, with absolute links. */
  emailBrand: EmailBrand;
};

const defaultColours: BrandColours = { primary: "#1d4ed8", accent: "#0f766e", background: "#f4f4f5", text: "#18181b" };

/** What emails carry of a look: readable colours and an absolute logo address. */
export function emailBrandFor(portalName: string, theme: Theme, logoUrl: string | null): EmailBrand {
  return { portalName, primaryColor: theme.brand, onPrimaryColor: theme.onBrand, logoUrl: logoUrl ? `${env.APP_URL}${logoUrl}` : null };
}

// Working out readable colours takes a few searches; a business has one look at a time.
const themes = new Map<string, Theme>();
function cachedTheme(colours: BrandColours) {
  const key = JSON.stringify(colours);
  let theme = themes.get(key);
  if (!theme) {
    if (themes.size > 50) themes.clear();
    theme = themeOf(colours);
    themes.set(key, theme);
  }
  return theme;
}

/** Public by nature (the sign-in page shows it to everyone): the latest saved look. Read once per request. */
export const getPublicBranding = cache(async (): Promise<Branding> => {
  const [[look], [settings]] = await Promise.all([
    db.select().from(brandings).orderBy(desc(brandings.id)).limit(1),
    db
      .select({ name: businessSettings.name, currency: businessSettings.currency })
      .from(businessSettings)
      .where(eq(businessSettings.id, 1)),
  ]);
  const colours = look
    ? { primary: look.primaryColor, accent: look.accentColor, background: look.backgroundColor, text: look.textColor }
    : defaultColours;
  const theme = cachedTheme(colours);
  const portalName = look?.portalName ?? settings?.name ?? defaultBrand.portalName;
  const logoUrl = look?.logoFile ? brandFileUrl(look.logoFile) : null;
  return {
    portalName,
    welcomeMessage: look?.welcomeMessage ?? "",
    currency: settings?.currency ?? "GBP",
    colours,
    theme,
    logoUrl,
    logoFile: look?.logoFile ?? null,
    headerUrl: look?.headerFile ? brandFileUrl(look.headerFile) : null,
    splashUrl: splashUrl(look?.splash ?? "harbour"),
    emailBrand: emailBrandFor(portalName, theme, logoUrl),
  };
});
