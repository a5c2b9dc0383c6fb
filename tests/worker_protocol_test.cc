#include "batch/worker_protocol.h"

#include <doctest/doctest.h>
#include <unistd.h>

#include <fstream>

#include "test_paths.h"
#include "test_support.h"
#include "write/json_writer.h"

namespace worker_protocol_test {

using namespace redovis;

namespace {

/// A record with every member set and every kind of value.
Record Full() {
  Record r;
  r.source = {"dir/ä b.txt", "ab12", "pdf", 2, 5, 10, 90, "windows-1252", "inkorg.zip", "cd34"};
  r.status = "incomplete";
  r.edition = "po-2023";
  r.asked = {"report.year", "ombud.fte", "training.offered", "contact.city", "covid.effects"};
  r.values["report.year"] = Value::Int(-2023);
  r.values["ombud.fte"] = Value::Decimal(0.1);
  r.values["training.offered"] = Value::Bool(false);
  r.values["contact.city"] = Value::Text(std::string("a\0b", 3));
  r.values["covid.effects"] = Value::MakeList({"x", "", "y"});
  r.provenance["report.year"] = Provenance{3, 12, "po-2023.rules:5", "år 2023", "table 1", true};
  r.AddFinding("warning", "sum_mismatch", {"a", "b"}, "267 & 265", 4, 12, "Totalt\t267");
  r.AddFinding("info", "note", {}, "");
  return r;
}

void CheckSame(const Record& a, const Record& b) {
  CHECK(a.source.file == b.source.file);
  CHECK(a.source.sha256 == b.source.sha256);
  CHECK(a.source.format == b.source.format);
  CHECK(a.source.archive == b.source.archive);
  CHECK(a.source.archive_sha256 == b.source.archive_sha256);
  CHECK(a.source.first_page == b.source.first_page);
  CHECK(a.source.last_page == b.source.last_page);
  CHECK(a.source.first_line == b.source.first_line);
  CHECK(a.source.last_line == b.source.last_line);
  CHECK(a.source.encoding == b.source.encoding);
  CHECK(a.status == b.status);
  CHECK(a.edition == b.edition);
  CHECK(a.asked == b.asked);
  CHECK(a.values == b.values);
  REQUIRE(a.provenance.size() == b.provenance.size());
  for (const auto& [key, p] : a.provenance) {
    const Provenance& q = b.provenance.at(key);
    CHECK(p.page == q.page);
    CHECK(p.line == q.line);
    CHECK(p.rule == q.rule);
    CHECK(p.text == q.text);
    CHECK(p.origin == q.origin);
    CHECK(p.ocr == q.ocr);
  }
  REQUIRE(a.findings.size() == b.findings.size());
  for (size_t i = 0; i < a.findings.size(); ++i) {
    const Finding &f = a.findings[i], &g = b.findings[i];
    CHECK(f.severity == g.severity);
    CHECK(f.code == g.code);
    CHECK(f.keys == g.keys);
    CHECK(f.message == g.message);
    CHECK(f.page == g.page);
    CHECK(f.line == g.line);
    CHECK(f.text == g.text);
  }
}

}  // namespace

TEST_CASE("protocol: a record survives the trip, every member and every kind of value") {
  Record back;
  REQUIRE(DecodeRecord(EncodeRecord(Full()), &back).ok());
  CheckSame(Full(), back);
  CHECK(back.Get("ombud.fte").is_decimal());
  CHECK(back.Get("report.year").is_int());

  std::ifstream in(std::string(redovis::testing::SourceDir()) +
                   "/samples/001_6c9c6f8633700f23.txt");
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  auto recs = testing::ExtractText(text, "001.txt");
  REQUIRE(recs.size() == 1);
  REQUIRE(DecodeRecord(EncodeRecord(recs[0]), &back).ok());
  CheckSame(recs[0], back);
  const Catalogue& cat = testing::ProjectPatterns().catalogue();
  CHECK(RecordToJson(back, cat) == RecordToJson(recs[0], cat));
}

TEST_CASE("protocol: results and requests survive the trip") {
  std::vector<BatchRecord> sent = {{Full(), std::string("{\"a\":1}\n\0x", 10)}, {Record(), ""}};
  std::vector<BatchRecord> got;
  REQUIRE(DecodeResult(EncodeResult(sent), &got).ok());
  REQUIRE(got.size() == 2);
  CheckSame(sent[0].record, got[0].record);
  CHECK(got[0].rendered == sent[0].rendered);
  CheckSame(sent[1].record, got[1].record);
  REQUIRE(DecodeResult(EncodeResult({}), &got).ok());
  CHECK(got.empty());

  WorkerRequest request;
  REQUIRE(DecodeRequest(EncodeFileRequest("dir/a b.txt"), &request).ok());
  CHECK(request.path == "dir/a b.txt");
  CHECK(!request.has_bytes);
  std::string bytes("P\0B\xff", 4);
  REQUIRE(DecodeRequest(EncodeBytesRequest("-", bytes), &request).ok());
  CHECK(request.path == "-");
  CHECK(request.has_bytes);
  CHECK(request.bytes == bytes);
}

TEST_CASE("protocol: a progress note is told from every result, even one of no records") {
  CHECK(IsProgress(EncodeProgress()));
  CHECK(!IsProgress(EncodeResult({})));
  CHECK(!IsProgress(EncodeResult({{Full(), "x"}})));
  std::vector<BatchRecord> got;
  CHECK(!DecodeResult(EncodeProgress(), &got).ok());  // never misread as a result
}

TEST_CASE("protocol: every truncation of a message is refused, never misread") {
  std::string result = EncodeResult({{Full(), "rendered"}, {Full(), ""}});
  std::vector<BatchRecord> got;
  for (size_t n = 0; n < result.size(); ++n) {
    CAPTURE(n);
    Status s = DecodeResult(std::string_view(result).substr(0, n), &got);
    REQUIRE(s.code() == "protocol_error");
    CHECK(got.empty());
  }
  // Cut inside the rendered bytes of the last record.
  Status s = DecodeResult(std::string_view(result).substr(0, result.size() - 1), &got);
  CHECK(s.message() == "a malformed result: a rendered record at byte " +
                           std::to_string(result.size() - 4) + ": truncated");
  std::string request = EncodeBytesRequest("name", "bytes");
  WorkerRequest r;
  CHECK(DecodeRequest(std::string_view(request).substr(0, 3), &r).code() == "protocol_error");
  CHECK(DecodeRequest("", &r).code() == "protocol_error");
}

TEST_CASE("protocol: garbled messages are refused with where they went wrong") {
  std::vector<BatchRecord> got;
  std::string result = EncodeResult({{Full(), "x"}});
  // Bytes left over after the last record.
  Status s = DecodeResult(result + "!", &got);
  CHECK(s.code() == "protocol_error");
  CHECK(s.message().find("left over") != std::string::npos);
  // A count far beyond the message: refused before anything is allocated.
  std::string huge = result;
  huge[0] = huge[1] = huge[2] = huge[3] = '\xff';
  s = DecodeResult(huge, &got);
  CHECK(s.message().find("larger than the message") != std::string::npos);
  // An unknown value type.
  std::string record = EncodeRecord(Full());
  size_t at = record.rfind("contact.city");  // the value's key, after `asked`
  REQUIRE(at != std::string::npos);
  record[at + std::string("contact.city").size()] = 9;
  Record r;
  s = DecodeRecord(record, &r);
  CHECK(s.code() == "protocol_error");
  CHECK(s.message().find("unknown type") != std::string::npos);
  WorkerRequest request;
  CHECK(DecodeRequest("Xwhat", &request).code() == "protocol_error");
}

TEST_CASE("protocol: frames on a pipe, whole or cut short") {
  int fds[2];
  REQUIRE(pipe(fds) == 0);
  REQUIRE(SendFrame(fds[1], std::string("a\0b", 3)));
  REQUIRE(SendFrame(fds[1], ""));
  // A frame that says ten bytes and holds three.
  REQUIRE(write(fds[1], "\x0a\0\0\0abc", 7) == 7);
  close(fds[1]);
  std::string got;
  REQUIRE(ReceiveFrame(fds[0], &got));
  CHECK(got == std::string("a\0b", 3));
  REQUIRE(ReceiveFrame(fds[0], &got));
  CHECK(got.empty());
  CHECK(!ReceiveFrame(fds[0], &got));
  CHECK(!ReceiveFrame(fds[0], &got));  // end of file
  close(fds[0]);
}

}  // namespace worker_protocol_test
