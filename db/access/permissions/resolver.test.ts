import fc from "fast-check";
import { and, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import {
  accountCapabilities,
  accountContacts,
  accounts,
  businessSettings,
  capabilityDefaults,
  contactCapabilities,
  contactGroupMembers,
  contactGroups,
  groupCapabilities,
  knowledgeArticles,
  objectCapabilities,
  projects,
  users,
} from "@/db/schema";
import { allowedSql, can, explainCapabilities, tagsVisibleSql } from "./resolver";
import { NO_SESSION, ensureBusiness } from "../../testing/fixtures";

// The resolver against a small, obviously correct reference, over random configurations.

const caps = ["projects.view", "knowledge.view"] as const;
type Cap = (typeof caps)[number];
type Rules = Partial<Record<Cap, boolean>>;
const tagPool = ["Android", "iOS", "Platinum"];
const A = 2; // accounts
const C = 3; // contacts, each a member of every account

type Config = {
  global: boolean | null;
  module: Rules;
  account: Rules[];
  contact: Rules[];
  groups: { account: number; members: number[]; rules: Rules }[];
  object: Rules[]; // one project per account
  contactTags: string[][];
  accountTags: string[][];
  articleTags: string[][];
};

/** The specification, written as plainly as possible. */
function reference(config: Config, contact: number, account: number, cap: Cap, object: number | null): boolean {
  if (object !== null && config.object[object]![cap] !== undefined) return config.object[object]![cap]!;
  if (config.contact[contact]![cap] !== undefined) return config.contact[contact]![cap]!;
  const groupAnswers = config.groups
    .filter((g) => g.account === account && g.members.includes(contact) && g.rules[cap] !== undefined)
    .map((g) => g.rules[cap]!);
  if (groupAnswers.length > 0) return groupAnswers.every((answer) => answer);
  if (config.account[account]![cap] !== undefined) return config.account[account]![cap]!;
  if (config.module[cap] !== undefined) return config.module[cap]!;
  if (config.global !== null) return config.global;
  return false;
}

function referenceSeesArticle(config: Config, contact: number, account: number, article: number) {
  const tags = config.articleTags[article]!;
  const theirs = [...config.contactTags[contact]!, ...config.accountTags[account]!];
  return reference(config, contact, account, "knowledge.view", null) && (tags.length === 0 || tags.some((tag) => theirs.includes(tag)));
}

const rules = fc.record({ "projects.view": fc.boolean(), "knowledge.view": fc.boolean() }, { requiredKeys: [] });
const tags = fc.uniqueArray(fc.constantFrom(...tagPool), { maxLength: 2 });
const configs: fc.Arbitrary<Config> = fc.record({
  global: fc.option(fc.boolean(), { nil: null }),
  module: rules,
  account: fc.array(rules, { minLength: A, maxLength: A }),
  contact: fc.array(rules, { minLength: C, maxLength: C }),
  groups: fc.array(fc.record({ account: fc.nat(A - 1), members: fc.uniqueArray(fc.nat(C - 1), { maxLength: C }), rules }), {
    maxLength: 3,
  }),
  object: fc.array(rules, { minLength: A, maxLength: A }),
  contactTags: fc.array(tags, { minLength: C, maxLength: C }),
  accountTags: fc.array(tags, { minLength: A, maxLength: A }),
  articleTags: fc.array(tags, { minLength: 2, maxLength: 2 }),
});

describe("the resolver agrees with the reference", () => {
  let accountIds: string[] = [];
  let contactIds: string[] = [];
  let projectIds: string[] = [];
  let articleIds: string[] = [];

  beforeAll(async () => {
    await ensureBusiness();
    const stamp = Date.now();
    accountIds = (
      await db
        .insert(accounts)
        .values([...Array(A).keys()].map((i) => ({ number: `PROP-${stamp}-${i}`, name: `Property ${i}` })))
        .returning({ id: accounts.id })
    ).map((r) => r.id);
    contactIds = (
      await db
        .insert(users)
        .values([...Array(C).keys()].map((i) => ({ kind: "contact" as const, name: `P${i}`, email: `prop-${stamp}-${i}@example.test` })))
        .returning({ id: users.id })
    ).map((r) => r.id);
    await db.insert(accountContacts).values(accountIds.flatMap((accountId) => contactIds.map((contactId) => ({ accountId, contactId }))));
    projectIds = (
      await db
        .insert(projects)
        .values(accountIds.map((accountId, i) => ({ accountId, name: `Project ${i}` })))
        .returning({ id: projects.id })
    ).map((r) => r.id);
    articleIds = (
      await db
        .insert(knowledgeArticles)
        .values([0, 1].map((i) => ({ title: `Article ${i}`, body: "…" })))
        .returning({ id: knowledgeArticles.id })
    ).map((r) => r.id);
  });

  afterAll(async () => {
    await db.delete(accounts).where(inArray(accounts.id, accountIds));
    await db.delete(users).where(inArray(users.id, contactIds));
    await db.delete(knowledgeArticles).where(inArray(knowledgeArticles.id, articleIds));
    await db.delete(capabilityDefaults);
    await db.update(businessSettings).set({ defaultAllowed: null });
  });

  async function write(config: Config) {
    const entries = (r: Rules) => Object.entries(r) as [Cap, boolean][];
    await db.transaction(async (tx) => {
      await tx.delete(capabilityDefaults);
      await tx.delete(accountCapabilities).where(inArray(accountCapabilities.accountId, accountIds));
      await tx.delete(contactCapabilities).where(inArray(contactCapabilities.contactId, contactIds));
      await tx.delete(contactGroups).where(inArray(contactGroups.accountId, accountIds));
      await tx.delete(objectCapabilities).where(inArray(objectCapabilities.accountId, accountIds));
      await tx.update(businessSettings).set({ defaultAllowed: config.global, defaultsAppliedAt: null });
      const moduleRows = entries(config.module).map(([capability, isAllowed]) => ({ capability, isAllowed }));
      if (moduleRows.length) await tx.insert(capabilityDefaults).values(moduleRows);
      const accountRows = config.account.flatMap((r, i) =>
        entries(r).map(([capability, isAllowed]) => ({ accountId: accountIds[i]!, capability, isAllowed })),
      );
      if (accountRows.length) await tx.insert(accountCapabilities).values(accountRows);
      const contactRows = config.contact.flatMap((r, i) =>
        entries(r).map(([capability, isAllowed]) => ({ contactId: contactIds[i]!, capability, isAllowed })),
      );
      if (contactRows.length) await tx.insert(contactCapabilities).values(contactRows);
      for (const [index, group] of config.groups.entries()) {
        const [created] = await tx
          .insert(contactGroups)
          .values({ accountId: accountIds[group.account]!, name: `G${index}` })
          .returning({ id: contactGroups.id });
        if (group.members.length)
          await tx.insert(contactGroupMembers).values(group.members.map((m) => ({ groupId: created!.id, contactId: contactIds[m]! })));
        const groupRows = entries(group.rules).map(([capability, isAllowed]) => ({ groupId: created!.id, capability, isAllowed }));
        if (groupRows.length) await tx.insert(groupCapabilities).values(groupRows);
      }
      const objectRows = config.object.flatMap((r, i) =>
        entries(r).map(([capability, isAllowed]) => ({
          objectType: "project" as const,
          objectId: projectIds[i]!,
          accountId: accountIds[i]!,
          capability,
          isAllowed,
        })),
      );
      if (objectRows.length) await tx.insert(objectCapabilities).values(objectRows);
      for (const [i, id] of contactIds.entries()) await tx.update(users).set({ tags: config.contactTags[i]! }).where(eq(users.id, id));
      for (const [i, id] of accountIds.entries())
        await tx.update(accounts).set({ tags: config.accountTags[i]! }).where(eq(accounts.id, id));
      for (const [i, id] of articleIds.entries())
        await tx.update(knowledgeArticles).set({ tags: config.articleTags[i]! }).where(eq(knowledgeArticles.id, id));
    });
  }

  it("for every contact, account, capability and record, and for tag visibility", async () => {
    await fc.assert(
      fc.asyncProperty(configs, async (config) => {
        await write(config);
        for (let contact = 0; contact < C; contact++) {
          for (let account = 0; account < A; account++) {
            const who = { contactId: contactIds[contact]!, accountId: accountIds[account]! };
            const plain = await explainCapabilities(who, caps);
            const onProject = await explainCapabilities(who, caps, { type: "project", id: projectIds[account]! });
            for (const [i, cap] of caps.entries()) {
              expect(plain[i]!.isAllowed, `${cap} c${contact} a${account}`).toBe(reference(config, contact, account, cap, null));
              expect(onProject[i]!.isAllowed, `${cap} c${contact} a${account} on its project`).toBe(
                reference(config, contact, account, cap, account),
              );
            }
            // The single check agrees.
            const viewer = {
              kind: "contact",
              userId: who.contactId,
              sessionId: NO_SESSION,
              name: "",
              email: "",
              accountId: who.accountId,
              accountName: "",
              accounts: [],
              hasChosenAccount: true,
            } as const;
            expect(await can({ ...viewer, accounts: [] }, "projects.view", { type: "project", id: projectIds[account]! })).toBe(
              reference(config, contact, account, "projects.view", account),
            );
            // The list filter: which of the account's projects they see, in one query.
            const listed = await db
              .select({ id: projects.id })
              .from(projects)
              .where(and(eq(projects.accountId, who.accountId), allowedSql(who, "projects.view", { type: "project", id: projects.id })));
            expect(listed.length).toBe(reference(config, contact, account, "projects.view", account) ? 1 : 0);
            const articles = await db
              .select({ id: knowledgeArticles.id })
              .from(knowledgeArticles)
              .where(
                and(
                  inArray(knowledgeArticles.id, articleIds),
                  allowedSql(who, "knowledge.view"),
                  tagsVisibleSql(who, knowledgeArticles.tags),
                ),
              );
            const expected = articleIds.filter((_, article) => referenceSeesArticle(config, contact, account, article));
            expect(articles.map((a) => a.id).sort()).toEqual(expected.sort());
          }
        }
      }),
      { numRuns: 60 },
    );
  });
});
