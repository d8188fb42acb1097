import { notFound } from "next/navigation";
import { auth } from "@/auth";
import { env } from "@/env";

// The floor of `npm run bench:load`: the least a dynamic page of this server does (the root layout,
// the session cookie read, one line). It exists only when LOAD_FLOOR_PAGE=on.
export default async function LoadFloorPage() {
  if (env.LOAD_FLOOR_PAGE !== "on") notFound();
  const session = await auth();
  return <p>{session?.userId ? "Signed in." : "Not signed in."}</p>;
}
