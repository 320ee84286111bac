-- A finer sample of name_folded for the planner, so that name_like gets the right plan whatever ANALYZE
-- happens to sample. PostgreSQL estimates `name_folded LIKE '%dal%'` by testing the pattern against
-- the column's histogram, 100 entries at the default statistics target. A word that 1 % of the
-- products hold then matches no entry about a third of the time; the estimate falls to its floor (10
-- rows of 100,000), and the planner reads and sorts every match through the trigram index (1,315 for
-- "dal", 2,758 for "fish": 2.5 to 5 ms) instead of walking the name index until the page is full
-- (0.3 to 1 ms). With 500 entries such a word is missed less than 1 % of the time. Measured with
-- pgbench on the list's statement for 12 food words, bound as parameters, each after a round trip that
-- sets the word (docs/query-plans.md, "name_like"): 0.79 to 1.23 ms at the default target, depending on
-- the sample, 0.64 to 0.74 ms at 500, 0.78 to 0.82 ms at 1,000, where planning costs more than the
-- better estimates save.
ALTER TABLE product ALTER COLUMN name_folded SET STATISTICS 500;
ANALYZE product (name_folded);
