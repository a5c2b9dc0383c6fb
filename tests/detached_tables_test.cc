// A Word form dumped paragraphs first and tables after (detached_tables.cc):
// the tables' rows put back into the sections their labels name, where the
// dump is told; left as written otherwise.
#include "match/detached_tables.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "match/value_parser.h"
#include "read/text/text_reader.h"
#include "test_support.h"

namespace detached_tables_test {

using namespace redovis;
using redovis::testing::ExtractText;

namespace {

// The 2020 form's paragraphs, each section's heading and a line of its
// text, as python-docx's `doc.paragraphs` gives them.
const std::string kParagraphs =
    "Kontaktuppgifter till den kommun som beviljats statsbidraget\n\n"
    "1. Personliga ombud\n\nTotalt antal ombudstjänster i kommunen:\n\n"
    "2. Klienter\n\nAnge antal klienter som fått stöd av personligt ombud.\n\n"
    "3. Kontakt med verksamheten\n\nFlera orsaker kan anges per person.\n\n"
    "7. Ekonomi\n\n"
    "10. Underskrift av behörig företrädare för kommunen\n\n";

// Its tables' rows, as `doc.tables` gives them: cells at tabs.
const std::string kTables =
    "Kommun Timrå\t\t\n"
    "Utdelningsadress\tPostnummer 86182\tPostort Timrå\n"
    "\tAntal kvinnor\tAntal män\n"
    "Ange antalet personliga ombud\t1\t1\n"
    "\tKvinnor\tMän\n"
    "Totalt antal klienter\t29\t5\n"
    "därav mellan 18 och 29 år\t14\t2\n"
    "Kontaktsorsak\tKvinnor\tMän\n"
    "Ekonomi\t16\t10\n"
    "Bostad\t4\t2\n"
    "Beviljat statsbidrag, kr\tÅrsanställningar, ange antal ombudstjänster i kommunen. Anges med "
    "två decimaler, t.ex. två halvtider = 1,00\n"
    "804 246:-\t2,0\n"
    "Titel Enhetschef\tTjänsteställe Socialtjänsten Timrå Kommun\n";

// The lines' first cells, blank lines left out, after the rows are put back.
std::vector<std::string> FirstCellsAfter(const std::string& text, size_t* moved) {
  Document doc;
  REQUIRE(ReadText(text, &doc).ok());
  const Edition* edition = testing::ProjectPatterns().FindEdition("po-2020");
  REQUIRE(edition != nullptr);
  ValueParser parser(testing::ProjectPatterns().vocabulary());
  *moved = PutDetachedTablesBack(*edition, parser, 0, doc.lines.size(), &doc);
  std::vector<std::string> out;
  for (const Line& l : doc.lines)
    if (!l.Blank()) out.push_back(l.cells.at(0).text);
  return out;
}

size_t IndexOf(const std::vector<std::string>& lines, const std::string& text) {
  for (size_t k = 0; k < lines.size(); ++k)
    if (lines[k] == text) return k;
  return lines.size();
}

}  // namespace

TEST_CASE("detached tables: each row goes back to the section its label names") {
  size_t moved = 0;
  std::vector<std::string> lines = FirstCellsAfter(kParagraphs + kTables, &moved);
  // All but the signature's row moved, each after its section's own lines.
  CHECK(moved == 12);
  const size_t identity =
      IndexOf(lines, "Kontaktuppgifter till den kommun som beviljats statsbidraget");
  const size_t ombud = IndexOf(lines, "1. Personliga ombud");
  const size_t clients = IndexOf(lines, "2. Klienter");
  const size_t reasons = IndexOf(lines, "3. Kontakt med verksamheten");
  const size_t economy = IndexOf(lines, "7. Ekonomi");
  const size_t signature = IndexOf(lines, "10. Underskrift av behörig företrädare för kommunen");
  // "Kommun Timrå" opens the identity's field and the providers' row: the
  // line after it names the identity.
  CHECK(IndexOf(lines, "Kommun Timrå") == identity + 1);
  CHECK(IndexOf(lines, "Utdelningsadress") == identity + 2);
  CHECK(IndexOf(lines, "") == ombud + 2);  // the header "\tAntal kvinnor\tAntal män"
  CHECK(IndexOf(lines, "Ange antalet personliga ombud") == ombud + 3);
  CHECK(IndexOf(lines, "Totalt antal klienter") == clients + 3);
  CHECK(IndexOf(lines, "Kontaktsorsak") == reasons + 2);  // a header with a label's cell
  CHECK(IndexOf(lines, "Ekonomi") == reasons + 3);
  CHECK(IndexOf(lines, "804 246:-") == economy + 2);  // values under their labels' row
  CHECK(IndexOf(lines, "Titel Enhetschef") == signature + 1);
  CHECK(lines.size() == 8 + 13 + 1);
}

TEST_CASE("detached tables: the dump reads as the form it is") {
  std::vector<Record> records = ExtractText(kParagraphs + kTables);
  REQUIRE(records.size() == 1);
  const Record& r = records[0];
  CHECK(r.Get("clients.total.women") == Value::Int(29));
  CHECK(r.Get("clients.total.age_18_29.men") == Value::Int(2));
  CHECK(r.Get("contact_reasons.economy.men") == Value::Int(10));
  REQUIRE(r.Get("ombud.women").is_number());
  CHECK(r.Get("ombud.women").as_number() == 1);
  CHECK(r.Get("contact.city") == Value::Text("Timrå"));
  CHECK(r.Get("grant.awarded_sek") == Value::Int(804246));
}

TEST_CASE("detached tables: a form whose tables stand in their sections is left as written") {
  size_t moved = 0;
  // A row before the last heading: the tables are in place.
  std::string in_place = kParagraphs;
  in_place.insert(in_place.find("3. Kontakt"), "Totalt antal klienter\t29\t5\n\n");
  std::vector<std::string> before = FirstCellsAfter(in_place + kTables, &moved);
  CHECK(moved == 0);
  CHECK(IndexOf(before, "Ekonomi") >
        IndexOf(before, "10. Underskrift av behörig företrädare för kommunen"));
  // Rows of one section alone after the last heading (fewer than three
  // sections named): a table of the last section's, not a dump.
  FirstCellsAfter(kParagraphs +
                      "\tKvinnor\tMän\nTotalt antal klienter\t29\t5\n"
                      "därav mellan 18 och 29 år\t14\t2\ndärav mellan 30 och 49 år\t9\t3\n"
                      "därav mellan 50 och 64 år\t6\t0\nAntal nya klienter\t9\t4\n"
                      "Antal avslutade klienter\t22\t6\nEkonomi\t16\t10\n",
                  &moved);
  CHECK(moved == 0);
  // Fewer than 8 rows.
  FirstCellsAfter(kParagraphs + "Kommun Timrå\t\t\nTotalt antal klienter\t29\t5\nEkonomi\t16\t10\n",
                  &moved);
  CHECK(moved == 0);
}

}  // namespace detached_tables_test
