// The lookup keys of the shipped municipality registry's written names,
// worked out at build time: for each name of patterns/municipalities.tsv,
// in the order the registry reads them (WrittenNames), its key
// (MunicipalityRegistry::Key: folded, affixes removed, hyphens as spaces),
// the key ASCII-folded, and whether the name carries no affix. Working
// these out at load ran each municipality's official name through the
// affixes' regexes ("Falu kommun"), most of the registry's load.
//
// In: the bytes of a municipalities.tsv and the vocabulary's affixes. Out:
// the table's keys when both are exactly those the table was made from (a
// stamp over the bytes and the affixes' sources decides), else none, and
// the registry works the keys out as before (an edited table, a user's
// own patterns directory). The table is made by the build's tool
// (redovis_regex_table, src/patterns/regex_table_tool.cc) with the
// registry's own code, and compiled in. Immutable; safe to share.
#ifndef REDOVIS_PATTERNS_MUNICIPALITY_KEYS_H_
#define REDOVIS_PATTERNS_MUNICIPALITY_KEYS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "redovis/municipalities.h"
#include "redovis/patterns.h"

namespace redovis {

/// What the registry works out for one written name.
struct NameKeys {
  std::string_view key;    ///< MunicipalityRegistry::Key(name)
  std::string_view ascii;  ///< the key ASCII-folded, hyphens as spaces
  bool bare = false;       ///< the name as written, folded, is its key (it has no affix)
};

/// The keys of every written name of one municipalities.tsv, in order.
struct MunicipalityKeys {
  uint64_t stamp = 0;  ///< MunicipalityKeysStamp of the table's bytes and affixes
  const NameKeys* names = nullptr;
  size_t count = 0;
};

/// A municipality's written names in the order the registry reads them:
/// its short name, its official name, then its other names.
std::vector<std::string> WrittenNames(const Municipality& m);

/// `s` with its hyphens as spaces and runs of spaces squeezed: the
/// registry's lookup form of a folded name ("upplands-bro" -> "upplands bro").
std::string HyphenToSpace(std::string s);

/// What the registry works out for `written` with `key`, its Key(): the
/// ASCII-folded key and whether the name has no affix.
struct OwnedNameKeys {
  std::string key, ascii;
  bool bare = false;
};
OwnedNameKeys MakeNameKeys(const std::string& written, std::string key);

/// FNV-1a (64 bits) over the affixes' sources, each ended by a NUL, then
/// the table's bytes: a changed byte of either misses the table.
uint64_t MunicipalityKeysStamp(std::string_view tsv_bytes, const std::vector<Pattern>& affixes);

/// The keys made for `stamp` when it is `table`'s, or nullptr.
const MunicipalityKeys* KeysFor(const MunicipalityKeys& table, uint64_t stamp);

/// The C++ source of a translation unit defining ShippedMunicipalityKeys()
/// as `names` (the strings copied as escaped literals) under `stamp`; what
/// the build compiles in.
std::string MunicipalityKeysSource(uint64_t stamp, const std::vector<OwnedNameKeys>& names);

/// The keys of the patterns/ this program was built with; empty (count 0,
/// stamp 0) in the build tool that makes them. Defined by the generated file.
const MunicipalityKeys& ShippedMunicipalityKeys();

}  // namespace redovis

#endif  // REDOVIS_PATTERNS_MUNICIPALITY_KEYS_H_
