#include "write/answer_state.h"

namespace redovis {

const char* AnswerStateName(AnswerState state) {
  switch (state) {
    case AnswerState::kAnswered:
      return "answered";
    case AnswerState::kBlank:
      return "blank";
    case AnswerState::kUnreadable:
      return "unreadable";
  }
  return "";
}

AnswerState StateOf(const Record& record, const std::string& key,
                    const std::set<std::string>& absence_codes) {
  if (record.Has(key)) return AnswerState::kAnswered;
  for (const Finding& f : record.findings) {
    if (absence_codes.count(f.code)) continue;
    for (const std::string& k : f.keys)
      if (k == key) return AnswerState::kUnreadable;
  }
  return AnswerState::kBlank;
}

std::vector<std::string> Unanswered(const Record& record) {
  std::vector<std::string> out;
  for (const std::string& key : record.asked)
    if (!record.Has(key)) out.push_back(key);
  return out;
}

std::set<std::string> AbsenceCodes(const PatternSet& patterns) {
  std::set<std::string> codes;
  for (const CheckRule& c : patterns.checks())
    if (c.kind == CheckKind::kRequired || c.kind == CheckKind::kMissing) codes.insert(c.code);
  return codes;
}

}  // namespace redovis
