import { stringify } from "csv-stringify/sync";
import { spreadsheetSafe } from "@/lib/csv/contacts-csv";
import { exportContacts } from "@/db/access/people/contacts";
import { requireStaffViewer } from "@/db/access/viewer/viewer";

// Every contact as CSV, streamed page by page; cells that a spreadsheet would run as a formula are defused.
export async function GET() {
  const viewer = await requireStaffViewer("clients");
  const encoder = new TextEncoder();
  const stream = new ReadableStream({
    async start(controller) {
      controller.enqueue(encoder.encode(stringify([["email", "name", "status", "accounts"]])));
      for await (const rows of exportContacts(viewer)) {
        const lines = rows.map((row) => [row.email, row.name, row.status, row.accountNames].map(spreadsheetSafe));
        controller.enqueue(encoder.encode(stringify(lines)));
      }
      controller.close();
    },
  });
  return new Response(stream, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": 'attachment; filename="contacts.csv"',
      "Cache-Control": "no-store",
    },
  });
}
