import "server-only";
import { eq, inArray, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { accountContacts, accounts, auditEvents, bulkOperations, emails, invitations, tokens, users } from "@/db/schema";
import { invitationSubject } from "@/emails/catalog";
import { env } from "@/env";
import { accountFilterCondition, type AccountFilter } from "../people/accounts";
import { getPublicBranding } from "../branding/live";
import { isUuid } from "../kit/ids";
import { mayUseAccount } from "../viewer/login-rule";
import { assertStaff, type StaffViewer } from "../viewer/viewer";
import { allowLongStatements } from "../kit/long-work";

export type AccountSelection = { accountIds: string[] } | { allMatching: AccountFilter };
export type GrantResult = { accounts: number; invited: number };

/**
 * Staff: grants portal access to everybody at the selected accounts (mode "all"; people switched
 * off one by one stay off) and, if asked, invites everyone there who may now sign in, has no
 * password and no open invitation. Set-based: a fixed number of statements for 3 accounts or
 * 20,000, all in one transaction; a repeated request key returns the first answer.
 */
export async function grantAndInvite(
  viewer: StaffViewer,
  selection: AccountSelection,
  options: { invite: boolean; message?: string; requestKey: string },
  ip?: string,
): Promise<GrantResult> {
  assertStaff(viewer);
  const where =
    "accountIds" in selection ? inArray(accounts.id, selection.accountIds.filter(isUuid)) : accountFilterCondition(selection.allMatching);
  const brand = await getPublicBranding();
  const message = options.message?.trim() || null;

  return db.transaction(async (tx) => {
    await allowLongStatements(tx);
    const claimed = await tx
      .insert(bulkOperations)
      .values({ requestKey: options.requestKey, kind: "grant-and-invite", requestedByUserId: viewer.userId })
      .onConflictDoNothing()
      .returning({ requestKey: bulkOperations.requestKey });
    if (claimed.length === 0) {
      const [earlier] = await tx
        .select({ result: bulkOperations.result })
        .from(bulkOperations)
        .where(eq(bulkOperations.requestKey, options.requestKey));
      return earlier!.result as GrantResult;
    }

    // Fix the selection first: granting access changes which accounts match "offline".
    await tx.execute(
      sql`create temporary table selected_accounts on commit drop as select ${accounts.id} as id from ${accounts} where ${where ?? sql`true`}`,
    );
    const granted = await tx.execute(sql`
      with changed as (
        update ${accounts} set portal_access = 'all' where id in (select id from selected_accounts) returning id)
      insert into ${auditEvents} (action, actor_user_id, account_id, ip, detail)
      select 'account.portal_access_changed', ${viewer.userId}::uuid, id, ${ip ?? null}, '{"mode":"all"}'::jsonb from changed`);

    let invited = 0;
    if (options.invite) {
      const subject = invitationSubject(viewer.name, brand.portalName);
      const rows = await tx.execute<{ invited: number }>(sql`
        with targets as (
          select distinct on (${users}.id) ${users}.id as contact_id, ${users}.email, ${users}.name,
            ${accounts}.id as account_id, ${accounts}.name as account_name
          from ${accounts}
          join ${accountContacts} on ${accountContacts}.account_id = ${accounts}.id
          join ${users} on ${users}.id = ${accountContacts}.contact_id
          where ${accounts}.id in (select id from selected_accounts)
            and ${users}.password_hash is null and ${mayUseAccount}
            and not exists (select 1 from ${tokens} t where t.user_id = ${users}.id and t.purpose = 'invitation'
              and t.used_at is null and t.cancelled_at is null and t.expires_at > now())
          order by ${users}.id, ${accounts}.name),
        fresh as (
          -- 32 random bytes per person, base64url like the tokens made one by one (db/security/tokens.ts).
          select targets.*, rtrim(translate(encode(gen_random_bytes(32), 'base64'), '+/', '-_'), '=') as raw from targets),
        new_tokens as (
          insert into ${tokens} (purpose, token_hash, user_id, expires_at)
          select 'invitation', encode(sha256(convert_to(raw, 'UTF8')), 'hex'), contact_id,
            now() + make_interval(secs => ${Math.round(env.INVITATION_TTL_HOURS * 3600)})
          from fresh returning id, user_id, expires_at),
        new_invitations as (
          insert into ${invitations} (token_id, contact_id, account_id, invited_by_user_id, message)
          select new_tokens.id, fresh.contact_id, fresh.account_id, ${viewer.userId}::uuid, ${message}
          from new_tokens join fresh on fresh.contact_id = new_tokens.user_id returning contact_id, account_id),
        new_emails as (
          insert into ${emails} (to_address, template, subject, props)
          select fresh.email, 'invitation', ${subject}, jsonb_build_object(
            'brand', ${JSON.stringify(brand.emailBrand)}::jsonb,
            'contactName', fresh.name, 'inviterName', ${viewer.name}::text, 'accountName', fresh.account_name,
            'message', ${message}::text, 'acceptUrl', ${`${env.APP_URL}/invitation/`}::text || fresh.raw,
            'expiresAt', to_char(new_tokens.expires_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))
          from new_tokens join fresh on fresh.contact_id = new_tokens.user_id returning id),
        audit as (
          insert into ${auditEvents} (action, actor_user_id, subject_user_id, account_id, ip, detail)
          select 'invitation.sent', ${viewer.userId}::uuid, contact_id, account_id, ${ip ?? null}, '{"bulk":true}'::jsonb
          from new_invitations returning id)
        select (select count(*)::int from new_emails) as invited, (select count(*) from audit) as audited`);
      invited = rows[0]?.invited ?? 0;
    }

    const result: GrantResult = { accounts: granted.count ?? 0, invited };
    await tx.update(bulkOperations).set({ result }).where(eq(bulkOperations.requestKey, options.requestKey));
    return result;
  });
}
