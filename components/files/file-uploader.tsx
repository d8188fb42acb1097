"use client";

import { useRouter } from "next/navigation";
import { useRef, useState, type DragEvent } from "react";
import { uploadOne } from "./upload-request";

// Drop files here or choose them: each streams to /api/files on its own request with its progress
// shown, so a 100 MB file and three small ones go up side by side. A failed one can be tried again
// under the same request key (it is never stored twice). The page refreshes when all are done.

type Upload = { key: string; file: File; progress: number; state: "uploading" | "done" | "failed"; error?: string };

export function FileUploader({
  record,
  maxBytes,
  from,
}: {
  record: { type: string; id: string };
  maxBytes: number;
  from: "portal" | "console";
}) {
  const router = useRouter();
  const input = useRef<HTMLInputElement>(null);
  const [uploads, setUploads] = useState<Upload[]>([]);
  const [isOver, setIsOver] = useState(false);
  const change = (key: string, patch: Partial<Upload>) =>
    setUploads((all) => all.map((upload) => (upload.key === key ? { ...upload, ...patch } : upload)));

  async function send(upload: Upload) {
    change(upload.key, { state: "uploading", progress: 0, error: undefined });
    const answer = await uploadOne(upload.file, record, {
      from,
      requestKey: upload.key,
      onProgress: (progress) => change(upload.key, { progress }),
    });
    if (answer.ok) {
      change(upload.key, { state: "done", progress: 1 });
      router.refresh();
    } else change(upload.key, { state: "failed", error: answer.error });
  }

  function add(files: FileList | null) {
    const fresh = [...(files ?? [])].map((file): Upload => {
      const key = crypto.randomUUID();
      if (file.size > maxBytes)
        return { key, file, progress: 0, state: "failed", error: `Larger than ${Math.round(maxBytes / 1024 / 1024)} MB.` };
      if (file.size === 0) return { key, file, progress: 0, state: "failed", error: "This file is empty." };
      return { key, file, progress: 0, state: "uploading" };
    });
    setUploads((all) => [...fresh, ...all]);
    for (const upload of fresh) if (upload.state === "uploading") void send(upload);
    if (input.current) input.current.value = "";
  }

  function drop(event: DragEvent) {
    event.preventDefault();
    setIsOver(false);
    add(event.dataTransfer.files);
  }

  return (
    <div className="space-y-2">
      <div
        onDragOver={(event) => {
          event.preventDefault();
          setIsOver(true);
        }}
        onDragLeave={() => setIsOver(false)}
        onDrop={drop}
        className={`rounded-xl border-2 border-dashed p-4 text-sm ${isOver ? "border-brand bg-zinc-50" : "border-zinc-300 bg-white"}`}
      >
        <label className="flex flex-col gap-2 font-medium">
          Add files: drop them here, or choose
          <input ref={input} type="file" multiple onChange={(event) => add(event.target.files)} className="text-sm font-normal" />
        </label>
        <p className="mt-1 text-zinc-600">Up to {Math.round(maxBytes / 1024 / 1024)} MB each. Several at once are fine.</p>
      </div>
      {uploads.length ? (
        <ul aria-label="Uploads" className="space-y-2 text-sm">
          {uploads.map((upload) => (
            <li key={upload.key} className="rounded-lg bg-white p-3 ring-1 ring-zinc-200">
              <div className="flex flex-wrap items-center justify-between gap-2">
                <span className="font-medium break-all">{upload.file.name}</span>
                <span role="status" className={upload.state === "failed" ? "text-red-700" : "text-zinc-600"}>
                  {upload.state === "done"
                    ? "Uploaded"
                    : upload.state === "failed"
                      ? upload.error
                      : `${Math.round(upload.progress * 100)}%`}
                </span>
              </div>
              {upload.state === "uploading" ? (
                <progress className="mt-2 w-full" max={1} value={upload.progress} aria-label={`Uploading ${upload.file.name}`} />
              ) : null}
              {upload.state === "failed" && upload.file.size > 0 && upload.file.size <= maxBytes ? (
                <button type="button" onClick={() => send(upload)} className="mt-2 underline">
                  Try {upload.file.name} again
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
