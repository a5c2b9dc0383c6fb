#include "match/unread_answers.h"

#include <string>
#include <vector>

#include "match/match_run.h"
#include "read/text/text_reader.h"

namespace redovis {

bool IsUnreadLine(const Line& line) {
  return line.origin == kUnreadLineOrigin;
}

void MatchRun::NameUnreadAnswers() {
  const Record& record = assigner_.record();
  for (size_t i = seg_.begin; i < seg_.end; ++i) {
    if (!IsUnreadLine(*View(i).line)) continue;
    // The last line with text before it, past blank and unread lines.
    size_t k = i;
    while (k > seg_.begin && View(k - 1).first < 0) --k;
    if (k == seg_.begin) continue;
    const Line& label = *View(k - 1).line;
    std::vector<std::string> keys;
    for (const auto& [key, place] : record.places)
      if (!record.Has(key) && !place.unplaced && place.at.page == label.page &&
          place.at.line == label.number && place.at.origin == label.origin)
        keys.push_back(key);
    for (const std::string& key : keys) assigner_.MarkUnplaced(key, label);
    // The unread lines after it are that label's: go on past them.
    while (i + 1 < seg_.end && View(i + 1).first < 0) ++i;
  }
}

}  // namespace redovis
