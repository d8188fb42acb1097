import type { EditorField, Loaded, RecordEditor } from "@/components/console/record-editor";
import type { getArticle } from "@/db/access/records/knowledge";
import { saveKnowledgeAction } from "./actions";

type Article = Loaded<typeof getArticle>;

const tagsHint =
  "Comma-separated. Only contacts (or accounts) with one of these tags see it; no tags means every contact allowed the knowledge base.";

function fields(): EditorField<Article>[] {
  return [
    { name: "title", label: "Title", kind: "text", required: true },
    { name: "tags", label: "Tags", kind: "text", hint: tagsHint, value: (article) => article.tags.join(", ") },
    { name: "isPublished", label: "Published", kind: "checkbox", initial: true },
    { name: "body", label: "Article", kind: "textarea" },
  ];
}

export const articleEditor: RecordEditor<Article> = {
  list: { path: "/console/knowledge", label: "Knowledge base" },
  noun: "article",
  action: saveKnowledgeAction,
  fields,
  heading: (article) => article.title,
};
