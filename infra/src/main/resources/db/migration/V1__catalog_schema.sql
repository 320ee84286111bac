CREATE TABLE source (
    id          uuid PRIMARY KEY,
    name        text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    version     bigint NOT NULL DEFAULT 1,
    discarded   boolean NOT NULL DEFAULT false,
    created_at  timestamptz NOT NULL,
    updated_at  timestamptz NOT NULL
);
-- Names are unique per kind, ignoring case, among live rows: a discarded name can be used again.
CREATE UNIQUE INDEX source_name_key ON source (lower(name)) WHERE NOT discarded;

CREATE TABLE brand (
    id          uuid PRIMARY KEY,
    name        text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    version     bigint NOT NULL DEFAULT 1,
    discarded   boolean NOT NULL DEFAULT false,
    created_at  timestamptz NOT NULL,
    updated_at  timestamptz NOT NULL
);
-- Names are unique per kind, ignoring case, among live rows: a discarded name can be used again.
CREATE UNIQUE INDEX brand_name_key ON brand (lower(name)) WHERE NOT discarded;

CREATE TABLE category (
    id          uuid PRIMARY KEY,
    name        text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    version     bigint NOT NULL DEFAULT 1,
    discarded   boolean NOT NULL DEFAULT false,
    created_at  timestamptz NOT NULL,
    updated_at  timestamptz NOT NULL
);
-- Names are unique per kind, ignoring case, among live rows: a discarded name can be used again.
CREATE UNIQUE INDEX category_name_key ON category (lower(name)) WHERE NOT discarded;

CREATE TABLE parent_category (
    id          uuid PRIMARY KEY,
    name        text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    version     bigint NOT NULL DEFAULT 1,
    discarded   boolean NOT NULL DEFAULT false,
    created_at  timestamptz NOT NULL,
    updated_at  timestamptz NOT NULL
);
-- Names are unique per kind, ignoring case, among live rows: a discarded name can be used again.
CREATE UNIQUE INDEX parent_category_name_key ON parent_category (lower(name)) WHERE NOT discarded;

CREATE TABLE food_group (
    id          uuid PRIMARY KEY,
    name        text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    version     bigint NOT NULL DEFAULT 1,
    discarded   boolean NOT NULL DEFAULT false,
    created_at  timestamptz NOT NULL,
    updated_at  timestamptz NOT NULL
);
-- Names are unique per kind, ignoring case, among live rows: a discarded name can be used again.
CREATE UNIQUE INDEX food_group_name_key ON food_group (lower(name)) WHERE NOT discarded;

CREATE TABLE process_type (
    id          uuid PRIMARY KEY,
    name        text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    version     bigint NOT NULL DEFAULT 1,
    discarded   boolean NOT NULL DEFAULT false,
    created_at  timestamptz NOT NULL,
    updated_at  timestamptz NOT NULL
);
-- Names are unique per kind, ignoring case, among live rows: a discarded name can be used again.
CREATE UNIQUE INDEX process_type_name_key ON process_type (lower(name)) WHERE NOT discarded;

CREATE TABLE product (
    id                      uuid PRIMARY KEY,
    name                    text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    barcode                 text,
    is_food                 boolean NOT NULL DEFAULT true,
    source_id               uuid NOT NULL REFERENCES source (id),
    brand_id                uuid REFERENCES brand (id),
    category_id             uuid REFERENCES category (id),
    parent_category_id      uuid REFERENCES parent_category (id),
    food_group_id           uuid REFERENCES food_group (id),
    process_type_id         uuid REFERENCES process_type (id),
    -- Nutrients per 100 g of edible portion, one column per nutrient of the domain's fixed list,
    -- each in that nutrient's unit.
    nf_calories             double precision CHECK (nf_calories >= 0),
    nf_water                double precision CHECK (nf_water >= 0),
    nf_protein              double precision CHECK (nf_protein >= 0),
    nf_total_fat            double precision CHECK (nf_total_fat >= 0),
    nf_saturated_fat        double precision CHECK (nf_saturated_fat >= 0),
    nf_monounsaturated_fat  double precision CHECK (nf_monounsaturated_fat >= 0),
    nf_polyunsaturated_fat  double precision CHECK (nf_polyunsaturated_fat >= 0),
    nf_carbohydrate         double precision CHECK (nf_carbohydrate >= 0),
    nf_sugars               double precision CHECK (nf_sugars >= 0),
    nf_fiber                double precision CHECK (nf_fiber >= 0),
    nf_cholesterol          double precision CHECK (nf_cholesterol >= 0),
    nf_sodium               double precision CHECK (nf_sodium >= 0),
    nf_potassium            double precision CHECK (nf_potassium >= 0),
    nf_calcium              double precision CHECK (nf_calcium >= 0),
    nf_iron                 double precision CHECK (nf_iron >= 0),
    nf_magnesium            double precision CHECK (nf_magnesium >= 0),
    nf_vitamin_a            double precision CHECK (nf_vitamin_a >= 0),
    nf_vitamin_c            double precision CHECK (nf_vitamin_c >= 0),
    ingredients             text,
    package_size            double precision CHECK (package_size > 0),
    package_size_unit       text,
    image_url               text,
    score_final             double precision,
    score_ingredients       double precision,
    score_nutrients         double precision,
    edible_yield            double precision CHECK (edible_yield > 0 AND edible_yield <= 1),
    version                 bigint NOT NULL DEFAULT 1,
    discarded               boolean NOT NULL DEFAULT false,
    created_at              timestamptz NOT NULL,
    updated_at              timestamptz NOT NULL,
    CHECK ((package_size IS NULL) = (package_size_unit IS NULL))
);

-- One live product per (barcode, source); discarded ones do not block re-adding.
CREATE UNIQUE INDEX product_barcode_source_key ON product (barcode, source_id)
    WHERE barcode IS NOT NULL AND NOT discarded;

-- Keyset paging: each sort key with id as tie-breaker, over live products (the default view).
CREATE INDEX product_name_id_idx ON product (name, id) WHERE NOT discarded;
CREATE INDEX product_created_at_id_idx ON product (created_at, id) WHERE NOT discarded;
CREATE INDEX product_updated_at_id_idx ON product (updated_at, id) WHERE NOT discarded;

-- Filter keys (classification filters go through these after resolving names).
CREATE INDEX product_source_id_idx ON product (source_id);
CREATE INDEX product_brand_id_idx ON product (brand_id);
CREATE INDEX product_category_id_idx ON product (category_id);
CREATE INDEX product_parent_category_id_idx ON product (parent_category_id);
CREATE INDEX product_food_group_id_idx ON product (food_group_id);
CREATE INDEX product_process_type_id_idx ON product (process_type_id);
CREATE INDEX product_barcode_idx ON product (barcode);
