-- Shared by the wrk scripts of documents-load.sh: auth headers, per-thread ids, result line with p95.
-- TOKEN and TENANT come from the environment (wrk's LuaJIT has os.getenv).
local M = {}

M.headers = {
  ["Authorization"] = "Bearer " .. (os.getenv("TOKEN") or ""),
  ["X-Tenant"] = os.getenv("TENANT") or "ubnd-tinh",
  ["Accept"] = "application/json",
}

local threads = {}
local counter = 0

-- wrk setup(): give each thread an index so that it can pick its share of ids and seed its own random numbers.
function M.setup(thread)
  thread:set("tid", counter)
  counter = counter + 1
  table.insert(threads, thread)
end

function M.sum(name)
  local total = 0
  for _, t in ipairs(threads) do total = total + (tonumber(t:get(name)) or 0) end
  return total
end

-- One machine-readable line, parsed by documents-load.sh: latencies in ms.
function M.done(summary, latency, requests)
  local secs = summary.duration / 1e6
  local e = summary.errors
  io.write(string.format(
    "RESULT requests=%d seconds=%.2f rps=%.1f p50=%.2f p95=%.2f p99=%.2f max=%.2f non2xx=%d socket_errors=%d\n",
    summary.requests, secs, summary.requests / secs,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    e.status, e.connect + e.read + e.write + e.timeout))
end

return M
