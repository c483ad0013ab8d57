-- wrk script of ear/bench-search: every request is a random line of the file named after "--"
-- (paths written by SearchBench.java paths), and the end prints calls/s and p50/p95/p99 the way
-- SearchBench.java does. wrk keeps every connection busy (a closed loop: one call in flight per
-- connection), as the Java client's threads do.
local paths = {}

init = function(args)
  for line in io.lines(args[1]) do
    paths[#paths + 1] = line
  end
  math.randomseed(os.time() + math.floor(os.clock() * 1e6))
end

request = function()
  return wrk.format("GET", paths[math.random(#paths)])
end

done = function(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local failed = summary.errors.status + summary.errors.connect + summary.errors.read
    + summary.errors.write + summary.errors.timeout
  io.write(string.format(
    "%d calls in %.0f s = %.0f calls/s, %d failed; p50 %.1f ms, p95 %.1f ms, p99 %.1f ms\n",
    summary.requests, seconds, summary.requests / seconds, failed,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000))
end
