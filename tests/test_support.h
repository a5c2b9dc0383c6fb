// Helpers shared by the unit tests: the project's patterns, loaded once per
// test binary, and small document builders.
#ifndef REDOVIS_TESTS_TEST_SUPPORT_H_
#define REDOVIS_TESTS_TEST_SUPPORT_H_

#include <doctest/doctest.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "redovis/document.h"
#include "redovis/extractor.h"
#include "redovis/patterns.h"
#include "redovis/record.h"
#include "test_paths.h"

namespace redovis::testing {

/// The project's own patterns/ (loaded once; aborts the test run when they do not load).
inline const PatternSet& ProjectPatterns() {
  static std::unique_ptr<PatternSet> set = [] {
    std::unique_ptr<PatternSet> s;
    Status st = PatternSet::Load(std::string(redovis::testing::SourceDir()) + "/patterns", &s);
    if (!st.ok()) {
      fprintf(stderr, "cannot load patterns: %s\n", st.ToString().c_str());
      abort();
    }
    return s;
  }();
  return *set;
}

/// The records of `text` read as a plain-text file.
inline std::vector<Record> ExtractText(const std::string& text, const std::string& name = "t.txt") {
  Extractor ex(ProjectPatterns());
  return ex.ExtractBytes(text, name, ExtractOptions());
}

/// `body` inside the frame of a 2020 form written as plain text: its
/// heading, year and municipality (Tyresö) before, the last section's
/// heading after, so that the lines of `body` are read as that form's.
inline std::string Form2020(const std::string& body) {
  return "REDOVISNING\nStatsbidrag avseende år 2020\n"
         "Kontaktuppgifter till den kommun som beviljats statsbidraget\nKommun: Tyresö\n" +
         body + "\n8. Coronapandemin\n";
}

/// A 2020 form's later sections (6 to 10) and earlier ones (2 to 5), each a
/// page's lines: put after a report's first page, its sections go back.
inline constexpr const char* kLaterPages2020 =
    "6. Tillgång till samhällsservice\n7. Ekonomi\n"
    "Har Coronapandemin påverkat er användning av statsbidraget\n9. Övrigt\n"
    "10. Underskrift av behörig företrädare för kommunen\n";
inline constexpr const char* kEarlierPages2020 =
    "2. Klienter\nAntal klienter: 40\n3. Kontakt med verksamheten\n"
    "4. Tillgång till personligt ombud\n5. Organisation, ledning och samverkan\n";

/// The same frame for the 2023 form: its heading, year and municipality
/// (Tyresö), then `body` as it stands (a form feed opening it makes a page
/// of it, the reading-order tests' way).
inline std::string Form2023(const std::string& body) {
  return "REDOVISNING\nStatsbidrag avseende år 2023\n"
         "Kontaktuppgifter till den kommun som beviljats statsbidraget\nKommun: Tyresö\n" +
         body;
}

/// The 2020 form's clients' table as raw pdftotext writes it, `body` between
/// its heading and the next section, each a page (the reading-order tests').
inline std::vector<Record> RawClients2020(const std::string& body) {
  return ExtractText(Form2020("2. Klienter\n" + body + "\f3. Kontakt med verksamheten\n\f"));
}

/// The 2020 form's five rows of the clients' total, as the reading order
/// writes them before their numbers, then a blank line.
inline constexpr const char* kTotalLabels2020 =
    "Totalt antal klienter\ndärav mellan 18 och 29 år\ndärav mellan 30 och 49 år\n"
    "därav mellan 50 och 64 år\ndärav 65 år och över\n\n";

/// A free-text answer as a PDF wraps it, at a page's width (81 to 120
/// characters) and within it, going on line after line: with it, a text of
/// one cell a line and no form feeds reads as a PDF's text in reading order
/// (IsReadingOrderText, match/reading_order.h). Its heading opens section 9.
inline std::string PdfWrappedFiller() {
  std::string text = "9. Övrigt\nSynpunkter och övriga reflektioner på verksamheten\n";
  for (int i = 0; i < 6; ++i)
    text +=
        "Vi har under året arbetat med att utveckla verksamheten för personligt ombud i hela "
        "kommunen.\n";
  for (int i = 0; i < 40; ++i)
    text += "Vi har under året arbetat med att utveckla\nverksamheten tillsammans med brukarna\n";
  return text;
}

/// Eight rows of two cells at column 0 that no rule reads: with them a
/// laid-out text counts as one whose left margin was stripped
/// (text_cells.h's MarginStripped).
inline constexpr const char* kStrippedRows =
    "Rad ett          a\nRad två          b\nRad tre          c\nRad fyra         d\n"
    "Rad fem          e\nRad sex          f\nRad sju          g\nRad åtta         h\n";

/// `d`'s text, each line's Text() followed by a line feed: what a case
/// searches for the words read or left out.
inline std::string DocumentText(const Document& d) {
  std::string all;
  for (const Line& l : d.lines) all += l.Text() + "\n";
  return all;
}

/// The first finding of `r` with `code`, or nullptr.
inline const Finding* FindCode(const Record& r, const std::string& code) {
  for (const Finding& f : r.findings)
    if (f.code == code) return &f;
  return nullptr;
}

/// Whether `f` names `key` among its keys.
inline bool NamesKey(const Finding& f, const std::string& key) {
  return std::find(f.keys.begin(), f.keys.end(), key) != f.keys.end();
}

/// The first finding of `r` with `code` that names `key`, or nullptr.
inline const Finding* FindCodeFor(const Record& r, const std::string& code,
                                  const std::string& key) {
  for (const Finding& f : r.findings)
    if (f.code == code && NamesKey(f, key)) return &f;
  return nullptr;
}

/// The text of the project's patterns/`name`.
inline std::string ProjectPatternFile(const std::string& name) {
  std::ifstream in(std::string(redovis::testing::SourceDir()) + "/patterns/" + name);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

/// A finding with its first fields given (the others empty), made by
/// `Record::AddFinding`, the one place that fills a finding.
inline Finding MakeFinding(std::string severity, std::string code, std::vector<std::string> keys,
                           std::string message, int page = 0, int line = 0, std::string text = "") {
  Record r;
  r.AddFinding(std::move(severity), std::move(code), std::move(keys), std::move(message), page,
               line, std::move(text));
  return std::move(r.findings.back());
}

/// A patterns directory written for one test in a fresh temporary folder:
/// the project's catalogue.tsv, municipalities.tsv and messages.tsv, and `files` (name ->
/// text). Removed with the object.
class TempPatterns {
 public:
  explicit TempPatterns(const std::map<std::string, std::string>& files) {
    static int counter = 0;
    dir_ = std::filesystem::temp_directory_path() /
           ("redovis-test-patterns-" + std::to_string(getpid()) + "-" + std::to_string(++counter));
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
    for (const char* f : {"catalogue.tsv", "municipalities.tsv", "messages.tsv"})
      std::ofstream(dir_ / f) << ProjectPatternFile(f);
    for (const auto& [name, text] : files) std::ofstream(dir_ / name) << text;
  }
  ~TempPatterns() { std::filesystem::remove_all(dir_); }
  TempPatterns(const TempPatterns&) = delete;
  TempPatterns& operator=(const TempPatterns&) = delete;

  std::string dir() const { return dir_.string(); }
  /// Loads the directory; the status says why it does not load.
  Status Load(std::unique_ptr<PatternSet>* out) const { return PatternSet::Load(dir(), out); }

 private:
  std::filesystem::path dir_;
};

/// The bytes of samples/`name`; fails the test when the sample is missing.
inline std::string SampleFile(const std::string& name) {
  std::ifstream f(std::string(redovis::testing::SourceDir()) + "/samples/" + name,
                  std::ios::binary);
  REQUIRE_MESSAGE(f.good(), "missing sample " << name);
  std::stringstream ss;
  ss << f.rdbuf();
  return ss.str();
}

/// True when a seed text's cell marks its check box ("x", "X", "xx", "1").
inline bool IsSeedMark(const std::string& s) {
  return s == "x" || s == "X" || s == "xx" || s == "1";
}

/// Runs `fn` with file descriptor 2 sent to a temporary file; returns what
/// was written to it.
inline std::string CaptureStderr(const std::function<void()>& fn) {
  fflush(stderr);
  FILE* tmp = tmpfile();
  REQUIRE(tmp != nullptr);
  int saved = dup(2);
  dup2(fileno(tmp), 2);
  fn();
  fflush(stderr);
  dup2(saved, 2);
  close(saved);
  std::string out;
  rewind(tmp);
  char buf[512];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, tmp)) > 0) out.append(buf, n);
  fclose(tmp);
  return out;
}

/// A PDF-like 2021 document: the identifying lines, then a test's lines
/// (cells with their x extents, on page `page`: set it to go on to the next
/// page), then the form's end; Read() gives its one record.
struct PositionedForm {
  Document d;
  int page = 1;
  PositionedForm() {
    d.format = "pdf";
    Add({{"REDOVISNING", 50, 120}});
    Add({{"Statsbidrag avseende år 2021", 50, 200}});
    Add({{"Kontaktuppgifter till den kommun som beviljats statsbidraget", 50, 300}});
    Add({{"Kommun Västerås", 50, 120}});
  }
  struct C {
    std::string text;
    double x0, x1;
    CheckboxState box = CheckboxState::kNone;
  };
  void Add(std::vector<C> cells) {
    Line l;
    l.number = static_cast<int>(d.lines.size()) + 1;
    l.page = page;
    for (const C& c : cells) {
      Cell cell;
      cell.text = c.text;
      cell.x0 = c.x0;
      cell.x1 = c.x1;
      cell.checkbox = c.box;
      l.cells.push_back(cell);
    }
    d.lines.push_back(l);
  }
  Record Read() {
    Add({{"8. Coronapandemin", 50, 120}});
    Add({{"Har Coronapandemin påverkat er verksamhet med personliga ombud under 2021?", 50, 400}});
    Extractor ex(ProjectPatterns());
    Source src;
    src.file = "positions.pdf";
    auto recs = ex.ExtractDocument(d, src);
    REQUIRE(recs.size() == 1);
    return recs[0];
  }
};

}  // namespace redovis::testing

#endif  // REDOVIS_TESTS_TEST_SUPPORT_H_
