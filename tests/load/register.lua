-- (c2) Vào sổ: registers the documents create.lua entered (IDS_FILE.*), each id once, then stops the thread.
package.path = (os.getenv("LOAD_DIR") or ".") .. "/?.lua;" .. package.path
local c = require("common")
setup = c.setup

local headers = {}
for k, v in pairs(c.headers) do headers[k] = v end
headers["Content-Type"] = "application/json"
local body = '{"registerCode":"VBDEN"}'
local ids = {}
local i = 0

init = function(args)
  local threads = tonumber(os.getenv("THREADS") or "1")
  local k = 0
  for f = 0, 63 do
    local h = io.open((os.getenv("IDS_FILE") or "/tmp/load-ids") .. "." .. f, "r")
    if h then
      for line in h:lines() do
        if k % threads == (tid or 0) then table.insert(ids, line) end
        k = k + 1
      end
      h:close()
    end
  end
end

request = function()
  i = i + 1
  if i > #ids then
    exhausted = 1
    wrk.thread:stop()
    i = #ids -- keep a valid request for the requests already in flight
  end
  return wrk.format("POST", "/api/v1/incoming-documents/" .. (ids[i] or "00000000-0000-0000-0000-000000000000") .. "/register", headers, body)
end

-- wrk keeps the clock running for the whole -d even when a thread stopped early for lack of ids, so the rate is then
-- taken from Little's law (closed loop, no think time): connections / mean latency.
done = function(summary, latency, requests)
  if c.sum("exhausted") > 0 then
    local conns = tonumber(os.getenv("CONNS") or "1")
    summary.duration = summary.requests * latency.mean / conns
  end
  c.done(summary, latency, requests)
end
