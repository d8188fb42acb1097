import { randomUUID } from "node:crypto";
import {
  createContact,
  createInvitationLink,
  createRecords,
  emailedLink,
  expect,
  setContactRules,
  signIn,
  sql,
  test,
  viewCapabilities,
} from "../fixtures";
import { createSentSignOff } from "../sign-offs";
import { problemsOn } from "./check-pages";

// Every page a person can reach, as each kind of person: no axe WCAG 2.2 A/AA violation and no
// sideways scroll on a 375 px phone. A scan takes seconds, so the pages are shared out among
// several tests that the workers run side by side.
test.describe.configure({ mode: "parallel", timeout: 180_000 });

const everyCapability = [
  ...viewCapabilities,
  ...["invoices.pay", "quotes.accept", "projects.budget.view", "tasks.create", "tickets.create", "contracts.usage.view"],
  ...["timesheets.log", "files.upload", "colleagues.invite", "activity.all"],
];

type Records = Awaited<ReturnType<typeof createRecords>>;
const recordFolders = ["invoices", "quotes", "projects", "tasks", "tickets", "contracts", "sales", "timesheets"] as const;
const recordIds = (records: Records) => ({
  invoices: records.invoice,
  quotes: records.quote,
  projects: records.project,
  tasks: records.task,
  tickets: records.ticket,
  contracts: records.contract,
  sales: records.sale,
  timesheets: records.timesheet,
});

/** A client who may do everything, with one record of every kind and a sign-off to answer. */
async function clientWithEverything() {
  const client = await createContact({ withPassword: true });
  await setContactRules(client.id, everyCapability, true);
  const records = await createRecords(client.accountId, client.id, `a11y-${randomUUID().slice(0, 6)}`);
  const signOff = await createSentSignOff(client.accountId, [client.id]);
  return { client, records, signOff };
}

test("a visitor's pages", async ({ page, contact }) => {
  const paths = [
    "/sign-in",
    "/forgot-password",
    "/forgot-username",
    "/register",
    await createInvitationLink(contact, {}),
    `/reset-password/${randomUUID()}`,
    `/register/confirm/${randomUUID()}`,
    `/team-invitation/${randomUUID()}`,
    `/unsubscribe/${randomUUID()}`,
    `/sign-off-link/${randomUUID()}`,
  ];
  expect(await problemsOn(page, paths)).toEqual([]);
});

test("a client's portal lists", async ({ page }) => {
  const { client } = await clientWithEverything();
  await signIn(page, client.email, client.password);
  const paths = ["/", ...recordFolders.map((folder) => `/${folder}`), "/files", "/knowledge", "/forms", "/colleagues", "/sign-offs"];
  expect(await problemsOn(page, paths)).toEqual([]);
});

test("a client's portal records and own settings", async ({ page }) => {
  const { client, records } = await clientWithEverything();
  await signIn(page, client.email, client.password);
  const ids = recordIds(records);
  const paths = [
    ...recordFolders.map((folder) => `/${folder}/${ids[folder]}`),
    "/tickets/new",
    "/timesheets/new",
    `/knowledge/${records.article}`,
    `/forms/${records.form}`,
    "/notifications",
    "/sessions",
    "/two-factor",
  ];
  expect(await problemsOn(page, paths)).toEqual([]);
});

test("a sign-off recipient's pages", async ({ page }) => {
  const client = await createContact();
  const signOff = await createSentSignOff(client.accountId, [client.id]);
  const link = signOff.links[client.id]!;
  expect(await problemsOn(page, [link])).toEqual([]);
  await page.getByRole("button", { name: "Open the sign-off" }).click();
  await expect(page).toHaveURL(new RegExp(`/sign-offs/${signOff.id}`));
  expect(await problemsOn(page, [`/sign-offs/${signOff.id}`])).toEqual([]);
});

test("the console's lists", async ({ page, staff }) => {
  await signIn(page, staff.email, staff.password);
  const paths = [
    "/console",
    "/console/accounts",
    "/console/contacts",
    "/console/pending",
    ...recordFolders.map((folder) => `/console/${folder}`),
    "/console/files",
    "/console/knowledge",
    "/console/forms",
    "/console/sign-offs",
  ];
  expect(await problemsOn(page, paths)).toEqual([]);
});

test("the console's administration", async ({ page, staff, contact }) => {
  // An email to open: a contact with no password who tries to sign in is sent a link to choose one.
  await signIn(page, contact.email, "");
  await emailedLink(contact.email, "/reset-password/");
  const [email] = await sql<{ id: string }[]>`select id from emails where to_address = ${contact.email}`;
  await signIn(page, staff.email, staff.password);
  const paths = [
    "/console/team",
    "/console/import",
    "/console/emails",
    `/console/emails/${email!.id}`,
    "/console/notifications",
    "/console/audit",
    "/console/settings",
    "/console/branding",
    "/console/sessions",
    "/console/two-factor",
  ];
  expect(await problemsOn(page, paths)).toEqual([]);
});

test("the console's people and record pages", async ({ page, staff }) => {
  const { client, records, signOff } = await clientWithEverything();
  await signIn(page, staff.email, staff.password);
  const ids = recordIds(records);
  const paths = [
    `/console/accounts/${client.accountId}`,
    `/console/contacts/${client.id}`,
    ...recordFolders.map((folder) => `/console/${folder}/${ids[folder]}`),
    `/console/knowledge/${records.article}`,
    `/console/forms/${records.form}`,
    `/console/sign-offs/${signOff.id}`,
    `/console/sign-offs/new?project=${records.project}`,
  ];
  expect(await problemsOn(page, paths)).toEqual([]);
});

test("the console's new-record forms", async ({ page, staff }) => {
  await signIn(page, staff.email, staff.password);
  const paths = [...recordFolders.map((folder) => `/console/${folder}/new`), "/console/knowledge/new", "/console/forms/new"];
  expect(await problemsOn(page, paths)).toEqual([]);
});
