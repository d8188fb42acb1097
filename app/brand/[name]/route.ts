import { notFoundResponse } from "@/components/ui/downloads";
import { readBrandFile } from "@/db/storage/brand-files";

// Branding images, public like the sign-in page that shows them. A name is a hash of the content,
// so a new logo gets a new name and every copy of this one may be kept for a year.
export async function GET(_request: Request, { params }: { params: Promise<{ name: string }> }) {
  const file = await readBrandFile((await params).name);
  if (!file) return notFoundResponse();
  return new Response(new Uint8Array(file.bytes), {
    headers: {
      "Content-Type": file.contentType,
      "Cache-Control": "public, max-age=31536000, immutable",
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "default-src 'none'",
    },
  });
}
