// redovis_regex_table PATTERNS_DIR OUT.cc: the build's tool that makes the
// table of the shipped regexes' check answers (regex_table.h). It loads
// PATTERNS_DIR with the program's own loader, checking every regex with ICU
// (its own table is empty: this file defines ShippedRegexes() for the tool,
// the generated file does for the program), and writes OUT.cc. Exit 1,
// naming the file and line, when the patterns do not load.
#include <fstream>
#include <iostream>
#include <memory>
#include <vector>

#include "patterns/pattern_loader.h"
#include "patterns/regex_table.h"

namespace redovis {

const RegexTable& ShippedRegexes() {
  static const RegexTable none;
  return none;
}

}  // namespace redovis

int main(int argc, char** argv) {
  if (argc != 3) {
    std::cerr << "usage: redovis_regex_table PATTERNS_DIR OUT.cc\n";
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
  std::ofstream out(argv[2], std::ios::trunc);
  out << redovis::RegexTableSource(answers);
  if (!out.flush()) {
    std::cerr << "redovis_regex_table: cannot write " << argv[2] << "\n";
    return 1;
  }
  return 0;
}
