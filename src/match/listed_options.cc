// A list of the options chosen under its question (listed_options.h).
#include "match/listed_options.h"

#include <algorithm>

namespace redovis {

std::vector<const Rule*> ListedOptions::RowsAfter(const Rule& question,
                                                  const std::vector<std::unique_ptr<Rule>>& rules) {
  std::vector<const Rule*> rows;
  if (question.kind != RuleKind::kIgnore || !question.unlisted_no) return rows;
  auto at = std::find_if(rules.begin(), rules.end(),
                         [&](const std::unique_ptr<Rule>& r) { return r.get() == &question; });
  if (at == rules.end()) return rows;
  for (++at; at != rules.end(); ++at) {
    const Rule& r = **at;
    if (r.kind != RuleKind::kRow || r.choice_key.empty()) break;
    rows.push_back(&r);
  }
  return rows;
}

std::vector<const Rule*> ListedOptions::See(size_t idx, const ListedLine& seen,
                                            const std::vector<const Rule*>& rows,
                                            size_t* question_line, std::string* listed) {
  auto of_question = [&](const Rule* r) {
    return std::find(rows_.begin(), rows_.end(), r) != rows_.end();
  };
  std::vector<const Rule*> left_out;
  if (open_ && seen.items && !seen.heading && !seen.rules.empty() &&
      std::all_of(seen.rules.begin(), seen.rules.end(), of_question)) {
    named_.insert(named_.end(), seen.rules.begin(), seen.rules.end());
    listed_ += (listed_.empty() ? "" : "; ") + seen.text;
    return left_out;
  }
  // The form's own wording ends the list: another question's label, a
  // section's heading; never a row of the question itself (one written
  // without its bullet: the list is not one of the chosen only).
  const bool wording =
      seen.heading ||
      (!seen.rules.empty() && std::none_of(seen.rules.begin(), seen.rules.end(), of_question));
  if (open_ && wording && !named_.empty()) {
    for (const Rule* r : rows_)
      if (std::find(named_.begin(), named_.end(), r) == named_.end()) left_out.push_back(r);
    *question_line = question_line_;
    *listed = listed_;
  }
  open_ = !rows.empty();
  question_line_ = idx;
  rows_ = rows;
  named_.clear();
  listed_.clear();
  return left_out;
}

void MarkLeftOut(const std::vector<const Rule*>& left_out,
                 const std::function<std::string(const std::string&)>& key_of, const Line& question,
                 const std::string& listed, ValueAssigner* assigner) {
  std::vector<std::string> keys;
  for (const Rule* r : left_out) {
    const std::string key = key_of(r->choice_key);
    if (key.empty() || assigner->record().Has(key)) continue;
    assigner->AssignChoice(key, {"no"}, *r, question);
    if (assigner->record().Has(key)) keys.push_back(key);
  }
  if (!keys.empty())
    assigner->AddFinding("info", "options_not_listed", keys, "options_not_listed",
                         {{"raw", question.Text()}, {"listed", listed}}, question);
}

}  // namespace redovis
