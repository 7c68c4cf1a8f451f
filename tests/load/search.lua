-- (b) Search: 1–3 folded words from the vocabulary of seed-demo (what users type without diacritics).
package.path = (os.getenv("LOAD_DIR") or ".") .. "/?.lua;" .. package.path
local c = require("common")
setup = c.setup
done = c.done

local phrases = {
  "chuyen doi so", "cai cach hanh chinh", "phong chong thien tai", "nong thon moi", "an toan thuc pham",
  "chinh quyen dia phuong hai cap", "de an 06", "dinh danh dien tu", "bao ve moi truong", "quan ly dat dai",
  "giai phong mat bang", "giai ngan von dau tu cong", "thu ngan sach", "phong chay chua chay", "an toan giao thong",
  "giam ngheo", "nha tam nha dot nat", "tuyen sinh", "tot nghiep trung hoc", "bao hiem y te",
  "phong chong tham nhung", "tiep cong dan", "khieu nai to cao", "sap xep to chuc bo may", "tinh gian bien che",
  "boi duong can bo", "thi dua khen thuong", "tai san cong", "dich vu cong truc tuyen", "so hoa ho so",
  "hop tac xa", "ocop", "dich ta lon chau phi", "trong rung", "nuoc sach", "du lich sam son", "khu kinh te nghi son",
  "chi so pci", "thu tuc hanh chinh", "an ninh trat tu", "nhap ngu", "bau cu dai bieu", "van hoa cong vu",
  "an toan thong tin", "tro giup phap ly", "chung thuc", "chinh sach dan toc", "dan so", "mua lu",
  "ke hoach", "bao cao ket qua", "de nghi", "trien khai", "giay moi hoi nghi", "so noi vu", "so tai chinh",
  "ubnd", "qd ubnd", "snv", "phuong hac thanh", "xa", "nguyen van", "tran thi",
}

local words = {}
for _, p in ipairs(phrases) do
  for w in p:gmatch("%S+") do table.insert(words, w) end
end

init = function(args)
  math.randomseed(os.time() + (tid or 0) * 7919)
end

local function query()
  local r = math.random()
  if r < 0.6 then
    return phrases[math.random(#phrases)]
  end
  local n = math.random(1, 3)
  local q = {}
  for i = 1, n do q[i] = words[math.random(#words)] end
  return table.concat(q, " ")
end

request = function()
  local q = query():gsub(" ", "+")
  return wrk.format("GET", "/api/v1/incoming-documents?page=1&size=20&q=" .. q, c.headers)
end
