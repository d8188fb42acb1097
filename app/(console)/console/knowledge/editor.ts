import { managerField } from "@/components/console/record-page";
import type { FieldSpec, FormValues } from "@/components/console/record-form";
import type { getArticle } from "@/db/access/records/knowledge";
import type { RecordEditor, Loaded } from "@/components/console/record-editor";
import { saveKnowledgeAction } from "./actions";

const tagsHint =
  "Comma-separated. Only contacts (or accounts) with one of these tags see it; no tags means every contact allowed the knowledge base.";

function fieldsFor(staff: { id: string; name: string }[]): FieldSpec[] {
  return [
    { name: "title", label: "Title", kind: "text", required: true },
    { name: "tags", label: "Tags", kind: "text", hint: tagsHint },
    managerField(staff),
    { name: "isPublished", label: "Published", kind: "checkbox" },
    { name: "body", label: "Article", kind: "textarea" },
  ];
}

function valuesOf(article: Loaded<typeof getArticle> | null): FormValues {
  if (!article) return { isPublished: true };
  return {
    title: article.title,
    tags: article.tags.join(", "),
    managerId: article.managerId ?? "",
    isPublished: article.isPublished,
    body: article.body,
  };
}

export const articleEditor: RecordEditor<Loaded<typeof getArticle>> = {
  list: { path: "/console/knowledge", label: "Knowledge base" },
  noun: "article",
  action: saveKnowledgeAction,
  fields: fieldsFor,
  values: valuesOf,
  heading: (article) => article.title,
};
