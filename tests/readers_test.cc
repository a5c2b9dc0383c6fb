// Tests of readers.cc: SniffFormat, ReadDocument's dispatch, FormatName and
// the readable extensions, all served by the reader registry.
#include "redovis/readers.h"

#include <doctest/doctest.h>

#include <map>
#include <string>
#include <utility>
#include <vector>

#include "read/registry.h"
#include "test_paths.h"
#include "test_support.h"

namespace redovis::testing {
// Defined in zip_archive_test.cc.
std::string MakeZip(const std::vector<std::pair<std::string, std::string>>& files, bool store);
}  // namespace redovis::testing

namespace readers_test {

using namespace redovis;
using redovis::testing::MakeZip;
using redovis::testing::SampleFile;

TEST_CASE("readers: a directory walk reads the readable extensions and .zip, in any case") {
  for (const char* ext : {".pdf", ".DOCX", ".txt", ".zip", ".ZIP", ".Zip"})
    CHECK_MESSAGE(IsWalkedExtension(ext), ext);
  for (const char* ext : {".xlsx", ".zi", ".zipx", "", ".jpg"})
    CHECK_FALSE_MESSAGE(IsWalkedExtension(ext), ext);
  CHECK_FALSE(IsReadableExtension(".zip"));  // a zip is read file by file, not by a reader
}

TEST_CASE("readers: the readable extensions are the registry's") {
  std::vector<std::string> want = {".doc", ".docm", ".docx", ".dotm", ".dotx", ".fodt",
                                   ".odt", ".ott",  ".pdf",  ".rtf",  ".text", ".txt"};
  CHECK(ReadableExtensions() == want);
  for (const std::string& ext : want) {
    CHECK(IsReadableExtension(ext));
    std::string upper = ext;
    for (char& c : upper) c = static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
    CHECK(IsReadableExtension(upper));
  }
  for (const char* ext : {"", ".", ".html", ".zip", "txt", ".txt.gz", "x.txt", ".tx", ".pdfx"})
    CHECK_FALSE(IsReadableExtension(ext));
}

TEST_CASE("readers: every registered extension is readable") {
  // A sample of each format that has extensions; a new format needs one here.
  const std::map<std::string, std::string> samples = {
      {"pdf", "003_9905a62abaf84389.pdf"},
      {"docx", "003_9905a62abaf84389.docx"},
      {"odt", "003_9905a62abaf84389.odt"},
      {"text", "003_9905a62abaf84389.txt"},
      {"doc", "003_9905a62abaf84389.word97.doc"},
      {"rtf", "003_9905a62abaf84389.richtext.rtf"},
      {"fodt", "../tests/data/renderings/003_9905a62abaf84389.lo-fodt.fodt"},
  };
  ReadOptions options;
  options.ocr = "never";
  for (const ReaderEntry& r : Readers()) {
    for (std::string_view ext : r.extensions) {
      INFO(r.name, " ", ext);
      auto it = samples.find(r.name);
      REQUIRE_MESSAGE(it != samples.end(), "add a sample of this format to the test");
      std::string bytes = SampleFile(it->second);
      REQUIRE(!bytes.empty());
      std::string name = "inbox/report" + std::string(ext);
      CHECK(SniffFormat(bytes, name) == r.format);
      Document d;
      Status s = ReadDocument(bytes, name, options, &d);
      CHECK_MESSAGE(s.ok(), s.ToString());
      CHECK(d.format == r.name);
      CHECK(FormatName(r.format) == std::string(r.name));
    }
  }
}

TEST_CASE("readers: the content decides, whatever the name") {
  std::string pdf = SampleFile("003_9905a62abaf84389.pdf");
  std::string docx = SampleFile("003_9905a62abaf84389.docx");
  std::string odt = SampleFile("003_9905a62abaf84389.odt");
  CHECK(SniffFormat(pdf, "x.txt") == InputFormat::kPdf);
  CHECK(SniffFormat(docx, "x.odt") == InputFormat::kDocx);
  CHECK(SniffFormat(odt, "x.docx") == InputFormat::kOdt);
  CHECK(SniffFormat(odt, "no-extension") == InputFormat::kOdt);
  CHECK(SniffFormat("", "x.pdf") == InputFormat::kEmpty);
  CHECK(SniffFormat("hello", "x.pdf") == InputFormat::kText);
  CHECK(FormatName(InputFormat::kEmpty) == std::string("empty"));
  CHECK(FormatName(InputFormat::kZip) == std::string("zip"));
  CHECK(FormatName(InputFormat::kBinary) == std::string("binary"));
  CHECK(FormatName(InputFormat::kUnknown) == std::string("unknown"));
  CHECK(FormatName(InputFormat::kOle2) == std::string("doc"));
}

TEST_CASE("readers: a zip with no mark of its format goes by its name") {
  std::string zip = MakeZip({{"other.xml", "<a/>"}}, true);
  CHECK(SniffFormat(zip, "x.odt") == InputFormat::kOdt);
  CHECK(SniffFormat(zip, "X.DOCX") == InputFormat::kDocx);
  CHECK(SniffFormat(zip, "x.zip") == InputFormat::kZip);
  CHECK(SniffFormat(zip, "x.txt") == InputFormat::kZip);
  Document d;
  Status s = ReadDocument(zip, "x.odt", ReadOptions(), &d);
  CHECK(s.code() == "missing_part");
  CHECK(s.message().find("content.xml") != std::string::npos);
  s = ReadDocument(zip, "x.zip", ReadOptions(), &d);  // read as Word, which says what is missing
  CHECK(s.code() == "missing_part");
  CHECK(s.message().find("word/document.xml") != std::string::npos);
  // What is left of a zip: the zip readers report it when the name says zip-packed.
  std::string damaged = "PK garbage that is no zip";
  CHECK(SniffFormat(damaged, "x.docx") == InputFormat::kZip);
  CHECK(SniffFormat(damaged, "x.odt") == InputFormat::kZip);
  CHECK(SniffFormat(damaged, "x.txt") == InputFormat::kText);
  CHECK(ReadDocument(damaged, "x.odt", ReadOptions(), &d).code() == "not_a_zip");
  CHECK(ReadDocument(damaged, "x.docx", ReadOptions(), &d).code() == "not_a_zip");
}

TEST_CASE("readers: what cannot be read says why") {
  Document d;
  CHECK(ReadDocument("", "x.txt", ReadOptions(), &d).code() == "empty_file");
  std::string ole2 = std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + std::string(100, '\0');
  CHECK(SniffFormat(ole2, "x.docx") == InputFormat::kOle2);
  CHECK(ReadDocument(ole2, "x.docx", ReadOptions(), &d).code() == "legacy_word");
  for (const char* name : {"report.pdf", "report.DOCX", "report.odt"}) {
    Status s = ReadDocument("just some text", name, ReadOptions(), &d);
    CHECK(s.code() == "wrong_format");
    CHECK(s.message().find(std::string(name).substr(7)) != std::string::npos);
  }
  CHECK(ReadDocument("just some text", "report.text", ReadOptions(), &d).ok());
  CHECK(ReadDocument("just some text", "report", ReadOptions(), &d).ok());
  CHECK(d.format == "text");
}

}  // namespace readers_test
