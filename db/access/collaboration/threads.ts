import "server-only";
import { and, eq, sql, type SQL } from "drizzle-orm";
import type { Database, Transaction } from "@/db/client";
import { projects, tasks, tickets } from "@/db/schema";
import type { RecordKind } from "@/lib/record-kinds";
import { isUuid } from "../kit/ids";
import type { Acting } from "../permissions/resolver";
import { recordLabels, recordTables } from "../records/kinds";
import { mayViewRecord } from "../records/visibility";

// A record seen as a thread (its conversation, its files, its followers): whose, what it is called,
// who manages it, and whether it still takes replies (a closed ticket does not).

export type Thread = { type: RecordKind; id: string; accountId: string; title: string; managerId: string | null; isClosed: boolean };

const closedSql: Partial<Record<RecordKind, SQL<boolean>>> = { ticket: sql<boolean>`${tickets.status} = 'closed'` };

// Who hears about a record: its manager; for a task nobody has taken yet, its project's manager.
const managerSql: Partial<Record<RecordKind, SQL<string | null>>> = {
  task: sql<
    string | null
  >`coalesce(${tasks.managerId}, (select ${projects.managerId} from ${projects} where ${projects.id} = ${tasks.projectId}))`,
};

/**
 * The thread, locked for the change when `lock`; for a contact (`who`), only at their account and
 * when they may see the record, so another account's answers like a missing one (as does an id
 * that is not one).
 */
export async function findThread(executor: Database | Transaction, type: RecordKind, id: string, who?: Acting, lock = false) {
  if (!isUuid(id)) return null;
  const table = recordTables[type];
  const query = executor
    .select({
      id: table.id,
      accountId: table.accountId,
      managerId: managerSql[type] ?? sql<string | null>`${table.managerId}`,
      title: recordLabels[type],
      isClosed: closedSql[type] ?? sql<boolean>`false`,
    })
    .from(table)
    .where(and(eq(table.id, id), who ? and(eq(table.accountId, who.accountId), mayViewRecord(who, type)) : undefined));
  const [row] = await (lock ? query.for("update") : query);
  return row ? ({ ...row, type } satisfies Thread) : null;
}
