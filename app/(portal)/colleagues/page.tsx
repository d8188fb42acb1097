import type { Metadata } from "next";
import { randomUUID } from "node:crypto";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { requirePortalModule } from "@/db/access/records/portal";
import { inviteColleagueAction } from "./actions";

export const metadata: Metadata = { title: "Invite a colleague" };

export default async function ColleaguesPage() {
  const viewer = await requirePortalModule("colleagues.invite");
  return (
    <section className="max-w-lg rounded-xl bg-white p-6 shadow-sm ring-1 ring-zinc-200">
      <h1 className="text-title">Invite a colleague</h1>
      <p className="mt-1 mb-4 text-sm text-zinc-600">
        They will join {viewer.accountName} with at most the permissions you have. They choose their own password.
      </p>
      {viewer.viewAs ? (
        <p className="text-sm text-zinc-600">Viewing as this contact: inviting is not available.</p>
      ) : (
        <ActionForm action={inviteColleagueAction} title="Invite a colleague" className="space-y-4">
          <input type="hidden" name="requestKey" value={randomUUID()} />
          <TextField label="Colleague's name" name="name" required />
          <TextField label="Colleague's email" name="email" type="email" required />
          <Button type="submit">Send invitation</Button>
        </ActionForm>
      )}
    </section>
  );
}
