-- Shared by the Catalog wrk workloads: the files the sweep writes (ids, brands, search terms), random
-- picks, status counting summed over wrk's threads, the If-Match write step, and the one BENCH line
-- that `catalog sweep` and scripts/bench read. A workload of your own can use it too:
--   local catalog = dofile(os.getenv("CATALOG_WORKLOADS_DIR") .. "/common.lua")
--   setup = catalog.setup; done = catalog.done
-- and print nothing else that starts with "BENCH".
local catalog = {}

local threads = {}
local data = {}
local known = {}      -- {id, etag} of products this thread read or wrote, newest last
local patching = {}   -- id -> the ETag its PATCH will answer with, while that PATCH is in flight

-- Per-thread counters; done() sums them over the threads (wrk copies globals out with thread:get).
counts = { s2xx = 0, s3xx = 0, s4xx = 0, s412 = 0, s5xx = 0, s503 = 0, writes = 0 }

function catalog.setup(thread)
  threads[#threads + 1] = thread
end

function catalog.lines(variable)
  local file = os.getenv(variable)
  if file == nil or file == "" then error(variable .. " is not set: it names the file this workload reads") end
  local out = {}
  for line in io.lines(file) do
    if #line > 0 then out[#out + 1] = line end
  end
  if #out == 0 then error("no lines in " .. file .. " (" .. variable .. ")") end
  return out
end

-- Loads the files a workload needs: any of "ids", "brands", "terms".
function catalog.load(...)
  local variables = { ids = "CATALOG_IDS_FILE", brands = "CATALOG_BRANDS_FILE", terms = "CATALOG_TERMS_FILE" }
  for _, what in ipairs({ ... }) do
    data[what] = catalog.lines(variables[what])
  end
  math.randomseed(os.time() + tonumber(tostring({}):sub(8), 16) % 100000)
end

local function pick(list)
  return list[math.random(#list)]
end

function catalog.urlencode(s)
  return (s:gsub("[^%w%-_%.~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

function catalog.read_request()
  return wrk.format("GET", "/v1/products/" .. pick(data.ids))
end

function catalog.list_request()
  return wrk.format("GET", "/v1/products?brand=" .. catalog.urlencode(pick(data.brands)) .. "&sort=-updated_at&limit=20")
end

function catalog.search_request()
  return wrk.format("GET", "/v1/products/search?q=" .. catalog.urlencode(pick(data.terms)) .. "&limit=10")
end

-- A write: a PATCH with If-Match on the product this thread most recently fetched (by GET or an earlier
-- PATCH's answer); when it knows none yet, the GET that fetches one.
function catalog.write_request()
  local item = table.remove(known)
  if item == nil then
    return catalog.read_request()
  end
  local version = tonumber(item.etag:match("(%d+)"))
  patching[item.id] = '"' .. (version + 1) .. '"'
  counts.writes = counts.writes + 1
  local key = os.getenv("CATALOG_API_KEY") or ""
  return wrk.format("PATCH", "/v1/products/" .. item.id, {
    ["Authorization"] = "Bearer " .. key,
    ["Content-Type"] = "application/merge-patch+json",
    ["If-Match"] = item.etag,
  }, string.format('{"edible_yield":%.2f}', 0.5 + math.random() * 0.5))
end

function catalog.count(status)
  local c = counts
  if status < 300 then c.s2xx = c.s2xx + 1
  elseif status < 400 then c.s3xx = c.s3xx + 1
  elseif status < 500 then
    c.s4xx = c.s4xx + 1
    if status == 412 then c.s412 = c.s412 + 1 end
  else
    c.s5xx = c.s5xx + 1
    if status == 503 then c.s503 = c.s503 + 1 end
  end
end

-- Counts the status and remembers the ETag of a product read (not of our own PATCH's answer, so that
-- writes keep going to random products).
function catalog.response(status, headers, body)
  catalog.count(status)
  if status ~= 200 then return end
  local etag = headers["ETag"] or headers["Etag"] or headers["etag"]
  local id = etag and body:match('^{"id":"([%x%-]+)"')
  if id == nil then return end
  if patching[id] == etag then
    patching[id] = nil
    return
  end
  known[#known + 1] = { id = id, etag = etag }
  if #known > 32 then table.remove(known, 1) end
end

function catalog.done(summary, latency, requests)
  local total = { s2xx = 0, s3xx = 0, s4xx = 0, s412 = 0, s5xx = 0, s503 = 0, writes = 0 }
  for _, thread in ipairs(threads) do
    local c = thread:get("counts")
    if c then
      for k, v in pairs(c) do total[k] = (total[k] or 0) + v end
    end
  end
  local e = summary.errors
  local line = string.format(
    "BENCH rps=%.1f p50_ms=%.3f p90_ms=%.3f p99_ms=%.3f max_ms=%.3f mean_ms=%.3f requests=%d duration_s=%.3f"
      .. " socket_errors=%d connect_errors=%d read_errors=%d write_errors=%d timeouts=%d non2xx=%d",
    summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, latency.mean / 1000, summary.requests, summary.duration / 1e6,
    e.connect + e.read + e.write + e.timeout, e.connect, e.read, e.write, e.timeout, e.status)
  local counted = total.s2xx + total.s3xx + total.s4xx + total.s5xx
  if counted > 0 then
    line = line .. string.format(" status_2xx=%d status_4xx=%d status_412=%d status_5xx=%d status_503=%d writes=%d",
      total.s2xx, total.s4xx, total.s412, total.s5xx, total.s503, total.writes)
  end
  local picked = {}
  for k in pairs(total) do
    if k:match("^picked_") then picked[#picked + 1] = k end
  end
  table.sort(picked)
  for _, k in ipairs(picked) do line = line .. string.format(" %s=%d", k, total[k]) end
  io.write(line .. "\n")
end

return catalog
