-- An accepted quote is what the client signed: nobody changes it, through any code path. Its row
-- keeps its number, title, dates, total, status and version (only its manager and the invoice it
-- became may change), its lines cannot be added, changed or removed, and no answer is ever changed
-- or deleted. Removing the whole account takes them, by cascade, once the parent row is gone.
CREATE FUNCTION refuse_accepted_quote_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_TABLE_NAME = 'quotes' THEN
    IF OLD.status = 'accepted' AND (TG_OP = 'DELETE' AND EXISTS (SELECT 1 FROM accounts WHERE id = OLD.account_id)
        OR TG_OP = 'UPDATE' AND (NEW.number, NEW.title, NEW.status, NEW.issued_on, NEW.valid_until, NEW.total_cents, NEW.version, NEW.account_id)
          IS DISTINCT FROM (OLD.number, OLD.title, OLD.status, OLD.issued_on, OLD.valid_until, OLD.total_cents, OLD.version, OLD.account_id)) THEN
      RAISE EXCEPTION 'An accepted quote cannot be changed or deleted' USING ERRCODE = 'P0001', HINT = 'quote_locked';
    END IF;
  ELSIF TG_TABLE_NAME = 'quote_lines' THEN
    IF EXISTS (SELECT 1 FROM quotes WHERE id = CASE WHEN TG_OP = 'INSERT' THEN NEW.quote_id ELSE OLD.quote_id END AND status = 'accepted')
        OR TG_OP = 'UPDATE' AND EXISTS (SELECT 1 FROM quotes WHERE id = NEW.quote_id AND status = 'accepted') THEN
      RAISE EXCEPTION 'The lines of an accepted quote cannot be changed' USING ERRCODE = 'P0001', HINT = 'quote_locked';
    END IF;
  ELSIF TG_TABLE_NAME = 'quote_responses' THEN
    IF TG_OP = 'UPDATE' OR EXISTS (SELECT 1 FROM quotes WHERE id = OLD.quote_id) THEN
      RAISE EXCEPTION 'An answer to a quote cannot be changed or deleted' USING ERRCODE = 'P0001', HINT = 'quote_locked';
    END IF;
  END IF;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER quotes_locked BEFORE UPDATE OR DELETE ON quotes FOR EACH ROW EXECUTE FUNCTION refuse_accepted_quote_change();
--> statement-breakpoint
CREATE TRIGGER quote_lines_locked BEFORE INSERT OR UPDATE OR DELETE ON quote_lines FOR EACH ROW EXECUTE FUNCTION refuse_accepted_quote_change();
--> statement-breakpoint
CREATE TRIGGER quote_responses_locked BEFORE UPDATE OR DELETE ON quote_responses FOR EACH ROW EXECUTE FUNCTION refuse_accepted_quote_change();
