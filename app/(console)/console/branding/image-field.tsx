"use client";

import { useId, useState, useTransition } from "react";
import type { ImageKind } from "@/lib/branding/images";
import { uploadBrandImageAction } from "./actions";

// Upload an image for the draft: it is checked on the server at once (and refused with a reason),
// and shows in the preview; it goes live only when the draft is saved.
export function ImageField({
  kind,
  label,
  hint,
  url,
  error,
  onUploaded,
  onRemove,
}: {
  kind: ImageKind;
  label: string;
  hint: string;
  url: string | null;
  error?: string;
  onUploaded: (name: string) => void;
  onRemove?: () => void;
}) {
  const id = useId();
  const [problem, setProblem] = useState<string | null>(null);
  const [isUploading, startUpload] = useTransition();
  const shown = problem ?? error;
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <p id={`${id}-hint`} className="text-sm text-zinc-600">
        {hint}
      </p>
      <div className="mt-2 flex flex-wrap items-center gap-3">
        {url ? <img src={url} alt="" className="h-12 max-w-40 rounded border border-zinc-200 bg-zinc-50 object-contain" /> : null}
        <input
          id={id}
          type="file"
          accept="image/png,image/jpeg,image/webp,image/svg+xml"
          aria-describedby={`${id}-hint${shown ? ` ${id}-error` : ""}`}
          disabled={isUploading}
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = "";
            if (!file) return;
            startUpload(async () => {
              const form = new FormData();
              form.set("kind", kind);
              form.set("file", file);
              const result = await uploadBrandImageAction(form);
              setProblem(result.ok ? null : result.error);
              if (result.ok) onUploaded(result.name);
            });
          }}
          className="text-sm"
        />
        {url && onRemove ? (
          <button type="button" onClick={onRemove} className="text-sm font-medium underline">
            Remove
          </button>
        ) : null}
        {isUploading ? (
          <span role="status" className="text-sm text-zinc-600">
            Checking the image…
          </span>
        ) : null}
      </div>
      {shown ? (
        <p id={`${id}-error`} role="alert" className="mt-1 text-sm font-medium text-red-700">
          {shown}
        </p>
      ) : null}
    </div>
  );
}
