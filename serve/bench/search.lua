-- Typical searches of the web app, rotated; paced to RATE requests/second over CONNECTIONS connections.
local paths = {
  "/api/artists?style=blackwork&style=neo-traditional&city=Leeds",
  "/api/artists?q=ink",
  "/api/artists?near=53.8,-1.55&radiusKm=10&sort=distance",
  "/api/artists?bbox=-2.4,53.3,-2.1,53.6&style=fine-line",
  "/api/artists?city=London&page=2",
  "/api/artists?q=kari%20realism&style=realism",
  "/api/artists?style=japanese&sort=updated",
  "/api/artists?q=tattoo%20manchester",
}
local counter = 0
local pace = tonumber(os.getenv("PACE_MS") or "0")

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
