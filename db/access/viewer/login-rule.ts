import "server-only";
import { sql } from "drizzle-orm";
import { accountContacts, accounts, businessSettings, users } from "@/db/schema";

// The one rule for who may sign in, as SQL so that lists, counts and the per-request check agree.
// Most specific wins:
//   the contact switched off (revoked)                       → no
//   their toggle at this account ("selected people")         → that toggle
//   the contact switched on (by hand, or "enable for all")   → yes
//   the account's mode (disabled / all / selected)           → that mode ("selected": no)
//   the business switch "allow customers to sign in"         → that switch
// Fragments name the tables (users, account_contacts, accounts), so a query joins them unaliased.

const bulkEnabledAt = sql`(select ${businessSettings.loginsEnabledAt} from ${businessSettings} where ${businessSettings.id} = 1)`;
const businessAllows = sql`coalesce((select ${businessSettings.allowCustomerLogin} from ${businessSettings} where ${businessSettings.id} = 1), false)`;

/** The contact's own state, with "enable login for all existing contacts" applied by time, not by rewriting rows. */
export const contactLoginState = sql<"inherit" | "on" | "off">`(case
  when ${users}.created_at <= ${bulkEnabledAt}
   and (${users}.login_state_set_at is null or ${users}.login_state_set_at < ${bulkEnabledAt}) then 'on'::login_state
  else ${users}.login_state end)`;

/** The rule's last two steps: what this account (accounts) says for someone with no setting of their own. */
export const accountAdmitsNewPeople = sql<boolean>`(case
  when ${accounts}.portal_access <> 'inherit' then ${accounts}.portal_access = 'all'
  else ${businessAllows} end)`;

/** May this contact (users) use the portal for this account (accounts, via account_contacts)? Password or not. */
export const mayUseAccount = sql<boolean>`(case
  when ${contactLoginState} = 'off' then false
  when ${accountContacts}.login_state <> 'inherit' then ${accountContacts}.login_state = 'on'
  when ${contactLoginState} = 'on' then true
  else ${accountAdmitsNewPeople} end)`;

/** May this person (users) sign in at all: staff unless switched off; a contact if allowed at any of their accounts. */
export const maySignIn = sql<boolean>`(case
  when ${users}.kind = 'staff' then ${users}.login_state <> 'off'
  else exists (
    select 1 from ${accountContacts} join ${accounts} on ${accounts}.id = ${accountContacts}.account_id
    where ${accountContacts}.contact_id = ${users}.id and ${mayUseAccount}) end)`;

/** Is this account (accounts) active: at least one of its contacts may sign in, pending activation included? */
export const isAccountActive = sql<boolean>`exists (
  select 1 from ${accountContacts} join ${users} on ${users}.id = ${accountContacts}.contact_id
  where ${accountContacts}.account_id = ${accounts}.id and ${mayUseAccount})`;
