import { managerField } from "@/components/console/record-page";
import type { FieldSpec, FormValues } from "@/components/console/record-form";
import type { getArticle } from "@/db/access/records/knowledge";

const tagsHint =
  "Comma-separated. Only contacts (or accounts) with one of these tags see it; no tags means every contact allowed the knowledge base.";

export function fieldsFor(staff: { id: string; name: string }[]): FieldSpec[] {
  return [
    { name: "title", label: "Title", kind: "text", required: true },
    { name: "tags", label: "Tags", kind: "text", hint: tagsHint },
    managerField(staff),
    { name: "isPublished", label: "Published", kind: "checkbox" },
    { name: "body", label: "Article", kind: "textarea" },
  ];
}

export function valuesOf(article: NonNullable<Awaited<ReturnType<typeof getArticle>>> | null): FormValues {
  if (!article) return { isPublished: true };
  return {
    title: article.title,
    tags: article.tags.join(", "),
    managerId: article.managerId ?? "",
    isPublished: article.isPublished,
    body: article.body,
  };
}
