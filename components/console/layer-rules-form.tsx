import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { capabilities, modules, type Capability } from "@/db/access/permissions/capabilities";
import type { LayerRules, RuleTarget } from "@/db/access/permissions/layer-rules";
import { saveLayerRulesAction } from "@/app/_actions/permissions";

// The editor for one layer of permissions: per capability, inherit from the layer below, allow or
// deny. Used wherever a layer lives (settings, account, group, contact, record).
export function LayerRulesForm({
  target,
  rules,
  title,
  only,
  inheritLabel = "Inherit",
}: {
  target: RuleTarget;
  rules: LayerRules;
  title: string;
  /** Limit the editor to these capabilities (a record shows its module's). */
  only?: readonly Capability[];
  inheritLabel?: string;
}) {
  const shown = capabilities.filter((capability) => !only || only.includes(capability.key));
  const idPrefix = Object.values(target).join("-");
  return (
    <ActionForm action={saveLayerRulesAction} title={title} className="space-y-4">
      {Object.entries(target).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {modules
        .filter((module) => shown.some((capability) => capability.module === module.key))
        .map((module) => (
          <fieldset key={module.key} className="space-y-1">
            <legend className="text-sm font-semibold text-zinc-700">{module.label}</legend>
            {shown
              .filter((capability) => capability.module === module.key)
              .map((capability) => {
                const id = `${idPrefix}-${capability.key}`;
                const current = rules[capability.key];
                return (
                  <div key={capability.key} className="flex flex-wrap items-center justify-between gap-2 text-sm">
                    <label htmlFor={id}>{capability.label}</label>
                    <select
                      id={id}
                      name={`rule.${capability.key}`}
                      defaultValue={current === undefined ? "inherit" : current ? "allow" : "deny"}
                      className="rounded-md border border-zinc-300 bg-white px-2 py-1"
                    >
                      <option value="inherit">{inheritLabel}</option>
                      <option value="allow">Allow</option>
                      <option value="deny">Deny</option>
                    </select>
                  </div>
                );
              })}
          </fieldset>
        ))}
      <Button type="submit">Save permissions</Button>
    </ActionForm>
  );
}
