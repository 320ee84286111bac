-- Search's postings (docs/search-postings.md): one row per live product and distinct word of its search
-- form (name_search) of three letters or more, and one more for its first word, whatever its length,
-- spelt with a leading space (' horta'), which no word has. Each row carries what search ranks and
-- tests by, so that the names holding every word of a query are read from one word's postings by an
-- index-only scan, already in search's order within each of its tiers (ProductSearch): the trigram
-- index and a heap page for each candidate cost search 0.9 ms of the database's time per query at
-- 100,000 products, the postings 0.2 ms. The table is kept by the triggers below and holds nothing of
-- its own: its rows follow from product's, which product_word_install fills it from.
--
-- No primary key: writes cost less without it, and rows are deleted through the rank index, whose key
-- the old product row gives in full.
CREATE TABLE product_word (
    word          text NOT NULL,
    name_trigrams integer NOT NULL,
    name          text NOT NULL,
    id            uuid NOT NULL,
    name_search   text NOT NULL
);
CREATE INDEX product_word_rank_idx ON product_word (word, name_trigrams, name, id) INCLUDE (name_search);
-- The driving word is chosen from these statistics (SearchPostings): 1,000 most common words.
ALTER TABLE product_word ALTER COLUMN word SET STATISTICS 1000;

-- The postings of a search form: its distinct words of three letters or more, and its first word marked.
CREATE FUNCTION product_word_postings(name_search text) RETURNS SETOF text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT DISTINCT u.w FROM unnest(string_to_array(name_search, ' ')) AS u(w) WHERE length(u.w) >= 3
    UNION ALL
    SELECT ' ' || split_part(name_search, ' ', 1) WHERE name_search <> ''
$$;

-- Inserts: one call per statement, over the rows it wrote (an import batch of 1,000 products is one).
CREATE FUNCTION product_word_on_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO product_word (word, name_trigrams, name, id, name_search)
    SELECT w.word, n.name_trigrams, n.name, n.id, n.name_search
    FROM new_rows n CROSS JOIN LATERAL product_word_postings(n.name_search) AS w(word)
    WHERE NOT n.discarded;
    RETURN NULL;
END
$$;

-- Updates and deletes: one call per row whose postings change (the triggers' WHEN; a write that keeps the
-- name, its search form and its discarding calls nothing). A statement trigger over transition tables
-- cost a write that changed no name 0.28 ms more, against 0.68 ms for the whole transaction. Updates and
-- deletes of many rows at once are rare: NameForms rewriting the forms at start, an operator's SQL.
CREATE FUNCTION product_word_on_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NOT OLD.discarded THEN
        DELETE FROM product_word w
        WHERE w.word = ANY (ARRAY(SELECT product_word_postings(OLD.name_search)))
          AND w.name_trigrams = OLD.name_trigrams AND w.name = OLD.name AND w.id = OLD.id;
    END IF;
    IF TG_OP = 'UPDATE' AND NOT NEW.discarded THEN
        INSERT INTO product_word (word, name_trigrams, name, id, name_search)
        SELECT w.word, NEW.name_trigrams, NEW.name, NEW.id, NEW.name_search
        FROM product_word_postings(NEW.name_search) AS w(word);
    END IF;
    RETURN NULL;
END
$$;

CREATE FUNCTION product_word_on_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    TRUNCATE product_word;
    RETURN NULL;
END
$$;

-- The triggers and the postings of the products there are, made once: by this migration where pg_trgm is
-- installed (the postings carry V9's name_trigrams, which exists only then), or at a later start by
-- Migrations, once it has added name_trigrams for an operator who installed pg_trgm afterwards. Making
-- the triggers locks product against writes until the transaction ends, so no write falls between them
-- and the fill. Returns whether it made them.
CREATE FUNCTION product_word_install() RETURNS boolean LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_trigger WHERE tgrelid = 'product'::regclass AND tgname = 'product_word_on_insert') THEN
        RETURN false;
    END IF;
    CREATE TRIGGER product_word_on_insert AFTER INSERT ON product
        REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION product_word_on_insert();
    CREATE TRIGGER product_word_on_update AFTER UPDATE ON product FOR EACH ROW
        WHEN (OLD.name IS DISTINCT FROM NEW.name OR OLD.name_search IS DISTINCT FROM NEW.name_search
              OR OLD.discarded IS DISTINCT FROM NEW.discarded)
        EXECUTE FUNCTION product_word_on_change();
    CREATE TRIGGER product_word_on_delete AFTER DELETE ON product FOR EACH ROW WHEN (NOT OLD.discarded)
        EXECUTE FUNCTION product_word_on_change();
    CREATE TRIGGER product_word_on_truncate AFTER TRUNCATE ON product
        FOR EACH STATEMENT EXECUTE FUNCTION product_word_on_truncate();
    -- Dropping pg_trgm (with CASCADE, which drops name_trigrams) drops the triggers too, rather than
    -- leave them failing every write for the column they read; a later start makes them again.
    ALTER TRIGGER product_word_on_insert ON product DEPENDS ON EXTENSION pg_trgm;
    ALTER TRIGGER product_word_on_update ON product DEPENDS ON EXTENSION pg_trgm;
    ALTER TRIGGER product_word_on_delete ON product DEPENDS ON EXTENSION pg_trgm;
    ALTER TRIGGER product_word_on_truncate ON product DEPENDS ON EXTENSION pg_trgm;
    TRUNCATE product_word;
    INSERT INTO product_word (word, name_trigrams, name, id, name_search)
    SELECT w.word, p.name_trigrams, p.name, p.id, p.name_search
    FROM product p CROSS JOIN LATERAL product_word_postings(p.name_search) AS w(word)
    WHERE NOT p.discarded;
    ANALYZE product_word;
    RETURN true;
END
$$;

DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_attribute WHERE attrelid = 'product'::regclass AND attname = 'name_trigrams'
               AND NOT attisdropped) THEN
        PERFORM product_word_install();
    END IF;
END
$$;
