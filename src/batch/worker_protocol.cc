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
    Items(list, [this](const std::string& s) { Str(s); });
  }
  /// A member of a record's part (HeadMembers, ProvenanceMembers,
  /// FindingMembers): a number as 8 bytes, a flag as a byte.
  void Member(const std::string& s, const char*) { Str(s); }
  void Member(int n, const char*) { I64(n); }
  void Member(bool b, const char*) { Byte(b ? 1 : 0); }
  void Member(const std::vector<std::string>& list, const char*) { Strings(list); }
  /// A counted list: the number of `items`, then `put` of each.
  template <typename List, typename Put>
  void Items(const List& items, Put put) {
    U32(static_cast<uint32_t>(items.size()));
    for (const auto& item : items) put(item);
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
    std::vector<std::string> list;
    Items(what, 4, [&] { list.push_back(Str(what)); });
    return list;
  }
  /// What Encoder::Member wrote, into `*to`.
  void Member(std::string& to, const char* what) { to = Str(what); }
  void Member(int& to, const char* what) { to = Int(what); }
  void Member(bool& to, const char* what) { to = Byte(what) != 0; }
  void Member(std::vector<std::string>& to, const char* what) { to = Strings(what); }
  /// What Encoder::Items wrote: the count (Count, each item at least
  /// `min_bytes`), then `get` once an item while nothing has failed.
  template <typename Get>
  void Items(const char* what, size_t min_bytes, Get get) {
    for (uint32_t n = Count(what, min_bytes); n > 0 && ok(); --n) get();
  }
  /// How reading a message of kind `what` ("request") went: a
  /// "protocol_error" saying where it failed, or ok.
  Status Read(const char* what) const {
    if (ok()) return Status();
    return Status::Error("protocol_error", std::string("a malformed ") + what + ": " + error_);
  }
  /// Read, for a message that ends where its last member does: bytes left
  /// over after it are a failure too.
  Status Whole(const char* what) {
    if (ok() && !at_end()) Fail(("the end of a " + std::string(what)).c_str(), "bytes left over");
    return Read(what);
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

// --- each part of a record as the binary form holds it: its members in
// order, listed once for both directions (an Encoder writes each member, a
// Decoder reads into it; `what` names the member in a decoder's error) ---

template <typename IO, typename R>  // R: Record or const Record
void HeadMembers(IO& io, R& r) {
  io.Member(r.source.file, "source.file");
  io.Member(r.source.sha256, "source.sha256");
  io.Member(r.source.format, "source.format");
  io.Member(r.source.first_page, "source.first_page");
  io.Member(r.source.last_page, "source.last_page");
  io.Member(r.source.first_line, "source.first_line");
  io.Member(r.source.last_line, "source.last_line");
  io.Member(r.source.encoding, "source.encoding");
  io.Member(r.source.archive, "source.archive");
  io.Member(r.source.archive_sha256, "source.archive_sha256");
  io.Member(r.status, "status");
  io.Member(r.edition, "edition");
  io.Member(r.asked, "asked");
}

template <typename IO, typename P>  // P: Provenance or const Provenance
void ProvenanceMembers(IO& io, P& p) {
  io.Member(p.page, "provenance.page");
  io.Member(p.line, "provenance.line");
  io.Member(p.rule, "provenance.rule");
  io.Member(p.text, "provenance.text");
  io.Member(p.origin, "provenance.origin");
  io.Member(p.ocr, "provenance.ocr");
  io.Member(p.ocr_confidence, "provenance.ocr_confidence");
}

template <typename IO, typename F>  // F: Finding or const Finding
void FindingMembers(IO& io, F& f) {
  io.Member(f.severity, "finding.severity");
  io.Member(f.code, "finding.code");
  io.Member(f.keys, "finding.keys");
  io.Member(f.message, "finding.message");
  io.Member(f.page, "finding.page");
  io.Member(f.line, "finding.line");
  io.Member(f.text, "finding.text");
  io.Member(f.origin, "finding.origin");
  io.Member(f.label, "finding.label");
  io.Member(f.where, "finding.where");
}

void PutRecord(Encoder& e, const Record& r) {
  HeadMembers(e, r);
  e.Items(r.values, [&](const auto& kv) {
    e.Str(kv.first);
    PutValue(e, kv.second);
  });
  e.Items(r.provenance, [&](const auto& kv) {
    e.Str(kv.first);
    ProvenanceMembers(e, kv.second);
  });
  e.Items(r.findings, [&](const Finding& f) { FindingMembers(e, f); });
}

Record GetRecord(Decoder& d) {
  Record r;
  HeadMembers(d, r);
  d.Items("values", 5, [&] {
    std::string key = d.Str("a value's key");
    Value v = GetValue(d);
    if (d.ok() && !v.is_null()) r.values[key] = std::move(v);
  });
  d.Items("provenance", 41, [&] {
    std::string key = d.Str("a provenance key");
    Provenance p;
    ProvenanceMembers(d, p);
    if (d.ok()) r.provenance[key] = std::move(p);
  });
  d.Items("findings", 48, [&] {
    Finding f;
    FindingMembers(d, f);
    if (d.ok()) r.findings.push_back(std::move(f));
  });
  return r;
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
  if (Status s = d.Read("request"); !s.ok()) return s;
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
  if (Status s = d.Whole("record"); !s.ok()) return s;
  *out = std::move(r);
  return Status();
}

std::string EncodeResult(const std::vector<BatchRecord>& records) {
  std::string out;
  Encoder e(&out);
  e.Items(records, [&](const BatchRecord& r) {
    PutRecord(e, r.record);
    e.Str(r.rendered);
  });
  return out;
}

std::string EncodeProgress() {
  return std::string();
}

bool IsProgress(std::string_view message) {
  return message.empty();
}

Status DecodeResult(std::string_view message, std::vector<BatchRecord>* out) {
  out->clear();
  Decoder d(message);
  std::vector<BatchRecord> records;
  // A record takes at least 60 bytes (its fixed-size members).
  d.Items("the number of records", 60, [&] {
    BatchRecord r;
    r.record = GetRecord(d);
    r.rendered = d.Str("a rendered record");
    records.push_back(std::move(r));
  });
  if (Status s = d.Whole("result"); !s.ok()) return s;
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
