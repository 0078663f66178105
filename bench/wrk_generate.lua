-- wrk script: POST cover/generate, each request for a different music task id.
-- Reads the ids from the file named by the IDS environment variable.
local ids = {}
local key = os.getenv("KEY")
for line in io.lines(os.getenv("IDS")) do ids[#ids + 1] = line end
local counter = tonumber(os.getenv("SKIP") or "0")

request = function()
  counter = counter + 1
  local id = ids[(counter % #ids) + 1]
  local body = '{"taskId":"' .. id .. '","callBackUrl":"https://93.184.216.34/callback"}'
  return wrk.format("POST", nil, {
    ["Content-Type"] = "application/json",
    ["Authorization"] = "Bearer " .. key,
  }, body)
end
