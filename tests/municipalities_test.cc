#include "redovis/municipalities.h"

#include <doctest/doctest.h>
#include <unicode/locid.h>
#include <unistd.h>

#include <fstream>
#include <set>

#include "base/text_util.h"
#include "test_paths.h"
#include "test_support.h"

namespace municipalities_test {

using namespace redovis;

namespace {

std::string Upper(const std::string& s) {
  icu::UnicodeString u = U(s);
  u.toUpper(icu::Locale("sv"));
  return Utf8(u);
}

std::string Lower(const std::string& s) {
  icu::UnicodeString u = U(s);
  u.toLower(icu::Locale("sv"));
  return Utf8(u);
}

/// The official name without its affix: "Falu kommun" -> "Falu",
/// "Region Gotland" -> "Gotland", "Helsingborgs stad" -> "Helsingborgs".
std::string WithoutAffix(const std::string& official) {
  for (const char* suffix : {" kommun", " stad"}) {
    std::string s(suffix);
    if (official.size() > s.size() &&
        official.compare(official.size() - s.size(), s.size(), s) == 0)
      return official.substr(0, official.size() - s.size());
  }
  if (official.rfind("Region ", 0) == 0) return official.substr(7);
  return official;
}

/// The rows of patterns/municipalities.tsv as written: code and fields.
std::vector<std::vector<std::string>> TsvRows() {
  std::ifstream in(std::string(redovis::testing::SourceDir()) + "/patterns/municipalities.tsv");
  std::vector<std::vector<std::string>> rows;
  std::string line;
  std::getline(in, line);  // header
  while (std::getline(in, line)) {
    std::vector<std::string> cols;
    size_t from = 0;
    for (;;) {
      size_t tab = line.find('\t', from);
      cols.push_back(line.substr(from, tab == std::string::npos ? std::string::npos : tab - from));
      if (tab == std::string::npos) break;
      from = tab + 1;
    }
    rows.push_back(cols);
  }
  return rows;
}

std::string CodeOf(const MunicipalityRegistry& r, const std::string& written) {
  const Municipality* m = r.Find(written);
  return m ? m->code : "(none)";
}

}  // namespace

TEST_CASE("municipality names as written map to the canonical one") {
  const MunicipalityRegistry& r = testing::ProjectPatterns().municipalities();
  REQUIRE(r.Find("Västerås stad"));
  CHECK(r.Find("Västerås stad")->code == "1980");
  CHECK(r.Find("VÄSTERÅS")->name == "Västerås");
  CHECK(r.Find("Nacka kommun")->code == "0182");
  CHECK(r.Find("Region Gotland")->name == "Gotland");
  CHECK(r.Find("Kristianstads kommun")->name == "Kristianstad");
  CHECK(r.Find("Upplands-Väsby")->name == "Upplands Väsby");
  CHECK(r.Find("Atlantis") == nullptr);
  CHECK(r.FindAscii("timra")->name == "Timrå");
  CHECK(r.FindInText("Socialtjänsten Timrå Kommun")->name == "Timrå");
  int d = 0;
  CHECK(r.Nearest("Västeros", &d)->name == "Västerås");
  CHECK(d == 1);
}

TEST_CASE("official names in their genitive and irregular forms") {
  const MunicipalityRegistry& r = testing::ProjectPatterns().municipalities();
  CHECK(CodeOf(r, "Norrköpings kommun") == "0581");
  CHECK(CodeOf(r, "Helsingborgs stad") == "1283");
  CHECK(CodeOf(r, "Malung-Sälens kommun") == "2023");
  CHECK(CodeOf(r, "Malung Sälens kommun") == "2023");
  CHECK(CodeOf(r, "Region Gotland") == "0980");
  CHECK(CodeOf(r, "Gotlands kommun") == "0980");
  CHECK(CodeOf(r, "Falu kommun") == "2080");
  CHECK(CodeOf(r, "FALU KOMMUN") == "2080");
  CHECK(CodeOf(r, "Falu kommuns") == "2080");
  CHECK(CodeOf(r, "Gävle kommun") == "2180");
  CHECK(CodeOf(r, "Uppsala kommun") == "0380");
  CHECK(CodeOf(r, "Borås stad") == "1490");
  CHECK(CodeOf(r, "Mora kommun") == "2062");
  CHECK(CodeOf(r, "Hofors kommun") == "2104");
  CHECK(CodeOf(r, "Säffle kommun") == "1785");
  CHECK(CodeOf(r, "Åre kommun") == "2321");
  CHECK(CodeOf(r, "Ale kommun") == "1440");
  CHECK(CodeOf(r, "Kalmar kommun") == "0880");
  CHECK(CodeOf(r, "Dals-Eds kommun") == "1438");
  CHECK(CodeOf(r, "Lilla Edets kommun") == "1462");
  CHECK(CodeOf(r, "Östra Göinge kommun") == "1256");
  CHECK(CodeOf(r, "Stockholms stad") == "0180");
  CHECK(CodeOf(r, "Göteborgs Stad") == "1480");
  CHECK(CodeOf(r, "Malmö stad") == "1280");
  CHECK(CodeOf(r, "Malung") == "2023");
}

TEST_CASE("every one of the 290 municipalities is found by each of its written forms") {
  const MunicipalityRegistry& r = testing::ProjectPatterns().municipalities();
  auto rows = TsvRows();
  REQUIRE(rows.size() == 290);
  REQUIRE(r.size() == 290);
  std::set<std::string> codes, officials;
  for (const auto& row : rows) {
    REQUIRE(row.size() == 6);
    const std::string& code = row[0];
    const std::string& name = row[1];
    const std::string& official = row[4];
    CAPTURE(name);
    CAPTURE(official);
    CHECK(codes.insert(code).second);
    CHECK(officials.insert(official).second);
    CHECK(CodeOf(r, name) == code);
    CHECK(CodeOf(r, Upper(name)) == code);
    CHECK(CodeOf(r, Lower(name)) == code);
    CHECK(CodeOf(r, "  " + name + " ") == code);
    CHECK(CodeOf(r, official) == code);
    CHECK(CodeOf(r, Upper(official)) == code);
    CHECK(CodeOf(r, Lower(official)) == code);
    CHECK(CodeOf(r, WithoutAffix(official)) == code);
    CHECK(CodeOf(r, Upper(WithoutAffix(official))) == code);
    // The genitive with the other affix ("Helsingborgs kommun", "Nackas stad" is not written,
    // but "Nacka stad" would be the same key as "Nacka kommun").
    CHECK(CodeOf(r, WithoutAffix(official) + " kommun") == code);
    CHECK(CodeOf(r, WithoutAffix(official) + " stad") == code);
    CHECK(CodeOf(r, name + " kommun") == code);
    CHECK(CodeOf(r, "Kommun " + name) == code);
    // Hyphens and spaces are the same ("Upplands-Väsby", "Malung Sälen").
    std::string spaced = name;
    for (char& c : spaced)
      if (c == '-') c = ' ';
    CHECK(CodeOf(r, spaced) == code);
    // In running text, with its affix and alone.
    const Municipality* in_text = r.FindInText("Socialnämnden i " + official + ", Box 1");
    CHECK((in_text ? in_text->code : "(none)") == code);
    in_text = r.FindInText("123 45 " + name);
    CHECK((in_text ? in_text->code : "(none)") == code);
    // The official form is the one the registry gives back.
    REQUIRE(r.Find(name));
    CHECK(r.Find(name)->official == official);
    CHECK(r.Find(name)->name == name);
  }
}

TEST_CASE("names that look alike never cross") {
  const MunicipalityRegistry& r = testing::ProjectPatterns().municipalities();
  const std::pair<const char*, const char*> kAlike[] = {
      {"Ale", "1440"},          {"Alingsås", "1489"},     {"Mora", "2062"},
      {"Orsa", "2034"},         {"Bjuv", "1260"},         {"Båstad", "1278"},
      {"Nora", "1884"},         {"Norberg", "1962"},      {"Habo", "0643"},
      {"Håbo", "0305"},         {"Kalix", "2514"},        {"Överkalix", "2513"},
      {"Köping", "1983"},       {"Lidköping", "1494"},    {"Falköping", "1499"},
      {"Mark", "1463"},         {"Markaryd", "0767"},     {"Eda", "1730"},
      {"Dals-Ed", "1438"},      {"Sala", "1981"},         {"Salem", "0128"},
      {"Berg", "2326"},         {"Kil", "1715"},          {"Lund", "1281"},
      {"Lunds kommun", "1281"}, {"Upplands-Bro", "0139"}, {"Upplands Väsby", "0114"},
      {"Tranås", "0687"},       {"Tranemo", "1452"},      {"Torsås", "0834"},
      {"Torsby", "1737"},       {"Hofors", "2104"},       {"Storfors", "1760"},
      {"Munkfors", "1762"},     {"Falun", "2080"},        {"Falu", "2080"},
      {"Falkenberg", "1382"},   {"Kumla", "1881"},        {"Kungälv", "1482"},
      {"Åre", "2321"},          {"Årjäng", "1765"},       {"Ånge", "2260"},
      {"Boden", "2582"},        {"Borås", "1490"},        {"Borlänge", "2081"},
      {"Vara", "1470"},         {"Varberg", "1383"},
  };
  for (const auto& [written, code] : kAlike) {
    CAPTURE(written);
    CHECK(CodeOf(r, written) == code);
  }
  // Neither a municipality nor an alias of one.
  for (const char* none :
       {"Ö", "Öland", "Ed", "Edet", "Göinge", "Upplands", "Väsby", "Sälen", "Bro", "Lilla",
        "Region", "kommun", "stad", "Ales", "Moras", "Region Skåne"}) {
    CAPTURE(none);
    CHECK(r.Find(none) == nullptr);
  }
}

TEST_CASE("an ASCII-folded name that fits two municipalities names neither") {
  const MunicipalityRegistry& r = testing::ProjectPatterns().municipalities();
  std::vector<const Municipality*> candidates;
  CHECK(r.FindAscii("habo", &candidates) == nullptr);
  REQUIRE(candidates.size() == 2);
  std::set<std::string> codes = {candidates[0]->code, candidates[1]->code};
  CHECK(codes == std::set<std::string>{"0305", "0643"});
  CHECK(r.FindAscii("upplandsvasby")->code == "0114");
  CHECK(r.FindAscii("malung-salen")->code == "2023");
  CHECK(r.FindAscii("falun")->code == "2080");
  CHECK(r.FindAscii("atlantis") == nullptr);
}

TEST_CASE("a text naming two municipalities names neither; common words are not names") {
  const MunicipalityRegistry& r = testing::ProjectPatterns().municipalities();
  std::vector<const Municipality*> candidates;
  CHECK(r.FindInText("Socialförvaltningen Sala och Heby", &candidates) == nullptr);
  REQUIRE(candidates.size() == 2);
  CHECK(candidates[0]->name == "Sala");
  CHECK(candidates[1]->name == "Heby");
  CHECK(r.FindInText("Köpings kommun, Köping")->name == "Köping");
  CHECK(r.FindInText("Socialnämnden i Falu kommun")->name == "Falun");
  CHECK(r.FindInText("REGION GOTLAND, VISBY")->name == "Gotland");
  CHECK(r.FindInText("vi har mark och berg att vara stolta över") == nullptr);
  CHECK(r.FindInText("Enheten för vuxna") == nullptr);
}

TEST_CASE("a table where one written form names two municipalities does not load") {
  char dir[] = "/tmp/redovis_municipalities_XXXXXX";
  REQUIRE(mkdtemp(dir));
  std::string path = std::string(dir) + "/municipalities.tsv";
  {
    std::ofstream out(path);
    out << "code\tname\tcounty_code\tcounty\tofficial_name\tother_names\n"
        << "2080\tFalun\t20\tDalarnas län\tFalu kommun\t\n"
        << "2062\tMora\t20\tDalarnas län\tMora kommun\tFalu\n";
  }
  MunicipalityRegistry r;
  Status s = r.Load(path, &testing::ProjectPatterns().vocabulary());
  CHECK_FALSE(s.ok());
  CHECK(s.message().find(":3:") != std::string::npos);
  CHECK(s.message().find("Falun") != std::string::npos);
  CHECK(s.message().find("Mora") != std::string::npos);
  {
    std::ofstream out(path);
    out << "code\tname\tcounty_code\tcounty\n2080\tFalun\t20\tDalarnas län\n";
  }
  MunicipalityRegistry short_rows;
  CHECK_FALSE(short_rows.Load(path, &testing::ProjectPatterns().vocabulary()).ok());
  unlink(path.c_str());
  rmdir(dir);
}

TEST_CASE("counties as written") {
  const MunicipalityRegistry& r = testing::ProjectPatterns().municipalities();
  std::string county, code;
  REQUIRE(r.FindCounty("Västmanlands Län", &county, &code));
  CHECK(county == "Västmanlands län");
  CHECK(code == "19");
  REQUIRE(r.FindCounty("stockholm", &county, &code));
  CHECK(code == "01");
  REQUIRE(r.FindCounty("Örebro", &county, &code));
  CHECK(county == "Örebro län");
  CHECK_FALSE(r.FindCounty("Narnia", &county, &code));
}

}  // namespace municipalities_test
