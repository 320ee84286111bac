-- The spelling correction's trigram index over search_word (V5) keeps no pending list. A GIN index
-- with fastupdate (the default) queues new entries in a pending list that every scan of the index
-- reads whole, until a vacuum, an autovacuum's analyze or gin_pending_list_limit (4 MB) moves them into
-- the index. search_word only grows, by the words of new names, so a vacuum comes only after 1,000 new
-- words, an autovacuum's analyze after some 50; where autovacuum is off (as on the project's test
-- machines) every word stayed in the list for good. The lookup of a search's words then read the list
-- through the trigram index, which PostgreSQL priced as nearly free: 0.12 to 0.42 ms for the sample's
-- 494 words in 9 pending pages, where the primary key answers in 0.02 to 0.09 ms. Words are added
-- rarely and a few at a time, so they now go straight into the index; what is pending is moved in now.
DO $$
BEGIN
    IF to_regclass('search_word_trgm_idx') IS NOT NULL THEN
        ALTER INDEX search_word_trgm_idx SET (fastupdate = off);
        PERFORM gin_clean_pending_list('search_word_trgm_idx');
    END IF;
END
$$;
