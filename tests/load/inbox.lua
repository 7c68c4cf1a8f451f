-- (a) The clerk's inbox: first page of incoming documents, newest first.
package.path = (os.getenv("LOAD_DIR") or ".") .. "/?.lua;" .. package.path
local c = require("common")
setup = c.setup
done = c.done
local size = os.getenv("PAGE_SIZE") or "20"
request = function()
  return wrk.format("GET", "/api/v1/incoming-documents?page=1&size=" .. size, c.headers)
end
