-- Similarity search needs pg_trgm. Install it when the server offers it and we may; otherwise the
-- service starts without search (it says so in its log, and search answers 503).
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm') THEN
        BEGIN
            CREATE EXTENSION IF NOT EXISTS pg_trgm;
        EXCEPTION WHEN insufficient_privilege THEN
            RAISE NOTICE 'pg_trgm is available but this role may not install it; search stays off';
        END;
    ELSE
        RAISE NOTICE 'pg_trgm is not available on this server; search stays off';
    END IF;
END
$$;
