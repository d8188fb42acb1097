import Link from "next/link";
import { notFound } from "next/navigation";
import { randomUUID } from "node:crypto";
import type { ReactNode } from "react";
import { firstParam } from "@/components/ui/search-params";
import type { ObjectType } from "@/db/access/permissions/capabilities";
import { listStaffMembers } from "@/db/access/records/save";
import { getPublicBranding } from "@/db/access/branding/live";
import { requireStaffViewer, type StaffViewer } from "@/db/access/viewer/viewer";
import type { ActionState } from "@/components/ui/action-state";
import { hasConversation, recordKinds } from "@/lib/record-kinds";
import { taxRateText, type PricedLine } from "@/lib/money";
import { StaffConversation } from "./record-conversation";
import { RecordSignOffs } from "@/components/sign-offs/record-sign-offs";
import { RecordForm, type FieldSpec, type FormValues } from "./record-form";
import { accountNumberField, managerField, moneyInput, RecordFiles, RecordPage, RecordPermissions } from "./record-page";

// The console's "new" and "edit" pages of every kind of record, written once. A kind describes its
// form (fields, values, save action) and anything extra its page shows; these pages check the
// viewer, load the record through the access layer (a record the viewer may not see is the 404 of a
// missing one) and lay it out the same way everywhere.

export type StaffMember = { id: string; name: string };
type EditableRecord = { id: string; accountId?: string; accountName?: string | null };

/** A record made on another (a task on a project, time on a contract): `?<param>=<id>` on the new page. */
type Parent = {
  param: string;
  field: string;
  path: string;
  load: (viewer: StaffViewer, id: string) => Promise<{ id: string; name: string; accountNumber: string } | null>;
  title: (parentName: string) => string;
};

export type RecordEditor<Row extends EditableRecord> = {
  /** A kind of record shared with clients: its list, its permissions and its files come from the registry. */
  kind?: ObjectType;
  /** Otherwise (articles, forms), where its list is. */
  list?: { path: string; label: string };
  /** For other records: "article" makes the form "Article" and the new page "New article" (kinds have theirs in the registry). */
  noun?: string;
  action: (previous: ActionState, formData: FormData) => Promise<ActionState>;
  /** The kind's own fields; the form adds the account's number (new records of a kind) and the manager. */
  fields: (staff: StaffMember[]) => EditorField<Row>[];
  heading: (row: Row) => string;
  /** Said after the account's name under the heading. */
  context?: (row: Row) => string;
  Extra?: (props: { viewer: StaffViewer; record: Row }) => ReactNode;
  parent?: Parent;
};

/** A form field as the server describes it: how it shows, and where its value comes from. */
export type EditorField<Row> = FieldSpec & {
  /** A saved record's value; by default its property of the same name (money: `<name>Cents`, lines: its lines). */
  value?: (row: Row) => FormValue;
  /** What a new record starts with. */
  initial?: FormValue;
};

type FormValue = FormValues[string];

/** The form's values for a saved record, or a new one's starting values. */
function valuesOf<Row>(fields: EditorField<Row>[], row: Row | null): FormValues {
  return Object.fromEntries(fields.map((field) => [field.name, row ? (field.value ?? fromRecord(field))(row) : field.initial]));
}

function fromRecord(field: FieldSpec) {
  return (row: unknown): FormValue => {
    const record = row as Record<string, unknown>;
    if (field.kind === "money") return moneyInput(Number(record[`${field.name}Cents`] ?? 0));
    if (field.kind === "lines")
      return (record.lines as (PricedLine & { description: string })[]).map((line) => ({
        description: line.description,
        quantity: String(line.quantity),
        unitPrice: moneyInput(line.unitCents),
        taxRate: taxRateText(line.taxBasisPoints),
      }));
    const value = record[field.name];
    return field.kind === "checkbox" ? Boolean(value) : value === null || value === undefined ? "" : String(value);
  };
}

/** The whole form: a new record of a kind names its account first; every record ends with its manager. */
function formFields<Row extends EditableRecord>(
  editor: RecordEditor<Row>,
  staff: StaffMember[],
  asksForAccount: boolean,
): EditorField<Row>[] {
  return [...(editor.kind && asksForAccount ? [accountNumberField] : []), ...editor.fields(staff), managerField(staff)];
}

/** What the browser's form needs: the fields without their server-side value readers. */
function shown<Row>(fields: EditorField<Row>[]): FieldSpec[] {
  return fields.map(({ value: _value, initial: _initial, ...field }) => field as FieldSpec);
}

type DetailProps = { params: Promise<{ id: string }>; searchParams: Promise<{ created?: string }> };
type NewProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** One record in sentences: "invoice", "time entry". */
export function nounOf(editor: RecordEditor<never>) {
  return editor.kind ? recordKinds[editor.kind].noun : editor.noun!;
}

export function listOf(editor: RecordEditor<never>) {
  if (editor.kind) return { path: `/console/${recordKinds[editor.kind].folder}`, label: recordKinds[editor.kind].consoleLabel };
  return editor.list!;
}

const capitalised = (noun: string) => noun[0]!.toUpperCase() + noun.slice(1);

/** The page of one record: `load` answers null for a record that is missing or not the viewer's. */
export function recordDetailPage<Row extends EditableRecord>(
  editor: RecordEditor<Row>,
  load: (viewer: StaffViewer, id: string) => Promise<Row | null>,
) {
  return async function RecordDetailPage({ params, searchParams }: DetailProps) {
    const viewer = await requireStaffViewer("clients");
    const record = await load(viewer, (await params).id);
    if (!record) notFound();
    const [staff, { created }, { currency }] = await Promise.all([listStaffMembers(viewer), searchParams, getPublicBranding()]);
    const list = listOf(editor as RecordEditor<never>);
    const fields = formFields(editor, staff, false);
    const { Extra, kind } = editor;
    return (
      <RecordPage
        backHref={list.path}
        backLabel={list.label}
        title={editor.heading(record)}
        subtitle={record.accountId ? <AccountLine record={record} context={editor.context?.(record)} /> : undefined}
        isCreated={created === "1"}
      >
        <RecordForm
          action={editor.action}
          fields={shown(fields)}
          values={valuesOf(fields, record)}
          hidden={{ id: record.id }}
          title={capitalised(nounOf(editor as RecordEditor<never>))}
          currency={currency}
        />
        {Extra ? <Extra viewer={viewer} record={record} /> : null}
        {kind === "project" || kind === "ticket" ? (
          <RecordSignOffs viewer={viewer} source={kind === "project" ? { project: record.id } : { ticket: record.id }} />
        ) : null}
        {kind && hasConversation(kind) ? <StaffConversation viewer={viewer} type={kind} id={record.id} /> : null}
        {kind && record.accountId ? (
          <>
            <RecordPermissions viewer={viewer} type={kind} id={record.id} accountId={record.accountId} />
            <RecordFiles viewer={viewer} type={kind} id={record.id} />
          </>
        ) : null}
      </RecordPage>
    );
  };
}

function AccountLine({ record, context }: { record: EditableRecord; context?: string }) {
  return (
    <>
      For{" "}
      <Link href={`/console/accounts/${record.accountId}`} className="underline">
        {record.accountName}
      </Link>
      {context}
    </>
  );
}

/** The page that makes a record; with the editor's parent named in the address, it is made on that. */
export function newRecordPage<Row extends EditableRecord>(editor: RecordEditor<Row>) {
  return async function NewRecordPage({ searchParams }: NewProps) {
    const viewer = await requireStaffViewer("clients");
    const { parent: spec } = editor;
    const parentId = spec ? firstParam((await searchParams)[spec.param]) : undefined;
    const [staff, parent, { currency }] = await Promise.all([
      listStaffMembers(viewer),
      spec && parentId ? spec.load(viewer, parentId) : null,
      getPublicBranding(),
    ]);
    const list = listOf(editor as RecordEditor<never>);
    const title = `New ${nounOf(editor as RecordEditor<never>)}`;
    const fields = formFields(editor, staff, !parent);
    return (
      <RecordPage
        backHref={parent ? `${spec!.path}/${parent.id}` : list.path}
        backLabel={parent ? parent.name : list.label}
        title={parent ? spec!.title(parent.name) : title}
      >
        <RecordForm
          action={editor.action}
          fields={shown(fields)}
          values={valuesOf(fields, null)}
          hidden={{ requestKey: randomUUID(), ...(parent ? { [spec!.field]: parent.id, accountNumber: parent.accountNumber } : {}) }}
          title={title}
          currency={currency}
        />
      </RecordPage>
    );
  };
}

/** What an access function's read answers when the record is there. */
export type Loaded<Read extends (...args: never[]) => Promise<unknown>> = NonNullable<Awaited<ReturnType<Read>>>;
