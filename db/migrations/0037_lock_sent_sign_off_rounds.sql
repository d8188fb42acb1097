-- What was sent for sign-off, and every answer to it, is history: nobody changes it, through any
-- code path. A sent round's files and the round itself cannot be changed or deleted, nor can a
-- response; only removing the whole sign-off (with its account) takes them, by cascade, when the
-- parent row is already gone.
-- (A recipient is removed by marking them, never by deleting the row.)
CREATE FUNCTION refuse_sign_off_history_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_TABLE_NAME = 'sign_off_files' THEN
    IF EXISTS (SELECT 1 FROM sign_off_rounds WHERE id = OLD.round_id AND sent_at IS NOT NULL) THEN
      RAISE EXCEPTION 'A file of a sent sign-off round cannot be changed or deleted' USING ERRCODE = 'P0001', HINT = 'sign_off_locked';
    END IF;
  ELSIF TG_TABLE_NAME = 'sign_off_rounds' THEN
    IF OLD.sent_at IS NOT NULL AND (TG_OP = 'DELETE' AND EXISTS (SELECT 1 FROM sign_offs WHERE id = OLD.sign_off_id)
        OR TG_OP = 'UPDATE' AND (NEW.sent_at IS DISTINCT FROM OLD.sent_at OR NEW.number <> OLD.number OR NEW.sign_off_id <> OLD.sign_off_id)) THEN
      RAISE EXCEPTION 'A sent sign-off round cannot be changed or deleted' USING ERRCODE = 'P0001', HINT = 'sign_off_locked';
    END IF;
  ELSIF TG_TABLE_NAME = 'sign_off_responses' THEN
    IF TG_OP = 'UPDATE' OR EXISTS (SELECT 1 FROM sign_off_rounds WHERE id = OLD.round_id)
        AND EXISTS (SELECT 1 FROM sign_off_recipients WHERE id = OLD.recipient_id) THEN
      RAISE EXCEPTION 'A sign-off response cannot be changed or deleted' USING ERRCODE = 'P0001', HINT = 'sign_off_locked';
    END IF;
  END IF;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER sign_off_files_locked BEFORE UPDATE OR DELETE ON sign_off_files FOR EACH ROW EXECUTE FUNCTION refuse_sign_off_history_change();
--> statement-breakpoint
CREATE TRIGGER sign_off_rounds_locked BEFORE UPDATE OR DELETE ON sign_off_rounds FOR EACH ROW EXECUTE FUNCTION refuse_sign_off_history_change();
--> statement-breakpoint
CREATE TRIGGER sign_off_responses_locked BEFORE UPDATE OR DELETE ON sign_off_responses FOR EACH ROW EXECUTE FUNCTION refuse_sign_off_history_change();
