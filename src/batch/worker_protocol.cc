#include "batch/worker_protocol.h"

#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <cstdint>
#include <cstring>
#include <limits>

namespace redovis {

namespace {

// --- the binary form: little-endian integers, strings as length + bytes ---

class Encoder {
 public:
  explicit Encoder(std::string* out) : out_(out) {}
  void Byte(uint8_t b) { out_->push_back(static_cast<char>(b)); }
  void U32(uint32_t n) { Little(n, 4); }
  void I64(int64_t v) { Little(static_cast<uint64_t>(v), 8); }
  void F64(double v) {
    int64_t bits;
    std::memcpy(&bits, &v, sizeof bits);
    I64(bits);
  }
  void Str(std::string_view s) {
    U32(static_cast<uint32_t>(s.size()));
    out_->append(s);
  }
  void Strings(const std::vector<std::string>& list) {
    U32(static_cast<uint32_t>(list.size()));
    for (const std::string& s : list) Str(s);
  }

 private:
  /// The low `bytes` bytes of `n`, least significant first.
  void Little(uint64_t n, int bytes) {
    char b[8];
    for (int i = 0; i < bytes; ++i) b[i] = static_cast<char>(static_cast<uint8_t>(n >> (8 * i)));
    out_->append(b, static_cast<size_t>(bytes));
  }

  std::string* out_;
};

/// Reads what Encoder wrote. The first failure sticks: later reads give
/// zeros and `error()` names what was being read and the offset.
class Decoder {
 public:
  explicit Decoder(std::string_view in) : in_(in) {}
  bool ok() const { return error_.empty(); }
  const std::string& error() const { return error_; }
  bool at_end() const { return at_ == in_.size(); }
  size_t offset() const { return at_; }

  uint8_t Byte(const char* what) {
    if (!Need(1, what)) return 0;
    return static_cast<uint8_t>(in_[at_++]);
  }
  uint32_t U32(const char* what) { return static_cast<uint32_t>(Little(4, what)); }
  int64_t I64(const char* what) { return static_cast<int64_t>(Little(8, what)); }
  int Int(const char* what) {
    int64_t v = I64(what);
    if (v < std::numeric_limits<int>::min() || v > std::numeric_limits<int>::max()) {
      Fail(what, "out of range");
      return 0;
    }
    return static_cast<int>(v);
  }
  double F64(const char* what) {
    int64_t bits = I64(what);
    double v;
    std::memcpy(&v, &bits, sizeof v);
    return v;
  }
  std::string Str(const char* what) {
    uint32_t n = U32(what);
    if (!Need(n, what)) return std::string();
    std::string s(in_.substr(at_, n));
    at_ += n;
    return s;
  }
  /// A count of items that each take at least `min_bytes`: refused when
  /// more than what is left could hold, so a garbled count allocates nothing.
  uint32_t Count(const char* what, size_t min_bytes) {
    uint32_t n = U32(what);
    if (ok() && n > (in_.size() - at_) / min_bytes) {
      Fail(what, "a count of " + std::to_string(n) + " larger than the message");
      return 0;
    }
    return n;
  }
  std::vector<std::string> Strings(const char* what) {
    std::vector<std::string> list(Count(what, 4));
    for (std::string& s : list) s = Str(what);
    return list;
  }
  void Fail(const char* what, const std::string& why) {
    if (error_.empty()) error_ = std::string(what) + " at byte " + std::to_string(at_) + ": " + why;
  }

 private:
  bool Need(size_t n, const char* what) {
    if (!ok()) return false;
    if (in_.size() - at_ < n) {
      Fail(what, "truncated");
      return false;
    }
    return true;
  }
  /// The next `bytes` bytes as an unsigned number, least significant first; 0 when short.
  uint64_t Little(size_t bytes, const char* what) {
    if (!Need(bytes, what)) return 0;
    uint64_t n = 0;
    for (size_t i = 0; i < bytes; ++i)
      n |= static_cast<uint64_t>(static_cast<uint8_t>(in_[at_ + i])) << (8 * i);
    at_ += bytes;
    return n;
  }
  std::string_view in_;
  size_t at_ = 0;
  std::string error_;
};

enum ValueTag : uint8_t { kNull = 0, kInt = 1, kDecimal = 2, kBool = 3, kText = 4, kList = 5 };

void PutValue(Encoder& e, const Value& v) {
  if (v.is_int()) {
    e.Byte(kInt);
    e.I64(v.as_int());
  } else if (v.is_decimal()) {
    e.Byte(kDecimal);
    e.F64(v.as_decimal());
  } else if (v.is_bool()) {
    e.Byte(kBool);
    e.Byte(v.as_bool() ? 1 : 0);
  } else if (v.is_text()) {
    e.Byte(kText);
    e.Str(v.as_text());
  } else if (v.is_list()) {
    e.Byte(kList);
    e.Strings(v.as_list());
  } else {
    e.Byte(kNull);
  }
}

Value GetValue(Decoder& d) {
  switch (d.Byte("a value's type")) {
    case kNull:
      return Value();
    case kInt:
      return Value::Int(d.I64("an int value"));
    case kDecimal:
      return Value::Decimal(d.F64("a decimal value"));
    case kBool:
      return Value::Bool(d.Byte("a bool value") != 0);
    case kText:
      return Value::Text(d.Str("a text value"));
    case kList:
      return Value::MakeList(d.Strings("a list value"));
    default:
      d.Fail("a value's type", "unknown type");
      return Value();
  }
}

void PutRecord(Encoder& e, const Record& r) {
  e.Str(r.source.file);
  e.Str(r.source.sha256);
  e.Str(r.source.format);
  e.I64(r.source.first_page);
  e.I64(r.source.last_page);
  e.I64(r.source.first_line);
  e.I64(r.source.last_line);
  e.Str(r.source.encoding);
  e.Str(r.status);
  e.Str(r.edition);
  e.Strings(r.asked);
  e.U32(static_cast<uint32_t>(r.values.size()));
  for (const auto& [key, value] : r.values) {
    e.Str(key);
    PutValue(e, value);
  }
  e.U32(static_cast<uint32_t>(r.provenance.size()));
  for (const auto& [key, p] : r.provenance) {
    e.Str(key);
    e.I64(p.page);
    e.I64(p.line);
    e.Str(p.rule);
    e.Str(p.text);
    e.Str(p.origin);
    e.Byte(p.ocr ? 1 : 0);
    e.I64(p.ocr_confidence);
  }
  e.U32(static_cast<uint32_t>(r.findings.size()));
  for (const Finding& f : r.findings) {
    e.Str(f.severity);
    e.Str(f.code);
    e.Strings(f.keys);
    e.Str(f.message);
    e.I64(f.page);
    e.I64(f.line);
    e.Str(f.text);
    e.Str(f.origin);
    e.Str(f.label);
    e.Str(f.where);
  }
}

Record GetRecord(Decoder& d) {
  Record r;
  r.source.file = d.Str("source.file");
  r.source.sha256 = d.Str("source.sha256");
  r.source.format = d.Str("source.format");
  r.source.first_page = d.Int("source.first_page");
  r.source.last_page = d.Int("source.last_page");
  r.source.first_line = d.Int("source.first_line");
  r.source.last_line = d.Int("source.last_line");
  r.source.encoding = d.Str("source.encoding");
  r.status = d.Str("status");
  r.edition = d.Str("edition");
  r.asked = d.Strings("asked");
  for (uint32_t n = d.Count("values", 5); n > 0 && d.ok(); --n) {
    std::string key = d.Str("a value's key");
    Value v = GetValue(d);
    if (d.ok() && !v.is_null()) r.values[key] = std::move(v);
  }
  for (uint32_t n = d.Count("provenance", 41); n > 0 && d.ok(); --n) {
    std::string key = d.Str("a provenance key");
    Provenance p;
    p.page = d.Int("provenance.page");
    p.line = d.Int("provenance.line");
    p.rule = d.Str("provenance.rule");
    p.text = d.Str("provenance.text");
    p.origin = d.Str("provenance.origin");
    p.ocr = d.Byte("provenance.ocr") != 0;
    p.ocr_confidence = d.Int("provenance.ocr_confidence");
    if (d.ok()) r.provenance[key] = std::move(p);
  }
  for (uint32_t n = d.Count("findings", 48); n > 0 && d.ok(); --n) {
    Finding f;
    f.severity = d.Str("finding.severity");
    f.code = d.Str("finding.code");
    f.keys = d.Strings("finding.keys");
    f.message = d.Str("finding.message");
    f.page = d.Int("finding.page");
    f.line = d.Int("finding.line");
    f.text = d.Str("finding.text");
    f.origin = d.Str("finding.origin");
    f.label = d.Str("finding.label");
    f.where = d.Str("finding.where");
    if (d.ok()) r.findings.push_back(std::move(f));
  }
  return r;
}

Status Garbled(const char* what, const Decoder& d) {
  return Status::Error("protocol_error", std::string("a malformed ") + what + ": " + d.error());
}

// A request opens with one of these bytes.
constexpr char kFileRequest = 'P';
constexpr char kBytesRequest = 'B';

/// Writes all of `data`: on a socket without raising SIGPIPE when the other
/// end is gone (the write fails instead), on anything else with write(2).
bool WriteAll(int fd, const char* data, size_t n) {
  bool socket = true;
  while (n > 0) {
    ssize_t w = socket ? ::send(fd, data, n, MSG_NOSIGNAL) : ::write(fd, data, n);
    if (w < 0 && socket && errno == ENOTSOCK) {
      socket = false;
      continue;
    }
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

}  // namespace

std::string EncodeFileRequest(const std::string& path) {
  return kFileRequest + path;
}

std::string EncodeBytesRequest(const std::string& name, std::string_view bytes) {
  std::string out;
  out.reserve(bytes.size() + name.size() + 8);
  out += kBytesRequest;
  Encoder(&out).Str(name);
  out.append(bytes);
  return out;
}

Status DecodeRequest(std::string_view message, WorkerRequest* out) {
  *out = WorkerRequest();
  if (message.empty()) return Status::Error("protocol_error", "an empty request");
  if (message[0] == kFileRequest) {
    out->path.assign(message.substr(1));
    return Status();
  }
  if (message[0] != kBytesRequest)
    return Status::Error("protocol_error", "a request of unknown kind");
  Decoder d(message.substr(1));
  out->path = d.Str("the name of a request's bytes");
  if (!d.ok()) return Garbled("request", d);
  out->has_bytes = true;
  out->bytes.assign(message.substr(1 + d.offset()));
  return Status();
}

std::string EncodeRecord(const Record& record) {
  std::string out;
  Encoder e(&out);
  PutRecord(e, record);
  return out;
}

Status DecodeRecord(std::string_view message, Record* out) {
  Decoder d(message);
  Record r = GetRecord(d);
  if (d.ok() && !d.at_end()) d.Fail("the end of a record", "bytes left over");
  if (!d.ok()) return Garbled("record", d);
  *out = std::move(r);
  return Status();
}

std::string EncodeResult(const std::vector<BatchRecord>& records) {
  std::string out;
  Encoder e(&out);
  e.U32(static_cast<uint32_t>(records.size()));
  for (const BatchRecord& r : records) {
    PutRecord(e, r.record);
    e.Str(r.rendered);
  }
  return out;
}

Status DecodeResult(std::string_view message, std::vector<BatchRecord>* out) {
  out->clear();
  Decoder d(message);
  // A record takes at least 60 bytes (its fixed-size members).
  uint32_t n = d.Count("the number of records", 60);
  std::vector<BatchRecord> records;
  for (uint32_t i = 0; i < n && d.ok(); ++i) {
    BatchRecord r;
    r.record = GetRecord(d);
    r.rendered = d.Str("a rendered record");
    records.push_back(std::move(r));
  }
  if (d.ok() && !d.at_end()) d.Fail("the end of a result", "bytes left over");
  if (!d.ok()) return Garbled("result", d);
  *out = std::move(records);
  return Status();
}

bool SendFrame(int fd, std::string_view payload) {
  if (payload.size() > std::numeric_limits<uint32_t>::max()) return false;
  std::string head;
  Encoder(&head).U32(static_cast<uint32_t>(payload.size()));
  return WriteAll(fd, head.data(), head.size()) && WriteAll(fd, payload.data(), payload.size());
}

bool ReceiveFrame(int fd, std::string* payload) {
  char head[4];
  if (!ReadAll(fd, head, 4)) return false;
  uint32_t n = Decoder(std::string_view(head, 4)).U32("a frame's length");
  payload->resize(n);
  return n == 0 || ReadAll(fd, payload->data(), n);
}

}  // namespace redovis
