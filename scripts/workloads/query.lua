-- wrk workload "query": GETs the paths listed in the file named by CATALOG_PATHS_FILE (one path with
-- its query string a line), each thread starting at a different line and going round. Prints one
-- machine-readable BENCH line when done.
local paths = {}
local next_path = 1

init = function(args)
  local file = os.getenv("CATALOG_PATHS_FILE")
  for line in io.lines(file) do
    if #line > 0 then paths[#paths + 1] = line end
  end
  if #paths == 0 then error("no paths in " .. tostring(file)) end
  math.randomseed(os.time() + tonumber(tostring({}):sub(8), 16) % 100000)
  next_path = math.random(#paths)
end

request = function()
  local path = paths[next_path]
  next_path = next_path % #paths + 1
  return wrk.format("GET", path)
end

done = function(summary, latency, requests)
  local errors = summary.errors
  io.write(string.format("BENCH rps=%.1f p50_ms=%.3f p90_ms=%.3f p99_ms=%.3f max_ms=%.3f requests=%d socket_errors=%d non2xx=%d\n",
    summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, summary.requests,
    errors.connect + errors.read + errors.write + errors.timeout, errors.status))
end
