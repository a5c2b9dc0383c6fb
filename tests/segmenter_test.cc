#include "segment/segmenter.h"

#include <doctest/doctest.h>

#include "test_paths.h"
#include "test_support.h"

namespace segmenter_test {

using namespace redovis;
using redovis::testing::ExtractText;
using redovis::testing::SampleFile;

TEST_CASE("FirstCell: the first cell with text, past empty ones") {
  Line line;
  line.cells.resize(3);
  CHECK(FirstCell(line) == nullptr);
  line.cells[1].text = "Kommun";
  line.cells[2].text = "Tyresö";
  REQUIRE(FirstCell(line) != nullptr);
  CHECK(FirstCell(line) == &line.cells[1]);
  CHECK(FirstCell(Line()) == nullptr);
}

TEST_CASE("LineHeadings: the headings a line's first cell opens with, of every edition or one") {
  const PatternSet& ps = testing::ProjectPatterns();
  MatcherCache cache;
  auto line_of = [](std::vector<std::string> texts) {
    Line line;
    for (std::string& t : texts) line.cells.emplace_back().text = std::move(t);
    return line;
  };
  auto named = [](const std::vector<LineHeading>& found) {
    std::vector<std::string> out;
    for (const LineHeading& h : found)
      out.push_back(h.edition->name + "/" + h.edition->sections[h.section].name);
    return out;
  };
  // Past an empty cell; the 2020s editions share the heading, in their order.
  Line clients = line_of({"", "2. Klienter", "12"});
  CHECK(named(LineHeadings(ps, nullptr, clients, &cache)) ==
        std::vector<std::string>{"po-2020/clients", "po-2021/clients", "po-2023/clients"});
  const Edition* e2021 = ps.FindEdition("po-2021");
  REQUIRE(e2021 != nullptr);
  std::vector<LineHeading> only = LineHeadings(ps, e2021, clients, &cache);
  REQUIRE(only.size() == 1);
  CHECK(only[0].edition == e2021);
  CHECK(e2021->sections[only[0].section].name == "clients");
  // "8." is Övrigt in 2023 alone (Coronapandemin in 2020 and 2021).
  CHECK(named(LineHeadings(ps, nullptr, line_of({"8. Övrigt"}), &cache)) ==
        std::vector<std::string>{"po-2023/other"});
  CHECK(LineHeadings(ps, e2021, line_of({"8. Övrigt"}), &cache).empty());
  // A heading in a later cell, or within the first cell's text, opens nothing.
  CHECK(LineHeadings(ps, nullptr, line_of({"Antal", "2. Klienter"}), &cache).empty());
  CHECK(LineHeadings(ps, nullptr, line_of({"Se 2. Klienter"}), &cache).empty());
  CHECK(LineHeadings(ps, nullptr, line_of({"", ""}), &cache).empty());
}

TEST_CASE("a cover letter before the report is not the report") {
  auto recs = ExtractText(SampleFile("001_6c9c6f8633700f23.txt"), "001.txt");
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].source.first_line > 30);  // after the committee's letter
  CHECK(recs[0].Get("ombud.fte").as_decimal() == 10.0);
}

TEST_CASE("several reports in one file are one record each, in file order") {
  std::string bundle = SampleFile("000_2b37c49d4415161a.txt") + "\n" +
                       SampleFile("004_d72b1a593931a5dc.txt") + "\n" +
                       SampleFile("003_9905a62abaf84389.txt");
  auto recs = ExtractText(bundle, "bundle.txt");
  REQUIRE(recs.size() == 3);
  CHECK(recs[0].Get("report.municipality").as_text() == "Timrå");
  CHECK(recs[0].edition == "po-2020");
  CHECK(recs[1].Get("report.municipality").as_text() == "Nacka");
  CHECK(recs[1].edition == "po-2016");
  CHECK(recs[1].Get("report.year").as_int() == 2016);
  CHECK(recs[2].Get("report.municipality").as_text() == "Tyresö");
  CHECK(recs[0].source.last_line < recs[1].source.first_line);
  CHECK(recs[1].source.last_line < recs[2].source.first_line);
}

TEST_CASE("a file with no report is no_report") {
  auto recs = ExtractText("Hej!\nHär kommer ett brev om något helt annat.\n");
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].status == "no_report");
  CHECK(recs[0].edition.empty());
}

TEST_CASE("the edition is detected from the words, not the name") {
  auto recs = ExtractText(SampleFile("003_9905a62abaf84389.txt"), "po-2021-report.txt");
  CHECK(recs[0].edition == "po-2020");
  auto blank = ExtractText(SampleFile("002_b542900f2722aa90.txt"));
  CHECK(blank[0].edition == "po-2023");
  CHECK(blank[0].status == "blank");
}

namespace {

struct Part {
  std::string name;
  std::string text;
  std::vector<Record> alone;
  int lines = 0;  ///< lines the part adds to a bundle
};

/// The samples of every edition, a blank form and a report behind a cover
/// letter, each with its records read alone.
std::vector<Part> BundleParts() {
  std::vector<Part> parts;
  for (const char* name :
       {"000_2b37c49d4415161a.txt", "001_6c9c6f8633700f23.txt", "002_b542900f2722aa90.txt",
        "003_9905a62abaf84389.txt", "004_d72b1a593931a5dc.txt", "2023_filled.txt"}) {
    Part p;
    p.name = name;
    p.text = SampleFile(name);
    while (!p.text.empty() && p.text.back() == '\n') p.text.pop_back();
    p.text += "\n\n";
    p.alone = ExtractText(p.text, name);
    for (char c : p.text) p.lines += c == '\n';
    parts.push_back(std::move(p));
  }
  return parts;
}

/// Checks that `bundle` (the parts in `order`, concatenated) gives each part's
/// records, in order, with the same edition, status and fields, starting on
/// the same line of its part, each range before the next.
void CheckBundle(const std::vector<Part>& parts, const std::vector<size_t>& order) {
  std::string bundle, names;
  for (size_t i : order) {
    bundle += parts[i].text;
    names += parts[i].name.substr(0, 4) + " ";
  }
  CAPTURE(names);
  auto recs = ExtractText(bundle, "bundle.txt");
  size_t expected = 0;
  for (size_t i : order) expected += parts[i].alone.size();
  REQUIRE(recs.size() == expected);
  size_t k = 0;
  int offset = 0;
  for (size_t i : order) {
    for (const Record& alone : parts[i].alone) {
      const Record& got = recs[k++];
      CAPTURE(parts[i].name);
      CHECK(got.edition == alone.edition);
      CHECK(got.status == alone.status);
      CHECK(got.source.first_line == alone.source.first_line + offset);
      // Its range covers its own part; in plain text it runs on to the next
      // report's opening (nothing marks where a cover letter begins), never past it.
      CHECK(got.source.last_line >= alone.source.last_line + offset);
      if (k < recs.size()) CHECK(got.source.last_line < recs[k].source.first_line);
      for (const auto& [key, value] : alone.values) {
        CAPTURE(key);
        CHECK(got.Has(key));
        if (got.Has(key)) CHECK(got.Get(key) == value);
      }
      CHECK(got.values.size() == alone.values.size());
    }
    offset += parts[i].lines;
  }
}

}  // namespace

TEST_CASE(
    "a 2023 report straight after a 2020 report, and a blank 2023 form after 2021, are their own") {
  auto parts = BundleParts();
  // 003: 2020; 2023_filled: 2023; 001: 2021 behind a cover letter; 002: blank 2023.
  CheckBundle(parts, {3, 5});
  CheckBundle(parts, {1, 2});
  auto recs = ExtractText(parts[1].text + parts[2].text);
  REQUIRE(recs.size() == 2);
  CHECK(recs[1].status == "blank");
  CHECK(recs[1].edition == "po-2023");
  CHECK(recs[1].Get("report.county_code").as_text() == "18");
}

TEST_CASE("a bundle gives one record per report, in order, whatever edition follows which") {
  auto parts = BundleParts();
  // Every ordered pair of parts.
  for (size_t a = 0; a < parts.size(); ++a)
    for (size_t b = 0; b < parts.size(); ++b)
      if (a != b) CheckBundle(parts, {a, b});
  // One long bundle, every part twice, in an order that puts each edition after every other.
  CheckBundle(parts, {0, 5, 1, 2, 3, 4, 0, 2, 5, 3, 1, 4, 5, 0, 3, 2, 4, 1});
}

TEST_CASE("a report retyped without its title and year line still starts at its first section") {
  auto parts = BundleParts();
  std::string retyped = parts[3].text;  // 003, a 2020 report
  for (const char* line : {"REDOVISNING\n", "Statsbidrag avseende år 2020\n"}) {
    size_t at = retyped.find(line);
    REQUIRE(at != std::string::npos);
    retyped.erase(at, std::string(line).size());
  }
  auto alone = ExtractText(retyped);
  REQUIRE(alone.size() == 1);
  REQUIRE(alone[0].edition == "po-2020");
  auto recs = ExtractText(parts[1].text + retyped);  // after 001, a 2021 report
  REQUIRE(recs.size() == 2);
  CHECK(recs[0].edition == "po-2021");
  CHECK(recs[1].edition == "po-2020");
  CHECK(recs[1].Get("report.municipality").as_text() == "Tyresö");
  CHECK(recs[1].values.size() == alone[0].values.size());
  for (const auto& [key, value] : alone[0].values) {
    CAPTURE(key);
    CHECK((recs[1].Has(key) && recs[1].Get(key) == value));
  }
}

TEST_CASE("an opening's words inside a report, or its title on every page, split nothing") {
  auto parts = BundleParts();
  const std::string report = parts[3].text;  // 003, a 2020 report of ten sections
  std::string repeated = report;
  // The title as a running header before sections 2, 4, 6 and 9, and an
  // answer that begins with the year line's words.
  for (const char* heading : {"2. Klienter\n", "4. Tillgång till personligt ombud\n",
                              "6. Tillgång till samhällsservice\n", "9. Övrigt\n"}) {
    size_t at = repeated.find(heading);
    REQUIRE(at != std::string::npos);
    repeated.insert(at, "REDOVISNING\n\n");
  }
  size_t at = repeated.find("9. Övrigt\n");
  repeated.insert(at, "Statsbidrag avseende år 2020 har använts som planerat.\n\n");
  auto recs = ExtractText(repeated);
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].edition == "po-2020");
  CHECK(recs[0].values.size() == parts[3].alone[0].values.size());
  CHECK(recs[0].Get("report.municipality").as_text() == "Tyresö");
  CHECK(recs[0].Get("clients.total.women") == parts[3].alone[0].Get("clients.total.women"));
}

TEST_CASE(
    "a title repeated before a section that alone looks like another edition splits nothing") {
  auto parts = BundleParts();
  std::string report = parts[1].text;  // 001, a 2021 report behind a cover letter
  for (const char* heading : {"6. Tillgång till samhällsservice\n", "8. Coronapandemin\n"}) {
    size_t at = report.find(heading);
    REQUIRE(at != std::string::npos);
    report.insert(at, "REDOVISNING\n\n");
  }
  auto recs = ExtractText(report);
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].edition == "po-2021");
  CHECK(recs[0].values.size() == parts[1].alone[0].values.size());
}

namespace {

/// `text` with every `from` replaced by `to`.
std::string Replaced(std::string text, const std::string& from, const std::string& to) {
  for (size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size()))
    text.replace(at, from.size(), to);
  return text;
}

bool HasCode(const Record& r, const std::string& code) {
  for (const Finding& f : r.findings)
    if (f.code == code) return true;
  return false;
}

}  // namespace

TEST_CASE("an edition the words leave unclear is chosen by the one year read, if one claims it") {
  // 001, a 2021 report, with the 2021 form's own Coronapandemin questions
  // wrapped (as a narrow rendering wraps them): the 2020 and 2021 forms
  // then score alike.
  std::string text = Replaced(
      Replaced(SampleFile("001_6c9c6f8633700f23.txt"), "Har Coronapandemin påverkat er ",
               "Har Coronapandemin påverkat er\n"),
      "delvis ange på vilket sätt Coronapandemin", "delvis ange på vilket\nsätt Coronapandemin");
  auto recs = ExtractText(text, "001.txt");
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].edition == "po-2021");
  CHECK_FALSE(HasCode(recs[0], "unknown_edition"));
  // A year no edition declares leaves the guess to the finding.
  auto other = ExtractText(
      Replaced(text, "Statsbidrag avseende år 2021", "Statsbidrag avseende år 2022"), "001.txt");
  REQUIRE(other.size() == 1);
  CHECK(HasCode(other[0], "unknown_edition"));
  // Two years read: no one year chooses.
  auto two = ExtractText(Replaced(text, "Statsbidrag avseende år 2021",
                                  "Statsbidrag avseende år 2021\nStatsbidrag avseende år 2020"),
                         "001.txt");
  REQUIRE(two.size() == 1);
  CHECK(HasCode(two[0], "unknown_edition"));
}

TEST_CASE("a reader's mark inside the form's wording leaves it the form's evidence") {
  // `fmt` ended lines inside the year line and the 2021 form's Coronapandemin
  // questions of a text written a cell a line: the text reader marks each
  // such line's end (kRefilledBreak) and the layout joins the pieces around
  // the mark. The words are the form's all the same: 2021, not a tie with
  // 2020's wording broken alike.
  const std::string mark = kRefilledBreak;
  std::string text = Replaced(
      Replaced(Replaced(SampleFile("001_6c9c6f8633700f23.txt"), "Statsbidrag avseende år 2021",
                        "Statsbidrag avseende" + mark + " år 2021"),
               "Har Coronapandemin påverkat er ", "Har Coronapandemin påverkat er" + mark + " "),
      "delvis ange på vilket sätt Coronapandemin",
      "delvis ange på vilket" + mark + " sätt Coronapandemin");
  REQUIRE(text.find(mark) != std::string::npos);
  auto recs = ExtractText(text, "001.txt");
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].edition == "po-2021");
  CHECK_FALSE(HasCode(recs[0], "unknown_edition"));
}

TEST_CASE("a year line a wrap broke still chooses the edition the words leave unclear") {
  // 001 as fmt -w 20 wraps it: the 2021 form's Coronapandemin questions and
  // the year line each over lines ("Statsbidrag" / "avseende år 2021"). The
  // year is read from the line and the next one together: 2021's form.
  std::string text = Replaced(
      Replaced(Replaced(SampleFile("001_6c9c6f8633700f23.txt"), "Har Coronapandemin påverkat er ",
                        "Har Coronapandemin påverkat er\n"),
               "delvis ange på vilket sätt Coronapandemin",
               "delvis ange på vilket\nsätt Coronapandemin"),
      "Statsbidrag avseende år 2021", "Statsbidrag\navseende år 2021");
  REQUIRE(text.find("Statsbidrag\navseende år 2021") != std::string::npos);
  auto recs = ExtractText(text, "001.txt");
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].edition == "po-2021");
  CHECK_FALSE(HasCode(recs[0], "unknown_edition"));
}

}  // namespace segmenter_test
