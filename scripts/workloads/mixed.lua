-- wrk workload "mixed": read, list, search and write requests in the proportions of the weights in
-- CATALOG_MIX (default "read=70,list=15,search=10,write=5"); a weight of 0 leaves that kind out.
-- Each thread deals the kinds out by smooth weighted round-robin (nginx's), so however short the run,
-- each kind's count in a thread stays within about one request of its share; each thread starts at a
-- random point of the round. It prints picked_<kind>=N in the BENCH line: how many of each it sent (a
-- write sends a GET until this thread has read a product's ETag).
local dir = os.getenv("CATALOG_WORKLOADS_DIR") or debug.getinfo(1, "S").source:match("^@(.*/)") or "./"
local catalog = dofile(dir .. "/common.lua")

local builders = {
  read = catalog.read_request, list = catalog.list_request,
  search = catalog.search_request, write = catalog.write_request,
}
local needs = { read = "ids", list = "brands", search = "terms", write = "ids" }
local mix = {}
local total = 0

setup = catalog.setup

local function next_kind()
  local best = nil
  for _, m in ipairs(mix) do
    m.current = m.current + m.weight
    if best == nil or m.current > best.current then best = m end
  end
  best.current = best.current - total
  return best
end

init = function(args)
  local files = {}
  for name, weight in (os.getenv("CATALOG_MIX") or "read=70,list=15,search=10,write=5"):gmatch("(%a+)=(%d+%.?%d*)") do
    if builders[name] == nil then error("CATALOG_MIX: unknown kind " .. name .. " (read, list, search, write)") end
    weight = tonumber(weight)
    if weight > 0 then
      total = total + weight
      mix[#mix + 1] = { name = name, weight = weight, current = 0, build = builders[name] }
      files[needs[name]] = true
    end
  end
  if total == 0 then error("CATALOG_MIX gives no kind a weight above 0") end
  local wanted = {}
  for what in pairs(files) do wanted[#wanted + 1] = what end
  catalog.load((table.unpack or unpack)(wanted))
  for _ = 1, math.random(0, 99) do next_kind() end
end

request = function()
  local m = next_kind()
  local key = "picked_" .. m.name
  counts[key] = (counts[key] or 0) + 1
  return m.build()
end

response = catalog.response
done = catalog.done
