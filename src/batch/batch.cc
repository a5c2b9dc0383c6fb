#include "batch/batch.h"

#include <algorithm>
#include <deque>
#include <map>
#include <set>

#include "batch/process_pool.h"
#include "redovis/writer.h"

namespace redovis {

namespace {

using Clock = WorkerPool::Clock;

/// The request that reads input `path` ("-": `stdin_bytes`).
std::string RequestFor(const std::string& path, const std::string& stdin_bytes) {
  return path == "-" ? EncodeBytesRequest(path, stdin_bytes) : EncodeFileRequest(path);
}

Record Failed(const std::string& path, const std::string& code, const std::string& message) {
  Source s;
  s.file = path;
  return Extractor::Unreadable(s, code, message);
}

/// The scheduler's state of one worker slot: the requests sent to it and
/// not yet answered, oldest first. The worker reads them one at a time, so
/// the oldest is the one it is reading, and the others wait in the pipe.
struct Slot {
  std::deque<size_t> in_flight;  ///< input indices, oldest first
  Clock::time_point deadline;    ///< when the oldest must be answered by
};

}  // namespace

std::vector<BatchRecord> BatchRunner::ToBatchRecords(const std::vector<Record>& records,
                                                     const RecordRenderer* renderer) const {
  std::vector<BatchRecord> out;
  out.reserve(records.size());
  for (const Record& r : records)
    out.push_back({options_.whole_records ? r : r.Summary(patterns_.catalogue().RoleKeys()),
                   renderer ? renderer->Render(r) : std::string()});
  return out;
}

std::string BatchRunner::Serve(std::string_view message, const RecordRenderer* renderer) const {
  WorkerRequest request;
  Status s = DecodeRequest(message, &request);
  if (!s.ok())
    return EncodeResult(ToBatchRecords(
        {Failed("", "internal_error", "bad request to the reader: " + s.message())}, renderer));
  Extractor extractor(patterns_);
  return EncodeResult(ToBatchRecords(
      request.has_bytes ? extractor.ExtractBytes(request.bytes, request.path, options_.extract)
                        : extractor.ExtractFile(request.path, options_.extract),
      renderer));
}

void BatchRunner::Run(const std::vector<std::string>& inputs, const std::string& stdin_bytes,
                      const RecordRenderer* renderer, const Sink& sink,
                      const Progress& progress) const {
  const size_t total = inputs.size();
  if (!options_.isolate) {
    Extractor extractor(patterns_);
    for (size_t i = 0; i < total; ++i) {
      sink(ToBatchRecords(inputs[i] == "-"
                              ? extractor.ExtractBytes(stdin_bytes, "-", options_.extract)
                              : extractor.ExtractFile(inputs[i], options_.extract),
                          renderer));
      progress(i + 1, total);
    }
    return;
  }
  size_t jobs = static_cast<size_t>(std::max(1, options_.jobs));
  jobs = std::min(jobs, std::max<size_t>(1, total));
  ProcessPool pool(jobs, options_.max_memory_mb,
                   [&](std::string_view message) { return Serve(message, renderer); });
  RunOnPool(pool, inputs, stdin_bytes, renderer, sink, progress);
}

void BatchRunner::RunOnPool(WorkerPool& pool, const std::vector<std::string>& inputs,
                            const std::string& stdin_bytes, const RecordRenderer* renderer,
                            const Sink& sink, const Progress& progress) const {
  const size_t total = inputs.size();
  const size_t jobs = pool.size();
  auto failed = [&](size_t i, const std::string& code, const std::string& message) {
    return ToBatchRecords({Failed(inputs[i], code, message)}, renderer);
  };
  std::vector<Slot> slots(jobs);
  for (size_t w = 0; w < jobs; ++w) pool.Start(w);

  const size_t window = jobs * kReorderWindowPerWorker;
  std::map<size_t, std::vector<BatchRecord>> ready;
  size_t next_dispatch = 0, next_write = 0;
  std::set<size_t> resend;  // requests a lost worker had not begun: sent again first
  auto deadline_from = [&](Clock::time_point now) {  // for a file whose reading begins `now`
    if (options_.timeout_seconds <= 0) return Clock::time_point::max();
    return now + std::chrono::milliseconds(static_cast<int64_t>(options_.timeout_seconds * 1000));
  };
  auto finish = [&](size_t index, std::vector<BatchRecord> records) {
    ready[index] = std::move(records);
    while (!ready.empty() && ready.begin()->first == next_write) {
      sink(std::move(ready.begin()->second));
      ready.erase(ready.begin());
      ++next_write;
      progress(next_write, total);
    }
  };
  // A worker is gone (crashed, stopped or unreachable): the request it was
  // reading ends as `code`; those waiting behind it go to another worker.
  auto lose = [&](Slot* slot, const std::string& code, const std::string& message) {
    const size_t oldest = slot->in_flight.front();
    resend.insert(slot->in_flight.begin() + 1, slot->in_flight.end());
    slot->in_flight.clear();
    finish(oldest, failed(oldest, code, message));
  };
  auto crashed = [](const std::string& how) {
    return "the reader crashed on this file (" + how + "); the batch went on";
  };

  while (next_write < total) {
    // Hand out work (restarting workers that are gone): one request to each
    // worker with none; then, away from the batch's end, one more to each to
    // read next. Near the end a file waiting behind a slow one could keep
    // the batch going after the other workers are done.
    for (size_t depth = 1; depth <= kRequestsPerWorker; ++depth) {
      for (size_t w = 0; w < jobs; ++w) {
        Slot& slot = slots[w];
        if (slot.in_flight.size() >= depth) continue;
        bool fresh = next_dispatch < total && next_dispatch < next_write + window;
        if (resend.empty() && !fresh) break;
        if (depth > 1 && (total - next_dispatch) + resend.size() <= jobs * kRequestsPerWorker)
          break;
        if (!pool.Running(w) && !pool.Start(w)) continue;
        size_t index = next_dispatch;
        if (!resend.empty()) {
          index = *resend.begin();
          resend.erase(resend.begin());
        } else {
          ++next_dispatch;
        }
        if (slot.in_flight.empty()) slot.deadline = deadline_from(pool.Now());
        slot.in_flight.push_back(index);
        if (!pool.Send(w, RequestFor(inputs[index], stdin_bytes))) {
          std::string how = pool.Stop(w, true);
          if (slot.in_flight.size() == 1) {
            slot.in_flight.clear();
            finish(index, failed(index, "crashed", "the reader process could not be reached"));
          } else {
            lose(&slot, "crashed", crashed(how));
          }
        }
      }
    }
    std::vector<size_t> busy;
    Clock::time_point until = Clock::time_point::max();
    for (size_t w = 0; w < jobs; ++w) {
      if (slots[w].in_flight.empty()) continue;
      busy.push_back(w);
      until = std::min(until, slots[w].deadline);
    }
    if (busy.empty()) {
      if (next_dispatch >= total && resend.empty()) break;
      bool alive = false;
      for (size_t w = 0; w < jobs; ++w) alive |= pool.Running(w);
      if (!alive) {
        // No worker can be started: read the rest in this process.
        Extractor extractor(patterns_);
        auto extract_here = [&](size_t i) {
          return ToBatchRecords(inputs[i] == "-"
                                    ? extractor.ExtractBytes(stdin_bytes, "-", options_.extract)
                                    : extractor.ExtractFile(inputs[i], options_.extract),
                                renderer);
        };
        for (size_t i : resend) finish(i, extract_here(i));
        resend.clear();
        for (; next_dispatch < total; ++next_dispatch)
          finish(next_dispatch, extract_here(next_dispatch));
        break;
      }
      continue;
    }
    std::vector<PoolEvent> events = pool.Wait(busy, until);
    const Clock::time_point now = pool.Now();
    std::vector<bool> heard(jobs, false);
    for (PoolEvent& e : events) {
      Slot& slot = slots[e.worker];
      if (slot.in_flight.empty()) continue;  // nothing was asked of it
      heard[e.worker] = true;
      if (e.kind == PoolEvent::Kind::kEnded) {
        lose(&slot, "crashed", crashed(e.how));
        continue;
      }
      const size_t index = slot.in_flight.front();
      slot.in_flight.pop_front();
      slot.deadline = deadline_from(now);  // the next one waiting begins now
      std::vector<BatchRecord> records;
      Status s = DecodeResult(e.answer, &records);
      if (!s.ok())
        records = failed(index, "internal_error", "bad answer from the reader: " + s.message());
      finish(index, std::move(records));
    }
    for (size_t w : busy) {
      Slot& slot = slots[w];
      if (heard[w] || slot.in_flight.empty() || now < slot.deadline) continue;
      pool.Stop(w, true);
      lose(&slot, "timeout",
           "reading took longer than " +
               std::to_string(static_cast<int>(options_.timeout_seconds)) + " s and was stopped");
    }
  }
  for (size_t w = 0; w < jobs; ++w) pool.Stop(w, false);
}

}  // namespace redovis
