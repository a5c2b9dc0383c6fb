// A row of fields run together on one line, split a field a cell. See
// inline_fields.h.
#include "match/inline_fields.h"

#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <string>
#include <utility>
#include <vector>

#include "base/text_util.h"
#include "match/wrap_evidence.h"
#include "patterns/regex.h"

namespace redovis {
namespace {

// A field rule's label opening `rest`: the rule and where its label ends
// (UTF-16 in `rest`), or nullptr. Its regex must match from the start and
// take the rest of the text as its first group (`(.*)$`: the answer), so
// that the label is what comes before that group.
const Rule* LabelAt(const std::vector<const Rule*>& fields, const icu::UnicodeString& rest,
                    int32_t* end) {
  const std::string text = Utf8(rest);
  const std::string fold = Fold(text);
  for (const Rule* r : fields) {
    if (!MayMatch(r->regex, fold)) continue;
    RegexMatch m;
    if (!RegexFind(r->regex, rest, &m) || m.start != 0 || m.end != rest.length() ||
        m.groups.size() < 2)
      continue;
    const std::string& answer = m.groups[1];
    if (answer.size() > text.size() ||
        text.compare(text.size() - answer.size(), answer.size(), answer) != 0)
      continue;
    *end = rest.length() - U(answer).length();
    if (*end <= 0) continue;
    return r;
  }
  return nullptr;
}

// Whether `u` holds anything but blanks and punctuation in [from, to).
bool HoldsAnswer(const icu::UnicodeString& u, int32_t from, int32_t to) {
  for (int32_t i = from; i < to; i = u.moveIndex32(i, 1)) {
    UChar32 c = u.char32At(i);
    if (u_isalnum(c)) return true;
  }
  return false;
}

// Whether an answer cannot end where it does: in a joining mark, or in a
// compound waiting for its last part ("Arbetsmarknads- och").
bool CannotEnd(const std::string& answer, const std::vector<Pattern>& keep_hyphen) {
  return EndsInJoiningMark(Trim(answer)) || EndsSuspended(answer, keep_hyphen);
}

// The cuts of one line's text `u`: where each field after the first starts
// (UTF-16). Empty when the line is no row of fields.
std::vector<int32_t> Cuts(const std::vector<const Rule*>& fields,
                          const std::vector<Pattern>& keep_hyphen, const icu::UnicodeString& u) {
  std::vector<int32_t> cuts;
  int32_t end = 0;
  const Rule* current = LabelAt(fields, u, &end);
  if (!current) return cuts;
  for (int32_t i = end + 1; i < u.length(); i = u.moveIndex32(i, 1)) {
    if (u.charAt(i - 1) != u' ' || !u_isupper(u.char32At(i))) continue;
    int32_t label_end = 0;
    const Rule* next = LabelAt(fields, u.tempSubString(i), &label_end);
    if (!next || next == current || next->keys == current->keys) continue;
    if (!HoldsAnswer(u, end, i)) return {};  // a label with no answer: no row of fields
    // An answer that cannot end there ("Vård och Omsorgsförvaltningen,",
    // "Arbetsmarknads- och") goes on elsewhere: no row of fields.
    if (CannotEnd(Utf8(u.tempSubString(end, i - end)), keep_hyphen)) return {};
    cuts.push_back(i);
    current = next;
    end = i + label_end;
    i = end;
  }
  // The last field's answer after it, on the line.
  if (!cuts.empty() && !HoldsAnswer(u, end, u.length())) cuts.pop_back();
  return cuts;
}

}  // namespace

size_t SplitInlineFields(const Vocabulary& vocabulary, const Edition& edition, size_t begin,
                         size_t end, Document* doc) {
  if (doc->format != "text" || end > doc->lines.size()) return 0;
  // A paged text (`pdftotext`'s form feeds) writes the PDF's order, which may
  // run one row's cell into another's: only a page's text dumped from HTML,
  // a row a paragraph, shows a row's fields together.
  for (size_t k = begin; k < end; ++k)
    if (doc->lines[k].page > 0) return 0;
  std::vector<const Rule*> fields;
  for (const auto& r : edition.rules)
    if (r->kind == RuleKind::kField && !r->whole_line) fields.push_back(r.get());
  // A paragraph of its own: a blank line (or the report's edge) before and
  // after it. A row the dump wrapped goes on on the next line, and its
  // cells' wraps interleave there ("Namnförtydligande Inga-Lill" /
  // "Nilsson"): whose piece is whose is not shown.
  auto blank = [&](size_t i) { return i < begin || i >= end || doc->lines[i].Blank(); };
  size_t split = 0;
  for (size_t k = begin; k < end; ++k) {
    Line& line = doc->lines[k];
    if (line.role != LineRole::kContent || line.ocr || line.cells.size() != 1) continue;
    if (!blank(k - 1) || !blank(k + 1)) continue;
    // One line of the text: none the reader joined to it (wrapped_lines.h).
    if (k + 1 < doc->lines.size() && doc->lines[k + 1].number != line.number + 1) continue;
    const Cell& cell = line.cells[0];
    if (cell.x0 < 0 || cell.checkbox != CheckboxState::kNone || cell.text.empty()) continue;
    const icu::UnicodeString u = U(cell.text);
    std::vector<int32_t> cuts = Cuts(fields, vocabulary.keep_hyphen, u);
    if (cuts.empty()) continue;
    cuts.insert(cuts.begin(), 0);
    cuts.push_back(u.length());
    std::vector<Cell> cells;
    for (size_t i = 0; i + 1 < cuts.size(); ++i) {
      Cell piece = cell;
      icu::UnicodeString part = u.tempSubString(cuts[i], cuts[i + 1] - cuts[i]);
      part.trim();
      piece.text = Utf8(part);
      if (!cell.fold.empty()) piece.fold = Fold(piece.text);
      piece.x0 = cell.x0 + u.countChar32(0, cuts[i]);
      piece.x1 = piece.x0 + part.countChar32();
      cells.push_back(std::move(piece));
    }
    line.cells = std::move(cells);
    ++split;
  }
  return split;
}

}  // namespace redovis
