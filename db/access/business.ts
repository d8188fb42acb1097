import "server-only";
import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { businessSettings } from "@/db/schema";
import { defaultBrand, type EmailBrand } from "@/emails/components/branded-layout";

export type Branding = EmailBrand & { welcomeMessage: string };

/** Public by nature (the sign-in page shows it to everyone): the business's name and look. */
export async function unsafeGetBranding(): Promise<Branding> {
  const [row] = await db
    .select({ name: businessSettings.name, welcomeMessage: businessSettings.welcomeMessage })
    .from(businessSettings)
    .where(eq(businessSettings.id, 1))
    .limit(1);
  return {
    ...defaultBrand,
    portalName: row?.name ?? defaultBrand.portalName,
    welcomeMessage: row?.welcomeMessage ?? "",
  };
}
