// Reading-order text, a row whose cells follow its label on its own line one
// space apart ("Totalt antal klienter 29 5" under "Kvinnor Män", "Kommun ☒ ☐"
// under "Ja Nej": `tr -s ' '` of a laid-out page, `pdftotext -raw`): no
// column position is left, only the order. MatchRun's methods that cut such
// cells off the label and read them one a column in the header's order;
// see reading_order.h and match_run.h.
#include <unicode/uchar.h>

#include <algorithm>
#include <cstddef>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "base/text_util.h"
#include "match/column_placement.h"
#include "match/match_run.h"
#include "match/reading_order.h"
#include "match/sum_placement.h"
#include "patterns/label.h"
#include "patterns/regex.h"
#include "read/glyphs.h"

namespace redovis {

namespace {

// A year a label may end with ("2023").
bool IsYear(const std::string& t) {
  if (t.size() != 4 || !IsCountCell(t)) return false;
  const int y = std::stoi(t);
  return y >= 1900 && y <= 2099;
}

// True when `r` is a row whose answer is a choice of columns, its only
// other column the names a Ja asks for.
bool IsChoiceRow(const Rule& r) {
  if (r.kind != RuleKind::kRow || r.choice_key.empty()) return false;
  for (const auto& [col, key] : r.column_keys)
    if (col != kNamesColumn) return false;
  return true;
}

// The cells after `line`'s cell `f` that the text reader cut from a run of
// two check-box glyphs or more glued one to the next, one space after the
// cell's text or glued to it ("Kommun/kommuner ☒☐"), with a cell of text
// after them one space or none apart ("☒☐ RSMH"), if any, and no other
// cell after: how many (0 when the line is not so).
size_t GluedBoxes(const Line& line, size_t f) {
  const std::vector<Cell>& cells = line.cells;
  size_t c = f + 1, boxes = 0;
  double end = cells[f].x1;
  // (Character columns the text gave: a row rebuilt from lines, cell_lines.h,
  // has none, and a glyph's cell is one column wide.)
  auto next_to = [&](const Cell& cell, double slack) {
    return end >= 0 && cell.x0 >= end && cell.x0 <= end + slack;
  };
  for (; c < cells.size() && cells[c].checkbox != CheckboxState::kNone &&
         cells[c].x1 - cells[c].x0 == 1 && next_to(cells[c], boxes == 0 ? 1 : 0);
       ++c, ++boxes)
    end = cells[c].x1;
  if (boxes < 2) return 0;
  if (c < cells.size() && cells[c].checkbox == CheckboxState::kNone && !cells[c].text.empty() &&
      next_to(cells[c], 1))
    ++c;
  for (size_t k = c; k < cells.size(); ++k)
    if (!cells[k].text.empty()) return 0;
  return c - f - 1;
}

// The words of `text` one space apart, with where each starts. Two check-box
// glyphs or more glued at a word's start are a word each, and so is the text
// glued after them ("☒☐RSMH": pypdf writes a row's boxes and names without a
// space; one glyph glued to a word, "☒Kommun", stays one word).
std::vector<std::string> Words(const std::string& text, std::vector<size_t>* starts) {
  std::vector<std::string> words;
  auto add = [&](size_t a, size_t b) {
    words.push_back(text.substr(a, b - a));
    if (starts) starts->push_back(a);
  };
  for (size_t a = 0; a < text.size();) {
    if (text[a] == ' ') {
      ++a;
      continue;
    }
    size_t b = text.find(' ', a);
    if (b == std::string::npos) b = text.size();
    std::vector<size_t> glyphs;  // where each glyph glued at the word's start ends
    for (size_t at = a; at < b;) {
      FoundBoxGlyph g = FindBoxGlyph(std::string_view(text).substr(0, b), at);
      if (g.offset != at) break;
      at += g.length;
      glyphs.push_back(at);
    }
    size_t from = a;
    if (glyphs.size() >= 2)
      for (size_t end : glyphs) add(from, end), from = end;
    if (from < b) add(from, b);
    a = b;
  }
  return words;
}

// How many rows' labels of the kind (`boxes`: choice rows, else count rows)
// of `rules` the label words `words` are, one after another and nothing else,
// each the longest label that fits; 0 where they are not.
template <typename Rules>
size_t JoinedLabels(const std::vector<std::u32string>& words, const Rules& rules, bool boxes) {
  size_t at = 0, labels = 0;
  while (at < words.size()) {
    size_t took = 0;
    for (const auto& q : rules) {
      const std::vector<std::u32string>& lw = q->label_words;
      if (!(boxes ? IsChoiceRow(*q) : IsCountRow(*q)) || lw.size() <= took ||
          lw.size() > words.size() - at)
        continue;
      if (std::equal(lw.begin(), lw.end(), words.begin() + static_cast<std::ptrdiff_t>(at)))
        took = lw.size();
    }
    if (took == 0) return 0;
    at += took;
    ++labels;
  }
  return labels;
}

}  // namespace

void MatchRun::CutTrailingCells(LineView* v) const {
  if (v->first < 0 || v->line->role != LineRole::kContent) return;
  if (!reading_order_ && doc_.format != "text") return;
  const size_t f = static_cast<size_t>(v->first);
  // Reading-order text: a row's boxes glued one to the next right after its
  // label, which the text reader cut a cell a box (text_cells.h: "Kommun/kommuner ☒☐",
  // pypdf's), are the label's line's words as "Kommun/kommuner ☒ ☐" would be.
  const size_t glued = FilledCells(*v->line) == 1 ? 0
                       : reading_order_           ? GluedBoxes(*v->line, f)
                                                  : 0;
  if (FilledCells(*v->line) != 1 + glued) return;
  std::string text = Utf8(v->cells[f]);
  for (size_t c = f + 1; c <= f + glued; ++c) text += " " + Utf8(v->cells[c]);
  std::vector<size_t> starts;
  const std::vector<std::string> words = Words(text, &starts);
  if (words.size() < 2) return;
  // A line of nothing but the row's cells right under its label's line,
  // whose label ran over lines of its own (MuPDF's XHTML through html2text:
  // "Har ni bedömningsriktlinjer ... (vid" / "kö till PO) för tillgång till
  // personligt ombud." / "☒ ☐"; through w3m, one blank line between). They
  // are the label's line's cells where they would be, ending it, where the
  // same tests pass and the header above proves them (TrailingColumns, in
  // reading-order text too); the line is then left blank to the rules.
  bool checked;
  auto ends_question = [](const std::string& t) {
    return !t.empty() && (t.back() == '?' || t.back() == '.');
  };
  auto cell_text = [](const LineView* u) {
    return Trim(Utf8(u->cells[static_cast<size_t>(u->first)]));
  };
  // `v`'s run of `cells` cells read as the cells of `top`'s line with the
  // lines `rest` (the label's wording its line's end broke, from `top`
  // down) and `v`'s text joined to it, where the same tests pass and the
  // header above proves them; those lines are then left blank to the rules.
  auto read_as = [&](LineView* top, const std::vector<LineView*>& rest, size_t cells) {
    if (top->first < 0 || !top->trailing.empty() || top->line->role != LineRole::kContent ||
        FilledCells(*top->line) != 1)
      return false;
    const size_t lf = static_cast<size_t>(top->first);
    const icu::UnicodeString kept = top->cells[lf];
    const std::string kept_fold = top->numbered_fold;
    const BytePairs kept_pairs = top->numbered_pairs;
    std::string joined = Utf8(kept);
    for (const LineView* r : rest) joined += " " + Utf8(r->cells[static_cast<size_t>(r->first)]);
    top->cells[lf] = U(joined + " " + text);
    CutTrailingCells(top);
    std::vector<std::string> header, cols;
    if (top->trailing.size() == cells && top->trailing_names.empty() &&
        TrailingColumns(*top, static_cast<size_t>(top - views_.data()) + seg_.begin, &header,
                        &cols)) {
      v->first = -1;
      for (LineView* r : rest) r->first = -1;
      return true;
    }
    top->cells[lf] = kept;
    top->numbered_fold = kept_fold;
    top->numbered_pairs = kept_pairs;
    top->trailing.clear();
    top->trailing_names.clear();
    top->trailing_boxes = top->trailing_doubtful = false;
    return false;
  };
  // The label's wording over two or three lines of its own down to `v`,
  // the question ending right before the run: on `from`, the line above a
  // run alone ("Har ni under 2020 haft kö eller väntetid för personer" /
  // "(uppdragsgivare) som söker kontakt med personliga ombud?" / "☒ ☐ ☐":
  // html2text keeps the PDF's line ends where no wrap joins them, a line
  // opening with a bracket), or on `v` itself before its run ("... för
  // personliga ombud under 2023? 2 1"): the lines above one cell each, no
  // box or count among their words, none of them ending the question (no
  // "?" or "." at its end) but `from` where it does.
  auto join_above = [&](LineView* from, bool from_ends, size_t cells) {
    std::vector<LineView*> rest;
    // (Three lines of the label at most, `v`'s own among them when it holds
    // the question's end.)
    for (LineView* r = from; r > views_.data() && rest.size() < (from_ends ? 2u : 1u); --r) {
      if (r->first < 0 || r->line->role != LineRole::kContent || FilledCells(*r->line) != 1 ||
          !r->trailing.empty() || (r == from && from_ends) != ends_question(cell_text(r)))
        return false;
      for (const std::string& w : Words(cell_text(r), nullptr))
        if (written_.IsBoxCell(w, &checked) || IsCountCell(w)) return false;
      if (!from_ends && r == from && read_as(r, {}, cells)) return true;
      rest.insert(rest.begin(), r);
      if ((r - 1)->first >= 0 && ends_question(cell_text(r - 1))) return false;
      if (read_as(r - 1, rest, cells)) return true;
    }
    return false;
  };
  // A line of nothing but the row's cells right under its label's line,
  // whose label ran over lines of its own (MuPDF's XHTML through html2text:
  // "Har ni bedömningsriktlinjer ... (vid" / "kö till PO) för tillgång till
  // personligt ombud." / "☒ ☐"; through w3m, one blank line between): the
  // label's line's cells where they would be, ending it (TrailingColumns, in
  // reading-order text too). (A line of boxes or counts alone is no label's
  // line of its own.)
  if (v > views_.data()) {
    const bool all_boxes = std::all_of(words.begin(), words.end(), [&](const std::string& w) {
      return written_.IsBoxCell(w, &checked);
    });
    const bool all_counts = std::all_of(words.begin(), words.end(), IsCountCell);
    LineView* label = v - 1;
    if (label->first < 0 && label->line->Blank() && label->line->origin.empty() &&
        label > views_.data())
      --label;
    if (all_boxes || all_counts) {
      if (!read_as(label, {}, words.size())) join_above(label, true, words.size());
      return;
    }
  }

  // The run of numbers, or of boxes, that ends the line; after a run of
  // boxes, the names a Ja asks for may end it ("Brukarorganisationer ☒ ☐
  // RSMH"): words without a box, the first a capital or a digit.
  size_t end = words.size();
  if (!IsCountCell(words.back()))
    while (end > 0 && !written_.IsBoxCell(words[end - 1], &checked)) --end;
  // No box: the run of counts before the label's last words, if any.
  if (end == 0)
    for (end = words.size(); end > 0 && !IsCountCell(words[end - 1]);) --end;
  if (end == 0) return;
  const bool boxes = written_.IsBoxCell(words[end - 1], &checked);
  // Or the label's own last words the reader joined after two boxes or two
  // counts or more, in lower case to its full stop or question mark, without
  // a digit ("... för tillgång till ☒ ☐ personligt ombud.", "... vilka är
  // kända 10 8 för verksamheten.").
  std::string names, wording;
  if (end < words.size()) {
    names = text.substr(starts[end]);
    const icu::UnicodeString u = U(names);
    if (written_.HoldsColumnWord(" " + names)) return;
    if (u_islower(u.char32At(0)) && (names.back() == '.' || names.back() == '?') &&
        names.find_first_of("0123456789") == std::string::npos)
      wording.swap(names);
    else if (!boxes || !(u_isupper(u.char32At(0)) || u_isdigit(u.char32At(0))))
      return;
  }
  auto of_run = [&](const std::string& w) {
    return boxes ? written_.IsBoxCell(w, &checked) : IsCountCell(w);
  };
  size_t run = end;
  while (run > 0 && of_run(words[run - 1])) --run;
  // (The label's words after one box: the order's, "... personligt ☒" /
  // "ombud.", whose box stood beside the label's first line.)
  if (run == 0 || (!wording.empty() && end - run < 2)) return;
  // The label: the words before the run, a row rule's regex matching from
  // their start. A label whose regex needs a number of the run ("därav
  // mellan 18 och 29 5") ends later: the run after it is doubtful.
  // Or the words after other rows' labels, of the kind, alone before it
  // ("Relationsfrågor Existentiella frågor Stöd i kontakten med myndighet
  // 16 11": a dump joined empty rows' labels to the next row's), where the
  // line before, past blank lines, is a row of the kind read so: the table
  // is written a row at a time, and those rows are empty. Their labels go.
  auto row_before = [&] {
    for (const LineView* u = v; u > views_.data();) {
      --u;
      if (u->first < 0) continue;
      return !u->trailing.empty() && u->trailing_boxes == boxes;
    }
    return false;
  };
  // Whether `rest`, the words after rule `r`'s label, hold another row's
  // label of the kind at one of their words ("därav mellan 50 och 64 år
  // därav 65 år och över 25 21": MuPDF's dump of an empty row's label and the
  // next row's): the run is that row's, not the first's.
  auto holds_row = [&](const Rule& r, const std::string& rest) {
    std::vector<size_t> at;
    const std::vector<std::string> ws = Words(rest, &at);
    for (size_t i = 0; i < ws.size(); ++i) {
      const std::string t = rest.substr(at[i]);
      const icu::UnicodeString u = U(t);
      const std::string fold = Fold(t);
      for (const auto& owned : ed_.rules) {
        RegexMatch m;
        if (owned.get() != &r && (boxes ? IsChoiceRow(*owned) : AsksCounts(*owned)) &&
            MayMatch(owned->regex, fold) && RegexFind(owned->regex, u, &m, &cache_) && m.start == 0)
          return true;
      }
    }
    return false;
  };
  for (size_t lead = 0; lead < run; ++lead) {
    if (lead > 0 &&
        (!names.empty() || !wording.empty() || !row_before() ||
         JoinedLabels(LabelWords(U(text.substr(0, starts[lead]))), ed_.rules, boxes) == 0))
      continue;
    bool other_row = false;
    for (size_t at = run; at < end && !other_row; ++at) {
      const std::string before = Trim(text.substr(starts[lead], starts[at] - starts[lead]));
      const icu::UnicodeString label = U(wording.empty() ? before : before + " " + wording);
      const std::string fold = Fold(Utf8(label));
      for (const auto& owned : ed_.rules) {
        const Rule& r = *owned;
        if (!(boxes ? IsChoiceRow(r) : AsksCounts(r)) || !MayMatch(r.regex, fold) ||
            (!names.empty() && !r.column_keys.count(kNamesColumn)))
          continue;
        RegexMatch m;
        if (!RegexFind(r.regex, label, &m, &cache_) || m.start != 0) continue;
        if (holds_row(r, Utf8(label.tempSubString(m.end)))) {
          other_row = true;
          break;
        }
        // Nothing after the label but its own words: no column word, no box.
        for (const std::string& w : Words(Utf8(label.tempSubString(m.end)), nullptr))
          if (!parser_.WholeColumnOf(w).empty() || written_.IsBoxCell(w, &checked)) return;
        v->cells[f] = label;
        v->numbered_fold = fold;
        v->numbered_pairs = BytePairs(fold);
        v->trailing.assign(words.begin() + static_cast<std::ptrdiff_t>(at),
                           words.begin() + static_cast<std::ptrdiff_t>(end));
        v->trailing_boxes = boxes;
        v->trailing_names = names;
        bool doubtful = at != run;
        if (!boxes) {
          // A year first may be the label's ("Antal klienter 2023 5"); three
          // digits after one to three may be one number's groups ("1 234"),
          // where the number they make is no more than the row's columns may
          // hold ("267 181" under Kvinnor and Män is two counts).
          doubtful = doubtful || IsYear(v->trailing.front());
          std::vector<std::string> columns;
          for (const auto& [col, key] : r.column_keys) columns.push_back(col);
          const unsigned long long most = parser_.MostOf(columns);
          for (size_t i = 1; i < v->trailing.size(); ++i)
            doubtful = doubtful || MayBeDigitGroup(v->trailing[i - 1], v->trailing[i], most);
        }
        v->trailing_doubtful = doubtful;
        // The glued boxes' cells are the run's now, no cell of their own.
        for (size_t c = f + 1; c <= f + glued; ++c) v->cells[c].remove();
        // Other plain text: cut only where the header above proves the run,
        // one cell a column, or the run is a row of counts with fewer (a cell
        // left empty) whose keys a `sum` check covers (the table's sums may
        // place it, TrailingRowBySums); else the line stays as written, for
        // the rules.
        std::vector<std::string> header, cols;
        if (!reading_order_ &&
            !TrailingColumns(*v, static_cast<size_t>(v - views_.data()) + seg_.begin, &header,
                             &cols) &&
            (boxes || doubtful || !IsCountRow(r) || !names.empty() ||
             cols.size() <= v->trailing.size() ||
             !std::all_of(r.column_keys.begin(), r.column_keys.end(),
                          [&](const auto& ck) { return InSomeSum(ck.second, ps_.checks()); }))) {
          v->cells[f] = U(text);
          v->numbered_fold.clear();
          v->numbered_pairs = BytePairs();
          v->trailing.clear();
          v->trailing_names.clear();
          v->trailing_boxes = v->trailing_doubtful = false;
        }
        return;
      }
    }
  }
  // No label of the kind opens the line: the words before the run may end
  // a question whose label ran over the lines above (join_above). (Only on
  // the document's own line, not on one joined here.)
  if (names.empty() && wording.empty() && v > views_.data() &&
      ends_question(Trim(text.substr(0, starts[run]))) && text == v->line->cells[f].text)
    join_above(v - 1, false, end - run);
}

bool MatchRun::TrailingHeader(size_t idx, bool boxes, std::vector<std::string>* cols) const {
  // A line of column words at its end, the words before them naming none.
  // `rest`: a column word's rest its narrow cell broke onto the next line
  // ("Klienter med hemmavarande Kvinn Män" / "or"), joined to the one word
  // it completes ("Kvinnor"); none or two such words: no header.
  // `carried`: the last columns' words alone on the line under it, or the
  // last column's word its narrow cell broke, its pieces alone there ("N
  // ej"), taken only after a header that names its first column's words and
  // whose last word its cell broke ("Klienter med hemmavarande Kvinn or" /
  // "Män"), or after two column words or more alone, none broken ("Ja
  // Delvis (t.ex. ...)" / "Nej"; "N ej"): a header row's cells in order.
  // A column word's note in brackets right after it, closed on the line
  // ("Delvis (t.ex. om det är kö i 3 av 12 kommuner)"), is the word's.
  auto header = [&](const LineView& u, const std::string& rest,
                    const std::vector<std::string>& carried) {
    std::vector<std::string> words;
    std::vector<std::string> all;
    // Column words glued where a capital follows a small letter ("JaNej",
    // "KvinnorMän", "JaNejOm ja, ...": pypdf writes a header's cells without
    // a space) are a word each where every piece but the last is a column's
    // word; whether the words make a header is decided below as for any.
    for (const std::string& w : Words(Utf8(u.cells[static_cast<size_t>(u.first)]), nullptr)) {
      const icu::UnicodeString uw = U(w);
      std::vector<std::string> pieces;
      int32_t from = 0;
      for (int32_t k = uw.moveIndex32(0, 1); k < uw.length(); k = uw.moveIndex32(k, 1))
        if (u_isupper(uw.char32At(k)) && u_islower(uw.char32At(uw.moveIndex32(k, -1)))) {
          pieces.push_back(Utf8(uw.tempSubStringBetween(from, k)));
          from = k;
        }
      pieces.push_back(Utf8(uw.tempSubString(from)));
      bool glued = pieces.size() >= 2;
      for (size_t i = 0; glued && i + 1 < pieces.size(); ++i)
        glued = !parser_.WholeColumnOf(pieces[i]).empty();
      if (glued)
        all.insert(all.end(), pieces.begin(), pieces.end());
      else
        all.push_back(w);
    }
    for (size_t i = 0; i < all.size(); ++i) {
      if (all[i].front() == '(' && !words.empty() && !parser_.WholeColumnOf(words.back()).empty()) {
        size_t close = i;
        while (close < all.size() && all[close].back() != ')') ++close;
        if (close < all.size()) {
          i = close;  // the note, to its closing bracket
          continue;
        }
      }
      words.push_back(all[i]);
    }
    if (!rest.empty()) {
      size_t broken = words.size();
      for (size_t i = 0; i < words.size(); ++i) {
        if (!parser_.WholeColumnOf(words[i]).empty() ||
            parser_.WholeColumnOf(words[i] + rest).empty())
          continue;
        if (broken < words.size()) return false;
        broken = i;
      }
      if (broken == words.size()) return false;
      words[broken] += rest;
    }
    std::vector<std::string> found;
    size_t j = words.size();
    auto joined = [&](size_t a, size_t b) {
      std::string t;
      for (size_t i = a; i < b; ++i) t += (i > a ? " " : "") + words[i];
      return t;
    };
    // A column word broken in its narrow cell, on its line ("Kvinn or"):
    // the two words before `at`, neither a column word, that make one; ""
    // when they make none (or the names column), `*pair` false when either
    // is a column word or there are not two.
    auto broken_pair = [&](size_t at, bool* pair) {
      *pair = at >= 2 && parser_.WholeColumnOf(words[at - 1]).empty() &&
              parser_.WholeColumnOf(words[at - 2]).empty();
      if (!*pair) return std::string();
      const std::string name = parser_.WholeColumnOf(words[at - 2] + words[at - 1]);
      return name == kNamesColumn ? std::string() : name;
    };
    // The last column word so broken, under a header whose last columns'
    // words went on to the next line (`carried`): its pieces make one.
    bool broken_last = false;
    if (bool pair = false; !carried.empty()) {
      const std::string name = broken_pair(j, &pair);
      if (pair) {
        if (name.empty()) return false;
        found.push_back(name);
        j -= 2;
        broken_last = true;
      }
    }
    while (j > 0) {
      std::string name;
      size_t took = 0;
      // The names column's words ("Om ja, ange vilken/vilka:"), then a
      // column word with its "Antal" ("Antal män"), then one word.
      for (size_t n = std::min<size_t>(j, 6); n >= 3 && name.empty(); --n)
        if (parser_.ColumnOf(joined(j - n, j)) == kNamesColumn) name = kNamesColumn, took = n;
      for (size_t n = std::min<size_t>(j, 2); n >= 1 && name.empty(); --n) {
        name = parser_.WholeColumnOf(joined(j - n, j));
        took = n;
      }
      // A column word so broken inside the header ("Kvinn or Män"), its
      // second piece a word's lower-case rest.
      if (bool pair = false; name.empty() && j >= 2 && StartsLowerCase(words[j - 1])) {
        name = broken_pair(j, &pair);
        took = 2;
      }
      if (name.empty()) break;
      found.insert(found.begin(), name);
      j -= took;
    }
    for (size_t i = 0; i < j; ++i)
      if (!parser_.ColumnOf(words[i]).empty()) return false;
    if (!carried.empty()) {
      if (broken_last ? j == 0 : j != 0 || found.size() < 2) return false;
      found.insert(found.end(), carried.begin(), carried.end());
    }
    if (found.size() < 2) return false;
    for (size_t i = 0; i < found.size(); ++i)
      for (size_t k = i + 1; k < found.size(); ++k)
        if (found[i] == found[k]) return false;
    *cols = found;
    return true;
  };
  // A row of the table: a row rule's label at the line's start.
  // (While the walk's views are made, before any section is in force: the
  // edition's rules.)
  const std::vector<const Rule*>& in_force = rules_.empty() ? all_rules_ : rules_;
  // Rows without cells a wrap joined on one line ("Bryta isolering
  // Relationsfrågor Existentiella frågor"): the line's words are the label
  // words of two rows or more of the kind, one after another, and nothing
  // else (each the longest label that fits).
  auto joined_rows = [&](const LineView& u) {
    return JoinedLabels(LabelWords(u.cells[static_cast<size_t>(u.first)]), in_force, boxes) >= 2;
  };
  // (A row of counts left short, "Ekonomi 4" under "Kontaktorsak Kvinnor
  // Män" where html2text wrote nothing for the empty cell: its run is no
  // column's, so CutTrailingCells left it whole; it is still a row of the
  // table, the label with its counts cut off. Counts only: a box run is cut
  // whatever its length.)
  auto label_of_short_row = [&](const LineView& u) {
    if (boxes) return icu::UnicodeString();
    std::vector<size_t> at;
    const std::string t = Utf8(u.cells[static_cast<size_t>(u.first)]);
    const std::vector<std::string> ws = Words(t, &at);
    size_t n = ws.size();
    while (n > 0 && IsCountCell(ws[n - 1])) --n;
    if (n == 0 || n == ws.size()) return icu::UnicodeString();
    return U(Trim(t.substr(0, at[n])));
  };
  auto row = [&](size_t k) {
    const LineView& u = View(k);
    if (!u.trailing.empty()) return u.trailing_boxes == boxes;
    const icu::UnicodeString short_label = label_of_short_row(u);
    for (const Rule* q : in_force) {
      RegexMatch m;
      if (!(boxes ? IsChoiceRow(*q) : IsCountRow(*q))) continue;
      if (RegexFind(q->regex, u.cells[static_cast<size_t>(u.first)], &m, &cache_) && m.start == 0)
        return true;
      if (!short_label.isEmpty() && RegexFind(q->regex, short_label, &m, &cache_) && m.start == 0 &&
          m.end == short_label.length())
        return true;
    }
    return joined_rows(u);
  };
  // A column word's rest alone on its line: one word of lower-case letters
  // that names no column.
  auto rest_of_word = [&](const LineView& u) {
    const std::string t = Trim(Utf8(u.cells[static_cast<size_t>(u.first)]));
    const icu::UnicodeString w = U(t);
    if (w.length() < 2 || t.find(' ') != std::string::npos || !parser_.ColumnOf(t).empty())
      return false;
    for (int32_t i = 0; i < w.length(); i = w.moveIndex32(i, 1))
      if (!u_islower(w.char32At(i))) return false;
    return true;
  };
  // A line of column words alone (one or more), no row of the table.
  auto column_words = [&](const LineView& u) {
    std::vector<std::string> out;
    for (const std::string& w : Words(Utf8(u.cells[static_cast<size_t>(u.first)]), nullptr)) {
      const std::string name = parser_.WholeColumnOf(w);
      if (name.empty() || name == kNamesColumn) return std::vector<std::string>{};
      out.push_back(name);
    }
    return out;
  };
  // A column word its narrow cell broke, its pieces alone on a line ("N
  // ej"): two or three pieces, none a column's word, that make one.
  auto broken_word = [&](const LineView& u) {
    const std::vector<std::string> pieces =
        Words(Utf8(u.cells[static_cast<size_t>(u.first)]), nullptr);
    if (pieces.size() < 2 || pieces.size() > 3) return std::string();
    std::string whole;
    for (const std::string& p : pieces) {
      if (!parser_.ColumnOf(p).empty()) return std::string();
      whole += p;
    }
    const std::string name = parser_.WholeColumnOf(whole);
    return name == kNamesColumn ? std::string() : name;
  };
  std::string rest;
  std::vector<std::string> carried;
  for (size_t k = idx; k-- > seg_.begin;) {
    const LineView& u = View(k);
    if (u.first < 0) continue;
    // (A header repeated on several pages may be taken for a running line.)
    if (FilledCells(*u.line) == 1 && u.trailing.empty() && header(u, rest, carried)) return true;
    if (!rest.empty() || !carried.empty()) return false;  // right under its header
    if (FilledCells(*u.line) == 1 && u.trailing.empty() && !row(k) &&
        !(carried = column_words(u)).empty())
      continue;
    if (FilledCells(*u.line) == 1 && u.trailing.empty() && !row(k)) {
      const std::string name = broken_word(u);
      if (!name.empty()) {
        carried = {name};
        continue;
      }
    }
    if (u.line->role == LineRole::kFurniture) continue;
    if (FilledCells(*u.line) == 1 && u.trailing.empty() && rest_of_word(u)) {
      rest = Trim(Utf8(u.cells[static_cast<size_t>(u.first)]));
      continue;
    }
    // (A row whose glued boxes were cut off as its run holds more cells.)
    if ((FilledCells(*u.line) != 1 && u.trailing.empty()) || !row(k)) return false;
  }
  return false;
}

bool MatchRun::TrailingColumns(const LineView& v, size_t idx, std::vector<std::string>* header,
                               std::vector<std::string>* cols) const {
  header->clear();
  cols->clear();
  if (TrailingHeader(idx, v.trailing_boxes, header))
    for (const std::string& c : *header)
      if (!v.trailing_boxes || (c != kNamesColumn && c != kIgnoredColumn)) cols->push_back(c);
  return !v.trailing_doubtful && cols->size() == v.trailing.size() &&
         (v.trailing_names.empty() ||
          std::find(header->begin(), header->end(), kNamesColumn) != header->end());
}

bool MatchRun::TrailingRowBySums(const Rule& r, size_t idx, const std::vector<std::string>& cols) {
  // The count row of these columns whose label opens line k's first cell,
  // its numbers cut off after it, or with nothing after the label but its
  // own words (an empty row); null for any other line. A row whose numbers
  // are doubtful ("1 234") ends the table as no row.
  const std::set<std::string> names(cols.begin(), cols.end());
  auto row_at = [&](size_t k) -> const Rule* {
    const LineView& u = View(k);
    if (u.first < 0 || u.trailing_boxes || u.trailing_doubtful) return nullptr;
    if (u.trailing.empty() && FilledCells(*u.line) != 1) return nullptr;
    for (const Rule* q : rules_) {
      if (!IsCountRow(*q) || ColumnsOf(*q) != names) continue;
      RegexMatch m;
      if (!FindLabelInFirst(*q, u, &m) || m.start != 0) continue;
      const std::string rest = Utf8(u.cells[static_cast<size_t>(u.first)].tempSubString(m.end));
      if (std::any_of(rest.begin(), rest.end(), [](char c) { return IsAsciiDigit(c); }))
        return nullptr;
      return q;
    }
    return nullptr;
  };
  // The table: the rows on the lines around this one, blank lines between.
  size_t first = idx, last = idx;
  for (size_t k = idx; k-- > seg_.begin;) {
    if (View(k).first < 0) continue;
    if (!row_at(k)) break;
    first = k;
  }
  for (size_t k = idx + 1; k < seg_.end; ++k) {
    if (View(k).first < 0) continue;
    if (!row_at(k)) break;
    last = k;
  }
  std::vector<std::vector<std::string>> keys;
  std::vector<std::vector<double>> numbers;
  std::vector<size_t> lines;
  std::map<std::string, std::string> vars = vars_;
  for (size_t k = first; k <= last; ++k) {
    if (View(k).first < 0) continue;
    const Rule* q = row_at(k);
    if (q == nullptr) return false;
    keys.push_back(RowKeysIn(*q, cols, &vars));
    numbers.emplace_back();
    for (const std::string& t : View(k).trailing) {
      double n;
      if (!parser_.ParseNumber(t, &n)) return false;
      numbers.back().push_back(n);
    }
    lines.push_back(k);
  }
  std::vector<std::vector<int>> cells;
  if (!PlaceRowNumbers(keys, numbers, ps_.checks(), &cells)) return false;
  const size_t row =
      static_cast<size_t>(std::find(lines.begin(), lines.end(), idx) - lines.begin());
  if (row >= cells.size() ||
      std::any_of(cells[row].begin(), cells[row].end(), [](int c) { return c == kCellUndecided; }))
    return false;
  const LineView& v = View(idx);
  for (size_t c = 0; c < cols.size(); ++c)
    if (cells[row][c] >= 0) {
      const std::string key = Interpolate(r.column_keys.at(cols[c]));
      if (!key.empty())
        assigner_.Assign(key, v.trailing[static_cast<size_t>(cells[row][c])], r, *v.line);
    }
  return true;
}

bool MatchRun::ReadTrailingCells(const Rule& r, size_t idx) {
  const LineView& v = View(idx);
  if (v.trailing.empty() || v.trailing_boxes != IsChoiceRow(r) ||
      (!v.trailing_boxes && !AsksCounts(r)))
    return false;
  const std::vector<std::string> keys = HitKeys(r);
  if (keys.empty()) return true;  // a row whose variables are not set: no key to name
  std::vector<std::string> header, cols;
  bool fits = TrailingColumns(v, idx, &header, &cols);
  for (const std::string& c : cols)
    fits = fits && (v.trailing_boxes ? c != kIgnoredColumn : r.column_keys.count(c) > 0);
  std::string seen;
  for (const std::string& t : v.trailing) seen += (seen.empty() ? "" : " ") + t;
  // A row of counts with a cell left empty: the table's sums may show which
  // columns its numbers are (sum_placement.h, PlaceRowNumbers), its rows
  // those around it each on its own line, a row's numbers after its label.
  if (!fits && !v.trailing_boxes && !v.trailing_doubtful && IsCountRow(r) &&
      cols.size() > v.trailing.size() &&
      std::all_of(cols.begin(), cols.end(),
                  [&](const std::string& c) {
                    return r.column_keys.count(c) > 0 &&
                           std::count(cols.begin(), cols.end(), c) == 1;
                  }) &&
      TrailingRowBySums(r, idx, cols))
    return true;
  if (!fits) {
    std::string named;
    for (const std::string& c : header) named += (named.empty() ? "" : ", ") + c;
    assigner_.AddFinding("warning", "ambiguous_column", keys,
                         v.trailing_doubtful ? "reading_order_row_label"
                         : reading_order_    ? "reading_order_row"
                                             : "trailing_row",
                         {{"raw", "'" + seen + "'"}, {"columns", named.empty() ? "-" : named}},
                         *v.line);
    return true;
  }
  if (v.trailing_boxes) {
    std::vector<std::string> marked;
    bool checked;
    for (size_t i = 0; i < cols.size(); ++i)
      if (written_.IsBoxCell(v.trailing[i], &checked) && checked) marked.push_back(cols[i]);
    const std::string key = Interpolate(r.choice_key);
    if (!key.empty()) assigner_.AssignChoice(key, marked, r, *v.line);
    const std::string names_key = NamesKey(r);
    if (v.trailing_names.empty() || names_key.empty()) return true;
    // The names are a Ja's alone; a line after them that is no row of the
    // table, label or heading may be their wrap.
    const size_t next = idx + 1;
    const bool wrap = next < seg_.end && View(next).first >= 0 && View(next).trailing.empty() &&
                      !IsStructuralLine(next) && !MatchHeading(View(next));
    if (marked != std::vector<std::string>{"yes"})
      assigner_.AddFinding("warning", "ambiguous_column", {names_key}, "ambiguous_column",
                           {{"raw", "'" + v.trailing_names + "'"}}, *v.line);
    else if (wrap)
      assigner_.AddFinding("warning", "wrapped_value", {names_key}, "wrapped_value",
                           {{"raw", v.trailing_names}, {"next", View(next).line->Text()}}, *v.line);
    else
      assigner_.Assign(names_key, v.trailing_names, r, *v.line);
    return true;
  }
  // The counts; a choice they tell is the columns with a count above 0.
  std::vector<std::string> chosen;
  for (size_t i = 0; i < cols.size(); ++i) {
    const std::string key = Interpolate(r.column_keys.at(cols[i]));
    if (!key.empty()) assigner_.Assign(key, v.trailing[i], r, *v.line);
    if (parser_.CountChooses(v.trailing[i])) chosen.push_back(cols[i]);
  }
  const std::string choice = Interpolate(r.choice_key);
  if (!choice.empty()) assigner_.AssignChoice(choice, chosen, r, *v.line);
  return true;
}

}  // namespace redovis
