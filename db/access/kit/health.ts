import "server-only";
import { probeDatabase } from "@/db/client";

/** Anyone (health checks): can the portal read its database right now? Answers within two seconds, revealing nothing else. */
export async function checkDatabase(): Promise<boolean> {
  return probeDatabase(2000);
}
