"use server";

import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { recipientAction } from "@/app/_actions/action";
import { commentAsRecipient, commentSchema, respondToSignOff, responseSchema } from "@/db/access/sign-offs/respond";

// Answering and commenting on a sign-off, by someone asked on it (recipientAction checks who).

export const respondAction = recipientAction(
  z.object({ signOffId: z.uuid(), decision: z.string().optional(), comment: z.string().optional(), typedName: z.string().optional() }),
  async ({ signOffId, ...form }, { viewer, ip, values }) => {
    const parsed = responseSchema.safeParse(form);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      return { error: issue.message, fieldErrors: { [String(issue.path[0] ?? "decision")]: issue.message }, values };
    }
    const userAgent = (await headers()).get("user-agent") ?? undefined;
    const result = await respondToSignOff(viewer, parsed.data, { ip, userAgent });
    if (!result.ok) return { error: result.error, fieldErrors: result.field ? { [result.field]: result.error } : undefined, values };
    revalidatePath(`/sign-offs/${signOffId}`);
    // The answer form goes once answered, so the page itself says what happened.
    redirect(`/sign-offs/${signOffId}?answered=1`);
  },
);

export const commentAction = recipientAction(
  z.object({ signOffId: z.uuid(), body: commentSchema.shape.body, signOffFileId: z.union([z.literal(""), z.uuid()]).optional() }),
  async ({ signOffId, body, signOffFileId }, { viewer }) => {
    const result = await commentAsRecipient(viewer, { body, signOffFileId: signOffFileId || undefined });
    if (!result.ok) return { error: result.error };
    revalidatePath(`/sign-offs/${signOffId}`);
    return { ok: true, message: "Comment added. The team has been told." };
  },
  { explain: "message" },
);
