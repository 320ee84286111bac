-- wrk workload "list": the first page of a brand's products, newest first:
-- GET /v1/products?brand=<a brand from CATALOG_BRANDS_FILE>&sort=-updated_at&limit=20.
local dir = os.getenv("CATALOG_WORKLOADS_DIR") or debug.getinfo(1, "S").source:match("^@(.*/)") or "./"
local catalog = dofile(dir .. "/common.lua")

setup = catalog.setup
init = function(args) catalog.load("brands") end
request = catalog.list_request
done = catalog.done
