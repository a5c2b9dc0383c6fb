#include "match/wrap_evidence.h"

#include "base/text_util.h"

namespace redovis {

bool EndsInJoiningMark(std::string_view text) {
  char last = text.empty() ? ' ' : text.back();
  return last == ',' || last == '/' || last == '&' || last == '+' || last == '-';
}

bool LeftIncomplete(std::string_view prev, std::string_view next) {
  return EndsInJoiningMark(prev) || (!prev.empty() && IsAsciiDigit(prev.back()) && !next.empty() &&
                                     IsAsciiDigit(next.front()));
}

}  // namespace redovis
