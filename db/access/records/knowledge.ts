import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/db/client";
import { knowledgeArticles, ticketPriority, webForms, type WebFormField } from "@/db/schema";
import { isUuid } from "../kit/ids";
import { actingAs, allowedSql, tagsVisibleSql, type Acting } from "../permissions/resolver";
import { pageOfRows, searchCondition, sortBy, sortText, type ListQuery } from "./lists";
import { managerSchema, tagsSchema, titleSchema } from "./inputs";
import { auditRecordSaved, earlierRecord, managerName, rememberRecord, type SaveResult } from "./save";
import { assertStaff, type ContactViewer, type StaffViewer } from "../viewer/viewer";

// Knowledge-base articles and support web forms belong to the business, not to an account: the
// capability opens the module, and tags decide which ones a contact sees.

const articleVisible = (who: Acting) =>
  and(eq(knowledgeArticles.isPublished, true), allowedSql(who, "knowledge.view"), tagsVisibleSql(who, knowledgeArticles.tags));
const formVisible = (who: Acting) => and(eq(webForms.isPublished, true), allowedSql(who, "forms.view"), tagsVisibleSql(who, webForms.tags));
const tagFilter = (column: typeof knowledgeArticles.tags | typeof webForms.tags, tag: string | undefined) =>
  tag ? sql`${column} @> array[${tag}]::text[]` : undefined;

const articleSorts = { title: sortBy(knowledgeArticles.title), recent: sortText(knowledgeArticles.updatedAt, "desc") };

/** Contact: the articles they may read, searchable by title and text, one page. `status` filters by a tag. */
export async function listMyArticles(viewer: ContactViewer, options: ListQuery = {}) {
  const who = actingAs(viewer);
  return pageOfRows({
    table: knowledgeArticles,
    select: {
      id: knowledgeArticles.id,
      title: knowledgeArticles.title,
      tags: knowledgeArticles.tags,
      updatedAt: knowledgeArticles.updatedAt,
    },
    where: [
      articleVisible(who),
      searchCondition(options.query, [knowledgeArticles.title, knowledgeArticles.body]),
      tagFilter(knowledgeArticles.tags, options.status),
    ],
    sort: articleSorts[options.sort === "recent" ? "recent" : "title"],
    cursor: options.cursor,
  });
}

/** Contact: one article, or null when it is not for them. */
export async function getMyArticle(viewer: ContactViewer, articleId: string) {
  if (!isUuid(articleId)) return null;
  const [article] = await db
    .select({
      id: knowledgeArticles.id,
      title: knowledgeArticles.title,
      body: knowledgeArticles.body,
      tags: knowledgeArticles.tags,
      updatedAt: knowledgeArticles.updatedAt,
    })
    .from(knowledgeArticles)
    .where(and(eq(knowledgeArticles.id, articleId), articleVisible(actingAs(viewer))));
  return article ?? null;
}

/** Contact: the support forms they may use, by title. */
export async function listMyForms(viewer: ContactViewer, options: ListQuery = {}) {
  return pageOfRows({
    table: webForms,
    select: { id: webForms.id, title: webForms.title, description: webForms.description, team: webForms.team },
    where: [formVisible(actingAs(viewer)), searchCondition(options.query, [webForms.title, webForms.description])],
    sort: sortBy(webForms.title),
    cursor: options.cursor,
  });
}

/** Contact: one form and what it asks, or null when it is not for them. */
export async function getMyForm(viewer: ContactViewer, formId: string) {
  if (!isUuid(formId)) return null;
  const [form] = await db
    .select({ id: webForms.id, title: webForms.title, description: webForms.description, fields: webForms.fields, team: webForms.team })
    .from(webForms)
    .where(and(eq(webForms.id, formId), formVisible(actingAs(viewer))));
  return form ?? null;
}

export const articleInputSchema = z.object({
  title: titleSchema("Title"),
  body: z.string().trim().min(1, "Write the article.").max(50000, "Keep the article under 50,000 characters."),
  tags: tagsSchema,
  isPublished: z
    .enum(["on"])
    .optional()
    .transform((value) => value === "on"),
  managerId: managerSchema,
});
export type ArticleInput = z.infer<typeof articleInputSchema>;

/** "Label | kind" per line → form fields; kinds are text, long_text and email. */
const fieldLineSchema = z.string().transform((line, context) => {
  const [label = "", kind = "text"] = line.split("|").map((part) => part.trim());
  if (!label || !["text", "long_text", "email"].includes(kind)) {
    context.addIssue({ code: "custom", message: `“${line.trim()}” should read “Label | text”, “Label | long_text” or “Label | email”.` });
    return z.NEVER;
  }
  return { label: label.slice(0, 120), kind } as WebFormField;
});

export const formInputSchema = z.object({
  title: titleSchema("Title"),
  description: z.string().trim().max(5000),
  fields: z
    .string()
    .max(5000)
    .transform((text) => text.split("\n").filter((line) => line.trim()))
    .pipe(z.array(fieldLineSchema).min(1, "Add at least one field.").max(30, "Use at most 30 fields.")),
  ticketPriority: z.enum(ticketPriority.enumValues, "Choose a priority."),
  team: z.string().trim().max(120),
  tags: tagsSchema,
  isPublished: z
    .enum(["on"])
    .optional()
    .transform((value) => value === "on"),
  managerId: managerSchema,
});
export type FormInput = z.infer<typeof formInputSchema>;

/** Staff: every article, by title. */
export async function listArticles(viewer: StaffViewer, options: ListQuery = {}) {
  assertStaff(viewer);
  return pageOfRows({
    table: knowledgeArticles,
    select: {
      id: knowledgeArticles.id,
      title: knowledgeArticles.title,
      tags: knowledgeArticles.tags,
      isPublished: knowledgeArticles.isPublished,
      managerName: managerName(knowledgeArticles.managerId),
    },
    where: [searchCondition(options.query, [knowledgeArticles.title])],
    sort: articleSorts.title,
    cursor: options.cursor,
  });
}

/** Staff: one article, to edit. */
export async function getArticle(viewer: StaffViewer, articleId: string) {
  assertStaff(viewer);
  if (!isUuid(articleId)) return null;
  const [article] = await db.select().from(knowledgeArticles).where(eq(knowledgeArticles.id, articleId));
  return article ?? null;
}

/** Staff: creates or updates an article. */
export async function saveArticle(
  viewer: StaffViewer,
  articleId: string | null,
  input: ArticleInput,
  requestKey?: string,
): Promise<SaveResult> {
  assertStaff(viewer);
  return db.transaction(async (tx) => {
    const earlier = articleId ? null : await earlierRecord(tx, viewer, requestKey, "article");
    if (earlier) return { ok: true, id: earlier };
    const values = { ...input, updatedAt: sql`now()` };
    const [saved] = articleId
      ? await tx.update(knowledgeArticles).set(values).where(eq(knowledgeArticles.id, articleId)).returning({ id: knowledgeArticles.id })
      : await tx.insert(knowledgeArticles).values(values).returning({ id: knowledgeArticles.id });
    if (!saved) return { ok: false, fieldErrors: { form: "This article no longer exists." } };
    await auditRecordSaved(tx, viewer, { type: "article", id: saved.id, isNew: !articleId });
    if (!articleId) await rememberRecord(tx, requestKey, saved.id);
    return { ok: true, id: saved.id };
  });
}

/** Staff: every support form, by title. */
export async function listForms(viewer: StaffViewer, options: ListQuery = {}) {
  assertStaff(viewer);
  return pageOfRows({
    table: webForms,
    select: {
      id: webForms.id,
      title: webForms.title,
      tags: webForms.tags,
      isPublished: webForms.isPublished,
      managerName: managerName(webForms.managerId),
    },
    where: [searchCondition(options.query, [webForms.title])],
    sort: sortBy(webForms.title),
    cursor: options.cursor,
  });
}

/** Staff: one form, to edit. */
export async function getForm(viewer: StaffViewer, formId: string) {
  assertStaff(viewer);
  if (!isUuid(formId)) return null;
  const [form] = await db.select().from(webForms).where(eq(webForms.id, formId));
  return form ?? null;
}

/** Staff: creates or updates a support form. */
export async function saveForm(viewer: StaffViewer, formId: string | null, input: FormInput, requestKey?: string): Promise<SaveResult> {
  assertStaff(viewer);
  return db.transaction(async (tx) => {
    const earlier = formId ? null : await earlierRecord(tx, viewer, requestKey, "form");
    if (earlier) return { ok: true, id: earlier };
    const values = { ...input, updatedAt: sql`now()` };
    const [saved] = formId
      ? await tx.update(webForms).set(values).where(eq(webForms.id, formId)).returning({ id: webForms.id })
      : await tx.insert(webForms).values(values).returning({ id: webForms.id });
    if (!saved) return { ok: false, fieldErrors: { form: "This form no longer exists." } };
    await auditRecordSaved(tx, viewer, { type: "form", id: saved.id, isNew: !formId });
    if (!formId) await rememberRecord(tx, requestKey, saved.id);
    return { ok: true, id: saved.id };
  });
}
