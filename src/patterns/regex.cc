#include "patterns/regex.h"

#include <memory>

namespace redovis {

icu::RegexMatcher* MatcherCache::Get(const Pattern& pattern) {
  auto it = matchers_.find(pattern.compiled.get());
  if (it != matchers_.end()) return it->second.get();
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::RegexMatcher> m(pattern.compiled->matcher(status));
  if (U_FAILURE(status)) return nullptr;
  icu::RegexMatcher* raw = m.get();
  matchers_[pattern.compiled.get()] = std::move(m);
  return raw;
}

bool RegexFind(const Pattern& pattern, const icu::UnicodeString& text, RegexMatch* match,
               MatcherCache* cache) {
  if (!pattern.compiled) return false;
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::RegexMatcher> owned;
  icu::RegexMatcher* m = nullptr;
  if (cache) {
    m = cache->Get(pattern);
    if (m) m->reset(text);
  } else {
    owned.reset(pattern.compiled->matcher(text, status));
    m = owned.get();
  }
  if (U_FAILURE(status) || !m) return false;
  if (!m->find(status) || U_FAILURE(status)) return false;
  if (match) {
    match->groups.clear();
    for (int32_t g = 0; g <= m->groupCount(); ++g) {
      icu::UnicodeString part = m->group(g, status);
      match->groups.push_back(U_SUCCESS(status) ? Utf8(part) : std::string());
      status = U_ZERO_ERROR;
    }
    match->start = m->start(status);
    match->end = m->end(status);
  }
  return true;
}

bool RegexFind(const Pattern& pattern, const std::string& text, RegexMatch* match,
               MatcherCache* cache) {
  return RegexFind(pattern, U(text), match, cache);
}

bool AnyFind(const std::vector<Pattern>& patterns, const icu::UnicodeString& text,
             MatcherCache* cache) {
  for (const Pattern& p : patterns)
    if (RegexFind(p, text, nullptr, cache)) return true;
  return false;
}

std::string RegexReplace(const Pattern& pattern, const std::string& text,
                         const std::string& replacement) {
  if (!pattern.compiled) return text;
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString u = U(text);
  std::unique_ptr<icu::RegexMatcher> m(pattern.compiled->matcher(u, status));
  if (U_FAILURE(status) || !m) return text;
  icu::UnicodeString out = m->replaceAll(U(replacement), status);
  return U_FAILURE(status) ? text : Utf8(out);
}

}  // namespace redovis
