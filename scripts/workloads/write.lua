-- wrk workload "write": each thread GETs a random product (CATALOG_IDS_FILE) for its ETag, then PATCHes
-- it with If-Match (a new edible_yield, Bearer CATALOG_API_KEY); about half the requests are PATCHes.
-- A 412 means another connection changed that product in between. Counts statuses in the BENCH line.
local dir = os.getenv("CATALOG_WORKLOADS_DIR") or debug.getinfo(1, "S").source:match("^@(.*/)") or "./"
local catalog = dofile(dir .. "/common.lua")

setup = catalog.setup
init = function(args) catalog.load("ids") end
request = catalog.write_request
response = catalog.response
done = catalog.done
