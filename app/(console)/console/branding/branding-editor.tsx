"use client";

import { useDeferredValue, useEffect, useState, useTransition } from "react";
import { isHexColour } from "@/lib/branding/colour";
import { DashboardPreview, SignInPreview } from "@/components/branding/previews";
import {
  brandFileUrl,
  builtInSplashes,
  contrastChecks,
  isBuiltInSplash,
  splashUrl,
  themeOf,
  type BrandColours,
} from "@/lib/branding/theme";
import { Button } from "@/components/ui/button";
import { TextAreaField, TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import type { BrandingInput } from "@/db/access/branding/editor";
import { saveBrandingAction, type BrandingActionResult } from "./actions";
import { ColourField } from "./colour-field";
import { ImageField } from "./image-field";

const colourFields = [
  { key: "primaryColor", colour: "primary", label: "Primary (header, buttons, links)" },
  { key: "accentColor", colour: "accent", label: "Accent (highlights, bars)" },
  { key: "backgroundColor", colour: "background", label: "Page background" },
  { key: "textColor", colour: "text", label: "Text" },
] as const;

// The designer's workspace: every change shows at once in the previews; nothing is live until Save.
export function BrandingEditor({ saved }: { saved: BrandingInput }) {
  const [draft, setDraft] = useState(saved);
  // When another version goes live (a revert, or this save coming back from the server), start from it.
  const [live, setLive] = useState(saved);
  if (JSON.stringify(live) !== JSON.stringify(saved)) {
    setLive(saved);
    setDraft(saved);
  }
  const [result, setResult] = useState<BrandingActionResult | null>(null);
  const [isSaving, startSaving] = useTransition();
  const set = (patch: Partial<BrandingInput>) => setDraft((current) => ({ ...current, ...patch }));
  const fieldErrors = result && !result.ok ? (result.fieldErrors ?? {}) : {};

  const typed: BrandColours = {
    primary: draft.primaryColor,
    accent: draft.accentColor,
    background: draft.backgroundColor,
    text: draft.textColor,
  };
  const colours = Object.values(typed).every(isHexColour)
    ? typed
    : { primary: saved.primaryColor, accent: saved.accentColor, background: saved.backgroundColor, text: saved.textColor };
  const look = {
    portalName: draft.portalName || saved.portalName,
    theme: themeOf(colours),
    logoUrl: draft.logoFile ? brandFileUrl(draft.logoFile) : null,
    headerUrl: draft.headerFile ? brandFileUrl(draft.headerFile) : null,
    splashUrl: splashUrl(draft.splash),
    welcomeMessage: draft.welcomeMessage,
  };
  const emailPreview = useDeferredValue(`/console/branding/email-preview?draft=${encodeURIComponent(JSON.stringify(draft))}`);
  const isChanged = JSON.stringify(draft) !== JSON.stringify(saved);

  return (
    <div className="grid gap-8 lg:grid-cols-[minmax(0,26rem)_1fr]">
      <form
        aria-label="Branding"
        className="space-y-6"
        onSubmit={(event) => {
          event.preventDefault();
          startSaving(async () => setResult(await saveBrandingAction(draft)));
        }}
      >
        {result ? (
          <Notice tone={result.ok ? "success" : "error"} title="Branding">
            {result.ok ? result.message : result.error}
          </Notice>
        ) : null}
        <TextField
          label="Portal name"
          value={draft.portalName}
          onChange={(event) => set({ portalName: event.target.value })}
          error={fieldErrors.portalName}
          maxLength={80}
          required
        />

        <fieldset className="space-y-3">
          <legend className="text-base font-semibold">Colours</legend>
          {colourFields.map((field) => (
            <ColourField
              key={field.key}
              label={field.label}
              value={draft[field.key]}
              error={fieldErrors[field.key] ?? (isHexColour(draft[field.key]) ? undefined : "Enter a colour as #rrggbb.")}
              onChange={(value) => set({ [field.key]: value })}
            />
          ))}
          <ContrastReport
            colours={colours}
            onUse={(key, value) => set({ [colourFields.find((field) => field.colour === key)!.key]: value })}
          />
        </fieldset>

        <fieldset className="space-y-4">
          <legend className="text-base font-semibold">Images</legend>
          <ImageField
            kind="logo"
            label="Logo"
            hint="PNG, JPEG, WebP or SVG, up to 5 MB. Shown on the sign-in page, in the portal header and in emails."
            url={look.logoUrl}
            error={fieldErrors.logoFile}
            onUploaded={(name) => set({ logoFile: name })}
            onRemove={() => set({ logoFile: "" })}
          />
          <ImageField
            kind="header"
            label="Header image"
            hint="A wide picture above the portal's header."
            url={look.headerUrl}
            error={fieldErrors.headerFile}
            onUploaded={(name) => set({ headerFile: name })}
            onRemove={() => set({ headerFile: "" })}
          />
        </fieldset>

        <fieldset className="space-y-2">
          <legend className="text-base font-semibold">Sign-in background</legend>
          <div className="grid grid-cols-3 gap-2">
            {builtInSplashes.map((splash) => (
              <label
                key={splash.key}
                className="cursor-pointer rounded-md p-1 text-center text-sm ring-1 ring-zinc-200 has-[:checked]:ring-2 has-[:checked]:ring-zinc-900"
              >
                <input
                  type="radio"
                  name="splash"
                  value={splash.key}
                  checked={draft.splash === splash.key}
                  onChange={() => set({ splash: splash.key })}
                  className="sr-only"
                />
                <img src={splashUrl(splash.key)} alt="" className="h-12 w-full rounded object-cover" />
                {splash.label}
              </label>
            ))}
            {isBuiltInSplash(draft.splash) ? null : (
              <label className="cursor-pointer rounded-md p-1 text-center text-sm ring-2 ring-zinc-900">
                <input type="radio" name="splash" value={draft.splash} checked readOnly className="sr-only" />
                <img src={splashUrl(draft.splash)} alt="" className="h-12 w-full rounded object-cover" />
                Your upload
              </label>
            )}
          </div>
          <ImageField
            kind="splash"
            label="Or upload a background"
            hint="Large and calm works best: the sign-in card sits on top of it."
            url={null}
            error={fieldErrors.splash}
            onUploaded={(name) => set({ splash: name })}
          />
        </fieldset>

        <TextAreaField
          label="Welcome message on the portal dashboard"
          hint="Plain text; line breaks are kept."
          value={draft.welcomeMessage}
          onChange={(event) => set({ welcomeMessage: event.target.value })}
          error={fieldErrors.welcomeMessage}
          rows={4}
          maxLength={2000}
        />

        <div className="flex flex-wrap gap-2">
          <Button type="submit" disabled={isSaving || !isChanged}>
            {isSaving ? "Saving…" : "Save"}
          </Button>
          <Button type="button" variant="secondary" disabled={!isChanged} onClick={() => (setDraft(saved), setResult(null))}>
            Discard changes
          </Button>
        </div>
      </form>

      <section aria-labelledby="preview-heading" className="space-y-4 lg:sticky lg:top-4 lg:self-start">
        <h2 id="preview-heading" className="text-section">
          Preview {isChanged ? <span className="text-sm font-normal text-zinc-600">(not saved yet)</span> : null}
        </h2>
        <figure aria-label="Sign-in page preview" className="overflow-hidden rounded-lg ring-1 ring-zinc-300">
          <SignInPreview look={look} />
        </figure>
        <figure aria-label="Portal dashboard preview" className="overflow-hidden rounded-lg ring-1 ring-zinc-300">
          <DashboardPreview look={look} />
        </figure>
        <EmailPreview src={emailPreview} />
      </section>
    </div>
  );
}

/** The invitation email as the server renders it for the draft, shown in a sandboxed frame. */
function EmailPreview({ src }: { src: string }) {
  const [html, setHtml] = useState("");
  useEffect(() => {
    const controller = new AbortController();
    fetch(src, { signal: controller.signal })
      .then(async (response) =>
        setHtml(response.ok ? await response.text() : `<p style="font-family:sans-serif">${await response.text()}</p>`),
      )
      .catch(() => undefined);
    return () => controller.abort();
  }, [src]);
  return (
    <figure className="overflow-hidden rounded-lg ring-1 ring-zinc-300">
      <iframe title="Invitation email preview" srcDoc={html} sandbox="" className="h-[32rem] w-full bg-white" />
    </figure>
  );
}

/** Each colour pair that must stay readable: its ratio, and for a failing one the nearest colour that passes. */
function ContrastReport({ colours, onUse }: { colours: BrandColours; onUse: (key: keyof BrandColours, value: string) => void }) {
  return (
    <ul aria-label="Contrast" className="space-y-2 text-sm">
      {contrastChecks(colours).map((check) => (
        <li key={check.label} className={`rounded-md p-2 ${check.passes ? "bg-green-50 text-green-900" : "bg-amber-50 text-amber-950"}`}>
          <span className="font-medium">{check.label}:</span> {check.ratio.toFixed(2)}:1{" "}
          {check.passes ? "— passes WCAG AA." : `— below the ${check.minimum}:1 WCAG AA needs.`}
          {check.passes ? null : (
            <span className="mt-1 flex flex-wrap items-center gap-2">
              <span
                aria-hidden="true"
                className="inline-block size-4 rounded border border-zinc-400"
                style={{ backgroundColor: check.suggestion }}
              />
              <button type="button" onClick={() => onUse(check.foreground, check.suggestion)} className="font-semibold underline">
                Use {check.suggestion}, the nearest colour that passes
              </button>
            </span>
          )}
        </li>
      ))}
      <li className="text-zinc-600">Until fixed, the portal shows the nearest passing colour instead, so text stays readable.</li>
    </ul>
  );
}
