// redovis_regex_table PATTERNS_DIR OUT.cc KEYS_OUT.cc: the build's tool
// that makes the table of the shipped regexes' check answers (regex_table.h)
// and the table of the municipality registry's names' keys
// (municipality_keys.h). It loads PATTERNS_DIR with the program's own
// loader, checking every regex with ICU and working every name's keys out
// (its own tables are empty: this file defines ShippedRegexes() and
// ShippedMunicipalityKeys() for the tool, the generated files do for the
// program), and writes OUT.cc and KEYS_OUT.cc. Exit 1, naming the file and
// line, when the patterns do not load.
#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "patterns/municipality_keys.h"
#include "patterns/pattern_loader.h"
#include "patterns/regex_table.h"

namespace redovis {

const RegexTable& ShippedRegexes() {
  static const RegexTable none;
  return none;
}

const MunicipalityKeys& ShippedMunicipalityKeys() {
  static const MunicipalityKeys none;
  return none;
}

namespace {

/// Writes `text` to `path`; false when it cannot.
bool WriteFile(const std::string& path, const std::string& text) {
  std::ofstream out(path, std::ios::trunc);
  out << text;
  return static_cast<bool>(out.flush());
}

}  // namespace

}  // namespace redovis

int main(int argc, char** argv) {
  if (argc != 4) {
    std::cerr << "usage: redovis_regex_table PATTERNS_DIR OUT.cc KEYS_OUT.cc\n";
    return 2;
  }
  std::unique_ptr<redovis::PatternSet> set;
  std::vector<redovis::RegexAnswer> answers;
  redovis::Status s =
      redovis::PatternLoader::LoadSet(argv[1], redovis::ShippedRegexes(), &set, &answers);
  if (!s.ok()) {
    std::cerr << "redovis_regex_table: " << s.message() << "\n";
    return 1;
  }
  // The names' keys, in the order the registry reads them, stamped with
  // the table's bytes and the affixes they were made with.
  const std::string tsv = std::string(argv[1]) + "/municipalities.tsv";
  std::ifstream in(tsv, std::ios::binary);
  std::ostringstream bytes;
  if (!in || !(bytes << in.rdbuf())) {
    std::cerr << "redovis_regex_table: cannot read " << tsv << "\n";
    return 1;
  }
  const redovis::MunicipalityRegistry& registry = set->municipalities();
  std::vector<redovis::OwnedNameKeys> names;
  for (const redovis::Municipality& m : registry.all())
    for (const std::string& w : redovis::WrittenNames(m))
      names.push_back(redovis::MakeNameKeys(w, registry.Key(w)));
  uint64_t stamp =
      redovis::MunicipalityKeysStamp(bytes.str(), set->vocabulary().municipality_affixes);
  for (int i = 2; i <= 3; ++i) {
    std::string text =
        i == 2 ? redovis::RegexTableSource(answers) : redovis::MunicipalityKeysSource(stamp, names);
    if (!redovis::WriteFile(argv[i], text)) {
      std::cerr << "redovis_regex_table: cannot write " << argv[i] << "\n";
      return 1;
    }
  }
  return 0;
}
