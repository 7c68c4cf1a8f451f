-- (c1) A clerk enters paper documents (multipart/form-data, metadata only); the new ids go to IDS_FILE.<thread>
-- for register.lua. RUN_TAG makes the số, ký hiệu unique per run, so registration never hits the duplicate warning.
package.path = (os.getenv("LOAD_DIR") or ".") .. "/?.lua;" .. package.path
local c = require("common")
setup = c.setup
done = c.done

local boundary = "----saasload7d1f"
local tag = os.getenv("RUN_TAG") or tostring(os.time())
local issued = os.getenv("ISSUED_DATE") or os.date("!%Y-%m-%d", os.time() - 86400)
local subjects = {
  "Về việc triển khai chuyển đổi số trên địa bàn tỉnh",
  "Kế hoạch thực hiện cải cách hành chính năm 2026",
  "Báo cáo kết quả phòng chống thiên tai và tìm kiếm cứu nạn",
  "V/v đề nghị hỗ trợ kinh phí xây dựng nông thôn mới",
  "V/v tăng cường kiểm tra an toàn thực phẩm dịp cuối năm",
}
local headers = {}
for k, v in pairs(c.headers) do headers[k] = v end
headers["Content-Type"] = "multipart/form-data; boundary=" .. boundary

local n = 0
local out

init = function(args)
  math.randomseed(os.time() + (tid or 0))
  out = io.open((os.getenv("IDS_FILE") or "/tmp/load-ids") .. "." .. (tid or 0), "a")
end

local function field(name, value)
  return "--" .. boundary .. "\r\nContent-Disposition: form-data; name=\"" .. name .. "\"\r\n\r\n" .. value .. "\r\n"
end

request = function()
  n = n + 1
  local body = field("issuerName", "Sở Nội vụ tỉnh Thanh Hóa")
    .. field("numberNotation", string.format("%d/SNV-LT%s%d", n, tag, tid or 0))
    .. field("issuedDate", issued)
    .. field("documentTypeCode", "CV")
    .. field("subject", subjects[math.random(#subjects)])
    .. field("signerName", "Nguyễn Văn Kiểm")
    .. field("signerPosition", "Phó Giám đốc")
    .. field("pageCount", "2")
    .. "--" .. boundary .. "--\r\n"
  return wrk.format("POST", "/api/v1/incoming-documents", headers, body)
end

response = function(status, hdrs, body)
  if status == 201 then
    local id = body:match('"id"%s*:%s*"([0-9a-f%-]+)"')
    if id then out:write(id, "\n"); out:flush() end
  end
end
