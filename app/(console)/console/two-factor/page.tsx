import type { Metadata } from "next";
import { TwoFactorSettings } from "@/components/auth/two-factor-settings";
import { requireStaffViewer } from "@/db/access/viewer/viewer";

export const metadata: Metadata = { title: "Two-factor sign-in" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ConsoleTwoFactorPage({ searchParams }: Props) {
  const viewer = await requireStaffViewer("console");
  return (
    <div className="max-w-2xl rounded-lg bg-white p-6 ring-1 ring-zinc-200">
      <TwoFactorSettings viewer={viewer} pageHref="/console/two-factor" isEnrolling={(await searchParams).enrol === "1"} />
    </div>
  );
}
