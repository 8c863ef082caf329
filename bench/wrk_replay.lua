-- wrk script for bench.bot_bench: replays pre-built raw HTTP/1.1 requests (signed, encrypted, each with its own
-- MsgId) from the file named by BENCH_REQUESTS, NUL-separated, in order. Prints one JSON line when done.
local requests = {}
local position = 0
local wrapped = 0
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  local file = assert(io.open(os.getenv("BENCH_REQUESTS"), "rb"))
  local data = file:read("*a")
  file:close()
  local start = 1
  while true do
    local stop = string.find(data, "\0", start, true)
    if not stop then break end
    requests[#requests + 1] = string.sub(data, start, stop - 1)
    start = stop + 1
  end
end

function request()
  position = position + 1
  if position > #requests then
    position = 1
    wrapped = wrapped + 1 -- requests repeat from here: the bench reports it
  end
  return requests[position]
end

function done(summary, latency, requests_)
  local wraps = 0
  for _, thread in ipairs(threads) do
    wraps = wraps + (thread:get("wrapped") or 0)
  end
  local errors = summary.errors
  io.write(string.format(
    '{"requests": %d, "seconds": %.6f, "non_2xx": %d, "socket_errors": %d, "p50_us": %d, "p99_us": %d, "wrapped": %d}\n',
    summary.requests, summary.duration / 1e6, errors.status,
    errors.connect + errors.read + errors.write + errors.timeout,
    latency:percentile(50), latency:percentile(99), wraps))
end
