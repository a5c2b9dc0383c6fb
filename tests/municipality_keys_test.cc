#include "patterns/municipality_keys.h"

#include <doctest/doctest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "patterns/regex.h"
#include "redovis/patterns.h"
#include "test_paths.h"

namespace municipality_keys_test {

using namespace redovis;

namespace {

std::string Slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

const std::string kDir = std::string(redovis::testing::SourceDir()) + "/patterns";

}  // namespace

TEST_CASE("ShippedMunicipalityKeys: the build's keys of every name, as the registry makes them") {
  std::unique_ptr<PatternSet> set;
  Status s = PatternSet::Load(kDir, &set);
  REQUIRE_MESSAGE(s.ok(), s.ToString());
  const MunicipalityKeys& table = ShippedMunicipalityKeys();
  CHECK(table.stamp == MunicipalityKeysStamp(Slurp(kDir + "/municipalities.tsv"),
                                             set->vocabulary().municipality_affixes));
  const MunicipalityRegistry& registry = set->municipalities();
  size_t i = 0;
  for (const Municipality& m : registry.all())
    for (const std::string& w : WrittenNames(m)) {
      REQUIRE(i < table.count);
      OwnedNameKeys made = MakeNameKeys(w, registry.Key(w));
      CHECK_MESSAGE(table.names[i].key == made.key, w);
      CHECK_MESSAGE(table.names[i].ascii == made.ascii, w);
      CHECK_MESSAGE(table.names[i].bare == made.bare, w);
      ++i;
    }
  CHECK(i == table.count);
  CHECK(i > 580);  // 290 municipalities, a short and an official name each, and others
}

TEST_CASE("MunicipalityRegistry: the shipped table's keys taken, no affix regex run to load") {
  // Working the keys out runs the official names ("Falu kommun") through
  // the affixes' regexes, which compiles them; the table spares that.
  std::unique_ptr<PatternSet> set;
  Status s = PatternSet::Load(kDir, &set);
  REQUIRE_MESSAGE(s.ok(), s.ToString());
  const std::vector<Pattern>& affixes = set->vocabulary().municipality_affixes;
  REQUIRE(affixes.size() >= 2);
  for (const Pattern& p : affixes) CHECK_MESSAGE(!p.compiled->IsCompiled(), p.source);
  // And the lookups answer as the keys say.
  const Municipality* falun = set->municipalities().Find("Falu kommun");
  REQUIRE(falun != nullptr);
  CHECK(falun->code == "2080");
  REQUIRE(set->municipalities().FindAscii("timra") != nullptr);
  CHECK(set->municipalities().FindAscii("timra")->code == "2262");
}

TEST_CASE("MunicipalityRegistry: an edited table is read as before, its keys worked out") {
  namespace fs = std::filesystem;
  fs::path dir = fs::temp_directory_path() / ("redovis_keys_" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::copy(kDir, dir, fs::copy_options::recursive);
  {
    std::ofstream out(dir / "municipalities.tsv", std::ios::app);
    out << "# one more byte\n";
  }
  std::unique_ptr<PatternSet> set;
  Status s = PatternSet::Load(dir.string(), &set);
  REQUIRE_MESSAGE(s.ok(), s.ToString());
  CHECK(MunicipalityKeysStamp(Slurp((dir / "municipalities.tsv").string()),
                              set->vocabulary().municipality_affixes) !=
        ShippedMunicipalityKeys().stamp);
  // Worked out: the affixes ran.
  bool compiled = false;
  for (const Pattern& p : set->vocabulary().municipality_affixes)
    compiled = compiled || p.compiled->IsCompiled();
  CHECK(compiled);
  const Municipality* falun = set->municipalities().Find("Falu kommun");
  REQUIRE(falun != nullptr);
  CHECK(falun->code == "2080");
  fs::remove_all(dir);
}

TEST_CASE("MunicipalityKeysStamp: the bytes and the affixes' sources") {
  Pattern a, b;
  a.source = "\\s+kommun$";
  b.source = "^region\\s+";
  uint64_t base = MunicipalityKeysStamp("x\ty\n", {a, b});
  CHECK(base == MunicipalityKeysStamp("x\ty\n", {a, b}));
  CHECK(base != MunicipalityKeysStamp("x\ty \n", {a, b}));
  CHECK(base != MunicipalityKeysStamp("x\ty\n", {b, a}));
  CHECK(base != MunicipalityKeysStamp("x\ty\n", {a}));
  MunicipalityKeys table{base, nullptr, 0};
  CHECK(KeysFor(table, base) == nullptr);  // no names: nothing to take
  NameKeys one{"falun", "falun", true};
  table.names = &one;
  table.count = 1;
  CHECK(KeysFor(table, base) == &table);
  CHECK(KeysFor(table, base + 1) == nullptr);
}

TEST_CASE("MunicipalityKeysSource: each name's keys written so that they read back the same") {
  std::string text = MunicipalityKeysSource(
      0x1234, {{"falu", "falu", false}, {"v\xc3\xa4ster\xc3\xa5s", "vasteras", true}});
  CHECK(text.find("{\"falu\", \"falu\", false},") != std::string::npos);
  CHECK(text.find("{\"v\\303\\244ster\\303\\245s\", \"vasteras\", true},") != std::string::npos);
  CHECK(text.find("keys{0x0000000000001234ULL, kNames, 2}") != std::string::npos);
  CHECK(text.find("const MunicipalityKeys& ShippedMunicipalityKeys()") != std::string::npos);
}

TEST_CASE("MakeNameKeys: the ASCII form and whether the name has an affix") {
  OwnedNameKeys falu = MakeNameKeys("Falu kommun", "falu");
  CHECK(falu.ascii == "falu");
  CHECK_FALSE(falu.bare);
  OwnedNameKeys bro = MakeNameKeys("Upplands-Bro", "upplands bro");
  CHECK(bro.bare);
  CHECK(bro.ascii == "upplands bro");
  OwnedNameKeys timra = MakeNameKeys("Timrå", "timrå");
  CHECK(timra.bare);
  CHECK(timra.ascii == "timra");
}

}  // namespace municipality_keys_test
