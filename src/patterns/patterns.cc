// Loads patterns/: the catalogue, the messages, the shared vocabulary, the
// checks, the municipalities and one rule file per form edition (the files
// are parsed by pattern_loader); a regex's syntax check (CompilePattern)
// and the pattern it makes (KnownGoodPattern); the pattern set's lookups. See patterns/README.md
// for the rule language.
#include "redovis/patterns.h"

#include <unicode/regex.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <filesystem>

#include "patterns/pattern_loader.h"
#include "patterns/regex.h"
#include "patterns/regex_table.h"

namespace redovis {

bool CompilePattern(const std::string& source, Pattern* out, std::string* error) {
  return CompilePattern(source, out, error, nullptr);
}

bool CompilePattern(const std::string& source, Pattern* out, std::string* error,
                    std::unique_ptr<icu::RegexPattern>* checked) {
  // The source is checked here, so that a bad one is an error naming its file
  // and line; the case-insensitive compilation the matcher runs is left to
  // the first match (CompiledRegex), as most rules of a run are never tried.
  // Without case folding, ICU checks the same syntax at a fraction of the
  // cost (case-closing \p{L} alone is most of a rule's compilation).
  UErrorCode status = U_ZERO_ERROR;
  UParseError parse_error;
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(source);
  std::unique_ptr<icu::RegexPattern> p(
      icu::RegexPattern::compile(u, kCheckFlags, parse_error, status));
  if (U_FAILURE(status) || !p) {
    *error = std::string("bad regular expression (") + u_errorName(status) + ") at offset " +
             std::to_string(parse_error.offset) + ": " + source;
    return false;
  }
  {
    UErrorCode st = U_ZERO_ERROR;
    std::unique_ptr<icu::RegexMatcher> m(p->matcher(st));
    out->groups = U_SUCCESS(st) && m ? m->groupCount() : 0;
  }
  if (checked) *checked = std::move(p);
  int groups = out->groups;
  KnownGoodPattern(source, groups, out);
  return true;
}

void KnownGoodPattern(const std::string& source, int groups, Pattern* out,
                      const KnownRegex* known) {
  out->compiled = std::make_shared<const CompiledRegex>(source, known);
  out->source = source;
  out->groups = groups;
  out->folded_prefix = known ? std::string(known->prefix) : LiteralPrefix(source);
  out->anchored = !source.empty() && source[0] == '^';
}

std::vector<const Rule*> Edition::RulesIn(const std::string& section) const {
  std::vector<const Rule*> out;
  auto own = rules_by_section.find(section);
  if (own != rules_by_section.end()) out = own->second;
  auto all = rules_by_section.find("*");
  if (all != rules_by_section.end()) out.insert(out.end(), all->second.begin(), all->second.end());
  return out;
}

int PatternSet::TrustedOcrConfidence() const {
  for (const CheckRule& c : checks_)
    if (c.kind == CheckKind::kOcrConfidence) return c.below;
  return 0;
}

const Edition* PatternSet::FindEdition(const std::string& name) const {
  for (const auto& e : editions_)
    if (e->name == name) return e.get();
  return nullptr;
}

bool PatternSet::Rate(const std::string& table, int year, double* amount) const {
  auto t = rates_.find(table);
  if (t == rates_.end()) return false;
  auto it = t->second.find(year);
  if (it == t->second.end()) return false;
  *amount = it->second;
  return true;
}

Status PatternSet::Load(const std::string& dir, std::unique_ptr<PatternSet>* out) {
  return PatternLoader::LoadSet(dir, ShippedRegexes(), out);
}

Status PatternSet::LoadMarkFree(const std::string& dir, std::unique_ptr<PatternSet>* out) {
  return PatternLoader::LoadSet(dir, ShippedRegexes(), out, nullptr, true);
}

}  // namespace redovis
