// Tests of read/registry: the table of input formats and its lookups.
#include "read/registry.h"

#include <doctest/doctest.h>

#include <set>
#include <string>

#include "test_paths.h"
#include "test_support.h"

namespace registry_test {

using namespace redovis;
using redovis::testing::SampleFile;

namespace {

/// The entry whose sniff gives `bytes` the strongest evidence (earlier wins ties).
const ReaderEntry* Strongest(std::string_view bytes) {
  const ReaderEntry* best = nullptr;
  Evidence best_evidence = Evidence::kNone;
  for (const ReaderEntry& r : Readers()) {
    if (r.sniff == nullptr) continue;
    Evidence e = r.sniff(bytes);
    if (e > best_evidence) best = &r, best_evidence = e;
  }
  return best;
}

}  // namespace

TEST_CASE("registry: entries are well formed and found by format and name") {
  std::set<std::string> names, extensions;
  int fallbacks = 0;
  for (const ReaderEntry& r : Readers()) {
    INFO(r.name);
    CHECK(names.insert(r.name).second);
    CHECK(ReaderFor(r.format) == &r);
    CHECK((r.read != nullptr));
    if (r.sniff == nullptr) ++fallbacks;
    for (std::string_view ext : r.extensions) {
      CHECK(ext.size() >= 2);
      CHECK(ext[0] == '.');
      for (char c : ext) CHECK_FALSE((c >= 'A' && c <= 'Z'));
      CHECK(extensions.insert(std::string(ext)).second);  // one format per extension
      CHECK(ReaderNamedBy("some dir/report" + std::string(ext)) == &r);
      std::string upper = "REPORT";
      for (char c : ext) upper += static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
      CHECK(ReaderNamedBy(upper) == &r);
    }
  }
  CHECK(fallbacks == 1);
  CHECK((FallbackReader().sniff == nullptr));
  CHECK(FallbackReader().format == InputFormat::kText);
  for (InputFormat f :
       {InputFormat::kZip, InputFormat::kEmpty, InputFormat::kBinary, InputFormat::kUnknown})
    CHECK(ReaderFor(f) == nullptr);
  CHECK(ReaderNamedBy("report.doc")->format == InputFormat::kOle2);
  CHECK(ReaderNamedBy("report.xls") == nullptr);
  CHECK(ReaderNamedBy("pdf") == nullptr);
  CHECK(ReaderNamedBy("report.pdf.bak") == nullptr);
  CHECK(ReaderNamedBy("") == nullptr);
}

TEST_CASE("registry: each format's sniff claims its own samples and no other's") {
  struct Case {
    const char* file;
    InputFormat format;
  };
  for (Case c : {Case{"003_9905a62abaf84389.pdf", InputFormat::kPdf},
                 Case{"003_9905a62abaf84389.docx", InputFormat::kDocx},
                 Case{"2023_filled.docx", InputFormat::kDocx},
                 Case{"003_9905a62abaf84389.odt", InputFormat::kOdt},
                 Case{"2023_filled.odt", InputFormat::kOdt}}) {
    INFO(c.file);
    std::string bytes = SampleFile(c.file);
    REQUIRE(!bytes.empty());
    const ReaderEntry* r = Strongest(bytes);
    REQUIRE(r != nullptr);
    CHECK(r->format == c.format);
  }
  // Text is claimed by no sniff: it is the fallback's.
  for (const char* file : {"003_9905a62abaf84389.txt", "tyreso_2020_utf16.txt"}) {
    std::string bytes = SampleFile(file);
    REQUIRE(!bytes.empty());
    CHECK(Strongest(bytes) == nullptr);
  }
  CHECK(Strongest(std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + "rest")->format ==
        InputFormat::kOle2);
  CHECK(Strongest("junk before it %PDF-1.4")->format == InputFormat::kPdf);
  CHECK(Strongest(std::string(1100, ' ') + "%PDF-1.4") == nullptr);  // past the first KiB
}

TEST_CASE("registry: strong evidence beats weak, and the table order breaks ties") {
  std::string odt_mime = "application/vnd.oasis.opendocument.text";
  // An ODF package that also holds a word/ entry is OpenDocument.
  std::string both = std::string("PK\x03\x04", 4) + "mimetype" + odt_mime + " word/document.xml";
  CHECK(Strongest(both)->format == InputFormat::kOdt);
  // A zip with %PDF- in its first KiB and an ODF mimetype: both strong, PDF is first.
  CHECK(Strongest(std::string("PK\x03\x04", 4) + odt_mime + " %PDF-")->format == InputFormat::kPdf);
  // The Word marker is weak evidence.
  CHECK(ReaderFor(InputFormat::kDocx)->sniff(std::string("PK\x03\x04", 4) + "word/") ==
        Evidence::kWeak);
  CHECK(ReaderFor(InputFormat::kDocx)->sniff("word/ but not a zip") == Evidence::kNone);
}

TEST_CASE("registry: a zip no sniff claims goes to the zip-packed format its name says") {
  CHECK(ZipReaderFor("a.odt").format == InputFormat::kOdt);
  CHECK(ZipReaderFor("A.ODT").format == InputFormat::kOdt);
  CHECK(ZipReaderFor("a.docx").format == InputFormat::kDocx);
  // Word's macro-enabled documents and templates, Writer's templates.
  for (const char* name : {"a.docm", "a.DOTX", "a.dotm"})
    CHECK(ZipReaderFor(name).format == InputFormat::kDocx);
  CHECK(ZipReaderFor("a.ott").format == InputFormat::kOdt);
  CHECK(IsReadableExtension(".docm"));
  CHECK(ZipReaderFor("a.zip").format == InputFormat::kDocx);  // the first zip-packed entry
  CHECK(ZipReaderFor("a.pdf").format == InputFormat::kDocx);  // PDF is not zip-packed
  CHECK(StartsAsZip(std::string("PK\x03\x04", 4)));
  CHECK_FALSE(StartsAsZip("PK"));
  CHECK_FALSE(StartsAsZip(std::string("PK\x05\x06", 4)));
}

}  // namespace registry_test
