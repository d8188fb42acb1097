import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { TextAreaField } from "@/components/ui/field";
import { env } from "@/env";
import { setEmbedOriginsAction } from "./actions";

// The embeddable sign-in form: where it may be used, and the HTML to paste into the business's site.
export function EmbedSection({ origins }: { origins: string[] }) {
  const snippet = `<form method="post" action="${env.APP_URL}/api/embed/sign-in">
  <label>Email <input name="Login" type="email" autocomplete="username" required></label>
  <label>Password <input name="Pass" type="password" autocomplete="current-password" required></label>
  <button type="submit">Sign in</button>
</form>`;
  return (
    <section aria-labelledby="embed-heading" className="space-y-3 rounded-lg bg-white p-5 ring-1 ring-zinc-200">
      <h2 id="embed-heading" className="text-section">
        Sign-in form for your website
      </h2>
      <ActionForm action={setEmbedOriginsAction} title="Embeddable sign-in form" className="space-y-3">
        <TextAreaField
          label="Websites allowed to use it"
          name="origins"
          rows={3}
          defaultValue={origins.join("\n")}
          hint="One per line, like https://www.example.com. The form is refused from anywhere else."
        />
        <Button type="submit">Save websites</Button>
      </ActionForm>
      <div>
        <p className="text-sm font-medium" id="snippet-label">
          HTML to paste into your site
        </p>
        <pre
          role="region"
          tabIndex={0}
          aria-labelledby="snippet-label"
          className="mt-1 overflow-x-auto rounded-md bg-zinc-900 p-3 text-xs text-zinc-100"
        >
          {snippet}
        </pre>
      </div>
    </section>
  );
}
