-- wrk workload "read": GET /v1/products/{id} on ids picked at random from the file named by
-- CATALOG_IDS_FILE (one UUID a line). Prints one machine-readable BENCH line when done.
local ids = {}

init = function(args)
  local file = os.getenv("CATALOG_IDS_FILE")
  for line in io.lines(file) do
    if #line > 0 then ids[#ids + 1] = line end
  end
  if #ids == 0 then error("no ids in " .. tostring(file)) end
  math.randomseed(os.time() + tonumber(tostring({}):sub(8), 16) % 100000)
end

request = function()
  return wrk.format("GET", "/v1/products/" .. ids[math.random(#ids)])
end

done = function(summary, latency, requests)
  local errors = summary.errors
  io.write(string.format("BENCH rps=%.1f p50_ms=%.3f p90_ms=%.3f p99_ms=%.3f max_ms=%.3f requests=%d socket_errors=%d non2xx=%d\n",
    summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, summary.requests,
    errors.connect + errors.read + errors.write + errors.timeout, errors.status))
end
