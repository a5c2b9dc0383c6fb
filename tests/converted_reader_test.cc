// The converted reader: .doc, .rtf, HTML and Word 2003 XML through LibreOffice, and what it
// promises when the converter is missing, hangs or fails.
#include "read/convert/converted_reader.h"

#include <doctest/doctest.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include "read/registry.h"
#include "redovis/readers.h"

namespace converted_reader_test {

namespace fs = std::filesystem;
using namespace redovis;

namespace {

std::string Ole2(const std::string& stream_name) {
  std::string b = std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + std::string(1016, '\0');
  for (char c : stream_name) {
    b.push_back(c);
    b.push_back('\0');
  }
  return b + std::string(512, '\0');
}

/// Sets an environment variable for a scope, restoring the old value.
struct ScopedEnv {
  ScopedEnv(const char* name, const std::string& value) : name_(name) {
    if (const char* old = std::getenv(name)) {
      had_ = true;
      old_ = old;
    }
    setenv(name, value.c_str(), 1);
  }
  ~ScopedEnv() {
    if (had_)
      setenv(name_, old_.c_str(), 1);
    else
      unsetenv(name_);
  }
  const char* name_;
  bool had_ = false;
  std::string old_;
};

struct Scratch {
  fs::path path;
  Scratch() {
    path = fs::temp_directory_path() /
           ("redovis-converted-test-" + std::to_string(getpid()) + "-" +
            std::to_string(std::chrono::steady_clock::now().time_since_epoch().count()));
    fs::create_directories(path);
  }
  ~Scratch() { fs::remove_all(path); }
  void Write(const std::string& name, const std::string& text, bool executable = false) const {
    std::ofstream(path / name) << text;
    if (executable) chmod((path / name).c_str(), 0755);
  }
};

/// True when `pid` runs (a zombie, killed and not yet reaped, does not).
bool Alive(pid_t pid) {
  std::ifstream stat("/proc/" + std::to_string(pid) + "/stat");
  std::string line;
  if (!std::getline(stat, line)) return false;
  size_t paren = line.rfind(')');
  return paren != std::string::npos && paren + 2 < line.size() && line[paren + 2] != 'Z';
}

}  // namespace

TEST_CASE("converted: RTF and HTML are sniffed from their content, whatever the name") {
  CHECK(SniffFormat("{\\rtf1\\ansi hello}", "report.doc") == InputFormat::kRtf);
  CHECK(SniffFormat("\xEF\xBB\xBF\r\n{\\rtf1 x}", "report.txt") == InputFormat::kRtf);
  CHECK(SniffFormat("<html><body>x</body></html>", "report.doc") == InputFormat::kHtml);
  CHECK(SniffFormat("<?xml version=\"1.0\"?>\n<!DOCTYPE HTML PUBLIC>", "r.doc") ==
        InputFormat::kHtml);
  CHECK(SniffFormat("Kommun: <html> later in a line", "r.txt") == InputFormat::kText);
  CHECK(SniffFormat("{\\rt not rtf", "r.txt") == InputFormat::kText);
  CHECK(SniffFormat(Ole2("WordDocument"), "report.rtf") == InputFormat::kOle2);
  CHECK(std::string(FormatName(InputFormat::kRtf)) == "rtf");
  CHECK(std::string(FormatName(InputFormat::kHtml)) == "html");
}

/// A Word 2003 XML document (WordprocessingML 2003) with a paragraph and a
/// table of one row, as Word's "Word XML Document" writes one.
std::string WordXml(bool with_processing_instruction) {
  return std::string("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n") +
         (with_processing_instruction ? "<?mso-application progid=\"Word.Document\"?>\n" : "") +
         "<w:wordDocument xmlns:w=\"http://schemas.microsoft.com/office/word/2003/wordml\">"
         "<w:body><w:p><w:r><w:t>Kommun</w:t></w:r></w:p><w:tbl><w:tblGrid><w:gridCol "
         "w:w=\"4000\"/><w:gridCol w:w=\"4000\"/></w:tblGrid><w:tr><w:tc><w:p><w:r><w:t>Antal"
         "</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>12</w:t></w:r></w:p></w:tc></w:tr>"
         "</w:tbl><w:p/></w:body></w:wordDocument>\n";
}

TEST_CASE("converted: Word 2003 XML is sniffed from its content, other XML is not") {
  CHECK(SniffFormat(WordXml(true), "report.xml") == InputFormat::kWordXml);
  CHECK(SniffFormat(WordXml(false), "report.xml") == InputFormat::kWordXml);
  CHECK(SniffFormat(WordXml(true), "report.txt") == InputFormat::kWordXml);
  CHECK(std::string(FormatName(InputFormat::kWordXml)) == "wordml");
  // Other XML, and text that only mentions the element, stay text.
  CHECK(SniffFormat("<?xml version=\"1.0\"?>\n<rows><row>12</row></rows>\n", "data.xml") ==
        InputFormat::kText);
  CHECK(SniffFormat("Kommun: see <w:wordDocument> in the manual\n", "r.txt") == InputFormat::kText);
  // Not a readable extension: a folder's other .xml files are not taken.
  CHECK_FALSE(IsReadableExtension(".xml"));
}

TEST_CASE("converted: an OLE2 file that holds no Word document is not converted") {
  Document d;
  Status s = ReadDocument(Ole2("EncryptedPackage"), "report.docx", ReadOptions(), &d);
  CHECK(s.code() == "encrypted");
  s = ReadDocument(Ole2("Workbook"), "book.doc", ReadOptions(), &d);
  CHECK(s.code() == "legacy_word");
}

TEST_CASE("converted: without soffice on PATH a file is unreadable and says what to install") {
  Scratch empty;
  ScopedEnv path("PATH", empty.path.string());
  Document d;
  Status s = ReadDocument("{\\rtf1 Kommun: Ale}", "r.rtf", ReadOptions(), &d);
  CHECK(s.code() == "converter_missing");
  CHECK(s.message().find("libreoffice-writer-nogui") != std::string::npos);
  s = ReadDocument(Ole2("WordDocument"), "r.doc", ReadOptions(), &d);
  CHECK(s.code() == "converter_missing");
}

TEST_CASE("converted: a converter that hangs is killed with its process group, temp dir gone") {
  Scratch bin, tmp;
  // A fake soffice that starts a child in its group, records both pids and hangs.
  bin.Write("soffice",
            "#!/bin/sh\nsleep 30 &\necho $$ $! > " + (tmp.path / "pids").string() + "\nwait\n",
            true);
  ScopedEnv path("PATH", bin.path.string() + ":/usr/bin:/bin");
  ScopedEnv tmpdir("TMPDIR", tmp.path.string());
  ReadOptions options;
  options.convert_timeout_seconds = 1;
  Document d;
  auto start = std::chrono::steady_clock::now();
  Status s = ReadDocument("{\\rtf1 x}", "r.rtf", options, &d);
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  CHECK(s.code() == "timeout");
  CHECK(s.message().find("--timeout") != std::string::npos);
  CHECK(secs < 5);
  std::ifstream pids(tmp.path / "pids");
  pid_t shell = 0, child = 0;
  pids >> shell >> child;
  REQUIRE(static_cast<bool>(pids));
  usleep(100000);
  CHECK_FALSE(Alive(shell));
  CHECK_FALSE(Alive(child));  // the grandchild went with the group
  int left = 0;
  for (const auto& e : fs::directory_iterator(tmp.path))
    left += e.path().filename().string().rfind("redovis-convert-", 0) == 0 ? 1 : 0;
  CHECK(left == 0);
}

TEST_CASE("converted: the conversion ends before the file's own --timeout") {
  CHECK(ConversionTimeLimit(60) == doctest::Approx(50));
  CHECK(ConversionTimeLimit(3) == doctest::Approx(2.4));
  CHECK(ConversionTimeLimit(0.5) == doctest::Approx(0.4));
  CHECK(ConversionTimeLimit(0) == 0);
  for (double t : {0.1, 1.0, 7.0, 45.0, 3600.0}) {
    CHECK(ConversionTimeLimit(t) < t);
    CHECK(ConversionTimeLimit(t) >= t * 0.8 - 1e-9);
  }
}

TEST_CASE("converted: a converter that writes nothing gives conversion_failed") {
  Scratch bin;
  bin.Write("soffice", "#!/bin/sh\nexit 0\n", true);
  ScopedEnv path("PATH", bin.path.string() + ":/usr/bin:/bin");
  Document d;
  Status s = ReadDocument("{\\rtf1 x}", "r.rtf", ReadOptions(), &d);
  CHECK(s.code() == "conversion_failed");
}

TEST_CASE("converted: an HTML .doc is read as HTML, its table keeping its cells") {
  std::string html =
      "<html><body><p>Kommun</p><table><tr><td>Antal</td><td>12</td></tr></table>"
      "</body></html>";
  Document d;
  Status s = ReadDocument(html, "saved-by-word.doc", ReadOptions(), &d);
  REQUIRE_MESSAGE(s.ok(), s.ToString());
  CHECK(d.format == "html");
  bool found = false;
  for (const auto& line : d.lines)
    if (line.cells.size() == 2 && line.cells[0].text == "Antal" && line.cells[1].text == "12")
      found = true;
  CHECK(found);
}

TEST_CASE("converted: an HTML page's form check boxes keep their state through the converter") {
  // LibreOffice's "Save as web page" of a Word form writes its check boxes so;
  // the HTML import drops form controls, so without the glyphs they are lost.
  std::string html =
      "<html><body><table><tr><td>Kommunen</td><td><p><input type=\"checkbox\" "
      "checked=\"checked\"/></p></td></tr><tr><td>Region</td><td><p><INPUT "
      "TYPE=\"checkbox\"/></p></td></tr></table></body></html>";
  Document d;
  Status s = ReadDocument(html, "form.html", ReadOptions(), &d);
  REQUIRE_MESSAGE(s.ok(), s.ToString());
  CheckboxState kommunen = CheckboxState::kNone, region = CheckboxState::kNone;
  for (const auto& line : d.lines) {
    if (line.cells.size() != 2) continue;
    if (line.cells[0].text == "Kommunen") kommunen = line.cells[1].checkbox;
    if (line.cells[0].text == "Region") region = line.cells[1].checkbox;
  }
  CHECK(kommunen == CheckboxState::kChecked);
  CHECK(region == CheckboxState::kUnchecked);
}

TEST_CASE("converted: Word 2003 XML is read through the converter, its table keeping its cells") {
  Document d;
  Status s = ReadDocument(WordXml(true), "saved-by-word-2003.xml", ReadOptions(), &d);
  REQUIRE_MESSAGE(s.ok(), s.ToString());
  CHECK(d.format == "wordml");
  bool found = false;
  for (const auto& line : d.lines)
    if (line.cells.size() == 2 && line.cells[0].text == "Antal" && line.cells[1].text == "12")
      found = true;
  CHECK(found);
}

}  // namespace converted_reader_test
