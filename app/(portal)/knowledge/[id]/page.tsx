import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DateTime } from "@/components/ui/date-time";
import { getMyArticle } from "@/db/access/records/knowledge";
import { requireContactViewer } from "@/db/access/viewer/viewer";
import { PageHeading } from "@/components/ui/page-heading";

export const metadata: Metadata = { title: "Article" };

export default async function ArticlePage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireContactViewer();
  const article = await getMyArticle(viewer, (await params).id);
  if (!article) notFound();
  return (
    <article className="space-y-4">
      <PageHeading backHref="/knowledge" backLabel="Knowledge base" title={article.title}>
        <p className="text-sm text-ink-muted">
          Updated <DateTime value={article.updatedAt} />
          {article.tags.length ? ` · ${article.tags.join(", ")}` : ""}
        </p>
      </PageHeading>
      <div className="whitespace-pre-line rounded-xl bg-white p-5 leading-relaxed ring-1 ring-zinc-200">{article.body}</div>
    </article>
  );
}
