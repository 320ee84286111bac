-- wrk workload "search": similarity search on a word of the catalog's product names:
-- GET /v1/products/search?q=<a term from CATALOG_TERMS_FILE>&limit=10.
local dir = os.getenv("CATALOG_WORKLOADS_DIR") or debug.getinfo(1, "S").source:match("^@(.*/)") or "./"
local catalog = dofile(dir .. "/common.lua")

setup = catalog.setup
init = function(args) catalog.load("terms") end
request = catalog.search_request
done = catalog.done
