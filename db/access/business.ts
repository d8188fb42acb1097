import "server-only";
import { eq } from "drizzle-orm";
import { cache } from "react";
import { db } from "@/db/client";
import { businessSettings } from "@/db/schema";
import { defaultBrand, type EmailBrand } from "@/emails/components/branded-layout";

export type Branding = EmailBrand & { welcomeMessage: string; currency: string; /** Just what emails carry. */ emailBrand: EmailBrand };

/** Public by nature (the sign-in page shows it to everyone): the business's name and look. Read once per request. */
export const unsafeGetBranding = cache(async (): Promise<Branding> => {
  const [row] = await db
    .select({ name: businessSettings.name, welcomeMessage: businessSettings.welcomeMessage, currency: businessSettings.currency })
    .from(businessSettings)
    .where(eq(businessSettings.id, 1))
    .limit(1);
  const emailBrand = { ...defaultBrand, portalName: row?.name ?? defaultBrand.portalName };
  return { ...emailBrand, welcomeMessage: row?.welcomeMessage ?? "", currency: row?.currency ?? "GBP", emailBrand };
});
