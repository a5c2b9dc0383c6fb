#include "patterns/municipality_keys.h"

#include <cstdio>

#include "base/text_util.h"
#include "patterns/generated_source.h"

namespace redovis {

std::vector<std::string> WrittenNames(const Municipality& m) {
  std::vector<std::string> written = {m.name, m.official};
  written.insert(written.end(), m.other_names.begin(), m.other_names.end());
  return written;
}

std::string HyphenToSpace(std::string s) {
  for (char& c : s)
    if (c == '-') c = ' ';
  return Squeeze(s);
}

OwnedNameKeys MakeNameKeys(const std::string& written, std::string key) {
  OwnedNameKeys out;
  out.bare = key == HyphenToSpace(Fold(Trim(written)));
  out.ascii = HyphenToSpace(AsciiFold(key));
  out.key = std::move(key);
  return out;
}

uint64_t MunicipalityKeysStamp(std::string_view tsv_bytes, const std::vector<Pattern>& affixes) {
  uint64_t hash = kFnv1aBasis;
  for (const Pattern& p : affixes) hash = Fnv1a(Fnv1a(hash, p.source), std::string_view("", 1));
  return Fnv1a(hash, tsv_bytes);
}

const MunicipalityKeys* KeysFor(const MunicipalityKeys& table, uint64_t stamp) {
  return table.count > 0 && table.stamp == stamp ? &table : nullptr;
}

std::string MunicipalityKeysSource(uint64_t stamp, const std::vector<OwnedNameKeys>& names) {
  char hex[32];
  std::snprintf(hex, sizeof hex, "0x%016llxULL", static_cast<unsigned long long>(stamp));
  std::string out =
      "// Made by the build (redovis_regex_table) from patterns/municipalities.tsv\n"
      "// and the affixes: each written name's keys (src/patterns/municipality_keys.h).\n"
      "// Do not edit.\n"
      "#include \"patterns/municipality_keys.h\"\n\n"
      "namespace redovis {\n\n"
      "namespace {\n\n"
      "const NameKeys kNames[] = {\n";
  for (const OwnedNameKeys& n : names)
    out += "    {" + CppLiteral(n.key) + ", " + CppLiteral(n.ascii) + ", " +
           (n.bare ? "true" : "false") + "},\n";
  out +=
      "    {\"\", \"\", false}};\n\n"
      "}  // namespace\n\n"
      "const MunicipalityKeys& ShippedMunicipalityKeys() {\n"
      "  static const MunicipalityKeys keys{" +
      std::string(hex) + ", kNames, " + std::to_string(names.size()) +
      "};\n"
      "  return keys;\n"
      "}\n\n"
      "}  // namespace redovis\n";
  return out;
}

}  // namespace redovis
