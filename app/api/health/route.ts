import { checkDatabase } from "@/db/access/kit/health";

// For load balancers and uptime checks: 200 when the database answers, 503 otherwise.
export async function GET() {
  const isHealthy = await checkDatabase();
  return Response.json({ ok: isHealthy }, { status: isHealthy ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}
