#include "patterns/regex_table.h"

#include <algorithm>
#include <cstdio>

#include "patterns/generated_source.h"
#include "patterns/regex.h"

namespace redovis {

uint64_t RegexTableKey(std::string_view source) {
  std::string flags = std::to_string(kCheckFlags) + "," + std::to_string(kMatchFlags) + ":";
  return Fnv1a(Fnv1a(kFnv1aBasis, flags), source);
}

RegexTable::RegexTable(std::vector<KnownRegex> entries) : entries_(std::move(entries)) {
  std::sort(entries_.begin(), entries_.end(),
            [](const KnownRegex& a, const KnownRegex& b) { return a.key < b.key; });
}

const KnownRegex* RegexTable::Find(std::string_view source) const {
  if (entries_.empty()) return nullptr;
  uint64_t key = RegexTableKey(source);
  auto it = std::lower_bound(entries_.begin(), entries_.end(), key,
                             [](const KnownRegex& e, uint64_t k) { return e.key < k; });
  for (; it != entries_.end() && it->key == key; ++it)
    if (it->source == source) return &*it;
  return nullptr;
}

std::string RegexTableSource(const std::vector<RegexAnswer>& answers) {
  std::vector<const RegexAnswer*> sorted;
  for (const RegexAnswer& a : answers) sorted.push_back(&a);
  std::sort(sorted.begin(), sorted.end(),
            [](const RegexAnswer* a, const RegexAnswer* b) { return a->source < b->source; });
  // Every entry's required literals, one after another in one array (a last
  // "" so that it is never empty); an entry points at its first.
  std::string literals;
  std::string entries;
  size_t count = 0;
  for (const RegexAnswer* a : sorted) {
    char key[32];
    std::snprintf(key, sizeof key, "0x%016llxULL",
                  static_cast<unsigned long long>(RegexTableKey(a->source)));
    LeadSet lead = LeadBytes(a->source);
    std::string words;
    for (int w = 0; w < 4; ++w) {
      unsigned long long word = 0;
      for (int bit = 0; bit < 64; ++bit)
        if (lead.known && lead.bytes.test(w * 64 + bit)) word |= 1ULL << bit;
      char buf[32];
      std::snprintf(buf, sizeof buf, "%s0x%016llxULL", w ? ", " : "", word);
      words += buf;
    }
    std::vector<std::string> required = RequiredLiterals(a->source);
    for (const std::string& r : required) literals += "    " + CppLiteral(r) + ",\n";
    entries += "      {" + std::string(key) + ", " + CppLiteral(a->source) + ", " +
               std::to_string(a->groups) + ", " + CppLiteral(a->label) + ", " +
               (a->label_closed ? "true" : "false") + ", " + CppLiteral(LiteralPrefix(a->source)) +
               ", " + (lead.known ? "true" : "false") + ", {" + words + "}, kRequired + " +
               std::to_string(count) + ", " + std::to_string(required.size()) + "},\n";
    count += required.size();
  }
  return "// Made by the build (redovis_regex_table) from patterns/: the syntax check's\n"
         "// answers for each shipped regex and its source's analyses\n"
         "// (src/patterns/regex_table.h). Do not edit.\n"
         "#include \"patterns/regex_table.h\"\n\n"
         "namespace redovis {\n\n"
         "namespace {\n\n"
         "const std::string_view kRequired[] = {\n" +
         literals +
         "    \"\"};\n\n"
         "}  // namespace\n\n"
         "const RegexTable& ShippedRegexes() {\n"
         "  static const RegexTable table(std::vector<KnownRegex>{\n" +
         entries +
         "  });\n"
         "  return table;\n"
         "}\n\n"
         "}  // namespace redovis\n";
}

}  // namespace redovis
