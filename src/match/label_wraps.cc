// Where a label's wording ends when it wraps over lines (label_wraps.h).
#include "match/label_wraps.h"

#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>

#include "base/text_util.h"
#include "base/utf8.h"
#include "match/value_parser.h"
#include "patterns/regex.h"

namespace redovis {

/// The most blank lines WordingGoesOnAt passes over where the page turns.
constexpr size_t kBlankLinesAtTurn = 10;

size_t LabelWraps::WordingGoesOnAt(size_t k) const {
  auto blank = [&](size_t j) { return View(j).first < 0 && View(j).line->Blank(); };
  if (k <= seg_.begin || k + 1 >= seg_.end || View(k - 1).first < 0) return k;
  const bool edge = AtPageEdge(k);
  if (!blank(k) && !edge) return k;
  if (View(k + 1).first >= 0 && !edge && !AtPageEdge(k + 1)) return k + 1;
  // Where the page turns, any blank lines up to kBlankLinesAtTurn: the
  // page's last lines, the one the form feed opens (MuPDF's text: "" / "\f"
  // / ""), empty form fields a text put at the page's foot (pdfminer's), and
  // the page's running lines and number.
  size_t j = k + 1;
  while (j < seg_.end && j < k + kBlankLinesAtTurn && (blank(j) || AtPageEdge(j))) ++j;
  if (j < seg_.end && View(j).first >= 0 && View(j).line->page != View(k - 1).line->page) return j;
  return k;
}

bool LabelWraps::LabelGoesOn(const Rule& r, size_t idx, size_t cell, size_t* rest) const {
  const size_t k = WordingGoesOnAt(idx + 1);
  if (k >= seg_.end || consumed_.count(k)) return false;
  *rest = k;
  const LineView& n = View(k);
  if (n.first < 0 || n.line->role != LineRole::kContent || FilledCells(*n.line) != 1 ||
      n.line->cells[n.first].checkbox != CheckboxState::kNone)
    return false;
  // The label's line and the next one as one text, with a word after them
  // that no label spells: a match that ends where the next line ends was
  // ended by the rule's own wording there, never by the end of the text.
  const icu::UnicodeString& head = View(idx).cells[cell];
  const icu::UnicodeString& tail = n.cells[n.first];
  icu::UnicodeString joined = head;
  joined.append(u' ').append(tail).append(icu::UnicodeString(u" \uFFFC"));
  RegexMatch m;
  if (!RegexFind(r.regex, joined, &m, &cache_)) return false;
  const int32_t tail_end = head.length() + 1 + tail.length();
  if (m.end <= head.length() + 1 || m.end > tail_end) return false;
  // After the wording, nothing but punctuation may stand on the line.
  for (int32_t i = m.end; i < tail_end; ++i)
    if (!u_isspace(joined.charAt(i)) && !u_ispunct(joined.charAt(i))) return false;
  return true;
}

bool LabelWraps::LabelEndsOnNextLine(const Rule& r, size_t idx, size_t cell, size_t* next,
                                     int32_t* after) const {
  const LineView& v = View(idx);
  bool text = r.kind == RuleKind::kText && !r.keys.empty();
  bool note = r.kind == RuleKind::kIgnore && r.choice_key.empty();
  if (!(text || note) || r.whole_line || r.regex.groups != 0 || FilledCells(*v.line) != 1)
    return false;
  // The prefilter's literal prefix, which the line starts with or, cut by the
  // wrap, begins (MayMatch's others need the whole text).
  const std::string& prefix = r.regex.folded_prefix;
  const std::string& folded = v.Fold(cell);
  if (r.regex.anchored && !prefix.empty() &&
      prefix.compare(0, std::min(prefix.size(), folded.size()), folded, 0,
                     std::min(prefix.size(), folded.size())) != 0)
    return false;
  // The label's line and the lines after it as one text, with a word after
  // them that no label spells: a match that ends on a later line was ended
  // by the rule's own wording there, never by the end of the text.
  // A match that ends with its line may go on, in the rule's own wording
  // (an optional last part), over the whole of the line after it ("... i er
  // kommun" / "(tre första)"): that line is the label's too.
  // One blank line between two of its lines parts no label: OCR's text and
  // a dump of pdftohtml's runs set a question's lines apart so.
  icu::UnicodeString joined = v.cells[cell];
  bool found = false;
  // The match ended inside the last line taken: the rest of that line may
  // still be the wording's first words, going on over the next line ("... i
  // er kommun (tre" / "första)": an optional last part the refill broke).
  bool inside = false;
  size_t limit = idx + kLabelLinesMore;
  for (size_t k = idx + 1; k < seg_.end && k <= limit; ++k) {
    if (const size_t at = WordingGoesOnAt(k); at != k) {
      limit += at - k;
      k = at - 1;
      continue;
    }
    const LineView& n = View(k);
    if (consumed_.count(k) || n.first < 0 || n.line->role != LineRole::kContent ||
        FilledCells(*n.line) == 0 || n.line->cells[n.first].checkbox != CheckboxState::kNone ||
        PageLeftOutBetween(idx, k))
      return found;
    const int32_t from = joined.length() + 1;
    const icu::UnicodeString& tail = n.cells[n.first];
    // A line of more cells ends the label only in its first cell, at that
    // cell's end (punctuation aside): the cells after it are the answer's.
    if (FilledCells(*n.line) != 1) {
      if (found) return true;
      icu::UnicodeString probe = joined;
      probe.append(u' ').append(tail).append(icu::UnicodeString(u" \uFFFC"));
      RegexMatch m;
      const int32_t end = from + tail.length();
      if (!RegexFind(r.regex, probe, &m, &cache_) || m.start != 0 || m.end <= from || m.end > end)
        return false;
      for (int32_t i = m.end; i < end; ++i)
        if (!u_isspace(probe.charAt(i)) && !u_ispunct(probe.charAt(i))) return false;
      *next = k;
      *after = tail.length();
      return true;
    }
    joined.append(u' ').append(tail);
    icu::UnicodeString probe = joined;
    probe.append(icu::UnicodeString(u" \uFFFC"));
    RegexMatch m;
    if (!RegexFind(r.regex, probe, &m, &cache_) || m.start != 0) {
      if (found) return true;
      continue;
    }
    if (m.end <= from) return found;  // ended before this line: not across the wrap
    if (m.end > from + tail.length()) {
      if (found) return true;
      continue;
    }
    const int32_t end = from + tail.length();
    if (found && !inside) {
      // The line after goes on the wording only as a whole, punctuation aside.
      for (int32_t i = m.end; i < end; ++i)
        if (!u_isspace(probe.charAt(i)) && !u_ispunct(probe.charAt(i))) return true;
    }
    *next = k;
    *after = m.end - from;
    if (m.end < end) {
      if (inside) return true;
      inside = true;
    } else {
      inside = false;
    }
    found = true;
  }
  return found;
}

const Rule* LabelWraps::TextLabelAcrossWrap(size_t idx, size_t* next, int32_t* after) const {
  const LineView& v = View(idx);
  if (v.first < 0) return nullptr;
  const Rule* found = nullptr;
  for (const Rule* r : rules_) {
    size_t k = 0;
    int32_t a = 0;
    if (!LabelEndsOnNextLine(*r, idx, static_cast<size_t>(v.first), &k, &a)) continue;
    if (found) return nullptr;  // two questions' wordings: which one is not told
    found = r;
    *next = k;
    *after = a;
  }
  return found;
}

const Rule* LabelWraps::RowLabelAcrossWrap(size_t idx, size_t* row) const {
  const LineView& v = View(idx);
  if (v.first < 0 || FilledCells(*v.line) != 1) return nullptr;
  icu::UnicodeString probe = v.cells[v.first];
  const int32_t wrap = probe.length();
  for (size_t k = idx + 1; k < seg_.end && k <= idx + kLabelLinesMore; ++k) {
    const LineView& n = View(k);
    if (consumed_.count(k) || n.first < 0 || n.line->role != LineRole::kContent ||
        n.line->page != v.line->page)
      return nullptr;
    // A label goes on in lower case or after a bracket, never with a capital
    // (the next row's label) or a box.
    const Cell& head = n.line->cells[n.first];
    const icu::UnicodeString& text = n.cells[n.first];
    if (text.isEmpty() || u_isupper(text.char32At(0)) || head.checkbox != CheckboxState::kNone ||
        LetterCount(head.text, 1) == 0)
      return nullptr;
    probe.append(u' ').append(text);
    if (FilledCells(*n.line) == 1) continue;
    // The row's line: counts or marks after the label's words, then perhaps
    // a comment's words.
    bool values = false;
    for (size_t j = static_cast<size_t>(n.first) + 1; j < n.line->cells.size(); ++j) {
      const Cell& c = n.line->cells[j];
      if (c.text.empty() && c.checkbox == CheckboxState::kNone) continue;
      if (c.checkbox != CheckboxState::kNone || IsCountCell(c.text) || IsMarked(c))
        values = true;
      else if (!values)
        return nullptr;
    }
    if (!values) return nullptr;
    const std::string folded = Fold(Utf8(probe));
    const Rule* found = nullptr;
    for (const Rule* r : rules_) {
      RegexMatch m;
      if (r->kind != RuleKind::kRow || r->whole_line || !MayMatch(r->regex, folded) ||
          !RegexFind(r->regex, probe, &m, &cache_) || m.start != 0 || m.end <= wrap)
        continue;
      if (found) return nullptr;  // two rows' labels: which one is not told
      found = r;
    }
    *row = k;
    return found;
  }
  return nullptr;
}

bool LabelWraps::LastQuestionOnNextLine(size_t idx, size_t next, int32_t after) const {
  for (size_t k = idx + 1; k < next; ++k)
    if (View(k).first >= 0) return false;
  const LineView& n = View(next);
  if (n.first < 0 || after <= 0) return false;
  const icu::UnicodeString& cell = n.cells[static_cast<size_t>(n.first)];
  int32_t end = std::min(after, cell.length());
  while (end > 0 && u_isspace(cell.charAt(end - 1))) --end;
  return end > 0 && (cell.charAt(end - 1) == u'?' || cell.charAt(end - 1) == u'.' ||
                     cell.charAt(end - 1) == u':');
}

bool LabelWraps::PageLeftOutBetween(size_t a, size_t b) const {
  const int page = View(b).line->page;
  if (page <= View(a).line->page + 1) return false;
  // Pages read out of their file order (segment/page_order.h) pass over
  // pages read elsewhere, before a or after b: not left out.
  for (size_t i = 0; i < doc_.lines.size(); ++i)
    if ((i < a || i > b) && doc_.lines[i].page == page - 1) return false;
  return true;
}

bool LabelWraps::IsMarked(const Cell& cell) const {
  if (cell.checkbox == CheckboxState::kChecked) return true;
  if (cell.checkbox == CheckboxState::kUnchecked) return false;
  return parser_.IsMark(cell.text);
}

}  // namespace redovis
