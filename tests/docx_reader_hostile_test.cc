// The Word reader against hostile and broken files: bombs, entities, depth,
// limits, truncation, each refused with its exact code and nothing on
// stderr. (Their times are measured in bench/run.sh, never here.)
#include <doctest/doctest.h>

#include <string>
#include <utility>
#include <vector>

#include "docx_test_support.h"
#include "read/office/docx_reader.h"
#include "redovis/readers.h"
#include "test_support.h"

namespace docx_reader_hostile_test {

using namespace redovis;
using redovis::testing::CaptureStderr;
using namespace redovis::testing::docx;
using redovis::testing::MakeZip;
using redovis::testing::OfficeTestFile;

TEST_CASE("docx: hostile and broken files give their exact codes and silently") {
  struct Case {
    const char* file;
    const char* code;
  } cases[] = {
      {"empty.docx", "not_a_zip"},          {"random.docx", "not_a_zip"},
      {"truncated.docx", "not_a_zip"},      {"not_a_zip.docx", "not_a_zip"},
      {"no_document.docx", "missing_part"}, {"bomb.docx", "zip_bomb"},
      {"encrypted.docx", "encrypted"},      {"xxe.docx", "xml_dtd"},
      {"billion_laughs.docx", "xml_dtd"},   {"deep.docx", "xml_too_deep"},
      {"invalid_xml.docx", "xml_error"},
  };
  for (const Case& k : cases) {
    std::string file = k.file;
    CAPTURE(file);
    std::string bytes = OfficeTestFile(k.file);
    std::string code;
    std::string err = CaptureStderr([&] { code = Code(bytes); });
    CHECK(code == k.code);
    CHECK(err.empty());
  }
}

TEST_CASE("docx: a 2.2 MB deeply nested document.xml is xml_too_deep, deflated or stored") {
  // Deflated it is 400:1, a ratio XML reaches honestly; it is no bomb, and the
  // depth error carries redovis's own words, not libxml2's advice.
  std::string nested;
  while (nested.size() < 1100000) nested += "<w:sdt><w:sdtContent>";
  nested += P(R("djup"));
  std::string close;
  while (close.size() + nested.size() < 2200000) close += "</w:sdtContent></w:sdt>";
  std::string xml = DocumentXml(nested + close);
  for (bool store : {false, true}) {
    CAPTURE(store);
    std::string bytes =
        MakeZip({{"[Content_Types].xml", "<Types/>"}, {"word/document.xml", xml}}, store);
    if (!store) CHECK(xml.size() > 200 * bytes.size());
    Document d;
    Status s = ReadDocx(bytes, ReadOptions(), &d);
    CHECK(s.code() == "xml_too_deep");
    CHECK(s.message().find("word/document.xml") != std::string::npos);
    CHECK(s.message().find("deeper than the limit of 256 levels") != std::string::npos);
    CHECK(s.message().find("XML_PARSE_HUGE") == std::string::npos);
  }
}

TEST_CASE("docx: a zip with 10000 entries is zip_limits") {
  std::vector<std::pair<std::string, std::string>> files = {
      {"word/document.xml", DocumentXml(P(R("många")))}};
  for (int i = 0; i < 10000; ++i) files.emplace_back("word/media/" + std::to_string(i), "");
  CHECK(Code(MakeZip(files, true)) == "zip_limits");
}

TEST_CASE("docx: an external entity never reaches the text") {
  Document d;
  Status s = ReadDocx(OfficeTestFile("xxe.docx"), ReadOptions(), &d);
  CHECK(s.code() == "xml_dtd");
  CHECK(s.message().find("root:") == std::string::npos);
  CHECK(d.lines.empty());
}

TEST_CASE("docx: malformed XML reports libxml2's message") {
  Document d;
  Status s = ReadDocx(OfficeTestFile("invalid_xml.docx"), ReadOptions(), &d);
  CHECK(s.code() == "xml_error");
  CHECK(s.message().find("word/document.xml") != std::string::npos);
  CHECK(s.message().find("mismatch") != std::string::npos);
}

TEST_CASE("docx: the depth limit follows ReadOptions") {
  std::string nested;
  for (int i = 0; i < 40; ++i) nested += "<w:sdt><w:sdtContent>";
  nested += P(R("djup"));
  for (int i = 0; i < 40; ++i) nested += "</w:sdtContent></w:sdt>";
  ReadOptions tight;
  tight.max_xml_depth = 30;
  CHECK(Code(DocxBytes(nested), tight) == "xml_too_deep");
  CHECK(Read(nested).lines[0].cells[0].text == "djup");
}

TEST_CASE("docx: the reader limits follow ReadOptions") {
  ReadOptions o;
  o.max_zip_entries = 1;
  CHECK(Code(DocxBytes(P(R("x")))) == "");
  CHECK(Code(DocxBytes(P(R("x"))), o) == "zip_limits");
  ReadOptions p;
  p.max_part_bytes = 100;
  CHECK(Code(DocxBytes(P(R(std::string(1000, 'x')))), p) == "zip_limits");
}

TEST_CASE("docx: the document reader sniffs and dispatches Word files") {
  Document d;
  CHECK(ReadDocument(OfficeTestFile("empty.docx"), "x.docx", ReadOptions(), &d).code() ==
        "empty_file");
  CHECK(ReadDocument(OfficeTestFile("random.docx"), "x.docx", ReadOptions(), &d).code() ==
        "wrong_format");
  CHECK(ReadDocument(OfficeTestFile("truncated.docx"), "x.docx", ReadOptions(), &d).code() ==
        "not_a_zip");
  CHECK(ReadDocument(OfficeTestFile("bomb.docx"), "x.docx", ReadOptions(), &d).code() ==
        "zip_bomb");
  REQUIRE(ReadDocument(DocxBytes(P(R("Hej"))), "x.docx", ReadOptions(), &d).ok());
  CHECK(d.format == "docx");
}

// -------------------------------------------------------------- XmlStream

}  // namespace docx_reader_hostile_test
