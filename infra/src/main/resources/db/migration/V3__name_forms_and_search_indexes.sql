-- The product name in two derived forms, written by the application on every insert and update
-- (ProductRows, from the domain's TextFolding and SearchText) and filled for existing rows by V4:
--   name_folded: lower case without accents, punctuation kept; name_like compares against it.
--   name_search: folded, punctuation removed, abbreviations expanded; similarity search ranks on it.
ALTER TABLE product ADD COLUMN name_folded text, ADD COLUMN name_search text;

-- Keyset indexes that also carry the columns of common filters, so that choosing a page's ids is an
-- index-only scan (the page's rows are read afterwards by id): name_like while sorting by name, and a
-- brand's products by last update.
DROP INDEX product_name_id_idx;
CREATE INDEX product_name_id_idx ON product (name, id) INCLUDE (name_folded) WHERE NOT discarded;
DROP INDEX product_updated_at_id_idx;
CREATE INDEX product_updated_at_id_idx ON product (updated_at, id) INCLUDE (brand_id) WHERE NOT discarded;

-- Trigram indexes need pg_trgm (installed by V2 where the server offers it). Without it the service
-- still starts: name_like scans, and search answers 503.
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm') THEN
        CREATE INDEX product_name_search_trgm_idx ON product USING gin (name_search gin_trgm_ops)
            WHERE NOT discarded;
        CREATE INDEX product_name_folded_trgm_idx ON product USING gin (name_folded gin_trgm_ops)
            WHERE NOT discarded;
    ELSE
        RAISE NOTICE 'pg_trgm is not installed: no trigram indexes; search stays off';
    END IF;
END
$$;
