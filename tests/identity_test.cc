#include "match/identity.h"

#include <doctest/doctest.h>

#include "test_paths.h"
#include "test_support.h"

namespace identity_test {

using namespace redovis;
using redovis::testing::ExtractText;
using redovis::testing::SampleFile;

namespace {

/// `record` (a 2021 report) resolved against a document of `lines` (one cell
/// each); the segment names its edition (po-2021) when `edition` is true.
Record Resolve(Record record, const std::vector<std::string>& lines = {}, bool edition = false) {
  Document doc;
  for (const std::string& text : lines) {
    Line l;
    l.number = static_cast<int>(doc.lines.size()) + 1;
    l.page = 1;
    Cell c;
    c.text = text;
    l.cells.push_back(c);
    doc.lines.push_back(l);
  }
  Segment seg;
  seg.begin = 0;
  seg.end = doc.lines.size();
  if (edition) seg.edition = testing::ProjectPatterns().FindEdition("po-2021");
  record.asked = testing::ProjectPatterns().catalogue().KeysFor("2021");
  const IdentityResolver resolver(testing::ProjectPatterns());
  resolver.Resolve(doc, seg, &record);
  resolver.NameDerivedKeys(&record);
  return record;
}

Record With(const std::string& key, Value value, int line = 0) {
  Record r;
  r.values[key] = std::move(value);
  r.provenance[key].line = line;
  return r;
}

/// `text` with the first `from` replaced by `to` (the test fails when `from` is absent).
std::string Replace(std::string text, const std::string& from, const std::string& to) {
  size_t at = text.find(from);
  REQUIRE(at != std::string::npos);
  return text.replace(at, from.size(), to);
}

/// `text` (samples/2023_filled.txt) with the clues to its municipality
/// other than the Kommun cell taken out: the post town emptied, the
/// workplace unnamed, the e-mail addresses at `domain`.
std::string WithoutClues(std::string text, const std::string& domain) {
  text = Replace(text, "\tPostort\nLindesberg\n", "\tPostort\n\n");
  text = Replace(text, "socialforvaltningen@lindesberg.se", "socialforvaltningen@" + domain);
  text = Replace(text, "Socialförvaltningen Lindesberg", "Socialförvaltningen");
  return Replace(text, "maria.holm@lindesberg.se", "maria.holm@" + domain);
}

bool HasFinding(const Record& r, const std::string& code) {
  for (const Finding& f : r.findings)
    if (f.code == code) return true;
  return false;
}

}  // namespace

TEST_CASE("the municipality's SCB code and county come from the registry") {
  Record r = Resolve(With("report.municipality", Value::Text("Västerås"), 4));
  CHECK(r.Get("report.municipality_code").as_text() == "1980");
  CHECK(r.Get("report.county").as_text() == "Västmanlands län");
  CHECK(r.Get("report.county_code").as_text() == "19");
  CHECK(r.provenance.at("report.county").rule == "municipalities.tsv");
  CHECK(r.provenance.at("report.county").line == 4);
  CHECK(r.findings.empty());
}

TEST_CASE("an empty Kommun cell: the municipality inferred, with a finding saying from what") {
  Record r = Resolve(With("contact.email", Value::Text("anna.berg@nacka.se"), 9));
  CHECK(r.Get("report.municipality").as_text() == "Nacka");
  CHECK(r.Get("report.county_code").as_text() == "01");
  CHECK(r.provenance.at("report.municipality").rule == "inferred:contact.email");
  REQUIRE(r.findings.size() == 1);
  CHECK(r.findings[0].code == "municipality_inferred");
  CHECK(r.findings[0].severity == "info");
  CHECK(r.findings[0].line == 9);
  // Its message is messages.tsv's, in either language.
  CHECK(r.findings[0].message_id == "municipality_inferred.empty");
  CHECK(testing::ProjectPatterns().messages().Render(r.findings[0].message_id, r.findings[0].args,
                                                     "sv") ==
        "Kommun-rutan är tom; kommunen Nacka har härletts ur contact.email");
  CHECK(r.findings[0].message == testing::ProjectPatterns().messages().Render(
                                     r.findings[0].message_id, r.findings[0].args, "en"));
}

TEST_CASE("nothing names a municipality: none is invented") {
  Record r = Resolve(With("contact.email", Value::Text("info@example.com")), {"Ingen kommun här"});
  CHECK_FALSE(r.Has("report.municipality"));
  CHECK_FALSE(r.Has("report.county"));
  CHECK(r.findings.empty());
}

TEST_CASE("the county board named in the document: the county, or a mismatch") {
  const std::vector<std::string> doc = {"Skickas till", "Länsstyrelsen i Stockholms län"};
  Record alone = Resolve(Record(), doc);
  CHECK(alone.Get("report.county").as_text() == "Stockholms län");
  CHECK(alone.Get("report.county_code").as_text() == "01");
  CHECK(alone.provenance.at("report.county").line == 2);
  CHECK_FALSE(alone.Has("report.municipality"));

  Record other = Resolve(With("report.municipality", Value::Text("Västerås")), doc);
  CHECK(other.Get("report.county").as_text() == "Västmanlands län");  // the municipality's
  REQUIRE(other.findings.size() == 1);
  CHECK(other.findings[0].code == "county_mismatch");
  CHECK(other.findings[0].line == 2);
  CHECK(testing::ProjectPatterns().messages().Render("county_mismatch", other.findings[0].args,
                                                     "sv") ==
        "redovisningen är ställd till Stockholms län, men Västerås ligger i Västmanlands län");

  Record same = Resolve(With("report.municipality", Value::Text("Nacka")), doc);
  CHECK(same.findings.empty());
}

TEST_CASE("a co-municipality list loses the reporting municipality") {
  Record r = With("report.municipality", Value::Text("Västerås"));
  r.values["report.co_municipalities"] = Value::MakeList({"Sala", "Västerås"});
  CHECK(Resolve(r).Get("report.co_municipalities").as_list() == std::vector<std::string>{"Sala"});
  r.values["report.co_municipalities"] = Value::MakeList({"Västerås"});
  r.provenance["report.co_municipalities"].line = 3;
  Record only = Resolve(r);
  CHECK_FALSE(only.Has("report.co_municipalities"));
  CHECK(only.provenance.count("report.co_municipalities") == 0);
}

TEST_CASE("identity: an official name in the Kommun cell gives the code and the county") {
  std::string text = Replace(SampleFile("2023_filled.txt"), "\tKommun\nLindesberg\n",
                             "\tKommun\nNORRKÖPINGS KOMMUN\n");
  auto recs = ExtractText(text);
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("report.municipality").as_text() == "Norrköping");
  CHECK(recs[0].Get("report.municipality_code").as_text() == "0581");
  CHECK(recs[0].Get("report.county").as_text() == "Östergötlands län");
  CHECK(recs[0].Get("report.county_code").as_text() == "05");
  CHECK_FALSE(HasFinding(recs[0], "unknown_municipality"));
  // Sent to Örebro's county board, but Norrköping lies in Östergötland.
  CHECK(HasFinding(recs[0], "county_mismatch"));

  text =
      Replace(SampleFile("2023_filled.txt"), "\tKommun\nLindesberg\n", "\tKommun\nFalu kommun\n");
  recs = ExtractText(text);
  CHECK(recs[0].Get("report.municipality_code").as_text() == "2080");
}

TEST_CASE("identity: a blank form records the county board it is addressed to, however named") {
  const std::string blank = SampleFile("002_b542900f2722aa90.txt");
  const std::string addressed = "Länsstyrelsen i Örebro län, 701 86 Örebro.";
  const std::pair<const char*, const char*> kBoards[] = {
      {"Länsstyrelsen i Örebro län, 701 86 Örebro.", "18"},
      {"Länsstyrelsen Skåne, 205 15 Malmö.", "12"},
      {"Länsstyrelsen Västra Götaland, 403 40 Göteborg.", "14"},
      {"Länsstyrelsen i Västra Götalands län, 403 40 Göteborg.", "14"},
      {"Länsstyrelsen i Stockholm Box 22067, 104 22 Stockholm.", "01"},
      {"LÄNSSTYRELSEN GOTLAND", "09"},
      {"socialt.stod.dalarna@lansstyrelsen.se", "20"},
  };
  for (const auto& [board_text, code] : kBoards) {
    std::string board = board_text;
    CAPTURE(board);
    auto recs = ExtractText(Replace(blank, addressed, board));
    REQUIRE(recs.size() == 1);
    CHECK(recs[0].status == "blank");
    CHECK(recs[0].Get("report.county_code").as_text() == code);
    CHECK_FALSE(recs[0].Has("report.municipality"));
  }
  // Words after the board that are not a county name none.
  auto recs = ExtractText(Replace(blank, addressed, "Länsstyrelsen tillhanda senast i januari."));
  CHECK_FALSE(recs[0].Has("report.county"));
}

TEST_CASE("identity: a clue that fits two municipalities names neither, and says so") {
  std::string text = WithoutClues(
      Replace(SampleFile("2023_filled.txt"), "\tKommun\nLindesberg\n", "\tKommun\n\n"), "habo.se");
  auto recs = ExtractText(text);
  REQUIRE(recs.size() == 1);
  CHECK_FALSE(recs[0].Has("report.municipality"));
  CHECK_FALSE(recs[0].Has("report.municipality_code"));
  CHECK(HasFinding(recs[0], "ambiguous_municipality"));
  // The county board's county still stands.
  CHECK(recs[0].Get("report.county_code").as_text() == "18");

  // One clear clue is enough.
  text = Replace(text, "socialforvaltningen@habo.se", "socialforvaltningen@lindesberg.se");
  recs = ExtractText(text);
  CHECK(recs[0].Get("report.municipality_code").as_text() == "1885");
  CHECK(HasFinding(recs[0], "municipality_inferred"));
  CHECK_FALSE(HasFinding(recs[0], "ambiguous_municipality"));
}

TEST_CASE("identity: a Kommun cell naming its municipality among other words, or naming two") {
  const std::string filled = SampleFile("2023_filled.txt");
  auto recs = ExtractText(Replace(filled, "\tKommun\nLindesberg\n",
                                  "\tKommun\nLindesbergs kommun, Socialförvaltningen\n"));
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("report.municipality").as_text() == "Lindesberg");
  CHECK(recs[0].Get("report.municipality_code").as_text() == "1885");
  CHECK_FALSE(HasFinding(recs[0], "unknown_municipality"));

  // Two names: neither, unless another clue (here the post town) settles it.
  std::string two = Replace(filled, "\tKommun\nLindesberg\n", "\tKommun\nLindesberg och Nora\n");
  recs = ExtractText(two);
  CHECK(HasFinding(recs[0], "ambiguous_municipality"));
  CHECK(HasFinding(recs[0], "municipality_inferred"));
  CHECK(recs[0].Get("report.municipality_code").as_text() == "1885");
  recs = ExtractText(WithoutClues(two, "example.se"));
  CHECK_FALSE(recs[0].Has("report.municipality"));
  CHECK_FALSE(recs[0].Has("report.municipality_code"));
  CHECK(HasFinding(recs[0], "ambiguous_municipality"));
}

TEST_CASE(
    "identity: the county board a cover letter is addressed to, when the form does not name it") {
  std::string blank = Replace(SampleFile("002_b542900f2722aa90.txt"),
                              "Sänds in till: Länsstyrelsen i Örebro län, 701 86 Örebro.", "");
  auto recs = ExtractText(blank);
  REQUIRE(recs.size() == 1);
  CHECK_FALSE(recs[0].Has("report.county"));
  recs = ExtractText("Till Länsstyrelsen Gävleborg\n\nHär kommer vår redovisning.\n\n" + blank);
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].status == "blank");
  CHECK(recs[0].Get("report.county").as_text() == "Gävleborgs län");
}

TEST_CASE("identity: a Kommun cell that names no municipality gives way to the other clues") {
  auto recs = ExtractText(Replace(SampleFile("2023_filled.txt"), "\tKommun\nLindesberg\n",
                                  "\tKommun\nSocialförvaltningen\n"));
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("report.municipality").as_text() == "Lindesberg");
  CHECK(recs[0].Get("report.municipality_code").as_text() == "1885");
  CHECK(HasFinding(recs[0], "unknown_municipality"));
  CHECK(HasFinding(recs[0], "municipality_inferred"));
}

TEST_CASE("a name OCR misread is the one municipality within its reach") {
  const MunicipalityRegistry& r = testing::ProjectPatterns().municipalities();
  int d = -1;
  REQUIRE(SnapMisreadMunicipality(r, "VASTERAS", &d));  // the marks lost
  CHECK(SnapMisreadMunicipality(r, "VASTERAS")->name == "Västerås");
  CHECK(d == 0);
  REQUIRE(SnapMisreadMunicipality(r, "VÄS I ERÅS", &d));  // a letter misread, the word split
  CHECK(SnapMisreadMunicipality(r, "VÄS I ERÅS")->name == "Västerås");
  CHECK(d == 1);
  CHECK(SnapMisreadMunicipality(r, "Vasteras stad")->name == "Västerås");
  CHECK(SnapMisreadMunicipality(r, "Upplands-Vasby")->code == "0114");
  CHECK(SnapMisreadMunicipality(r, "Sundsvali")->name == "Sundsvall");
  // Two within reach, a short name, or none near: no municipality.
  CHECK(SnapMisreadMunicipality(r, "Habo") == nullptr);   // Habo and Håbo
  CHECK(SnapMisreadMunicipality(r, "Lunb") == nullptr);   // under 5 letters: no edit allowed
  CHECK(SnapMisreadMunicipality(r, "Kista") == nullptr);  // a post town, no municipality near
  CHECK(SnapMisreadMunicipality(r, "Samordningsförbundet") == nullptr);
  CHECK(SnapMisreadMunicipality(r, "") == nullptr);
}

TEST_CASE(
    "identity: an empty Kommun cell whose clues were not read is not the municipality's blank") {
  // The Kommun label found with nothing beside it, and no clue read: the
  // answers the municipality could be inferred from were not found at all.
  Record r;
  r.places["report.municipality"].at.line = 3;
  r.places["report.municipality"].label = "Kommun";
  r = Resolve(r, {}, true);
  CHECK_FALSE(r.Has("report.municipality"));
  REQUIRE(r.findings.size() == 1);
  CHECK(r.findings[0].code == "ambiguous_municipality");
  CHECK(r.findings[0].message_id == "ambiguous_municipality.unread");
  CHECK(r.findings[0].line == 3);
  CHECK(r.findings[0].message.find("contact.city") != std::string::npos);

  // Every clue the edition asks found, each with its blank answer: the cell
  // and the clues were left blank by the writer, and identity says nothing
  // (the checker's required_missing is then the municipality's omission).
  Record blank;
  blank.places["report.municipality"].at.line = 3;
  for (const std::string& key : testing::ProjectPatterns().vocabulary().municipality_clues)
    blank.places[key].at.line = 5;
  blank = Resolve(blank, {}, true);
  CHECK_FALSE(blank.Has("report.municipality"));
  CHECK(blank.findings.empty());

  // One clue found unplaced (its line held more than the label, no answer
  // read): not read, so the warning stands.
  blank.findings.clear();
  blank.places["contact.city"].unplaced = true;
  blank = Resolve(blank, {}, true);
  REQUIRE(blank.findings.size() == 1);
  CHECK(blank.findings[0].message_id == "ambiguous_municipality.unread");
}

TEST_CASE("identity: a finding on an unknown municipality names the keys derived from it") {
  Record r;
  r.AddFinding("warning", "label_as_value", {"report.municipality"}, "a label in the Kommun cell");
  r.AddFinding("warning", "value_unreadable", {"contact.phone"}, "a phone number cut short");
  Record out = Resolve(r);
  CHECK_FALSE(out.Has("report.municipality_code"));
  CHECK(out.findings[0].keys == std::vector<std::string>{"report.municipality",
                                                         "report.municipality_code",
                                                         "report.county", "report.county_code"});
  CHECK(out.findings[1].keys == std::vector<std::string>{"contact.phone"});

  // The county board named: the county has a value and is not named.
  out = Resolve(r, {"Till Länsstyrelsen i Örebro län"});
  REQUIRE(out.Has("report.county"));
  CHECK(out.findings[0].keys ==
        std::vector<std::string>{"report.municipality", "report.municipality_code"});

  // The checker's finding on a Kommun label not found, after the resolver.
  auto recs = ExtractText(WithoutClues(
      Replace(SampleFile("2023_filled.txt"), "\tKommun\nLindesberg\n", ""), "example.se"));
  REQUIRE(recs.size() == 1);
  CHECK_FALSE(recs[0].Has("report.municipality_code"));
  const Finding* f = testing::FindCodeFor(recs[0], "answer_not_found", "report.municipality");
  REQUIRE(f != nullptr);
  CHECK(f->keys.front() == "report.municipality");
  CHECK(testing::NamesKey(*f, "report.municipality_code"));

  // The municipality found: nothing is added.
  r.values["report.municipality"] = Value::Text("Lindesberg");
  out = Resolve(r);
  CHECK(out.Get("report.municipality_code").as_text() == "1885");
  CHECK(out.findings[0].keys == std::vector<std::string>{"report.municipality"});
}

}  // namespace identity_test
