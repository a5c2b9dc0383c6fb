// The answers of the regex syntax check for the shipped patterns, computed
// at build time: a table keyed by a hash of each regular expression's text
// and the flags it is checked and matched with, so that loading the shipped
// patterns/ does not ask ICU again (compiling every distinct regex once to
// check it was most of a start-up's pattern loading).
//
// In: a regex's source. Out: its entry (group count, the rule label that
// DeriveLabel spells from it when the regex matches that label at its start,
// else "", and the analyses of its source that the prefilter uses:
// LiteralPrefix, LeadBytes and RequiredLiterals, src/patterns/regex_analysis.h) or
// nullptr. An entry is found only for the exact text
// (the hash chooses, the text is then compared), so an edited regex, or one
// in a user's own patterns directory, is not found and is checked as
// before, its errors naming its file and line; a regex whose text is
// unchanged has the same answers wherever it is read. The table is made by
// the build (redovis_regex_table, src/patterns/regex_table_tool.cc) from
// patterns/ with this program's own loader, and compiled in: it is rebuilt
// whenever a pattern file or the loader changes, never read from a file.
// Immutable; safe to share across threads.
#ifndef REDOVIS_PATTERNS_REGEX_TABLE_H_
#define REDOVIS_PATTERNS_REGEX_TABLE_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace redovis {

/// One regex's check answers. The views point into storage that outlives
/// the table (the generated table's literals, or a test's strings).
struct KnownRegex {
  uint64_t key = 0;         ///< RegexTableKey(source)
  std::string_view source;  ///< the regex as written in the rules
  int groups = 0;           ///< its capture groups
  /// The rule label DeriveLabel spells from it, where the regex (matched as
  /// always) matches that label at its start; "" otherwise.
  std::string_view label;
  bool label_closed = false;  ///< DeriveLabel's `closed` for that label
  // The source's analyses (regex.h), worked out by the build with the same
  // functions, so that a process does not read the source for them again.
  std::string_view prefix;  ///< LiteralPrefix(source)
  bool lead_known = false;  ///< LeadBytes(source).known
  /// LeadBytes(source).bytes, when known: byte b is bit b % 64 of word b / 64.
  uint64_t lead[4] = {0, 0, 0, 0};
  const std::string_view* required = nullptr;  ///< RequiredLiterals(source), in order
  size_t required_count = 0;                   ///< how many
};

/// The answers of a regex's check as the loader made them, owned: what the
/// generator writes (RegexTableSource).
struct RegexAnswer {
  std::string source;
  int groups = 0;
  std::string label;
  bool label_closed = false;
  bool checked = true;  ///< ICU checked it in the load that made it (false: a table answered)
};

class RegexTable {
 public:
  /// An empty table: every regex is checked.
  RegexTable() = default;
  /// A table of `entries` (any order; each key must be RegexTableKey of its source).
  explicit RegexTable(std::vector<KnownRegex> entries);

  /// The entry for exactly `source`, or nullptr.
  const KnownRegex* Find(std::string_view source) const;
  /// How many regexes the table answers for.
  size_t size() const { return entries_.size(); }

 private:
  std::vector<KnownRegex> entries_;  ///< sorted by key
};

/// The key of a regex's source: FNV-1a (64 bits) of the flags it is checked
/// and matched with (src/patterns/regex.h) and its UTF-8 text, so that a
/// change of either misses the table.
uint64_t RegexTableKey(std::string_view source);

/// The C++ source of a translation unit defining ShippedRegexes() over
/// `answers` (one per distinct source), with each source's analyses
/// (LiteralPrefix, LeadBytes, RequiredLiterals) worked out here, each text
/// written as an escaped literal; what the build compiles in.
std::string RegexTableSource(const std::vector<RegexAnswer>& answers);

/// The table of the patterns/ this program was built with; empty in the
/// build tool that makes it. Defined by the generated file.
const RegexTable& ShippedRegexes();

}  // namespace redovis

#endif  // REDOVIS_PATTERNS_REGEX_TABLE_H_
