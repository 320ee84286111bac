-- wrk workload "mixed": read, list, search and write requests picked at random with the weights in
-- CATALOG_MIX (default "read=70,list=15,search=10,write=5"); a weight of 0 leaves that kind out.
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

init = function(args)
  local files = {}
  for name, weight in (os.getenv("CATALOG_MIX") or "read=70,list=15,search=10,write=5"):gmatch("(%a+)=(%d+%.?%d*)") do
    if builders[name] == nil then error("CATALOG_MIX: unknown kind " .. name .. " (read, list, search, write)") end
    weight = tonumber(weight)
    if weight > 0 then
      total = total + weight
      mix[#mix + 1] = { upto = total, build = builders[name] }
      files[needs[name]] = true
    end
  end
  if total == 0 then error("CATALOG_MIX gives no kind a weight above 0") end
  local wanted = {}
  for what in pairs(files) do wanted[#wanted + 1] = what end
  catalog.load((table.unpack or unpack)(wanted))
end

request = function()
  local r = math.random() * total
  for _, m in ipairs(mix) do
    if r < m.upto then return m.build() end
  end
  return mix[#mix].build()
end

response = catalog.response
done = catalog.done
