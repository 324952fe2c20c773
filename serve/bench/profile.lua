-- Artist profiles, rotating through the sample ids the bench server wrote; paced like search.lua.
local ids = {}
for line in io.lines(os.getenv("IDS")) do ids[#ids + 1] = line end
local counter = 0
local pace = tonumber(os.getenv("PACE_MS") or "0")

request = function()
  counter = counter + 1
  return wrk.format("GET", "/api/artists/" .. ids[(counter % #ids) + 1])
end

-- only when pacing: with a delay function wrk sends every request from a timer, even a 0 ms one
if pace > 0 then
  delay = function()
    return pace
  end
end

done = function(summary, latency, requests)
  io.write(string.format("RESULT requests=%d duration_s=%.1f throughput_rps=%.1f p50_ms=%.2f p95_ms=%.2f p99_ms=%.2f max_ms=%.2f errors=%d non2xx=%d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.errors.status))
end
