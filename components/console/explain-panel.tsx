import { CircleCheck, CircleX } from "lucide-react";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { capabilities, isCapability, labelOf, modules, type ObjectType } from "@/db/access/permissions/capabilities";
import { listObjectChoices, OBJECT_CHOICES_LIMIT } from "@/db/access/records/object-accounts";
import type { Layer } from "@/db/access/permissions/resolver";
import { explainForContact } from "@/db/access/permissions/layer-rules";
import type { StaffViewer } from "@/db/access/viewer/viewer";
import { recordPath } from "@/lib/record-kinds";

const layerNames: Record<Layer | "nothing set", string> = {
  object: "This record",
  contact: "The contact",
  group: "A group",
  account: "The account",
  module: "Module default",
  global: "Global default",
  "nothing set": "Nothing set",
};

const moduleOf = (capability: string) => capabilities.find((c) => c.key === capability)?.module;

// "Why may (or may not) this contact do this?": the effective answer for each capability, grouped
// by module, marked allowed or denied by icon and colour, with the layer that decided it as a label
// and a link to change it where it lives. A plain GET form, so it works
// without JavaScript and the answer can be linked to.
export async function ExplainPanel({
  viewer,
  contactId,
  accounts,
  query,
}: {
  viewer: StaffViewer;
  contactId: string;
  accounts: { id: string; name: string }[];
  query: { account?: string; capability?: string; object?: string };
}) {
  if (accounts.length === 0) return <p className="text-sm text-zinc-600">Add this contact to an account to see what they may do there.</p>;
  const accountId = accounts.find((account) => account.id === query.account)?.id ?? accounts[0]!.id;
  const capability = query.capability && isCapability(query.capability) ? query.capability : undefined;
  const objectType = capability
    ? (modules.find((module) => module.key === capabilities.find((c) => c.key === capability)!.module)?.objectType ?? null)
    : null;
  const choices = objectType ? await listObjectChoices(viewer, objectType, accountId) : [];
  const object = objectType && choices.some((choice) => choice.id === query.object) ? { type: objectType, id: query.object! } : undefined;
  const answers = await explainForContact(viewer, { contactId, accountId, capability, object });
  const changeLink = (layer: Layer | "nothing set", type: ObjectType | undefined) =>
    layer === "object" && object && type
      ? `${recordPath(type, object.id, "console")}#permissions`
      : layer === "contact"
        ? `/console/contacts/${contactId}#permissions`
        : layer === "group"
          ? `/console/accounts/${accountId}#groups`
          : layer === "account"
            ? `/console/accounts/${accountId}#permissions`
            : "/console/settings#permissions";

  return (
    <div className="space-y-3">
      <form method="get" className="flex flex-wrap items-end gap-3 text-sm" aria-label="Explain a permission">
        <label className="flex min-w-0 max-w-full flex-col gap-1">
          <span className="font-medium">Acting for</span>
          <select
            name="account"
            defaultValue={accountId}
            className="max-w-full rounded-control border border-zinc-300 bg-surface px-2 py-1"
          >
            {accounts.map((account) => (
              <option key={account.id} value={account.id}>
                {account.name}
              </option>
            ))}
          </select>
        </label>
        <label className="flex min-w-0 max-w-full flex-col gap-1">
          <span className="font-medium">Permission</span>
          <select
            name="capability"
            defaultValue={capability ?? ""}
            className="max-w-full rounded-control border border-zinc-300 bg-surface px-2 py-1"
          >
            <option value="">All permissions</option>
            {capabilities.map((c) => (
              <option key={c.key} value={c.key}>
                {c.label}
              </option>
            ))}
          </select>
        </label>
        {objectType ? (
          <label className="flex min-w-0 max-w-full flex-col gap-1">
            <span className="font-medium">On the record</span>
            <select
              name="object"
              defaultValue={object?.id ?? ""}
              className="max-w-full rounded-control border border-zinc-300 bg-surface px-2 py-1 sm:max-w-64"
            >
              <option value="">Any (no record)</option>
              {choices.map((choice) => (
                <option key={choice.id} value={choice.id}>
                  {choice.label}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        <Button type="submit" variant="secondary">
          Explain
        </Button>
      </form>
      {choices.length === OBJECT_CHOICES_LIMIT ? (
        <p className="text-xs text-zinc-600">Showing the {OBJECT_CHOICES_LIMIT} newest records.</p>
      ) : null}
      <div aria-label="Explanation" role="region" className="space-y-3">
        {modules
          .map((module) => ({ module, answers: answers.filter((answer) => moduleOf(answer.capability) === module.key) }))
          .filter((group) => group.answers.length > 0)
          .map(({ module, answers: moduleAnswers }) => (
            <section
              key={module.key}
              aria-labelledby={`explain-${module.key}`}
              className="rounded-lg bg-white text-sm ring-1 ring-zinc-200"
            >
              <h3 id={`explain-${module.key}`} className="border-b border-zinc-100 px-3 py-2 font-semibold">
                {module.label}
              </h3>
              <ul className="divide-y divide-zinc-100">
                {moduleAnswers.map((answer) => (
                  <li key={answer.capability} className="flex flex-wrap items-center justify-between gap-2 px-3 py-2">
                    <span className="flex items-center gap-2">
                      {answer.isAllowed ? (
                        <CircleCheck aria-hidden className="size-5 shrink-0 text-green-700" />
                      ) : (
                        <CircleX aria-hidden className="size-5 shrink-0 text-red-700" />
                      )}
                      <span>
                        <span className="font-medium">{labelOf(answer.capability)}</span>
                        <span className={answer.isAllowed ? "text-green-800" : "text-red-800"}>
                          {answer.isAllowed ? " allowed" : " denied"}
                        </span>
                      </span>
                    </span>
                    <span className="flex items-center gap-3">
                      <span
                        data-testid="deciding-layer"
                        className="rounded-full bg-zinc-100 px-2 py-0.5 text-xs font-medium text-zinc-700"
                        aria-label={`decided by: ${layerNames[answer.decidedBy]}`}
                      >
                        {layerNames[answer.decidedBy]}
                      </span>
                      <Link href={changeLink(answer.decidedBy, objectType ?? undefined)} className="text-brand-ink underline">
                        Change<span className="sr-only"> {labelOf(answer.capability).toLowerCase()}</span> there
                      </Link>
                    </span>
                  </li>
                ))}
              </ul>
            </section>
          ))}
      </div>
    </div>
  );
}
