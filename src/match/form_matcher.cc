#include "match/form_matcher.h"

#include "match/match_run.h"

namespace redovis {

void FormMatcher::Match(const Document& doc, const Segment& segment, Record* record,
                        MatchObserver* observer) const {
  if (!segment.edition) return;
  MatchRun run(patterns_, normaliser_, doc, segment, record, observer,
               language_word_ ? &language_word_ : nullptr);
  run.Run();
  run.NameUnshownMarks();
  run.NameUnreadAnswers();
}

}  // namespace redovis
