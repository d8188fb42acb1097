"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { INCOMPLETE_FORM, staffAction } from "@/app/_actions/action";
import { setAccountTags } from "@/db/access/people/accounts";
import { setAccountSignIn } from "@/db/access/onboarding/login-settings";

const GONE = "This account or person no longer exists. Reload the page.";

const signInSchema = z.object({
  accountId: z.uuid(),
  portalAccess: z.enum(["inherit", "disabled", "all", "selected"]),
  requireTwoFactor: z.enum(["on"]).optional(),
});
const personToggle = z.enum(["inherit", "on", "off"]);
const PERSON_FIELD = /^login\.([0-9a-f-]{36})$/;

/** The account's sign-in section, saved at once: its mode, two-factor, and each listed person's toggle. */
export const setAccountSignInAction = staffAction(
  "clients",
  signInSchema,
  async ({ accountId, portalAccess, requireTwoFactor }, { viewer, ip, formData }) => {
    const people: { contactId: string; state: "inherit" | "on" | "off" }[] = [];
    for (const [name, value] of formData) {
      const contactId = PERSON_FIELD.exec(name)?.[1];
      if (!contactId) continue;
      const state = personToggle.safeParse(value);
      if (!state.success) return { error: INCOMPLETE_FORM };
      people.push({ contactId, state: state.data });
    }
    const isRequired = requireTwoFactor === "on";
    if (!(await setAccountSignIn(viewer, accountId, { portalAccess, requireTwoFactor: isRequired, people }, ip))) return { error: GONE };
    revalidatePath(`/console/accounts/${accountId}`);
    return {
      ok: true,
      message: `Sign-in saved. ${isRequired ? "Two-factor sign-in is required here: people without it set it up at their next sign-in." : "Two-factor sign-in is optional here."}`,
    };
  },
);

const tagsSchema = z.object({ accountId: z.uuid(), tags: z.string().max(1000) });

export const setAccountTagsAction = staffAction("clients", tagsSchema, async ({ accountId, tags: typed }, { viewer }) => {
  const tags = typed.split(",");
  if (tags.some((tag) => tag.trim().length > 60)) return { error: "Keep each tag under 60 characters." };
  if (!(await setAccountTags(viewer, accountId, tags))) return { error: GONE };
  revalidatePath(`/console/accounts/${accountId}`);
  return { ok: true, message: "Tags saved." };
});
