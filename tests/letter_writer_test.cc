#include "write/letter_writer.h"

#include <doctest/doctest.h>

#include "test_support.h"

namespace letter_writer_test {

using namespace redovis;

namespace {

struct Fixture {
  const PatternSet& p = testing::ProjectPatterns();
  const Catalogue& c = p.catalogue();
  CheckUi ui;
  std::string letter;
  Fixture() {
    REQUIRE(ui.Load(p.messages(), p.dir(), "sv").ok());
    REQUIRE(LoadLetterTemplate(p.dir(), ui, &letter).ok());
  }
  Record Report(const std::string& file, const std::string& who, int year) {
    Record r;
    r.source.file = file;
    r.status = "complete";
    if (!who.empty()) r.values[c.KeyWithRole("municipality")] = Value::Text(who);
    r.values[c.KeyWithRole("year")] = Value::Int(year);
    return r;
  }
};

}  // namespace

TEST_CASE("letters: one per municipality with something to ask, none for the tool's doubts") {
  Fixture f;
  Record falun = f.Report("falun.docx", "Falun", 2021);
  falun.values[f.c.KeyWithRole("contact_person")] = Value::Text("Eva Ek");
  falun.values[f.c.KeyWithRole("contact_email")] = Value::Text("kommun@falun.se");
  falun.AddFinding("error", "required_missing", {}, "Kontaktperson saknas", 1, 12, "");
  falun.AddFinding("warning", "unreadable_number", {}, "kunde inte läsas", 2, 3, "");
  Record falun2 = f.Report("falun-2.pdf", "Falun", 2021);
  falun2.AddFinding("warning", "sum_mismatch", {}, "summan stämmer inte", 0, 0, "");
  Record doubt = f.Report("mora.pdf", "Mora", 2021);
  doubt.AddFinding("warning", "ocr_uncertain", {}, "OCR", 1, 1, "");
  Record unknown = f.Report("x.txt", "", 2021);
  unknown.status = "blank";
  size_t unaddressed = 99;
  std::vector<Letter> letters = DraftLetters({falun, doubt, unknown, falun2}, f.letter, f.ui, f.c,
                                             f.p.municipalities(), &unaddressed);
  CHECK(unaddressed == 1);
  REQUIRE(letters.size() == 1);
  CHECK(letters[0].file_name == "2080_Falun.txt");
  const std::string& t = letters[0].text;
  CHECK(t.rfind("Till: kommun@falun.se\n", 0) == 0);
  CHECK(t.find("Hej Eva Ek,") != std::string::npos);
  CHECK(t.find("Falu kommun") != std::string::npos);
  CHECK(t.find("falun.docx (2021)") != std::string::npos);
  CHECK(t.find("  – Kontaktperson saknas (rad 12)") == std::string::npos);
  CHECK(t.find("  – Kontaktperson saknas (sidan 1, rad 12)\n") != std::string::npos);
  CHECK(t.find("falun-2.pdf (2021)") != std::string::npos);
  CHECK(t.find("  – summan stämmer inte\n") != std::string::npos);
  CHECK(t.find("kunde inte läsas") == std::string::npos);
  CHECK(t.find("{") == std::string::npos);
}

TEST_CASE("letters: no e-mail in the report is said in the letter, never invented") {
  Fixture f;
  Record r = f.Report("a.txt", "Sala", 2020);
  r.status = "no_report";
  std::vector<Letter> letters =
      DraftLetters({r}, f.letter, f.ui, f.c, f.p.municipalities(), nullptr);
  REQUIRE(letters.size() == 1);
  CHECK(letters[0].text.rfind("Till: " + f.ui.Text("letter.no_email") + "\n", 0) == 0);
  CHECK(letters[0].text.find(f.ui.Text("action.no_report")) != std::string::npos);
  CHECK(letters[0].text.find("Hej,") != std::string::npos);
}

}  // namespace letter_writer_test
