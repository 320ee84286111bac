-- wrk workload "read": GET /v1/products/{id} on ids picked at random from the file named by
-- CATALOG_IDS_FILE (one UUID a line). Prints one machine-readable BENCH line when done.
local dir = os.getenv("CATALOG_WORKLOADS_DIR") or debug.getinfo(1, "S").source:match("^@(.*/)") or "./"
local catalog = dofile(dir .. "/common.lua")

setup = catalog.setup
init = function(args) catalog.load("ids") end
request = catalog.read_request
done = catalog.done
