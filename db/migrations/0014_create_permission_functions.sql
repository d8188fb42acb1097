-- The layers of the permission resolver above the object (contact > group > account > module >
-- global), as database functions. PL/pgSQL keeps the plan of its one query for the session, so a
-- list page gets the contact's answer once, as a constant, instead of planning these subqueries on
-- every request. db/access/permission-resolver.ts adds the object layer and is the only caller.

CREATE FUNCTION permission_layers(p_contact uuid, p_account uuid, p_capability text,
  OUT contact_answer boolean, OUT group_answer boolean, OUT account_answer boolean, OUT module_answer boolean, OUT global_answer boolean)
LANGUAGE plpgsql STABLE AS $$
BEGIN
  SELECT
    -- A staff rule older than "apply the defaults to all existing contacts" no longer counts; an inviter's limit always does.
    (SELECT c.is_allowed FROM contact_capabilities c
      WHERE c.contact_id = p_contact AND c.capability = p_capability
        AND (c.source = 'inviter' OR s.defaults_applied_at IS NULL OR c.set_at > s.defaults_applied_at)),
    -- Several groups at the account: any deny wins; no rule in any group gives null.
    (SELECT bool_and(gc.is_allowed) FROM group_capabilities gc
      JOIN contact_group_members m ON m.group_id = gc.group_id
      JOIN contact_groups g ON g.id = gc.group_id
      WHERE m.contact_id = p_contact AND g.account_id = p_account AND gc.capability = p_capability),
    (SELECT a.is_allowed FROM account_capabilities a WHERE a.account_id = p_account AND a.capability = p_capability),
    (SELECT d.is_allowed FROM capability_defaults d WHERE d.capability = p_capability),
    s.default_allowed
  INTO contact_answer, group_answer, account_answer, module_answer, global_answer
  FROM (SELECT 1) AS one LEFT JOIN business_settings s ON s.id = 1;
END $$;
--> statement-breakpoint
CREATE FUNCTION permission_base(p_contact uuid, p_account uuid, p_capability text) RETURNS boolean
LANGUAGE plpgsql STABLE AS $$
DECLARE
  l record;
BEGIN
  SELECT * INTO l FROM permission_layers(p_contact, p_account, p_capability);
  RETURN coalesce(l.contact_answer, l.group_answer, l.account_answer, l.module_answer, l.global_answer);
END $$;
