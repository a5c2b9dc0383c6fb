#include "patterns/list_pieces.h"

#include <unicode/regex.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <memory>
#include <utility>

#include "base/text_util.h"
#include "patterns/regex.h"

namespace redovis {

std::vector<std::string> ListPieces(const std::vector<Pattern>& separators,
                                    const std::string& text) {
  const std::string folded = Fold(text);
  icu::UnicodeString u;
  bool converted = false, cut = false;
  // The pieces as [start, end) in UTF-16 units of `u`.
  std::vector<std::pair<int32_t, int32_t>> pieces, next;
  for (const Pattern& sep : separators) {
    // An unanchored separator absent from the whole text is absent from
    // each piece; an anchored one may match at a piece's start alone.
    if (!sep.compiled || (!sep.anchored && !MayMatch(sep, folded))) continue;
    const icu::RegexPattern* regex = sep.compiled->Get();
    if (regex == nullptr) continue;
    if (!converted) {
      u = U(text);
      pieces.emplace_back(0, u.length());
      converted = true;
    }
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::RegexMatcher> m(regex->matcher(u, status));
    if (U_FAILURE(status) || !m) continue;
    next.clear();
    for (const auto& [from, to] : pieces) {
      // A region with opaque, anchoring bounds: the piece as a text of its own.
      m->region(from, to, status);
      int32_t b = from;
      while (U_SUCCESS(status) && m->find(status)) {
        int32_t s = m->start(status), e = m->end(status);
        if (U_FAILURE(status)) break;
        next.emplace_back(b, s);
        b = e;
        cut = true;
      }
      next.emplace_back(b, to);
    }
    if (U_FAILURE(status)) return {text};
    pieces.swap(next);
  }
  if (!cut) return {text};
  std::vector<std::string> out;
  out.reserve(pieces.size());
  // Text of ASCII alone: UTF-16 units are its bytes.
  const bool ascii = std::all_of(text.begin(), text.end(),
                                 [](char c) { return static_cast<unsigned char>(c) < 0x80; });
  for (const auto& [from, to] : pieces)
    out.push_back(ascii ? text.substr(static_cast<size_t>(from), static_cast<size_t>(to - from))
                        : Utf8(u.tempSubStringBetween(from, to)));
  return out;
}

}  // namespace redovis
