#include "batch/batch.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <deque>
#include <map>
#include <set>
#include <string_view>

namespace redovis {

namespace {

using Clock = std::chrono::steady_clock;

// --- framing: a message is a 4-byte little-endian length and its bytes ---

bool WriteAll(int fd, const char* data, size_t n) {
  while (n > 0) {
    ssize_t w = ::write(fd, data, n);
    if (w < 0 && errno == EINTR) continue;
    if (w <= 0) return false;
    data += w;
    n -= static_cast<size_t>(w);
  }
  return true;
}

bool ReadAll(int fd, char* data, size_t n) {
  while (n > 0) {
    ssize_t r = ::read(fd, data, n);
    if (r < 0 && errno == EINTR) continue;
    if (r <= 0) return false;
    data += r;
    n -= static_cast<size_t>(r);
  }
  return true;
}

/// The 4-byte little-endian length that opens every frame.
void PutLength(uint32_t n, char head[4]) {
  for (int i = 0; i < 4; ++i) head[i] = static_cast<char>(n >> (8 * i));
}

/// The length PutLength wrote into `head`.
uint32_t GetLength(const char head[4]) {
  uint32_t n = 0;
  for (int i = 0; i < 4; ++i)
    n |= static_cast<uint32_t>(static_cast<unsigned char>(head[i])) << (8 * i);
  return n;
}

bool SendMessage(int fd, const std::string& payload) {
  char head[4];
  PutLength(static_cast<uint32_t>(payload.size()), head);
  return WriteAll(fd, head, 4) && WriteAll(fd, payload.data(), payload.size());
}

bool ReceiveMessage(int fd, std::string* payload) {
  char head[4];
  if (!ReadAll(fd, head, 4)) return false;
  uint32_t n = GetLength(head);
  payload->resize(n);
  return n == 0 || ReadAll(fd, payload->data(), n);
}

/// Appends `bytes` to `out` as one frame, framed as SendMessage frames.
void AppendFrame(std::string* out, const std::string& bytes) {
  char head[4];
  PutLength(static_cast<uint32_t>(bytes.size()), head);
  out->append(head, 4);
  out->append(bytes);
}

/// Takes the next frame off the front of `in`; false when none is whole.
bool TakeFrame(std::string_view* in, std::string* bytes) {
  if (in->size() < 4) return false;
  uint32_t n = GetLength(in->data());
  if (in->size() - 4 < n) return false;
  bytes->assign(in->substr(4, n));
  in->remove_prefix(4 + n);
  return true;
}

/// The batch's form of extracted records: summaries and rendered output.
std::vector<BatchRecord> ToBatchRecords(const std::vector<Record>& records,
                                        const BatchOptions& options, const RecordWriter* renderer) {
  std::vector<BatchRecord> out;
  out.reserve(records.size());
  for (const Record& r : records)
    out.push_back(
        {r.Summary(options.summary_keys), renderer ? renderer->Render(r) : std::string()});
  return out;
}

/// The worker's answer: per report, a frame with its summary as JSON and a
/// frame with its rendered output.
std::string EncodeAnswer(const std::vector<BatchRecord>& records, const Catalogue& catalogue) {
  std::string out;
  for (const BatchRecord& r : records) {
    AppendFrame(&out, RecordToJson(r.summary, catalogue)
                          .dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace));
    AppendFrame(&out, r.rendered);
  }
  return out;
}

/// The inverse of EncodeAnswer; false when the answer is malformed.
bool DecodeAnswer(std::string_view answer, std::vector<BatchRecord>* records, std::string* error) {
  std::string summary, rendered;
  while (!answer.empty()) {
    if (!TakeFrame(&answer, &summary) || !TakeFrame(&answer, &rendered)) {
      *error = "a truncated answer";
      return false;
    }
    try {
      records->push_back(
          {RecordFromJson(nlohmann::ordered_json::parse(summary)), std::move(rendered)});
    } catch (const std::exception& e) {
      *error = e.what();
      return false;
    }
  }
  return true;
}

/// A request: "P" + path, or "B" + name + "\0" + bytes (standard input).
std::string Request(const std::string& path, const std::string& stdin_bytes) {
  if (path == "-") return "B-" + std::string(1, '\0') + stdin_bytes;
  return "P" + path;
}

/// The worker: reads requests, answers each with its reports' summaries and
/// rendered output (EncodeAnswer). Never returns.
[[noreturn]] void WorkerMain(const PatternSet& patterns, const BatchOptions& options,
                             const RecordWriter* renderer, int in, int out) {
  // AddressSanitizer reserves terabytes of address space for its shadow
  // memory, so an address-space limit would stop a sanitizer build at once.
#if defined(__SANITIZE_ADDRESS__)
  constexpr bool kAsan = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
  constexpr bool kAsan = true;
#else
  constexpr bool kAsan = false;
#endif
#else
  constexpr bool kAsan = false;
#endif
  if (options.max_memory_mb > 0 && !kAsan) {
    rlimit limit;
    limit.rlim_cur = limit.rlim_max = static_cast<rlim_t>(options.max_memory_mb) << 20;
    setrlimit(RLIMIT_AS, &limit);
  }
  Extractor extractor(patterns);
  std::string request;
  while (ReceiveMessage(in, &request)) {
    std::vector<Record> records;
    if (!request.empty() && request[0] == 'P') {
      records = extractor.ExtractFile(request.substr(1), options.extract);
    } else if (!request.empty() && request[0] == 'B') {
      size_t nul = request.find('\0');
      records = extractor.ExtractBytes(std::string_view(request).substr(nul + 1),
                                       request.substr(1, nul - 1), options.extract);
    }
    if (!SendMessage(
            out, EncodeAnswer(ToBatchRecords(records, options, renderer), patterns.catalogue())))
      break;
  }
  _exit(0);
}

/// A worker process and the requests sent to it and not yet answered,
/// oldest first. It reads them one at a time, so the oldest is the one it is
/// reading, and the others wait in the pipe.
struct Worker {
  pid_t pid = -1;
  int to = -1, from = -1;
  std::deque<size_t> in_flight;  ///< input indices, oldest first
  Clock::time_point deadline;    ///< when the oldest must be answered by
};

/// Requests a worker holds at once: the one it reads and the next, so that
/// it never waits for the parent between two files.
constexpr size_t kRequestsInFlight = 2;

/// How a worker process ended, for a message: "signal ..." or "exit N".
std::string HowItEnded(int status) {
  return WIFSIGNALED(status) ? std::string("signal ") + strsignal(WTERMSIG(status))
                             : "exit " + std::to_string(WEXITSTATUS(status));
}

Record Failed(const std::string& path, const std::string& code, const std::string& message) {
  Source s;
  s.file = path;
  return Extractor::Unreadable(s, code, message);
}

}  // namespace

Record RecordFromJson(const nlohmann::ordered_json& j) {
  Record r;
  const auto& src = j.at("source");
  r.source.file = src.value("file", "");
  r.source.sha256 = src.value("sha256", "");
  if (src.contains("format") && src["format"].is_string()) r.source.format = src["format"];
  if (src.contains("pages")) {
    r.source.first_page = src["pages"][0];
    r.source.last_page = src["pages"][1];
  }
  if (src.contains("lines")) {
    r.source.first_line = src["lines"][0];
    r.source.last_line = src["lines"][1];
  }
  r.source.encoding = src.value("encoding", "");
  r.status = j.value("status", "");
  if (j.contains("edition") && j["edition"].is_string()) r.edition = j["edition"];
  for (const auto& [key, v] : j.at("fields").items()) {
    r.asked.push_back(key);
    if (v.is_null()) continue;
    if (v.is_boolean())
      r.values[key] = Value::Bool(v.get<bool>());
    else if (v.is_number_integer())
      r.values[key] = Value::Int(v.get<int64_t>());
    else if (v.is_number())
      r.values[key] = Value::Decimal(v.get<double>());
    else if (v.is_string())
      r.values[key] = Value::Text(v.get<std::string>());
    else if (v.is_array())
      r.values[key] = Value::MakeList(v.get<std::vector<std::string>>());
  }
  for (const auto& [key, p] : j.at("provenance").items()) {
    Provenance pr;
    pr.page = p.value("page", 0);
    pr.line = p.value("line", 0);
    pr.rule = p.value("rule", "");
    pr.text = p.value("text", "");
    pr.origin = p.value("origin", "");
    pr.ocr = p.value("ocr", false);
    r.provenance[key] = pr;
  }
  for (const auto& f : j.at("findings")) {
    r.AddFinding(f.value("severity", ""), f.value("code", ""),
                 f.value("keys", std::vector<std::string>()), f.value("message", ""),
                 f.value("page", 0), f.value("line", 0), f.value("text", ""));
  }
  return r;
}

void BatchRunner::Run(const std::vector<std::string>& inputs, const std::string& stdin_bytes,
                      const RecordWriter* renderer,
                      const std::function<void(std::vector<BatchRecord>)>& sink,
                      const std::function<void(size_t, size_t)>& progress) const {
  const size_t total = inputs.size();
  auto extract_here = [&](Extractor& extractor, size_t i) {
    return ToBatchRecords(inputs[i] == "-"
                              ? extractor.ExtractBytes(stdin_bytes, "-", options_.extract)
                              : extractor.ExtractFile(inputs[i], options_.extract),
                          options_, renderer);
  };
  auto failed = [&](size_t i, const std::string& code, const std::string& message) {
    return ToBatchRecords({Failed(inputs[i], code, message)}, options_, renderer);
  };
  if (!options_.isolate) {
    Extractor extractor(patterns_);
    for (size_t i = 0; i < total; ++i) {
      sink(extract_here(extractor, i));
      progress(i + 1, total);
    }
    return;
  }
  signal(SIGPIPE, SIG_IGN);  // a dead worker's pipe must not kill the parent
  size_t jobs = static_cast<size_t>(std::max(1, options_.jobs));
  jobs = std::min(jobs, std::max<size_t>(1, total));
  std::vector<Worker> workers(jobs);
  auto spawn = [&](Worker* w) {
    int down[2], up[2];
    if (pipe2(down, O_CLOEXEC) != 0) return false;
    if (pipe2(up, O_CLOEXEC) != 0) {
      close(down[0]);
      close(down[1]);
      return false;
    }
    pid_t pid = fork();
    if (pid < 0) {
      close(down[0]);
      close(down[1]);
      close(up[0]);
      close(up[1]);
      return false;
    }
    if (pid == 0) {
      close(down[1]);
      close(up[0]);
      // Other workers' pipe ends must not stay open here, or they never see EOF.
      for (Worker& other : workers)
        if (&other != w && other.pid > 0) {
          close(other.to);
          close(other.from);
        }
      WorkerMain(patterns_, options_, renderer, down[0], up[1]);
    }
    close(down[0]);
    close(up[1]);
    w->pid = pid;
    w->to = down[1];
    w->from = up[0];
    return true;
  };
  auto retire = [&](Worker* w, bool kill_it) {
    if (w->pid > 0) {
      if (kill_it) kill(w->pid, SIGKILL);
      close(w->to);
      close(w->from);
      int status = 0;
      waitpid(w->pid, &status, 0);
      w->pid = -1;
      return status;
    }
    return 0;
  };

  for (Worker& w : workers)
    if (!spawn(&w)) w.pid = -1;

  const size_t window = jobs * 8;
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
  auto lose = [&](Worker* w, const std::string& code, const std::string& message) {
    const size_t oldest = w->in_flight.front();
    resend.insert(w->in_flight.begin() + 1, w->in_flight.end());
    w->in_flight.clear();
    finish(oldest, failed(oldest, code, message));
  };

  while (next_write < total) {
    // Hand out work (respawning workers that are gone): one request to each
    // worker with none; then, away from the batch's end, one more to each to
    // read next. Near the end a file waiting behind a slow one could keep
    // the batch going after the other workers are done.
    for (size_t depth = 1; depth <= kRequestsInFlight; ++depth) {
      for (Worker& w : workers) {
        if (w.in_flight.size() >= depth) continue;
        bool fresh = next_dispatch < total && next_dispatch < next_write + window;
        if (resend.empty() && !fresh) break;
        if (depth > 1 && (total - next_dispatch) + resend.size() <= jobs * kRequestsInFlight) break;
        if (w.pid < 0 && !spawn(&w)) continue;
        size_t index = next_dispatch;
        if (!resend.empty()) {
          index = *resend.begin();
          resend.erase(resend.begin());
        } else {
          ++next_dispatch;
        }
        if (w.in_flight.empty()) w.deadline = deadline_from(Clock::now());
        w.in_flight.push_back(index);
        if (!SendMessage(w.to, Request(inputs[index], stdin_bytes))) {
          int status = retire(&w, true);
          if (w.in_flight.size() == 1) {
            w.in_flight.clear();
            finish(index, failed(index, "crashed", "the reader process could not be reached"));
          } else {
            lose(&w, "crashed",
                 "the reader crashed on this file (" + HowItEnded(status) + "); the batch went on");
          }
        }
      }
    }
    bool any_busy = false;
    for (const Worker& w : workers) any_busy |= !w.in_flight.empty();
    if (!any_busy) {
      if (next_dispatch >= total && resend.empty()) break;
      bool alive = false;
      for (const Worker& w : workers) alive |= w.pid > 0;
      if (!alive) {
        // No worker can be started: read the rest in this process.
        Extractor extractor(patterns_);
        for (size_t i : resend) finish(i, extract_here(extractor, i));
        resend.clear();
        for (; next_dispatch < total; ++next_dispatch)
          finish(next_dispatch, extract_here(extractor, next_dispatch));
        break;
      }
      continue;
    }
    std::vector<pollfd> fds;
    std::vector<Worker*> owners;
    auto now = Clock::now();
    int wait_ms = -1;
    for (Worker& w : workers) {
      if (w.in_flight.empty()) continue;
      fds.push_back({w.from, POLLIN, 0});
      owners.push_back(&w);
      if (w.deadline != Clock::time_point::max()) {
        auto left = std::chrono::duration_cast<std::chrono::milliseconds>(w.deadline - now).count();
        int ms = static_cast<int>(std::max<int64_t>(0, left));
        wait_ms = wait_ms < 0 ? ms : std::min(wait_ms, ms);
      }
    }
    int n = poll(fds.data(), fds.size(), wait_ms);
    if (n < 0 && errno != EINTR) break;
    now = Clock::now();
    for (size_t k = 0; k < fds.size(); ++k) {
      Worker& w = *owners[k];
      if (fds[k].revents & (POLLIN | POLLHUP | POLLERR)) {
        std::string payload;
        if (ReceiveMessage(w.from, &payload)) {
          const size_t index = w.in_flight.front();
          w.in_flight.pop_front();
          w.deadline = deadline_from(now);  // the next one waiting begins now
          std::vector<BatchRecord> records;
          std::string error;
          if (!DecodeAnswer(payload, &records, &error))
            records = failed(index, "internal_error", "bad answer from the reader: " + error);
          finish(index, std::move(records));
        } else {
          int status = retire(&w, false);
          lose(&w, "crashed",
               "the reader crashed on this file (" + HowItEnded(status) + "); the batch went on");
        }
      } else if (now >= w.deadline) {
        retire(&w, true);
        lose(&w, "timeout",
             "reading took longer than " +
                 std::to_string(static_cast<int>(options_.timeout_seconds)) + " s and was stopped");
      }
    }
  }
  for (Worker& w : workers) retire(&w, false);
}

}  // namespace redovis
