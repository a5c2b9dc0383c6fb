// What a line is in its form's structure: a section's heading (on its line,
// justified across it, wrapped over two lines, its number on a line of its
// own) and a rule's label or heading in a cell. See line_structure.h.
#include "match/line_structure.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <string>

#include "base/running_lines.h"
#include "base/text_util.h"
#include "base/utf8.h"
#include "match/label_match.h"
#include "match/reading_order.h"
#include "patterns/label.h"
#include "patterns/regex.h"

namespace redovis {

const SectionHeading* LineStructure::MatchHeading(const LineView& v) const {
  if (v.first < 0) return nullptr;
  const std::string& fold = v.line->cells[v.first].fold;
  const BytePairs* pairs = &v.pairs[static_cast<size_t>(v.first)];
  const SectionHeading* found = nullptr;
  if (FindByLead(ed_.section_index.get(), ed_.sections.size(), fold, [&](size_t i) {
        found = &ed_.sections[i];
        return MayMatch(found->regex, fold, pairs) &&
               RegexFind(found->regex, v.cells[v.first], nullptr, &cache_);
      }))
    return found;
  // Reading-order text puts a dash answered in the cell above at the start
  // of the next block ("-2. Klienter"): a dash glued to a numbered heading.
  const icu::UnicodeString& cell = v.cells[v.first];
  UChar32 c0 = cell.char32At(0);
  if ((c0 == u'-' || c0 == 0x2013 || c0 == 0x2014) && cell.length() > 1 &&
      u_isdigit(cell.char32At(1))) {
    icu::UnicodeString rest = cell.tempSubString(1);
    for (const SectionHeading& h : ed_.sections)
      if (RegexFind(h.regex, rest, nullptr, &cache_)) return &h;
  }
  if (const SectionHeading* h = JustifiedHeading(v)) return h;
  return NearHeading(v);
}

const std::vector<std::vector<std::u32string>>& LineStructure::HeadingWords() const {
  if (heading_words_.empty())
    for (const SectionHeading& h : ed_.sections)
      heading_words_.push_back(LabelWords(U(ExampleText(h.regex))));
  return heading_words_;
}

namespace {

// The number a label's word of ASCII digits spells, -1 for any other word.
int WordNumber(const std::u32string& word) {
  if (word.empty() || word.size() > 3) return -1;
  int n = 0;
  for (char32_t c : word) {
    if (c < U'0' || c > U'9') return -1;
    n = n * 10 + static_cast<int>(c - U'0');
  }
  return n;
}

// The number a text opens with, one or two digits and a space ("6
// Organisation ..."), 0 for any other text.
int BareNumber(const std::string& text) {
  const size_t sp = text.find(' ');
  if (sp == 0 || sp > 2 || sp == std::string::npos ||
      !std::all_of(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(sp), IsAsciiDigit))
    return 0;
  return std::stoi(text.substr(0, sp));
}

}  // namespace

const SectionHeading* LineStructure::RenumberedHeading(const LineView& v, int* form_number,
                                                       int* shift) const {
  if (v.first < 0 || FilledCells(*v.line) != 1 || v.line->role != LineRole::kContent)
    return nullptr;
  // (A number without its point, "6 Organisation, ledning och samverkan",
  // too: a heading only where every word after it is the heading's, as for
  // any number here.)
  const int number = HeadingNumber(v);
  if (number <= 0) return nullptr;
  const std::vector<std::u32string> words = LabelWords(v.cells[static_cast<size_t>(v.first)]);
  // Only forward: a section after the one open (a numbered list in an
  // answer, "1. Ekonomi", names no section behind it, nor one far off).
  size_t open = ed_.sections.size();
  for (size_t i = 0; i < ed_.sections.size(); ++i)
    if (ed_.sections[i].name == section_) open = i;
  const std::vector<std::vector<std::u32string>>& labels = HeadingWords();
  const SectionHeading* found = nullptr;
  for (size_t i = 0; i < ed_.sections.size(); ++i) {
    const std::vector<std::u32string>& label = labels[i];
    const int printed = label.empty() ? -1 : WordNumber(label[0]);
    if (printed < 0 || printed == number || std::abs(printed - number) > kRenumberedBy ||
        label.size() < 2 || words.size() < label.size() ||
        (open < ed_.sections.size() && i <= open) ||
        !std::equal(label.begin() + 1, label.end(), words.begin() + 1))
      continue;
    if (found) return nullptr;  // two sections' headings: which one is not told
    found = &ed_.sections[i];
    *form_number = printed;
    *shift = number - printed;
  }
  return found;
}

int LineStructure::HeadingNumber(const LineView& v, bool* bare) const {
  if (bare) *bare = false;
  if (v.first < 0) return 0;
  const size_t first = static_cast<size_t>(v.first);
  if (SectionNumberEnd(v.cells[first], &v.Fold(first)) == 0) {
    // A number without its point ("6 Organisation ..."), as a report
    // retyped may write it.
    const int number = BareNumber(Trim(v.line->cells[first].text));
    if (bare) *bare = number > 0;
    return number;
  }
  const std::vector<std::u32string> words = LabelWords(v.cells[first], nullptr, 1);
  return words.empty() ? 0 : std::max(WordNumber(words[0]), 0);
}

bool LineStructure::HeadingLike(const std::string& line) const {
  if (line.empty() || std::string_view(".!?:;,)").find(line.back()) != std::string_view::npos)
    return false;
  const icu::UnicodeString u = U(line);
  const std::string rest = Trim(Utf8(u.tempSubString(SectionNumberEnd(u))));
  return !rest.empty() && u_isupper(U(rest).char32At(0)) &&
         std::count(rest.begin(), rest.end(), ' ') < kHeadingWords;
}

bool LineStructure::OwnSectionHeading(size_t idx, const std::vector<size_t>& headings) const {
  const LineView& v = View(idx);
  if (headings.empty() || v.first < 0 || FilledCells(*v.line) != 1 ||
      v.line->role != LineRole::kContent)
    return false;
  const size_t first = static_cast<size_t>(v.first);
  // A number without its point ("5 Samverkan med brukarorganisationer"):
  // the heading only where the form's next section's heading follows
  // renumbered past it (FormHeadingAfter), as a sentence that opens with a
  // number is followed by none.
  bool bare = false;
  const int number = HeadingNumber(v, &bare);
  std::string text = Trim(v.line->Text());
  if (bare) text = Trim(text.substr(text.find(' ') + 1));
  if (number <= 1) return false;
  int last = 0;  // the last numbered heading's number, with its point or without
  for (size_t i = headings.size(); i-- > 0 && last == 0;)
    if (headings[i] < idx) last = HeadingNumber(View(headings[i]));
  if (number != last + 1) return false;
  if (!HeadingLike(text) || IsStructuralCell(v.cells[first], v.Fold(first))) return false;
  if (bare && !FormHeadingAfter(idx, number + 1)) return false;
  // An item of a numbered list ("4. Bostad" after "3. Ekonomi") is no
  // heading: the lines next to it, past blank ones, start with no number.
  for (int step : {-1, 1}) {
    size_t k = idx;
    while (true) {
      if ((step < 0 && k == seg_.begin) || (step > 0 && k + 1 >= seg_.end)) break;
      k = step < 0 ? k - 1 : k + 1;
      const LineView& n = View(k);
      if (n.first < 0) continue;
      const size_t c = static_cast<size_t>(n.first);
      if (SectionNumberEnd(n.cells[c], &n.Fold(c)) > 0) return false;
      break;
    }
  }
  return true;
}

bool LineStructure::FormHeadingAfter(size_t idx, int number) const {
  for (size_t k = idx + 1; k < seg_.end; ++k) {
    const LineView& n = View(k);
    if (n.first < 0 || FilledCells(*n.line) != 1) continue;
    int form_number = 0, shift = 0;
    if (HeadingNumber(n) == number && RenumberedHeading(n, &form_number, &shift) != nullptr &&
        shift > 0)
      return true;
  }
  return false;
}

const SectionHeading* LineStructure::NearHeading(const LineView& v) const {
  if (v.first < 0 || !v.line->ocr) return nullptr;
  HeadingWords();
  // A heading's number is a word of its label: a heading of three words or
  // more has two besides it that the tolerance must find. One of two words
  // (its number and one word, "2. Klienter") is found where the line is
  // those two words alone, the number as printed and the word one letter
  // off ("2. Klienier"): the tolerance rests on that one word.
  constexpr size_t kMinWords = 3;
  constexpr int kOneWordChars = 1;
  const icu::UnicodeString& cell = v.cells[static_cast<size_t>(v.first)];
  std::vector<int32_t> ends;
  const std::vector<std::u32string> words = LabelWords(cell, &ends);
  const SectionHeading* found = nullptr;
  for (size_t i = 0; i < ed_.sections.size(); ++i) {
    const std::vector<std::u32string>& label = heading_words_[i];
    const bool one_word = label.size() == kMinWords - 1 && words.size() == label.size();
    if ((label.size() < kMinWords && !one_word) || !MayBeWithin(label, words, Tolerance()))
      continue;
    const LabelDistance d = CompareLabel(label, /*closed=*/true, cell, words, ends, Tolerance());
    if (!d.within || (one_word && (d.words > 0 || d.chars > kOneWordChars))) continue;
    if (found) return nullptr;  // two sections' headings: which one is not told
    found = &ed_.sections[i];
  }
  return found;
}

const SectionHeading* LineStructure::TitleHeading(size_t idx) const {
  const LineView& v = View(idx);
  if (ed_.titles.empty() || v.first < 0 || FilledCells(*v.line) != 1 ||
      v.line->role != LineRole::kContent)
    return nullptr;
  const SectionHeading* found = nullptr;
  for (const SectionHeading& t : ed_.titles) {
    RegexMatch m;
    if (!MayMatch(t.regex, v.Fold(static_cast<size_t>(v.first))) ||
        !RegexFind(t.regex, v.cells[v.first], &m, &cache_) || m.start != 0)
      continue;
    if (found && found->name != t.name) return nullptr;  // two sections' titles
    found = &t;
  }
  if (!found) return nullptr;
  size_t k = idx + 1;
  while (k < seg_.end && (View(k).first < 0 || View(k).line->role != LineRole::kContent)) ++k;
  if (k >= seg_.end || View(k).line->page > v.line->page + 1) return nullptr;
  const LineView& n = View(k);
  auto it = ed_.rules_by_section.find(found->name);
  if (it == ed_.rules_by_section.end()) return nullptr;
  for (const Rule* r : it->second) {
    RegexMatch m;
    if (MayMatch(r->regex, n.Fold(static_cast<size_t>(n.first))) &&
        RegexFind(r->regex, n.cells[n.first], &m, &cache_) && m.start == 0) {
      for (const SectionHeading& h : ed_.sections)
        if (h.name == found->name) return &h;
    }
  }
  return nullptr;
}

const SectionHeading* LineStructure::WrappedHeading(size_t idx, size_t* next) const {
  const LineView& v = View(idx);
  size_t k = idx + 1;
  // One blank line may part a heading's lines (a dump of pdftohtml's runs).
  if (k + 1 < seg_.end && View(k).first < 0 && View(k).line->Blank()) ++k;
  if (v.first < 0 || FilledCells(*v.line) != 1 || k >= seg_.end) return nullptr;
  const LineView& n = View(k);
  if (n.first < 0 || FilledCells(*n.line) != 1 || n.line->role != LineRole::kContent)
    return nullptr;
  const icu::UnicodeString& head = v.cells[v.first];
  icu::UnicodeString joined = head;
  joined.append(u' ').append(n.cells[n.first]);
  // The join's fold, for the prefilter: a fold is the folds of its pieces.
  std::string joined_fold = v.Fold(static_cast<size_t>(v.first));
  joined_fold += ' ';
  joined_fold += n.Fold(static_cast<size_t>(n.first));
  const SectionHeading* found = OneHeadingPast(joined, head.length() + 1, &joined_fold);
  if (found) *next = k;
  return found;
}

const SectionHeading* LineStructure::OneHeadingPast(const icu::UnicodeString& joined, int32_t past,
                                                    const std::string* fold) const {
  const SectionHeading* found = nullptr;
  bool two =
      FindByLead(fold ? ed_.section_index.get() : nullptr, ed_.sections.size(),
                 fold ? std::string_view(*fold) : std::string_view(), [&](size_t i) {
                   const SectionHeading& h = ed_.sections[i];
                   RegexMatch m;
                   if ((fold && !MayMatch(h.regex, *fold)) ||
                       !RegexFind(h.regex, joined, &m, &cache_) || m.start != 0 || m.end <= past)
                     return false;
                   if (found) return true;
                   found = &h;
                   return false;
                 });
  return two ? nullptr : found;  // two sections' headings: which one is not told
}

int32_t LineStructure::SectionNumberEnd(const icu::UnicodeString& cell,
                                        const std::string* fold) const {
  for (const Pattern& p : ps_.vocabulary().section_numbers) {
    RegexMatch m;
    if ((!fold || MayMatch(p, *fold)) && RegexFind(p, cell, &m, &cache_) && m.start == 0 &&
        m.end > 0)
      return m.end;
  }
  return 0;
}

const SectionHeading* LineStructure::JustifiedHeading(const LineView& v) const {
  if (v.first < 0 || FilledCells(*v.line) < 2) return nullptr;
  // Its first cell starts with the section's number ("4.", "10.").
  const size_t first = static_cast<size_t>(v.first);
  if (SectionNumberEnd(v.cells[first], &v.Fold(first)) == 0) return nullptr;
  icu::UnicodeString joined;
  int32_t last_start = 0;
  // Every cell after the number a word of its own, three or more of them:
  // the line's every gap widened, one justified line of words ("10.
  // Underskrift      av   behörig ..."), not a heading and an answer.
  size_t words = 0;
  bool word_a_cell = true;
  for (size_t c = static_cast<size_t>(v.first); c < v.line->cells.size(); ++c) {
    const Cell& cell = v.line->cells[c];
    if (cell.text.empty()) continue;
    if (cell.checkbox != CheckboxState::kNone || parser_.IsMark(cell.text)) return nullptr;
    if (c != static_cast<size_t>(v.first)) {
      ++words;
      if (cell.text.find(' ') != std::string::npos) word_a_cell = false;
    }
    if (!joined.isEmpty()) joined.append(u' ');
    last_start = joined.length();
    joined.append(v.cells[c]);
  }
  // The heading's pattern may match its first words alone ("10.
  // Underskrift"): on a justified line of words the rest is its wording.
  if (word_a_cell && words >= 3) last_start = 0;
  return OneHeadingPast(joined, last_start, nullptr);
}

const SectionHeading* LineStructure::SplitHeading(size_t idx, size_t* next) const {
  const LineView& v = View(idx);
  if (v.first < 0) return nullptr;
  if (reading_order_ && FilledCells(*v.line) != 1) return nullptr;
  // Its first cell starts with a section's number (the literal prefilter
  // passes over most lines: no number's pattern compiled for them).
  const size_t first = static_cast<size_t>(v.first);
  if (SectionNumberEnd(v.cells[first], &v.Fold(first)) == 0) return nullptr;
  // Elsewhere (a PDF, a laid-out text): the number's cell the line's one text, its other cells
  // empty or an empty box (a table's row broken at the page's end).
  if (!reading_order_)
    for (size_t c = 0; c < v.line->cells.size(); ++c)
      if (c != static_cast<size_t>(v.first) &&
          (!v.line->cells[c].text.empty() || v.line->cells[c].checkbox == CheckboxState::kChecked))
        return nullptr;
  std::string t = Trim(v.line->cells[static_cast<size_t>(v.first)].text);
  // A section's number alone.
  icu::UnicodeString number = U(t);
  if (SectionNumberEnd(number) != number.length()) return nullptr;
  size_t k = idx + 1;
  if (reading_order_) {
    // One blank line may stand between them (a dump of pdftohtml's runs);
    // any, and the page's running lines, where the page ends between them
    // (a form feed, or a page's rule as a text browser draws pdftohtml's
    // <hr>).
    size_t j = k;
    bool new_page = false;
    while (j < seg_.end && (View(j).first < 0 || IsPageRule(*View(j).line) ||
                            View(j).line->role == LineRole::kFurniture)) {
      new_page = new_page || IsPageRule(*View(j).line);
      ++j;
    }
    if (j < seg_.end && (new_page || View(j).line->page != v.line->page))
      k = j;
    else if (k + 1 < seg_.end && View(k).first < 0 && View(k).line->Blank())
      ++k;
  } else {
    // The words on the next line, past blank lines and a page's running
    // lines (the next page's, or a 2-up print's other half).
    while (k < seg_.end && (View(k).first < 0 || View(k).line->role == LineRole::kFurniture)) ++k;
  }
  if (k >= seg_.end) return nullptr;
  const LineView& n = View(k);
  if (n.first < 0 || FilledCells(*n.line) != 1) return nullptr;
  icu::UnicodeString joined = U(t + " " + n.line->cells[static_cast<size_t>(n.first)].text);
  const SectionHeading* found = OneHeadingPast(joined, number.length() + 1, nullptr);
  if (found) *next = k;
  return found;
}

bool LineStructure::IsStructuralCell(const icu::UnicodeString& cell,
                                     const std::string& fold) const {
  if (cell.isEmpty()) return false;
  for (const Rule* r : rules_)
    if (MayMatch(r->regex, fold) && RegexFind(r->regex, cell, nullptr, &cache_)) return true;
  if (FindByLead(ed_.section_index.get(), ed_.sections.size(), fold, [&](size_t i) {
        const Pattern& p = ed_.sections[i].regex;
        return MayMatch(p, fold) && RegexFind(p, cell, nullptr, &cache_);
      }))
    return true;
  LabelMatch near = MatchLabelTolerantly(rules_, cell, Tolerance());
  return !near.hits.empty() || !near.ambiguous.empty();
}

bool LineStructure::IsStructuralLine(size_t idx) const {
  const LineView& v = View(idx);
  ColumnHeader ignored;
  if (ParseHeader(v, &ignored)) return true;
  for (size_t c = 0; c < v.cells.size(); ++c)
    if (IsStructuralCell(v.cells[c], v.Fold(c))) return true;
  return false;
}

bool LineStructure::PageMarker(size_t idx) const {
  const LineView& v = View(idx);
  if (v.line->role != LineRole::kFurniture || FilledCells(*v.line) != 1) return false;
  if (v.line->origin == kPageNumberOrigin) return true;
  const std::string t = Trim(v.line->cells[static_cast<size_t>(v.first)].text);
  // ASCII decoration around the number ("- 3 -", "[3]"), no letter or digit.
  auto decoration = [](char c) {
    return c > ' ' && c < 0x7f && !IsAsciiDigit(c) && !std::isalpha(static_cast<unsigned char>(c));
  };
  return t.find_first_of("0123456789") != std::string::npos &&
         (LetterCount(t, 1) > 0 || (decoration(t.front()) && decoration(t.back()))) &&
         AnyFind(ps_.vocabulary().furniture, t, &cache_);
}

bool LineStructure::AtPageEdge(size_t idx) const {
  const Line& l = *View(idx).line;
  if (l.role != LineRole::kFurniture) return false;
  if (PageMarker(idx)) return true;
  // A value repeated on other pages ("1,0") is furniture by repetition but
  // may still be the answer: a running line has words.
  std::string text;
  for (const Cell& c : l.cells) text += c.text + ' ';
  if (!HasRunningLineWords(text)) return false;
  if (l.page <= 0) return false;
  auto page_of_next = [&](size_t k, int step) {
    for (; k >= seg_.begin && k < seg_.end; k += step)
      if (View(k).first >= 0) return View(k).line->page;
    return l.page;
  };
  return page_of_next(idx + 1, 1) != l.page ||
         (idx > seg_.begin && page_of_next(idx - 1, -1) != l.page);
}

}  // namespace redovis
