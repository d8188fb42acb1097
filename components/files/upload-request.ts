// One file to /api/files, in the browser, with progress: shared by every uploader.

export type UploadTarget = { type: string; id: string };
export type UploadAnswer = { ok: true } | { ok: false; error: string };

export function uploadOne(
  file: File,
  target: UploadTarget,
  options: { from: "portal" | "console"; requestKey: string; onProgress: (fraction: number) => void },
): Promise<UploadAnswer> {
  return new Promise((resolve) => {
    const request = new XMLHttpRequest();
    request.open("POST", "/api/files");
    request.setRequestHeader("x-upload", "1");
    request.setRequestHeader("x-upload-from", options.from);
    request.setRequestHeader("x-record-type", target.type);
    request.setRequestHeader("x-record-id", target.id);
    request.setRequestHeader("x-file-name", encodeURIComponent(file.name));
    request.setRequestHeader("x-request-key", options.requestKey);
    request.setRequestHeader("content-type", "application/octet-stream");
    request.upload.onprogress = (event) => event.lengthComputable && options.onProgress(event.loaded / event.total);
    request.onload = () => resolve(request.status === 201 ? { ok: true } : { ok: false, error: errorOf(request.responseText) });
    request.onerror = () => resolve({ ok: false, error: "The connection dropped. Try again." });
    request.send(file);
  });
}

function errorOf(body: string) {
  try {
    return (JSON.parse(body) as { error?: string }).error ?? "The upload failed. Try again.";
  } catch {
    return "The upload failed. Try again.";
  }
}

/** Several files to one record, one after another: a line of progress for each, and what failed, as "name: why". */
export async function uploadAll(files: File[], target: UploadTarget, from: "portal" | "console", onProgress: (text: string) => void) {
  const problems: string[] = [];
  for (const [index, file] of files.entries()) {
    const answer = await uploadOne(file, target, {
      from,
      requestKey: crypto.randomUUID(),
      onProgress: (fraction) => onProgress(`Uploading ${file.name} (${index + 1} of ${files.length}): ${Math.round(fraction * 100)}%`),
    });
    if (!answer.ok) problems.push(`${file.name}: ${answer.error}`);
  }
  return problems;
}
