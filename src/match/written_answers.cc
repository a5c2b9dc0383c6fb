#include "match/written_answers.h"

#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cctype>

#include "base/text_util.h"
#include "patterns/list_pieces.h"
#include "read/glyphs.h"

namespace redovis {

namespace {

// `part` cut where a column word and its number alternate without a
// separator: "kvinnor 12 män 7" is "kvinnor 12" and "män 7", "12 kvinnor 7
// män" is "12 kvinnor" and "7 män". A space between digits groups a number
// ("1 234") and cuts nothing.
std::vector<std::string> SplitAlternation(const std::string& part) {
  std::vector<std::string> out;
  if (part.empty()) return out;
  const bool number_first = IsAsciiDigit(part[0]);
  size_t b = 0;
  for (size_t i = 1; i + 1 < part.size(); ++i) {
    if (part[i] != ' ') continue;
    size_t j = part.find_first_not_of(' ', i);
    if (j == std::string::npos) break;
    char before = part[i - 1], after = part[j];
    bool cut = number_first
                   ? (!IsAsciiDigit(before) && IsAsciiDigit(after))
                   : (IsAsciiDigit(before) && !IsAsciiDigit(after) && after != ',' && after != '.');
    if (cut) {
      out.push_back(part.substr(b, i - b));
      b = j;
    }
    i = j - 1;
  }
  out.push_back(part.substr(b));
  return out;
}

}  // namespace

bool WrittenAnswers::ParsePairs(const std::string& rest,
                                std::vector<std::pair<std::string, std::string>>* pairs) const {
  pairs->clear();
  if (rest.empty()) return false;
  // Pairs of a column word and a number, separated by the list separators.
  // A decimal comma ("1,0") separates nothing: kept aside while splitting.
  std::string split = rest;
  for (size_t i = 1; i + 1 < split.size(); ++i)
    if (split[i] == ',' && IsAsciiDigit(split[i - 1]) && IsAsciiDigit(split[i + 1]))
      split[i] = '\x1e';
  for (const std::string& piece : ListPieces(vocabulary_.list_separators, split)) {
    std::string whole = Trim(piece);
    std::replace(whole.begin(), whole.end(), '\x1e', ',');
    for (std::string part : SplitAlternation(whole)) {
      part = Trim(part);
      if (part.empty()) continue;
      // "kvinnor 12" or "12 kvinnor".
      size_t d = part.find_first_of("0123456789");
      std::string words, number;
      if (d == 0) {
        // The number's digits, its groups' spaces and a decimal mark between
        // digits ("1,0 kvinnor").
        size_t e = 0;
        while (e < part.size() && (IsAsciiDigit(part[e]) || part[e] == ' ' ||
                                   ((part[e] == ',' || part[e] == '.') && e + 1 < part.size() &&
                                    IsAsciiDigit(part[e + 1]))))
          ++e;
        if (e == part.size()) e = std::string::npos;
        number = part.substr(0, e == std::string::npos ? part.size() : e);
        words = e == std::string::npos ? "" : part.substr(e);
      } else if (d != std::string::npos) {
        words = part.substr(0, d);
        number = part.substr(d);
      }
      words = Trim(words);
      while (!words.empty() && words.back() == ':') words = Trim(words.substr(0, words.size() - 1));
      std::string col = words.empty() ? "" : parser_.ColumnOf(words);
      double n;
      if (col.empty() || !parser_.ParseNumber(Trim(number), &n)) {
        pairs->clear();
        return false;
      }
      for (const auto& p : *pairs)
        if (p.first == col) {  // a column named twice: not a row
          pairs->clear();
          return false;
        }
      pairs->emplace_back(col, Trim(number));
    }
  }
  return !pairs->empty();
}

bool WrittenAnswers::SentencePairs(const std::string& text,
                                   std::vector<std::pair<std::string, std::string>>* pairs) const {
  pairs->clear();
  // The words, each without the punctuation that ends it.
  std::vector<std::pair<size_t, size_t>> words;
  for (size_t i = 0; i < text.size();) {
    if (text[i] == ' ') {
      ++i;
      continue;
    }
    size_t e = text.find(' ', i);
    if (e == std::string::npos) e = text.size();
    size_t end = e;
    while (end > i && std::ispunct(static_cast<unsigned char>(text[end - 1]))) --end;
    words.emplace_back(i, end);
    i = e;
  }
  // The first and the last word that is a number or a column word: the
  // pairs between them, words with no digit and no column word around them.
  auto counts = [&](size_t w) {
    std::string word = text.substr(words[w].first, words[w].second - words[w].first);
    return word.find_first_of("0123456789") != std::string::npos || !parser_.ColumnOf(word).empty();
  };
  size_t first = words.size(), last = 0;
  for (size_t w = 0; w < words.size(); ++w) {
    if (!counts(w)) continue;
    first = std::min(first, w);
    last = w;
  }
  if (first == words.size()) return false;
  return ParsePairs(text.substr(words[first].first, words[last].second - words[first].first),
                    pairs);
}

bool WrittenAnswers::HoldsColumnWord(const std::string& text) const {
  size_t b = 0;
  while (b < text.size()) {
    size_t e = text.find_first_of(" ,:;", b);
    if (e == std::string::npos) e = text.size();
    if (e > b && !parser_.ColumnOf(text.substr(b, e - b)).empty()) return true;
    b = e + 1;
  }
  return false;
}

size_t WrittenAnswers::PairsStart(const std::string& text) const {
  if (std::none_of(text.begin(), text.end(), IsAsciiDigit)) return std::string::npos;
  std::vector<std::pair<std::string, std::string>> pairs;
  size_t words = 0;
  for (size_t i = 1; i < text.size(); ++i) {
    if (text[i - 1] != ' ' || text[i] == ' ') continue;
    if (++words > 40) break;  // a paragraph, not a row
    // Only where a number or a column word starts.
    size_t e = text.find(' ', i);
    std::string word = text.substr(i, e == std::string::npos ? std::string::npos : e - i);
    while (!word.empty() && (word.back() == ':' || word.back() == ',')) word.pop_back();
    const bool column = !IsAsciiDigit(text[i]) && !word.empty() && !parser_.ColumnOf(word).empty();
    if (!IsAsciiDigit(text[i]) && !column) continue;
    // A number just before the pairs is explained by nothing (unless a
    // colon ends the label after it: "... under 2023: ja 2, nej 1").
    std::string before = Trim(text.substr(0, i));
    while (!before.empty() && before.back() == ',') before.pop_back();
    bool after_number = !before.empty() && before.back() != ':' && IsAsciiDigit(before.back());
    if (!before.empty() && !after_number && ParsePairs(text.substr(i), &pairs)) return i;
    // A column word that starts no pairs to the end: the text holds counts
    // that are not one row's ("... kvinnor 29 män 5 varav 18-29 år kvinnor
    // 14 ..."), and no later part is the row's answer.
    if (column) return std::string::npos;
  }
  return std::string::npos;
}

std::string WrittenAnswers::LabelBeforePairs(const std::string& text) const {
  size_t at = PairsStart(text);
  if (at == std::string::npos) return "";
  std::string label = Trim(text.substr(0, at));
  while (!label.empty() && (label.back() == ':' || label.back() == ','))
    label = Trim(label.substr(0, label.size() - 1));
  return label;
}

namespace {

// The extents of a typed choice's words and box tokens: "[x]" and "[ ]" are
// one box each, "( )" and "(X)" too, "☒" and "X" a word each.
std::vector<std::pair<size_t, size_t>> ChoiceTokens(const std::string& text) {
  std::vector<std::pair<size_t, size_t>> tokens;
  for (size_t i = 0; i < text.size();) {
    if (text[i] == ' ' || text[i] == '\t') {
      ++i;
      continue;
    }
    size_t e;
    if (text[i] == '[') {
      e = text.find(']', i);
      e = e == std::string::npos ? text.size() : e + 1;
    } else if (text[i] == '(' && text.find(')', i) != std::string::npos &&
               text.find(')', i) - i <= 3) {
      e = text.find(')', i) + 1;  // "( )", "(x)", "(X)": a box in round brackets
    } else {
      e = text.find_first_of(" \t", i);
      if (e == std::string::npos) e = text.size();
    }
    tokens.emplace_back(i, e);
    i = e;
  }
  return tokens;
}

}  // namespace

bool WrittenAnswers::BoxedChoice(const std::string& text, std::vector<std::string>* marked) const {
  marked->clear();
  std::vector<std::string> tokens;
  for (const auto& [from, to] : ChoiceTokens(text)) tokens.push_back(text.substr(from, to - from));
  auto box = [&](const std::string& t, bool* checked) { return IsBoxToken(t, checked); };
  auto column_at = [&](size_t i) {
    std::string from;
    for (size_t k = i; k < tokens.size(); ++k) from += (k > i ? " " : "") + tokens[k];
    return parser_.ColumnOf(from);
  };
  bool first_checked;
  if (!tokens.empty() && !box(tokens[0], &first_checked)) {
    // Each column word before its box: "Ja [ ] Nej [X]", "Kan inte bedöma [X]".
    size_t boxes = 0;
    for (size_t i = 0; i < tokens.size();) {
      std::string col = column_at(i);
      if (col.empty()) return false;
      size_t j = i + 1;
      bool checked = false;
      while (j < tokens.size() && !box(tokens[j], &checked)) {
        if (!column_at(j).empty()) return false;  // a second column word before the box
        ++j;
      }
      if (j == tokens.size()) return false;  // a column word without its box
      if (checked) marked->push_back(col);
      ++boxes;
      i = j + 1;
    }
    return boxes >= 2;
  }
  size_t boxes = 0;
  bool pending = false, pending_checked = false, words_ok = false;
  for (size_t i = 0; i < tokens.size(); ++i) {
    bool checked;
    std::string col;
    if (!box(tokens[i], &checked)) col = column_at(i);
    if (!col.empty() && pending) {
      // A column word right after its box.
      if (pending_checked) marked->push_back(col);
      pending = false;
      words_ok = true;
      continue;
    }
    if (col.empty() && !box(tokens[i], &checked)) {
      if (!words_ok) return false;  // a word with no box before its column
      continue;                     // the rest of a column's words ("inte bedöma")
    }
    if (!col.empty()) return false;  // a column word without its box
    if (pending) return false;       // two boxes in a row
    pending = true;
    pending_checked = checked;
    words_ok = false;
    ++boxes;
  }
  return !pending && boxes >= 2;
}

size_t WrittenAnswers::WordsAfterBoxedChoice(const std::string& text) const {
  // The tokens after the last box: the last option's wording, then the words.
  const auto tokens = ChoiceTokens(text);
  size_t last_box = tokens.size();
  bool checked;
  for (size_t k = 0; k < tokens.size(); ++k)
    if (IsBoxToken(text.substr(tokens[k].first, tokens[k].second - tokens[k].first), &checked))
      last_box = k;
  if (last_box == tokens.size()) return std::string::npos;
  // The longest run of tokens after the box that is an option's whole
  // wording, at least one token after it.
  const size_t from = tokens[last_box].second;
  std::vector<std::string> marked;
  for (size_t k = tokens.size() - 1; k > last_box + 1; --k) {
    const size_t option_end = tokens[k - 1].second;
    if (parser_.WholeColumnOf(Trim(text.substr(from, option_end - from))).empty()) continue;
    if (!BoxedChoice(text.substr(0, option_end), &marked)) return std::string::npos;
    return tokens[k].first;
  }
  return std::string::npos;
}

bool WrittenAnswers::IsBoxToken(const std::string& t, bool* checked) const {
  // A mark, an empty pair of brackets, or one symbol that is no letter or digit.
  std::string inner = t;
  if (inner.size() >= 2 && ((inner.front() == '[' && inner.back() == ']') ||
                            (inner.front() == '(' && inner.back() == ')')))
    inner = Trim(inner.substr(1, inner.size() - 2));
  if (parser_.IsMark(inner)) return *checked = true;
  *checked = false;
  if (inner.empty()) return t != inner;
  icu::UnicodeString u = U(inner);
  // A reader's mark (U+E000 to U+E003, redovis/document.h: a cut line's
  // end, cut_lines.h's kCutLine) is no box: nothing the document wrote.
  const UChar32 c = u.char32At(0);
  return u.countChar32() == 1 && !u_isalnum(c) && c != u':' && c != u',' &&
         (c < 0xE000 || c > 0xE003);
}

bool WrittenAnswers::IsBoxCell(const std::string& t, bool* checked) const {
  bool ticked = false;
  FoundBoxGlyph g = FindBoxGlyph(t, 0);
  if (g.offset == 0 && g.length == t.size()) {
    ticked = g.state == CheckboxState::kChecked;
  } else if (t.size() < 2 ||
             !((t.front() == '[' && t.back() == ']') ||
               (t.front() == '(' && t.back() == ')' &&
                std::none_of(t.begin(), t.end(), IsAsciiDigit))) ||
             !IsBoxToken(t, &ticked)) {
    return false;
  }
  if (checked) *checked = ticked;
  return true;
}

bool WrittenAnswers::EndsInBox(const std::string& text) const {
  std::string t = Trim(text);
  size_t at = t.empty()         ? std::string::npos
              : t.back() == ']' ? t.rfind('[')
              : t.back() == ')' ? t.rfind('(')
                                : t.find_last_of(" \t");
  if (at == std::string::npos || at == 0) return false;
  std::string last = Trim(t.substr(at)), before = Trim(t.substr(0, at));
  bool checked;
  return !before.empty() && !parser_.ColumnOf(before).empty() && IsBoxToken(last, &checked);
}

bool WrittenAnswers::LeadingBox(const std::string& text, bool* ticked, size_t* rest_at) const {
  size_t end;
  if (!text.empty() && text[0] == '[') {
    end = text.find(']');
    if (end == std::string::npos) return false;
    ++end;
  } else {
    end = text.find(' ');
    if (end == std::string::npos) return false;
  }
  std::string box = text.substr(0, end);
  // A bracketed box, a mark ("☒", "X"), or one symbol beyond ASCII ("☐"):
  // never a number ("1 Kommun") nor ASCII punctuation ("| Rutiner ...").
  bool shaped = box[0] == '[' || (parser_.IsMark(box) && box != "1") ||
                static_cast<unsigned char>(box[0]) >= 0x80;
  if (!shaped || !IsBoxToken(box, ticked)) return false;
  size_t at = text.find_first_not_of(' ', end);
  if (at == std::string::npos) return false;
  // "[x] Ja [ ] Nej": the choices of a question, no list item.
  std::vector<std::string> marked;
  if (!parser_.ColumnOf(text.substr(at)).empty() || BoxedChoice(text, &marked)) return false;
  *rest_at = at;
  return true;
}

bool WrittenAnswers::BoxThenOption(const std::string& text, bool* ticked, size_t* rest_at) const {
  if (text.empty()) return false;
  const char open = text[0];
  size_t end = open == '[' ? text.find(']') : open == '(' ? text.find(')') : text.find(' ');
  if (end == std::string::npos) return false;
  if (open == '[' || open == '(') ++end;
  bool checked;
  if (!IsBoxToken(text.substr(0, end), &checked) || parser_.WholeColumnOf(text.substr(end)).empty())
    return false;
  if (ticked) *ticked = checked;
  if (rest_at) *rest_at = end;
  return true;
}

std::string WrittenAnswers::BrokenColumnWord(const std::string& text) const {
  std::string t = Trim(text);
  if (t.size() > 8 || t.find(' ') == std::string::npos) return "";
  std::string joined;
  for (char ch : t)
    if (ch != ' ') joined += ch;
  return parser_.ColumnOf(joined);
}

}  // namespace redovis
