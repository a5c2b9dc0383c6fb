// Tests of read/office/office_package: what the Word and OpenDocument
// readers share (opening the package, the part's event loop, notes given
// once, attribute numbers, the reader boundary).
#include "read/office/office_package.h"

#include <doctest/doctest.h>

#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace redovis::testing {
// Defined in zip_archive_test.cc.
std::string MakeZip(const std::vector<std::pair<std::string, std::string>>& files, bool store);
}  // namespace redovis::testing

namespace office_package_test {

using namespace redovis;
using redovis::testing::MakeZip;

namespace {

/// A parser for StreamPart that logs the events it gets and skips <skip>.
struct LoggingParser {
  LineBuilder* builder;
  std::vector<std::string> log;
  bool OnStart(XmlStream& x) {
    log.push_back("<" + std::string(x.local_name()));
    if (x.local_name() == "skip") return true;
    if (x.local_name() == "p") builder->BeginParagraph();
    return false;
  }
  void OnEnd() {
    log.push_back(">");
    builder->EndParagraph();
  }
  void OnText(std::string_view text) {
    log.push_back(std::string(text));
    builder->AddText(text);
  }
};

}  // namespace

TEST_CASE("office package: ParseCount reads small non-negative numbers") {
  CHECK(ParseCount("3", -1) == 3);
  CHECK(ParseCount("0", -1) == 0);
  CHECK(ParseCount(" 12", -1) == 12);
  CHECK(ParseCount("7pt", -1) == 7);
  CHECK(ParseCount("100000", -1) == 100000);
  CHECK(ParseCount("100001", -1) == -1);
  CHECK(ParseCount("-2", 1) == 1);
  CHECK(ParseCount("", 1) == 1);
  CHECK(ParseCount("x", 0) == 0);
  CHECK(ParseCount("99999999999999999999", 4) == 4);
}

TEST_CASE("office package: a note of each kind is given once") {
  Document d;
  OnceWarnings w(&d);
  w.TrackedChanges();
  w.Add("textbox", "first");
  w.TrackedChanges();
  w.Add("textbox", "second");
  w.Add("activex", "third");
  REQUIRE(d.warnings.size() == 3);
  CHECK(d.warnings[0] == "the document has tracked changes; they are read as accepted");
  CHECK(d.warnings[1] == "first");
  CHECK(d.warnings[2] == "third");
  // A second reader's notes are its own.
  Document other;
  OnceWarnings w2(&other);
  w2.Add("textbox", "again");
  CHECK(other.warnings.size() == 1);
}

TEST_CASE("office package: OpenPackage applies the options' zip limits") {
  std::string zip = MakeZip({{"a.xml", "<a/>"}, {"b.xml", "<b/>"}, {"c.xml", "<c/>"}}, true);
  std::unique_ptr<ZipArchive> archive;
  REQUIRE(OpenPackage(zip, ReadOptions(), &archive).ok());
  CHECK(archive->entry_count() == 3);
  ReadOptions few;
  few.max_zip_entries = 2;
  CHECK(OpenPackage(zip, few, &archive).code() == "zip_limits");
  ReadOptions small;
  small.max_part_bytes = 2;
  REQUIRE(OpenPackage(zip, small, &archive).ok());
  std::string part;
  CHECK(archive->Read("a.xml", &part).code() == "zip_limits");
  CHECK(OpenPackage("not a zip", ReadOptions(), &archive).code() == "not_a_zip");
}

TEST_CASE("office package: StreamPart hands events over and skips what the parser skips") {
  Document d;
  LineBuilder builder(&d);
  LoggingParser parser{&builder, {}};
  std::string xml = "<r><p>one</p><skip><p>hidden</p>gone</skip><p>two</p></r>";
  REQUIRE(StreamPart(xml, "part.xml", 16, &builder, &parser).ok());
  std::vector<std::string> want = {"<r", "<p", "one", ">", "<skip", "<p", "two", ">", ">"};
  CHECK(parser.log == want);
  REQUIRE(d.lines.size() == 2);  // finished: lines numbered
  CHECK(d.lines[0].cells[0].text == "one");
  CHECK(d.lines[1].cells[0].text == "two");
  CHECK(d.lines[1].number == 2);
}

TEST_CASE("office package: StreamPart returns the part's XML errors") {
  Document d;
  LineBuilder builder(&d);
  LoggingParser parser{&builder, {}};
  Status s = StreamPart("<r><p>one</r>", "word/document.xml", 16, &builder, &parser);
  CHECK(s.code() == "xml_error");
  CHECK(s.message().find("word/document.xml") != std::string::npos);
  Document d2;
  LineBuilder b2(&d2);
  LoggingParser p2{&b2, {}};
  CHECK(StreamPart("<a><a><a><a/></a></a></a>", "x.xml", 3, &b2, &p2).code() == "xml_too_deep");
}

TEST_CASE("office package: ReadAtBoundary turns exceptions into a typed status") {
  Document d;
  d.lines.emplace_back();
  Status s = ReadAtBoundary("docx", "Word document", &d, [&]() -> Status {
    d.lines.emplace_back();
    throw std::runtime_error("boom");
  });
  CHECK(s.code() == "corrupt");
  CHECK(s.message() == "the Word document could not be read: boom");
  CHECK(d.lines.empty());
  CHECK(d.format == "docx");
  s = ReadAtBoundary("odt", "OpenDocument file", &d, []() -> Status { throw std::bad_alloc(); });
  CHECK(s.code() == "out_of_memory");
  CHECK(d.format == "odt");
  s = ReadAtBoundary("odt", "OpenDocument file", &d,
                     []() { return Status::Error("missing_part", "no content.xml"); });
  CHECK(s.code() == "missing_part");
}

}  // namespace office_package_test
