-- wrk workload "query": GETs the paths listed in the file named by CATALOG_PATHS_FILE (one path with
-- its query string a line), each thread starting at a different line and going round. Prints the one
-- BENCH line of common.lua, so that scripts/bench-queries reads it and `scripts/pool-sweep
-- --workload-file scripts/workloads/query.lua` can sweep pool sizes under any of its queries.
local dir = os.getenv("CATALOG_WORKLOADS_DIR") or debug.getinfo(1, "S").source:match("^@(.*/)") or "./"
local catalog = dofile(dir .. "/common.lua")

local paths = {}
local next_path = 1

setup = catalog.setup

init = function(args)
  paths = catalog.lines("CATALOG_PATHS_FILE")
  catalog.load()
  next_path = math.random(#paths)
end

request = function()
  local path = paths[next_path]
  next_path = next_path % #paths + 1
  return wrk.format("GET", path)
end

done = catalog.done
