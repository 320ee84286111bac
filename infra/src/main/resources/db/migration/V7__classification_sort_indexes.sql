-- A sort on one classification over the whole catalog (sort=brand, sort=-source) reads the
-- classifications in order and, for each, its first products by id (ClassificationSort) instead of
-- sorting every product for every page: the reference indexes gain id as their second column. They stay
-- over all products, live or discarded, as they also serve the foreign keys' checks when a
-- classification is deleted.
DROP INDEX product_source_id_idx;
CREATE INDEX product_source_id_idx ON product (source_id, id);
DROP INDEX product_brand_id_idx;
CREATE INDEX product_brand_id_idx ON product (brand_id, id);
DROP INDEX product_category_id_idx;
CREATE INDEX product_category_id_idx ON product (category_id, id);
DROP INDEX product_parent_category_id_idx;
CREATE INDEX product_parent_category_id_idx ON product (parent_category_id, id);
DROP INDEX product_food_group_id_idx;
CREATE INDEX product_food_group_id_idx ON product (food_group_id, id);
DROP INDEX product_process_type_id_idx;
CREATE INDEX product_process_type_id_idx ON product (process_type_id, id);
