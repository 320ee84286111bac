-- The words of the product names' search form (name_search), for correcting misspelt search words
-- (ProductSearch, with the domain's Spelling): a query word that no name contains is replaced by the
-- nearest of these. Words of three letters or more that are not numbers; the same test as
-- Spelling.correctable but one letter shorter, since a 4-letter word may be a 3-letter one mistyped.
-- Words are added as names are written and never removed: a word whose products are gone only
-- leads a correction to a search that finds fewer names.
CREATE TABLE search_word (
    word text PRIMARY KEY
);

INSERT INTO search_word (word)
SELECT DISTINCT w
FROM product, unnest(string_to_array(name_search, ' ')) AS w
WHERE length(w) >= 3 AND w !~ '^[0-9]+$';

-- One call per statement, over the rows it wrote (an import batch is one statement). Under REPEATABLE
-- READ, a word that a concurrent transaction added and committed after this one's snapshot makes the
-- INSERT fail with a serialization failure; the word is there then, so each word is retried on its own
-- and that one skipped. The subtransactions this takes only happen when the statement brings new words.
CREATE FUNCTION product_search_words() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    fresh text[];
    w text;
BEGIN
    SELECT array_agg(DISTINCT n.w) INTO fresh
    FROM new_rows, unnest(string_to_array(new_rows.name_search, ' ')) AS n(w)
    WHERE length(n.w) >= 3 AND n.w !~ '^[0-9]+$'
      AND NOT EXISTS (SELECT 1 FROM search_word s WHERE s.word = n.w);
    IF fresh IS NULL THEN
        RETURN NULL;
    END IF;
    BEGIN
        INSERT INTO search_word (word) SELECT unnest(fresh) ON CONFLICT DO NOTHING;
    EXCEPTION WHEN serialization_failure THEN
        FOREACH w IN ARRAY fresh LOOP
            BEGIN
                INSERT INTO search_word (word) VALUES (w) ON CONFLICT DO NOTHING;
            EXCEPTION WHEN serialization_failure THEN
                NULL;
            END;
        END LOOP;
    END;
    RETURN NULL;
END
$$;

CREATE TRIGGER product_search_words_on_insert AFTER INSERT ON product
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION product_search_words();
CREATE TRIGGER product_search_words_on_update AFTER UPDATE ON product
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION product_search_words();

-- Candidates for a correction come from a trigram index over the words (pg_trgm, as search itself).
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm') THEN
        CREATE INDEX search_word_trgm_idx ON search_word USING gin (word gin_trgm_ops);
    END IF;
END
$$;
