-- The name index carries brand_id, as the updated_at index does since V3: a list filtered by brand in
-- the default sort (name) then checks the brand in the index instead of reading each product it passes
-- from the table. PostgreSQL walks this index in name order until the page is full, because the brand
-- is only known when the statement runs (ListConditions: an InitPlan over the brand's name), so it
-- cannot tell a brand of 3 products from one of 3,000. At 100,000 products, `brand=Aurora` (about
-- 3,300 products) took 2.7 ms to choose its page before and 0.17 to 0.27 ms with the brand in the
-- index; a brand of 3 products, which the walk reads to the end, 77 to 167 ms before and 7 to 9 ms
-- (docs/query-plans.md, "A brand's products, by name"). Built fresh for 100,000 products, the index grows from 10.4 to 12.1 MB.
DROP INDEX product_name_id_idx;
CREATE INDEX product_name_id_idx ON product (name_folded, name, id) INCLUDE (brand_id) WHERE NOT discarded;
