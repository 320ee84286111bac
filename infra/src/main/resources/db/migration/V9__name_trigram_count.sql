-- The number of distinct trigrams in each name's search form, as pg_trgm counts them. When a name holds
-- the query as a whole-word phrase, every trigram of the query is one of the name's, so pg_trgm's
-- similarity of the two is exactly (trigrams of the query) / (trigrams of the name): the whole-word
-- matches rank by this column instead of computing similarity() for each of them, which cost two thirds
-- of the whole-word statement (ProductSearch). Stored, so that it is computed once per write, by pg_trgm
-- itself. Only where pg_trgm is installed (as the trigram indexes of V3); Migrations adds it later, at
-- the next start, if the extension is installed afterwards.
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm') THEN
        ALTER TABLE product ADD COLUMN name_trigrams integer
            GENERATED ALWAYS AS (cardinality(show_trgm(name_search))) STORED;
    END IF;
END
$$;
