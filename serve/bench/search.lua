-- Searches drawn from the generated mix the bench server wrote (MIX: one request path per line, almost all
-- distinct: free text, 1-3 styles, a city, a radius or a map viewport, pages 1-5). Each wrk thread walks its own
-- part of the mix, so no two threads and no two requests of a thread repeat until the mix is used up.
-- Paced like profile.lua (PACE_MS per connection after each response).
local paths = {}
for line in io.lines(os.getenv("MIX")) do paths[#paths + 1] = line end
local threads = 0
local pace = tonumber(os.getenv("PACE_MS") or "0")

setup = function(thread)
  thread:set("first", threads)
  threads = threads + 1
end

local counter = 0
init = function(args)
  -- `first` is this thread's number, set by setup above; threads start an eighth of the mix apart, and each run
  -- of the script starts elsewhere (MIX_OFFSET), so one run replays nothing of another
  counter = (tonumber(os.getenv("MIX_OFFSET") or "0") + (first or 0) * math.floor(#paths / 8)) % #paths
end

request = function()
  counter = counter + 1
  return wrk.format("GET", paths[(counter % #paths) + 1])
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
