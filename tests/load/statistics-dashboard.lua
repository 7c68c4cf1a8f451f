-- Statistics dashboards under load: PATHS (space-separated) are requested in turn; headers from common.lua.
package.path = (os.getenv("LOAD_DIR") or ".") .. "/?.lua;" .. package.path
local c = require("common")
setup = c.setup
done = c.done

local paths = {}
for p in string.gmatch(os.getenv("PATHS") or "/api/v1/statistics/dashboard", "%S+") do table.insert(paths, p) end
local i = 0

function request()
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1], c.headers)
end
