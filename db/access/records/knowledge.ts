import "server-only";
import { formFieldLineSchema } from "@/lib/form-fields";
import type { PgUpdateSetSource } from "drizzle-orm/pg-core";
import { and, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/db/client";
import { knowledgeArticles, ticketPriority, webForms } from "@/db/schema";
import { isUuid } from "../kit/ids";
import { actingAs, allowedSql, tagsVisibleSql, type Acting } from "../permissions/resolver";
import { pageOfRows, searchCondition, sortBy, sortText, type ListQuery } from "./lists";
import { managerSchema, tagsSchema, titleSchema } from "./inputs";
import { auditRecordSaved, earlierRecord, personName, rememberRecord, type SaveResult } from "./save";
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

/** Who sees a piece of content and who looks after it: the same for articles and forms. */
const publishing = {
  tags: tagsSchema,
  isPublished: z
    .enum(["on"])
    .optional()
    .transform((value) => value === "on"),
  managerId: managerSchema,
};

export const articleInputSchema = z.object({
  title: titleSchema("Title"),
  body: z.string().trim().min(1, "Write the article.").max(50000, "Keep the article under 50,000 characters."),
  ...publishing,
});
export type ArticleInput = z.infer<typeof articleInputSchema>;

export const formInputSchema = z.object({
  title: titleSchema("Title"),
  description: z.string().trim().max(5000),
  fields: z
    .string()
    .max(5000)
    .transform((text) => text.split("\n").filter((line) => line.trim()))
    .pipe(z.array(formFieldLineSchema).min(1, "Add at least one field.").max(30, "Use at most 30 fields.")),
  ticketPriority: z.enum(ticketPriority.enumValues, "Choose a priority."),
  team: z.string().trim().max(120),
  ...publishing,
});
export type FormInput = z.infer<typeof formInputSchema>;

/** Staff: every article, by title. */
export const listArticles = (viewer: StaffViewer, options: ListQuery = {}) => listContent(viewer, "article", options);

/** Staff: one article, to edit. */
export const getArticle = (viewer: StaffViewer, articleId: string) => getContent(viewer, "article", articleId);

/** Staff: creates or updates an article. */
export const saveArticle = (viewer: StaffViewer, articleId: string | null, input: ArticleInput, requestKey?: string) =>
  saveContent(viewer, "article", articleId, { ...input, updatedAt: sql`now()` }, requestKey);

/** Staff: every support form, by title. */
export const listForms = (viewer: StaffViewer, options: ListQuery = {}) => listContent(viewer, "form", options);

/** Staff: one form, to edit. */
export const getForm = (viewer: StaffViewer, formId: string) => getContent(viewer, "form", formId);

/** Staff: creates or updates a support form. */
export const saveForm = (viewer: StaffViewer, formId: string | null, input: FormInput, requestKey?: string) =>
  saveContent(viewer, "form", formId, { ...input, updatedAt: sql`now()` }, requestKey);

const businessTables = { article: knowledgeArticles, form: webForms } as const;

// Articles and forms are the business's own content, not an account's: the console lists, opens
// and saves either the same way.

async function listContent(viewer: StaffViewer, kind: keyof typeof businessTables, options: ListQuery) {
  assertStaff(viewer);
  const table = businessTables[kind];
  return pageOfRows({
    table,
    select: {
      id: table.id,
      title: table.title,
      tags: table.tags,
      isPublished: table.isPublished,
      managerName: personName(table.managerId),
    },
    where: [searchCondition(options.query, [table.title])],
    sort: sortBy(table.title),
    cursor: options.cursor,
  });
}

async function getContent<Kind extends keyof typeof businessTables>(
  viewer: StaffViewer,
  kind: Kind,
  id: string,
): Promise<(typeof businessTables)[Kind]["$inferSelect"] | null> {
  assertStaff(viewer);
  if (!isUuid(id)) return null;
  // Either table; which one is known only at run time.
  const table = businessTables[kind] as typeof knowledgeArticles;
  const [row] = await db.select().from(table).where(eq(table.id, id));
  return row ?? null;
}

/** Saved once per request key, audited. */
async function saveContent<Kind extends keyof typeof businessTables>(
  viewer: StaffViewer,
  kind: Kind,
  recordId: string | null,
  values: PgUpdateSetSource<(typeof businessTables)[Kind]>,
  requestKey?: string,
): Promise<SaveResult> {
  assertStaff(viewer);
  // Either table; which one is known only at run time.
  const table = businessTables[kind] as typeof knowledgeArticles;
  return db.transaction(async (tx) => {
    const earlier = recordId ? null : await earlierRecord(tx, viewer, requestKey, kind);
    if (earlier) return { ok: true, id: earlier };
    const [saved] = recordId
      ? await tx
          .update(table)
          .set(values as PgUpdateSetSource<typeof table>)
          .where(eq(table.id, recordId))
          .returning({ id: table.id })
      : await tx
          .insert(table)
          .values(values as typeof table.$inferInsert)
          .returning({ id: table.id });
    if (!saved) return { ok: false, fieldErrors: { form: `This ${kind} no longer exists.` } };
    await auditRecordSaved(tx, viewer, { type: kind, id: saved.id, isNew: !recordId });
    if (!recordId) await rememberRecord(tx, requestKey, saved.id);
    return { ok: true, id: saved.id };
  });
}
