// The rests of a row's wrapped runs, by the form's labels. See run_rests.h.
#include "match/run_rests.h"

#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cstdint>
#include <vector>

#include "base/text_util.h"
#include "match/inline_fields.h"

namespace redovis {

namespace {

// The index of `l`'s one filled cell, or -1 where it has none or several.
int OneCell(const Line& l) {
  int at = -1;
  for (size_t c = 0; c < l.cells.size(); ++c) {
    if (Trim(l.cells[c].text).empty()) continue;
    if (at >= 0) return -1;
    at = static_cast<int>(c);
  }
  return at;
}

}  // namespace

size_t JoinRunRestsByLabels(const Edition& edition, size_t begin, size_t end, Document* doc) {
  if (doc->format != "text" || end > doc->lines.size()) return 0;
  std::vector<Line>& ls = doc->lines;
  if (std::none_of(ls.begin() + static_cast<std::ptrdiff_t>(begin),
                   ls.begin() + static_cast<std::ptrdiff_t>(end),
                   [](const Line& l) { return l.run_goes_on; }))
    return 0;
  std::vector<const Rule*> fields;
  std::vector<const Pattern*> wordings;  // lines the form prints: labels, questions, headings
  for (const auto& r : edition.rules) {
    if (r->kind == RuleKind::kField && !r->whole_line) fields.push_back(r.get());
    if (r->kind == RuleKind::kField || r->kind == RuleKind::kText || r->kind == RuleKind::kIgnore)
      wordings.push_back(&r->regex);
  }
  for (const SectionHeading& h : edition.sections) wordings.push_back(&h.regex);
  // A line a field's label opens, in capitals as the form prints it: a rest
  // in lower case ("kommun") is no row's run, though the regex folds case.
  auto opens_label = [&](size_t k) {
    for (const Cell& c : ls[k].cells) {
      const icu::UnicodeString u = U(Trim(c.text));
      if (u.isEmpty()) continue;
      int32_t label_end = 0;
      return u_isupper(u.char32At(0)) && FieldLabelAt(fields, u, &label_end) != nullptr;
    }
    return false;
  };
  auto labelled = [&](size_t k) { return OneCell(ls[k]) >= 0 && opens_label(k); };
  auto form_line = [&](size_t k) {
    const int c = OneCell(ls[k]);
    return c >= 0 &&
           OpensWithFormWording(wordings, U(Trim(ls[k].cells[static_cast<size_t>(c)].text)));
  };
  // A number alone, which the normaliser may have taken for a page's number
  // (a dump has no pages): a phone's last digits ("060- 16 31 " / "00").
  auto digits_alone = [&](size_t k) {
    const std::string t = Trim(ls[k].Text());
    return !t.empty() && std::all_of(t.begin(), t.end(), IsAsciiDigit);
  };
  size_t joined = 0;
  for (size_t k = begin; k < end;) {
    if (!labelled(k)) {
      ++k;
      continue;
    }
    const size_t first = k;
    std::vector<size_t> open;
    while (k < end && labelled(k)) {
      if (ls[k].run_goes_on) open.push_back(k);
      ++k;
    }
    std::vector<size_t> rests;
    while (k < end && OneCell(ls[k]) >= 0 && !labelled(k) && !form_line(k) && !ls[k].run_goes_on &&
           (ls[k].role == LineRole::kContent || digits_alone(k)))
      rests.push_back(k++);
    // After the rests: a row's line (of one run or several), the form's
    // wording, a blank line or the report's end.
    const bool ended = k == end || ls[k].Blank() || opens_label(k) || form_line(k);

    // Every line as the dump wrote it, none joined into another (the
    // reader's joins leave a gap in the numbers): a join may have taken a
    // rest into a run not its own ("E-postadress anna-lena.engs-" / "och
    // socialnämnden", the committee's).
    bool whole = true;
    for (size_t j = first; j + 1 < std::min(k + 1, end); ++j)
      whole = whole && ls[j + 1].number == ls[j].number + 1;
    if (open.empty() || rests.size() != open.size() || !ended || !whole) continue;
    for (size_t i = 0; i < open.size(); ++i) {
      Cell& into = ls[open[i]].cells[static_cast<size_t>(OneCell(ls[open[i]]))];
      Cell& rest = ls[rests[i]].cells[static_cast<size_t>(OneCell(ls[rests[i]]))];
      // A name broken at its own hyphen ("Sofia Al-" / "Hassan"): whole
      // again; a word after a hyphen in lower case stays apart as the
      // normaliser left it ("Arbetsmarknads-" / "och socialnämnden").
      const std::string head = Trim(into.text), tail = Trim(rest.text);
      const icu::UnicodeString t = U(tail);
      const bool name =
          !head.empty() && head.back() == '-' && !t.isEmpty() && u_isupper(t.char32At(0));
      into.text = head + (name ? "" : " ") + tail;
      into.fold = Fold(into.text);
      ls[open[i]].run_goes_on = false;
      ls[rests[i]].cells = {Cell()};
      ++joined;
    }
  }
  return joined;
}

}  // namespace redovis
