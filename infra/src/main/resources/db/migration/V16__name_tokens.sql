-- name_like's postings (docs/query-plans.md, "name_like from the names' tokens"). A name_like list in
-- name order walked the name index, testing each entry, until its page was full: about 51 / share
-- entries, 3,600 for "rice" at 100,000 products, and the whole index up to the first match for a text
-- whose names sort together: a brand's name leads its products' names, so "pomar" walked every name
-- before the p's (25 ms). Here each live product has one row per distinct token of its folded name (its
-- runs of characters other than the space) of three characters or more, in name order within each
-- token. A text without a space lies inside one token of every name that holds it, so the names holding
-- it are the postings of the tokens that hold it, each already in name order: a page is at most a page's
-- worth of each such token, merged (NameContains; a text with spaces is looked up by its longest word,
-- and the rows tested for the whole text). Shorter tokens are left out: the lists look up a word of
-- three characters or more. The table holds nothing of its own: its rows follow from product's, kept by
-- the triggers below. At the end, search's words (V5) lose their unique key, so that their writers no
-- longer wait for each other either.
CREATE TABLE product_name_token (
    token       text NOT NULL,
    name_folded text NOT NULL,
    name        text NOT NULL,
    id          uuid NOT NULL
);
CREATE INDEX product_name_token_idx ON product_name_token (token, name_folded, name, id);

-- The tokens there are: every token of a live product's name has a row here, written in the same
-- transaction as the product or committed before it. Rows are never deleted (a token whose products are
-- gone only leads a list to a posting that is empty), nor unique: a writer adds the tokens it does not
-- see, so two transactions that bring the same new token each add it, and neither waits for the other
-- (a unique key would make the second wait until the first ends, an atomic import's whole length).
CREATE TABLE name_token (
    token text NOT NULL
);
CREATE INDEX name_token_idx ON name_token (token);

-- The tokens of a folded name: its distinct runs of characters other than the space, of three or more.
CREATE FUNCTION name_tokens(name_folded text) RETURNS SETOF text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT DISTINCT t FROM unnest(string_to_array(name_folded, ' ')) AS u(t) WHERE length(t) >= 3
$$;

-- Inserts: one call per statement, over the rows it wrote (an import batch is one).
CREATE FUNCTION product_name_token_on_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    WITH postings AS (
        SELECT t.token, n.name_folded, n.name, n.id
        FROM new_rows n CROSS JOIN LATERAL name_tokens(n.name_folded) AS t(token)
        WHERE NOT n.discarded
    ), written AS (
        INSERT INTO product_name_token (token, name_folded, name, id)
        SELECT token, name_folded, name, id FROM postings
    )
    INSERT INTO name_token (token)
    SELECT DISTINCT p.token FROM postings p
    WHERE NOT EXISTS (SELECT 1 FROM name_token v WHERE v.token = p.token);
    RETURN NULL;
END
$$;

-- Updates and deletes: one call per row whose postings change (the triggers' WHEN).
CREATE FUNCTION product_name_token_on_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NOT OLD.discarded THEN
        DELETE FROM product_name_token p
        WHERE p.token = ANY (ARRAY(SELECT name_tokens(OLD.name_folded)))
          AND p.name_folded = OLD.name_folded AND p.name = OLD.name AND p.id = OLD.id;
    END IF;
    IF TG_OP = 'UPDATE' AND NOT NEW.discarded THEN
        INSERT INTO product_name_token (token, name_folded, name, id)
        SELECT t.token, NEW.name_folded, NEW.name, NEW.id FROM name_tokens(NEW.name_folded) AS t(token);
        INSERT INTO name_token (token)
        SELECT t.token FROM name_tokens(NEW.name_folded) AS t(token)
        WHERE NOT EXISTS (SELECT 1 FROM name_token v WHERE v.token = t.token);
    END IF;
    RETURN NULL;
END
$$;

CREATE FUNCTION product_name_token_on_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    TRUNCATE product_name_token, name_token;
    RETURN NULL;
END
$$;

-- A trigger's statements are planned once a session, and those without parameters keep that plan
-- whatever plan_cache_mode says. Planned while a table was empty (a new catalog's first import batch),
-- the tokens' NOT EXISTS became a nested loop over a sequential scan of name_token, and each later batch
-- of the same import compared every posting with every token: 230 ms a batch of 1,000 at 575 tokens,
-- 19 s of a 100,000-row `catalog import`. The functions that look rows up in these tables or in
-- search_word therefore plan without sequential scans, so their plans use the indexes, as they should
-- once the tables hold anything.
ALTER FUNCTION product_name_token_on_insert() SET enable_seqscan = off;
ALTER FUNCTION product_name_token_on_change() SET enable_seqscan = off;

CREATE TRIGGER product_name_token_on_insert AFTER INSERT ON product
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION product_name_token_on_insert();
CREATE TRIGGER product_name_token_on_update AFTER UPDATE ON product FOR EACH ROW
    WHEN (OLD.name IS DISTINCT FROM NEW.name OR OLD.name_folded IS DISTINCT FROM NEW.name_folded
          OR OLD.discarded IS DISTINCT FROM NEW.discarded)
    EXECUTE FUNCTION product_name_token_on_change();
CREATE TRIGGER product_name_token_on_delete AFTER DELETE ON product FOR EACH ROW WHEN (NOT OLD.discarded)
    EXECUTE FUNCTION product_name_token_on_change();
CREATE TRIGGER product_name_token_on_truncate AFTER TRUNCATE ON product
    FOR EACH STATEMENT EXECUTE FUNCTION product_name_token_on_truncate();

INSERT INTO product_name_token (token, name_folded, name, id)
SELECT t.token, p.name_folded, p.name, p.id
FROM product p CROSS JOIN LATERAL name_tokens(p.name_folded) AS t(token)
WHERE NOT p.discarded;
INSERT INTO name_token (token) SELECT DISTINCT token FROM product_name_token;

-- A list finds the tokens that hold its text through a trigram index, as search finds its words (V5):
-- only where pg_trgm is installed (Migrations makes it later for an operator who installs it afterwards;
-- without it name_like lists keep the statement PostgreSQL plans). Tokens are added rarely and a few at
-- a time, so they go straight into the index (V13).
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm') THEN
        CREATE INDEX name_token_trgm_idx ON name_token USING gin (token gin_trgm_ops) WITH (fastupdate = off);
    END IF;
END
$$;

ANALYZE product_name_token;
ANALYZE name_token;

-- Search's words (V5) the same way: a writer of a name with a new word added it with ON CONFLICT DO
-- NOTHING under the primary key, so it waited for any transaction that had added the same word and not
-- ended (an atomic import, for its whole length: a product written meanwhile got a 503 after the
-- statement timeout), and under REPEATABLE READ then failed, caught word by word in subtransactions. Now
-- each writer adds the words it does not see; a word may be there twice, which its readers (SearchWords)
-- do not mind.
ALTER TABLE search_word DROP CONSTRAINT search_word_pkey;
CREATE INDEX search_word_idx ON search_word (word);

CREATE OR REPLACE FUNCTION product_search_words() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO search_word (word)
    SELECT DISTINCT n.w
    FROM new_rows, unnest(string_to_array(new_rows.name_search, ' ')) AS n(w)
    WHERE length(n.w) >= 3 AND n.w !~ '^[0-9]+$'
      AND NOT EXISTS (SELECT 1 FROM search_word s WHERE s.word = n.w);
    RETURN NULL;
END
$$;
ALTER FUNCTION product_search_words() SET enable_seqscan = off;
-- V15's postings: their deletes by a renamed product's words are planned the same way.
ALTER FUNCTION product_word_on_change() SET enable_seqscan = off;
