// A row of fields run together on one line, split a field a cell. See
// inline_fields.h.
#include "match/inline_fields.h"

#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "base/text_util.h"
#include "match/wrap_evidence.h"
#include "patterns/regex.h"

namespace redovis {

const Rule* FieldLabelAt(const std::vector<const Rule*>& fields, const icu::UnicodeString& rest,
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

namespace {

// Whether one of `patterns` matches `u` from its start with a match whose
// end `takes` takes (the shared test of OpensWithWording and WholeLabel).
template <typename Takes>
bool MatchesFromStart(const std::vector<const Pattern*>& patterns, const icu::UnicodeString& u,
                      Takes takes) {
  const std::string fold = Fold(Utf8(u));
  for (const Pattern* p : patterns) {
    if (!MayMatch(*p, fold)) continue;
    RegexMatch m;
    if (RegexFind(*p, u, &m) && m.start == 0 && takes(m.end)) return true;
  }
  return false;
}

// Whether one of `patterns` matches `u` from its start, over two words or
// more ("Detta dokument har beslutats digitalt", a question's or a section
// heading's first words): a line the form prints, no answer's wrapped words.
// A label of one word ("Kommun") may be an answer's last word.
bool OpensWithWording(const std::vector<const Pattern*>& patterns, const icu::UnicodeString& u) {
  return MatchesFromStart(patterns, u, [&](int32_t end) {
    icu::UnicodeString label(u, 0, end);
    return label.trim().indexOf(u' ') > 0;
  });
}

// Whether the label `u` opens with, up to `label_end`, is one no answer's
// wrapped words would open a line with: two words or more, a compound
// ("Avdelning/Enhet", "E-postadress") or a word of twelve letters or more
// ("Utdelningsadress"); not "Kommun", "Titel", "Postort".
bool FormsOwnLabel(const icu::UnicodeString& u, int32_t label_end) {
  icu::UnicodeString label(u, 0, label_end);
  label.trim();
  if (label.endsWith(u":")) label.truncate(label.length() - 1);
  return label.indexOf(u' ') > 0 || label.indexOf(u'/') > 0 || label.indexOf(u'-') > 0 ||
         label.countChar32() >= 12;
}

// Whether the field `piece` opens with (LabelAt) has an answer of one word.
bool OneWordAnswer(const std::vector<const Rule*>& fields, const icu::UnicodeString& piece) {
  int32_t label_end = 0;
  if (!FieldLabelAt(fields, piece, &label_end)) return false;
  icu::UnicodeString answer(piece, label_end);
  answer.trim();
  // An address the normaliser left in pieces is one word too.
  return !answer.isEmpty() && (answer.indexOf(u' ') < 0 || BrokenAddress(Utf8(answer)));
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

// Whether one of `patterns` matches the whole of `text` (an ignore rule's
// label: a field the form prints without a key, "Namnteckning").
bool WholeLabel(const std::vector<const Pattern*>& patterns, const icu::UnicodeString& text) {
  return MatchesFromStart(patterns, text, [&](int32_t end) { return end == text.length(); });
}

// The first word after a space that starts with a capital, at or after `from`
// in `u`, where a field rule's label opens the rest (LabelAt): its offset,
// the rule in `*rule` and its label's end (from there) in `*label_end`; -1
// when none.
int32_t NextLabel(const std::vector<const Rule*>& fields, const icu::UnicodeString& u, int32_t from,
                  const Rule** rule, int32_t* label_end) {
  for (int32_t i = std::max<int32_t>(from, 1); i < u.length(); i = u.moveIndex32(i, 1)) {
    if (u.charAt(i - 1) != u' ' || !u_isupper(u.char32At(i))) continue;
    if ((*rule = FieldLabelAt(fields, u.tempSubString(i), label_end))) return i;
  }
  return -1;
}

// The cuts of one line's text `u`: where each field after the first starts
// (UTF-16). Empty when the line is no row of fields. The first piece may be
// a field the form prints without a key (an ignore rule's whole label,
// "Namnteckning Namnförtydligande Inga-Lill Nilsson"): it takes no answer.
// A field may be left empty, its label right before the next ("Utdelningsadress
// Postnummer Postort Timrå"; `*empty_field` set), where the last answer opens
// with a capital or a digit.
std::vector<int32_t> Cuts(const std::vector<const Rule*>& fields,
                          const std::vector<const Pattern*>& ignores,
                          const std::vector<Pattern>& keep_hyphen, const icu::UnicodeString& u,
                          bool* empty_field) {
  std::vector<int32_t> cuts;
  int32_t end = 0;
  const Rule* current = FieldLabelAt(fields, u, &end);
  if (!current) {
    const int32_t first = NextLabel(fields, u, 1, &current, &end);
    if (first < 0) return cuts;
    icu::UnicodeString head = u.tempSubString(0, first);
    head.trim();
    if (!WholeLabel(ignores, head)) return cuts;
    cuts.push_back(first);
    end += first;
  }
  bool left_empty = false;
  // From the label's end on: a field left empty puts the next label there.
  for (int32_t i = end; i < u.length(); i = u.moveIndex32(i, 1)) {
    if (i == 0 || u.charAt(i - 1) != u' ' || !u_isupper(u.char32At(i))) continue;
    int32_t label_end = 0;
    const Rule* next = FieldLabelAt(fields, u.tempSubString(i), &label_end);
    if (!next || next == current || next->keys == current->keys) continue;
    // A label with no answer before the next (a field left empty) is a cell
    // of its own; the last field must hold one (below).
    // An answer that cannot end there ("Vård och Omsorgsförvaltningen,",
    // "Arbetsmarknads- och") goes on elsewhere: no row of fields.
    if (CannotEnd(Utf8(u.tempSubString(end, i - end)), keep_hyphen)) return {};
    if (!HoldsAnswer(u, end, i)) left_empty = true;
    cuts.push_back(i);
    current = next;
    end = i + label_end;
    // The loop steps once past `end`: a label right there is looked for first.
    i = u.moveIndex32(end, -1);
  }
  // The last field's answer after it, on the line; after a field left empty,
  // one that opens with a capital or a digit ("Postort Timrå"), not with a
  // label's own words going on ("Årsanställningar, ange antal ...": the
  // labels of a pair whose answers stand below them).
  if (!cuts.empty() && !HoldsAnswer(u, end, u.length())) cuts.pop_back();
  if (!cuts.empty() && left_empty) {
    int32_t a = end;
    while (a < u.length() && !u_isalnum(u.char32At(a))) a = u.moveIndex32(a, 1);
    if (a >= u.length() || !(u_isupper(u.char32At(a)) || u_isdigit(u.char32At(a)))) return {};
  }
  *empty_field = left_empty;
  return cuts;
}

}  // namespace

bool OpensWithFormWording(const std::vector<const Pattern*>& patterns,
                          const icu::UnicodeString& u) {
  return OpensWithWording(patterns, u);
}

size_t SplitInlineFields(const Vocabulary& vocabulary, const Edition& edition, size_t begin,
                         size_t end, Document* doc) {
  if (doc->format != "text" || end > doc->lines.size()) return 0;
  // A paged text (`pdftotext`'s form feeds) writes the PDF's order, which may
  // run one row's cell into another's: only a page's text dumped from HTML,
  // a row a paragraph, shows a row's fields together (its pages, if any,
  // given back from a browser's running page count), or a page laid out
  // whose words stood as far apart as its columns, a line a row of the page
  // (Document::wide_word_gaps).
  for (size_t k = begin; k < end && !doc->pages_from_count && !doc->wide_word_gaps; ++k)
    if (doc->lines[k].page > 0) return 0;
  std::vector<const Rule*> fields;
  std::vector<const Pattern*> ignores;   // fields the form prints without a key
  std::vector<const Pattern*> wordings;  // lines the form prints: labels, questions, headings
  std::vector<const Pattern*> headings;  // section headings: no answer goes on after them
  for (const auto& r : edition.rules) {
    if (r->kind == RuleKind::kField && !r->whole_line) fields.push_back(r.get());
    if (r->kind == RuleKind::kIgnore) ignores.push_back(&r->regex);
    if (r->kind == RuleKind::kField || r->kind == RuleKind::kText || r->kind == RuleKind::kIgnore)
      wordings.push_back(&r->regex);
  }
  for (const SectionHeading& h : edition.sections) {
    wordings.push_back(&h.regex);
    headings.push_back(&h.regex);
  }
  // A paragraph of its own: a blank line (or the report's edge) before and
  // after it. A row the dump wrapped goes on on the next line, and its
  // cells' wraps interleave there ("Namnförtydligande Inga-Lill" /
  // "Nilsson"): whose piece is whose is not shown.
  // Or a dump that writes each row a line, no blank lines between (html2text
  // of MuPDF's XHTML), where no answer of the row goes on around it: the line
  // after it opens with a field's label and an answer ("Kommun" alone may be
  // a wrapped answer's last word) or with the form's wording of two words or
  // more (OpensWithWording); the line before it is a section's heading, a
  // field's label whose answer may end there (no joining mark), or the row
  // opens with a label of the form's own (FormsOwnLabel), which no wrapped
  // answer goes on with.
  auto blank = [&](size_t i) { return i < begin || i >= end || doc->lines[i].Blank(); };
  auto one_cell = [&](size_t i) {
    const Line& l = doc->lines[i];
    return l.role == LineRole::kContent && !l.ocr && l.cells.size() == 1;
  };
  auto after_row = [&](size_t i) {
    if (blank(i)) return true;
    if (!one_cell(i)) return false;
    const icu::UnicodeString u = U(doc->lines[i].cells[0].text);
    int32_t label_end = 0;
    if (FieldLabelAt(fields, u, &label_end)) return HoldsAnswer(u, label_end, u.length());
    return OpensWithWording(wordings, u);
  };
  auto before_row = [&](size_t i, const icu::UnicodeString& row) {
    int32_t label_end = 0;
    if (blank(i) || (FieldLabelAt(fields, row, &label_end) && FormsOwnLabel(row, label_end)))
      return true;
    if (!one_cell(i)) return false;
    const std::string& text = doc->lines[i].cells[0].text;
    if (OpensWithWording(headings, U(text))) return true;  // a section's heading
    return FieldLabelAt(fields, U(text), &label_end) && !CannotEnd(text, vocabulary.keep_hyphen);
  };
  // Each line is judged on the lines around it as read, and cut after all
  // are judged: a neighbour cut first would be no one-cell line.
  std::vector<std::pair<size_t, std::vector<int32_t>>> rows;
  for (size_t k = begin; k < end; ++k) {
    const Line& line = doc->lines[k];
    if (line.role != LineRole::kContent || line.ocr || line.cells.size() != 1) continue;
    const Cell& cell = line.cells[0];
    if (cell.x0 < 0 || cell.checkbox != CheckboxState::kNone || cell.text.empty()) continue;
    const icu::UnicodeString u = U(cell.text);
    if (!before_row(k - 1, u) || !after_row(k + 1)) continue;
    bool empty_field = false;
    std::vector<int32_t> cuts = Cuts(fields, ignores, vocabulary.keep_hyphen, u, &empty_field);
    if (cuts.empty()) continue;
    // A field left empty may have its answer on the line below, a row of
    // labels over a row of answers whose last label's wording runs on
    // ("Beviljat statsbidrag, kr Årsanställningar, ... Anges med två" /
    // "804 246:- 2,0"): only a next line that is no line of answers (a
    // field's label, the form's wording), or a last answer of one word
    // ("Postort Timrå"), shows it empty.
    const bool one_word = OneWordAnswer(fields, u.tempSubString(cuts.back()));
    if (empty_field && !one_word && (blank(k + 1) || !after_row(k + 1))) continue;
    // Lines the reader joined to it (wrapped_lines.h) may be the next row's
    // wrapped cells, which would end its last answer ("Titel Enhetschef" /
    // "Nilsson"): only a last answer of one word ("E-postadress inga-" /
    // "lill.nilsson@timra.se") took none.
    if (k + 1 < doc->lines.size() && doc->lines[k + 1].number != line.number + 1 && !one_word)
      continue;
    cuts.insert(cuts.begin(), 0);
    cuts.push_back(u.length());
    rows.emplace_back(k, std::move(cuts));
  }
  for (const auto& [k, cuts] : rows) {
    Line& line = doc->lines[k];
    const Cell& cell = line.cells[0];
    const icu::UnicodeString u = U(cell.text);
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
  }
  return rows.size();
}

}  // namespace redovis
