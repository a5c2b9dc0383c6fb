// Rows answered without a table: "Totalt antal klienter: kvinnor 12, män 7",
// a Ja/Nej word after the question. MatchRun's methods; see match_run.h.
#include <unicode/uchar.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstring>
#include <functional>
#include <map>

#include "base/text_util.h"
#include "match/label_match.h"
#include "match/match_run.h"
#include "match/match_run_answers.h"

namespace redovis {

namespace {

// A mark that is no digit ("X", "☒"; never "1", which may be a count).
bool IsLetterMark(const ValueParser& parser, const std::string& t) {
  return !t.empty() && !IsAsciiDigit(t[0]) && parser.IsMark(t);
}

// A column's wording alone, then a mark that is no digit after it ("Ja",
// "X": "Ja: X", "Ja   X"): the column chosen, the mark its tick.
bool WordAndItsMark(const ValueParser& parser, const std::string& word, const std::string& mark) {
  return !parser.WholeColumnOf(word).empty() && IsLetterMark(parser, mark);
}

// `text` without what sets an answer off from its question: "?", ".", ":", a
// dash ("Kommun – ja"), brackets around the whole ("(kvinnor 7, män 3)").
std::string AfterQuestion(std::string text) {
  for (std::string before; before != text;) {
    before = text;
    while (!text.empty() && (text[0] == ':' || text[0] == '?' || text[0] == '.'))
      text = Trim(text.substr(1));
    text = WithoutLabelPunctuation(text);
  }
  return text;
}

// Whether `text` holds a number standing alone as a word ("7" of "7 fl,"):
// digits only, once the punctuation around it is left out.
bool HoldsLoneNumber(const std::string& text) {
  size_t b = 0;
  while (b < text.size()) {
    size_t e = text.find(' ', b);
    if (e == std::string::npos) e = text.size();
    std::string word = text.substr(b, e - b);
    while (!word.empty() && std::strchr(",.;:()", word.back())) word.pop_back();
    while (!word.empty() && std::strchr(",.;:()", word.front())) word.erase(0, 1);
    if (!word.empty() && std::all_of(word.begin(), word.end(), IsAsciiDigit)) return true;
    b = e + 1;
  }
  return false;
}

// Where the names start in `u` after a clause of a Ja's own that opens at
// `b` ("vi har det, RSMH": at "RSMH"): a clause of four words or fewer, in
// small letters, no digit or sign, set off by a comma and a space from a word
// with a capital or a digit. `b` itself where there is no such clause.
int32_t AfterOwnClause(const icu::UnicodeString& u, int32_t b) {
  if (b >= u.length() || !u_islower(u.char32At(b))) return b;
  int words = 1;
  for (int32_t i = b; i < u.length(); i = u.moveIndex32(i, 1)) {
    const UChar32 c = u.char32At(i);
    if (c == u',') {
      int32_t n = i + 1;
      if (n >= u.length() || u.charAt(n) != u' ') return b;
      while (n < u.length() && u.charAt(n) == u' ') ++n;
      return n < u.length() && (u_isupper(u.char32At(n)) || u_isdigit(u.char32At(n))) ? n : b;
    }
    if (c == u' ') {
      if (++words > 4) return b;
    } else if (!u_islower(c)) {
      return b;
    }
  }
  return b;
}

// The most words of a line's start tried as a label in force, whole, before
// the names a Ja's next line may hold (InlineNames): the form's row labels
// are shorter.
constexpr int kMostLabelWords = 6;

}  // namespace

bool MatchRun::FindLabel(const Rule& r, const icu::UnicodeString& cell, RegexMatch* m) const {
  return RegexFind(r.regex, cell, m, &cache_) || MatchOneLabel(r, cell, Tolerance(), m);
}

bool MatchRun::FindLabelInFirst(const Rule& r, const LineView& v, RegexMatch* m) const {
  const size_t first = static_cast<size_t>(v.first);
  const icu::UnicodeString& cell = v.cells[first];
  if (MayMatch(r.regex, v.Fold(first), v.FoldPairs(first)) && RegexFind(r.regex, cell, m, &cache_))
    return true;
  if (r.label_words.empty()) return false;  // no label to compare: MatchOneLabel's first test
  const std::vector<int32_t>* ends = nullptr;
  const std::vector<std::u32string>& words = v.FirstLabelWords(&ends);  // once a line
  return MatchOneLabel(r, cell, words, *ends, Tolerance(), m);
}

std::string MatchRun::RowText(const LineView& v) const {
  std::string text = Utf8(v.cells[static_cast<size_t>(v.first)]);
  std::string counts;
  double n;
  for (size_t j = static_cast<size_t>(v.first) + 1; j < v.line->cells.size(); ++j) {
    const Cell& c = v.line->cells[j];
    if (c.text.empty() && c.checkbox == CheckboxState::kNone) continue;
    if (c.checkbox != CheckboxState::kNone || !parser_.ParseNumber(c.text, &n)) return text;
    counts += " " + c.text;
  }
  return text + counts;
}

const std::string& MatchRun::RowFold(const LineView& v, std::string* made, BytePairs* made_pairs,
                                     const BytePairs** pairs) const {
  // A first cell with nothing after it that starts with no space: the
  // row's text is that cell's, whose fold is at hand.
  const size_t f = static_cast<size_t>(v.first);
  bool alone = true;
  for (size_t j = f + 1; alone && j < v.line->cells.size(); ++j)
    alone = v.line->cells[j].text.empty() && v.line->cells[j].checkbox == CheckboxState::kNone;
  const std::string& own = v.Fold(f);
  const unsigned char lead = own.empty() ? 0 : static_cast<unsigned char>(own[0]);
  if (alone && lead > ' ' && lead < 0x80) {
    *pairs = v.FoldPairs(f);
    return own;
  }
  *made = Fold(Trim(RowText(v)));
  *made_pairs = BytePairs(*made);
  *pairs = made_pairs;
  return *made;
}

bool MatchRun::FindRowLabel(const Rule& r, const LineView& v, RegexMatch* m) const {
  if (FindLabelInFirst(r, v, m)) return true;
  // "Ekonomi kvinnor 16 män 10": the label is what stands before its pairs.
  std::string label = written_.LabelBeforePairs(RowText(v));
  return !label.empty() && FindLabel(r, U(label), m);
}

bool MatchRun::NamesItsColumns(const Rule& r, const LineView& v) const {
  RegexMatch m;
  if (v.first < 0 || !FindRowLabel(r, v, &m)) return false;
  const icu::UnicodeString& own = v.cells[static_cast<size_t>(v.first)];
  return RowText(v).size() > Utf8(own).size() &&
         written_.HoldsColumnWord(Utf8(own.tempSubString(m.end)));
}

bool MatchRun::ApplyInlineRow(const Rule& r, size_t idx) {
  // The row written as a sentence: "Totalt antal klienter: kvinnor 12, män
  // 7", or its choice as a word after the label or on the next line.
  const LineView& v = View(idx);
  RegexMatch m;
  if (v.first < 0 || !FindRowLabel(r, v, &m)) return false;
  std::string rest = Utf8(v.cells[v.first].tempSubString(m.end));
  // The label's own cell after it ("Brukarorganisationer: [x] Ja [ ] Nej")
  // and the one later cell, if only one holds text ("RSMH").
  std::string own = rest, later;
  std::vector<const std::string*> filled;  // the later cells that hold text
  for (size_t j = static_cast<size_t>(v.first) + 1; j < v.line->cells.size(); ++j) {
    if (v.line->cells[j].checkbox != CheckboxState::kNone) return false;
    if (v.line->cells[j].text.empty()) continue;
    rest += " " + v.line->cells[j].text;
    later = v.line->cells[j].text;
    filled.push_back(&v.line->cells[j].text);
  }
  const size_t filled_later = filled.size();
  rest = Trim(rest);
  // Boxes complete in the label's own cell, or in it and the cells after it
  // ("☒ Ja" / "☐ Nej": two spaces part a typed box from the option before
  // it), or all in the one cell after the label alone ("Brukarorganisationer
  // [x] Ja [ ] Nej  RSMH"), then one cell: the names the Ja asks for.
  own = AfterQuestion(Trim(own));  // "Brukarorganisationer - ☒ Ja"
  std::string boxes = own;
  bool pieces = own.empty() || filled_later < 2 || written_.BoxThenOption(own);
  const bool one_piece = own.empty() && filled_later == 2;
  for (size_t j = 0; j + 1 < filled.size(); ++j) {
    boxes += (boxes.empty() ? "" : " ") + *filled[j];
    pieces = pieces && (one_piece || written_.BoxThenOption(Trim(*filled[j])));
  }
  std::vector<std::string> own_marked;
  std::string names =
      filled_later >= 1 && pieces && written_.BoxedChoice(boxes, &own_marked) ? Trim(later) : "";
  // The boxes and the names in the label's own cell, the spaces between
  // them collapsed ("Brukarorganisationer: ☒ Ja ☐ Nej RSMH").
  if (const size_t at = written_.WordsAfterBoxedChoice(own);
      filled_later == 0 && at != std::string::npos)
    names = Trim(own.substr(at));
  rest = AfterQuestion(rest);
  // "Kvinnor: 12, Män: 7"; or the rest of a label the rule did not need
  // before them ("... år: kvinnor 3", "... vilka är kända för verksamheten
  // kvinnor 10 män 8").
  std::vector<std::pair<std::string, std::string>> pairs;
  bool all_pairs = written_.ParsePairs(rest, &pairs);
  size_t colon = rest.rfind(':');
  if (!all_pairs && colon != std::string::npos && !written_.HoldsColumnWord(rest.substr(0, colon)))
    all_pairs = written_.ParsePairs(Trim(rest.substr(colon + 1)), &pairs);
  // A count before the pairs with no column word of its own ("Bostad: 7 fl,
  // 5 m": "fl" no column word): which column it counts is not read, so the
  // columns the pairs leave out are unreadable, never blank.
  bool uncounted = false;
  if (!all_pairs) {
    size_t at = written_.PairsStart(rest);
    if (at != std::string::npos) all_pairs = written_.ParsePairs(rest.substr(at), &pairs);
    if (all_pairs) uncounted = HoldsLoneNumber(rest.substr(0, at));
  }
  if (!all_pairs && !rest.empty() && rest.back() == ')') {
    // The pairs in brackets after the rest of the label ("därav mellan 18
    // och 29 år (K: 10 M: 6)"), the label ending in no number.
    size_t open = rest.rfind('(');
    std::string before = open == std::string::npos ? "" : Trim(rest.substr(0, open));
    if (!before.empty() && !IsAsciiDigit(before.back()) && !written_.HoldsColumnWord(before))
      all_pairs = written_.ParsePairs(Trim(rest.substr(open + 1, rest.size() - open - 2)), &pairs);
  }
  if (!all_pairs && r.choice_key.empty()) {
    // The counts in a sentence, words before and after them ("Vi hade 29
    // kvinnor och 5 män som klienter under året.").
    // After a colon only where what stands before it holds no column word
    // (two rows run together: "... män 5 därav ...: kvinnor 14, män 2").
    std::string said =
        colon != std::string::npos && !written_.HoldsColumnWord(rest.substr(0, colon))
            ? Trim(rest.substr(colon + 1))
            : rest;
    all_pairs = written_.SentencePairs(said, &pairs);
  }
  // The rest of a label the rule did not need ends at a colon: a choice may
  // follow. A column word's own colon and mark ("Ja: X RSMH") stay the
  // answer's.
  if (colon != std::string::npos) {
    std::string after = Trim(rest.substr(colon + 1));
    size_t prev = colon == 0 ? std::string::npos : rest.rfind(':', colon - 1);
    size_t from = prev == std::string::npos ? 0 : prev + 1;
    std::string word = Trim(rest.substr(from, colon - from));
    std::string mark = after.substr(0, after.find(' '));
    rest = WordAndItsMark(parser_, word, mark) ? word + ": " + after : after;
  }
  const Line* where = v.line;
  if (!all_pairs && (rest.empty() || parser_.ColumnOf(rest).empty())) {
    // The label alone, or with the rest of its question: the pairs may stand
    // alone on the next line ("Har ni haft kö ...?" / "Ja 2, Nej 1"), then
    // they are its answer.
    size_t k = idx + 1;
    if (k < seg_.end && View(k).first < 0) ++k;
    if (k < seg_.end && !consumed_.count(k)) {
      const LineView& n = View(k);
      if (n.first >= 0 && FilledCells(*n.line) == 1 && n.line->role == LineRole::kContent &&
          !IsStructuralLine(k) && written_.ParsePairs(Trim(n.line->cells[n.first].text), &pairs) &&
          std::all_of(pairs.begin(), pairs.end(),
                      [&](const auto& p) { return r.column_keys.count(p.first) > 0; })) {
        all_pairs = true;
        consumed_.insert(k);
        where = n.line;
      } else {
        pairs.clear();
      }
    }
  }
  if (all_pairs && !pairs.empty()) {
    std::set<std::string> marked;
    for (const auto& [col, number] : pairs) {
      auto ck = r.column_keys.find(col);
      if (ck == r.column_keys.end()) continue;
      std::string key = Interpolate(ck->second);
      if (!key.empty()) assigner_.Assign(key, number, r, *where);
      double n;
      if (parser_.ParseNumber(number, &n) && n > 0) marked.insert(col);
    }
    if (uncounted)
      for (const auto& [col, tmpl] : r.column_keys)
        if (std::none_of(pairs.begin(), pairs.end(), [&](const auto& p) { return p.first == col; }))
          if (std::string key = Interpolate(tmpl); !key.empty())
            assigner_.MarkUnplaced(key, *where);
    std::string key = r.choice_key.empty() ? "" : Interpolate(r.choice_key);
    if (!key.empty() && !marked.empty())
      assigner_.AssignChoice(key, std::vector<std::string>(marked.begin(), marked.end()), r,
                             *where);
    return true;
  }
  if (r.choice_key.empty()) return false;
  // "Question<TAB>Answer": the rest of the question in the label's own cell
  // ends where its cell ends, as at a colon; the one later cell answers.
  if (filled_later == 1 && !own.empty() && own.find(':') == std::string::npos &&
      !written_.HoldsColumnWord(own))
    rest = Trim(later);
  return InlineChoice(r, rest, idx, names);
}

bool MatchRun::ReadChoice(const std::string& rest, size_t idx,
                          const std::function<bool(const std::string&)>& allowed,
                          WrittenChoice* out, const std::string& list) {
  *out = WrittenChoice();
  out->line = idx;
  out->said = rest;
  std::vector<std::string> boxed;
  // The answer after the rest of the question the rule did not spell out,
  // where that ends in "?", "." or ":" ("... ombud? Nej, det har vi inte").
  std::string answer = rest;
  for (size_t p = 0; !answer.empty() && !written_.BoxedChoice(answer, &boxed) &&
                     parser_.ColumnOf(answer).empty() && p < rest.size();
       ++p) {
    p = rest.find_first_of("?.:", p);
    if (p == std::string::npos) {
      answer = rest;
      break;
    }
    if (p + 1 < rest.size() && rest[p + 1] == ' ')
      answer = WithoutLabelPunctuation(Trim(rest.substr(p + 1)));
  }
  if (!answer.empty() && !written_.BoxedChoice(answer, &boxed) &&
      parser_.ColumnOf(answer).empty()) {
    // The boxes after the rest of the question, with nothing between ("...
    // i verksamheten (X) Ja ( ) Nej"): from the first bracket on.
    for (size_t p = answer.find_first_of("(["); p != std::string::npos;
         p = answer.find_first_of("([", p + 1)) {
      if (p > 0 && answer[p - 1] != ' ') continue;
      if (written_.HoldsColumnWord(answer.substr(0, p))) break;
      if (written_.BoxedChoice(answer.substr(p), &boxed)) {
        answer = answer.substr(p);
        break;
      }
    }
  }
  if (!answer.empty() && written_.BoxedChoice(answer, &boxed)) {  // "... handledning: ☒ Ja ☐ Nej"
    if (boxed.empty() || !std::all_of(boxed.begin(), boxed.end(), allowed)) return false;
    out->columns = boxed;
    out->boxed = true;
    return true;
  }
  std::string col;
  if (!answer.empty()) col = parser_.ColumnOf(answer);  // "Nej, det har vi inte"
  if (!col.empty()) {
    // Two choices in one answer ("Ja i 2 kommuner, nej i 1 kommun"): which is
    // meant is not written.
    size_t after = answer.find_first_of(" ,");
    if (after != std::string::npos && written_.HoldsColumnWord(answer.substr(after))) return false;
    out->said = answer;
  }
  if (col.empty()) {
    // What follows the label on its line, if anything, is the rest of the
    // question the rule did not spell out.
    // The answer on the next line, alone or at the start of a sentence.
    for (size_t k = idx + 1; k < seg_.end && k <= idx + 2; ++k) {
      const LineView& n = View(k);
      if (n.first < 0) continue;
      // Furniture found by repetition may still be an answer ("Nej" on many lines).
      if (n.line->role == LineRole::kFootnote || (IsStructuralLine(k) && !IsOptionLine(k, list)))
        return false;
      // The options with their boxes on the next line: "[x] Ja [ ] Nej", "☒ Ja ☐ Nej".
      std::string joined;
      for (const Cell& c : n.line->cells)
        if (!c.text.empty()) joined += (joined.empty() ? "" : " ") + c.text;
      if (written_.BoxedChoice(joined, &boxed)) {
        out->line = k;
        out->boxed = true;
        if (boxed.empty() || !std::all_of(boxed.begin(), boxed.end(), allowed)) return false;
        out->columns = boxed;
        return true;
      }
      const Cell& c = n.line->cells[n.first];
      if (c.checkbox != CheckboxState::kNone) return false;
      // A column word alone and a mark in the one cell after it ("Ja   X":
      // a retyped "Ja: X" whose colon became spaces) reads as the word.
      std::vector<const Cell*> later;
      for (size_t j = static_cast<size_t>(n.first) + 1; j < n.line->cells.size(); ++j)
        if (!n.line->cells[j].text.empty()) later.push_back(&n.line->cells[j]);
      if (!later.empty() && (later.size() > 1 || later[0]->checkbox != CheckboxState::kNone ||
                             !WordAndItsMark(parser_, c.text, Trim(later[0]->text))))
        return false;
      col = parser_.ColumnOf(c.text, c.fold);
      if (!allowed(col)) return false;
      // Two column words ("Ja Nej Kan inte bedöma"): a list, no answer.
      size_t after = c.text.find_first_of(" ,");
      if (after != std::string::npos && written_.HoldsColumnWord(c.text.substr(after)))
        return false;
      out->line = k;
      out->said = c.text;
      break;
    }
  }
  if (col.empty() || !allowed(col)) return false;
  out->columns = {col};
  return true;
}

bool MatchRun::InlineChoice(const Rule& r, const std::string& rest, size_t idx,
                            const std::string& names) {
  std::string key = Interpolate(r.choice_key);
  const FieldSpec* spec = key.empty() ? nullptr : ps_.catalogue().Find(key);
  if (!spec) return false;
  auto allowed = [&](const std::string& col) {
    if (spec->type == FieldType::kBool) return col == "yes" || col == "no";
    return std::find(spec->enum_values.begin(), spec->enum_values.end(), col) !=
           spec->enum_values.end();
  };
  WrittenChoice w;
  bool read = ReadChoice(rest, idx, allowed, &w);
  if (w.line != idx) consumed_.insert(w.line);  // the answer's own line, read
  if (!read) return false;
  const Line& where = *View(w.line).line;
  assigner_.AssignChoice(key, w.columns, r, where);
  if (!w.boxed && w.columns[0] == "yes") InlineNames(r, w.said, w.line, where);
  if (w.boxed && w.columns.size() == 1 && w.columns[0] == "yes" && !names.empty() &&
      !written_.HoldsColumnWord(" " + names)) {
    icu::UnicodeString u = U(names);
    std::string text_key = NamesKey(r);
    if (!text_key.empty() && (u_isupper(u.char32At(0)) || u_isdigit(u.char32At(0))))
      assigner_.Assign(text_key, names, r, where);
  }
  return true;
}

std::string MatchRun::NamesKey(const Rule& r) const {
  std::string text_key;
  for (const auto& [col, tmpl] : r.column_keys) {
    std::string k = Interpolate(tmpl);
    const FieldSpec* f = k.empty() ? nullptr : ps_.catalogue().Find(k);
    if (!f || (f->type != FieldType::kText && f->type != FieldType::kTextList)) continue;
    if (!text_key.empty()) return "";  // two text columns: which one is not written
    text_key = k;
  }
  return text_key;
}

bool MatchRun::IsOptionLine(size_t k, const std::string& list) const {
  const LineView& n = View(k);
  if (list.empty() || n.first < 0 || FilledCells(*n.line) != 1 || MatchHeading(n)) return false;
  const icu::UnicodeString& cell = n.cells[static_cast<size_t>(n.first)];
  auto of_list = [&](const Rule* r) {
    return r->kind == RuleKind::kOption && !r->keys.empty() && Interpolate(r->keys[0]) == list;
  };
  bool option = false;
  for (const Rule* r : rules_) {
    if (!RegexFind(r->regex, cell, nullptr, &cache_)) continue;
    if (!of_list(r)) return false;
    option = true;
  }
  if (option) return true;
  // An option with its mark after it ("Delvis: X"), within the label tolerance.
  LabelMatch near = MatchLabelTolerantly(rules_, cell, Tolerance());
  return near.ambiguous.empty() && !near.hits.empty() &&
         std::all_of(near.hits.begin(), near.hits.end(),
                     [&](const auto& hit) { return of_list(hit.first); });
}

bool MatchRun::AnswerOptionQuestion(const Rule& r, size_t idx, size_t cell, const RegexMatch& m) {
  std::string key = Interpolate(r.choice_key);
  if (key.empty()) return false;
  // The list's options, as the section's rules name them.
  std::map<std::string, const Rule*> options;
  for (const Rule* o : rules_)
    if (o->kind == RuleKind::kOption && !o->keys.empty() && Interpolate(o->keys[0]) == key)
      options.emplace(o->option_value, o);
  if (options.size() < 2) return false;
  auto allowed = [&](const std::string& col) { return options.count(col) > 0; };
  const LineView& v = View(idx);
  std::string rest = Utf8(v.cells[cell].tempSubString(m.end));
  for (size_t j = cell + 1; j < v.line->cells.size(); ++j)  // the answer in cells of its own
    if (!v.line->cells[j].text.empty()) rest += " " + v.line->cells[j].text;
  rest = Trim(rest);
  WrittenChoice w;
  if (!ReadChoice(rest, idx, allowed, &w, key)) return false;
  // A word alone under the question is the answer only when no other option
  // follows it (a form's list whose boxes a rendering lost: "Ja" / "Nej" /
  // "Kan inte bedöma", one a line), past the list's other cells a text that
  // drops empty cells leaves between them: an ignored column's word
  // ("Kommentar") and a lone mark, whose option the order does not tell.
  if (w.line != idx && !w.boxed) {
    const Line* lone_mark = nullptr;
    for (size_t k = w.line + 1, seen = 0; k < seg_.end && seen < 3; ++k) {
      const LineView& n = View(k);
      if (n.first < 0) continue;
      ++seen;
      const Cell& c = n.line->cells[static_cast<size_t>(n.first)];
      std::string col = parser_.ColumnOf(c.text, c.fold);
      if (allowed(col) || IsOptionLine(k, key)) {
        if (lone_mark)
          assigner_.AddFinding("warning", "ambiguous_column", {key}, "lone_mark",
                               {{"raw", Trim(lone_mark->Text())}}, *lone_mark);
        return false;
      }
      if (FilledCells(*n.line) != 1) break;
      if (parser_.IsMark(c.text)) {
        lone_mark = n.line;
        continue;
      }
      if (col != kIgnoredColumn) break;
    }
  }
  // Kept aside: the answer stands only where the report does not print the
  // list's options (ResolveOptions).
  for (const std::string& col : w.columns) {
    OptionHit hit{col, true, w.line, options[col], /*answered=*/true};
    auto list = std::find_if(options_.begin(), options_.end(),
                             [&](const auto& l) { return l.first == key; });
    if (list == options_.end()) list = options_.insert(options_.end(), {key, {}});
    list->second.push_back(hit);
  }
  return true;
}

void MatchRun::InlineNames(const Rule& r, std::string said, size_t said_at, const Line& where) {
  // The row's one text column ("Om ja, ange vilken/vilka") takes what
  // follows the Ja: "Ja, RSMH".
  std::string text_key = NamesKey(r);
  if (text_key.empty()) return;
  icu::UnicodeString u = U(Trim(said));
  RegexMatch m;
  for (const auto& [name, p] : ps_.vocabulary().columns)
    if (name == "yes" && RegexFind(p, u, &m, &cache_)) break;
  if (m.end <= 0) return;
  int32_t b = m.end;
  const Line* at = &where;
  // "Ja." alone on its line: the names may stand alone on the next one, when
  // that line is no label in force, no column word, no heading or header.
  bool nothing_after = true;
  for (int32_t i = b; i < u.length(); ++i)
    nothing_after = nothing_after && (u_isspace(u.charAt(i)) || u_ispunct(u.charAt(i)));
  const size_t k = said_at + 1;
  if (nothing_after && k < seg_.end && !consumed_.count(k)) {
    const LineView& n = View(k);
    if (n.first < 0 || FilledCells(*n.line) != 1 || n.line->role != LineRole::kContent ||
        IsStructuralLine(k) || !parser_.ColumnOf(n.line->cells[n.first].text).empty() ||
        IsBareLabel(n.line->cells[n.first].text))
      return;
    for (const Rule* q : rules_)
      if (FindLabelInFirst(*q, n, &m)) return;
    // Nor a line whose first words are a label in force, whole, with more
    // words after it that the label's rule refuses ("Brukarorganisationer
    // RSMH": the next row retyped with its names and no Ja or Nej).
    const icu::UnicodeString& line = n.cells[n.first];
    int32_t space = line.indexOf(u' ');
    for (int words = 1; space > 0 && words <= kMostLabelWords; ++words) {
      const icu::UnicodeString head = line.tempSubString(0, space);
      for (const Rule* q : rules_)
        if (RegexFind(q->regex, head, &m, &cache_) && m.start == 0 && m.end == head.length())
          return;
      space = line.indexOf(u' ', space + 1);
    }
    u = n.cells[n.first];
    b = 0;
    at = n.line;
    consumed_.insert(k);
  }
  const bool colon_after = b < u.length() && u.charAt(b) == u':';
  while (b < u.length() && (u_isspace(u.charAt(b)) || u.charAt(b) == u',' || u.charAt(b) == u':' ||
                            u.charAt(b) == u';' || u.charAt(b) == u'-' || u.charAt(b) == u'\u2013'))
    ++b;
  // "Ja: X RSMH": the Ja's mark after its colon, then the names.
  if (colon_after && at == &where) {
    int32_t e = u.indexOf(u' ', b);
    if (e < 0) e = u.length();  // "Ja: X" and no more: no names
    if (e > b && IsLetterMark(parser_, Utf8(u.tempSubString(b, e - b)))) {
      b = e;
      while (b < u.length() && u_isspace(u.charAt(b))) ++b;
    }
  }
  // A short clause of the Ja's own before the names, set off by a comma
  // ("Ja, vi har det, RSMH"): passed over.
  b = AfterOwnClause(u, b);
  // A name starts with a capital or a digit; "Ja, det har vi" names nothing.
  if (b >= u.length() || !(u_isupper(u.char32At(b)) || u_isdigit(u.char32At(b)))) return;
  // The names end where a sentence ends ("Ja, RSMH. Patientorganisationer
  // ingår inte."): what follows is about other rows.
  int32_t e = u.length();
  for (int32_t i = b; i + 2 < u.length(); ++i)
    if (u.charAt(i) == u'.' && u_isspace(u.charAt(i + 1)) && u_isupper(u.char32At(i + 2))) {
      e = i;
      break;
    }
  assigner_.Assign(text_key, Trim(Utf8(u.tempSubString(b, e - b))), r, *at);
}

}  // namespace redovis
