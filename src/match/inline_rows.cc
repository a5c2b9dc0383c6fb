// Rows answered without a table: "Totalt antal klienter: kvinnor 12, män 7",
// a Ja/Nej word after the question. MatchRun's methods; see match_run.h.
#include <unicode/uchar.h>

#include <algorithm>
#include <cctype>
#include <cmath>

#include "base/text_util.h"
#include "match/label_match.h"
#include "match/match_run.h"

namespace redovis {

bool MatchRun::FindLabel(const Rule& r, const icu::UnicodeString& cell, RegexMatch* m) const {
  return RegexFind(r.regex, cell, m, &cache_) || MatchOneLabel(r, cell, Tolerance(), m);
}

bool MatchRun::ApplyInlineRow(const Rule& r, size_t idx) {
  // The row written as a sentence: "Totalt antal klienter: kvinnor 12, män
  // 7", or its choice as a word after the label or on the next line.
  const LineView& v = View(idx);
  RegexMatch m;
  if (v.first < 0 || !FindLabel(r, v.cells[v.first], &m)) return false;
  std::string rest = Utf8(v.cells[v.first].tempSubString(m.end));
  for (size_t j = static_cast<size_t>(v.first) + 1; j < v.line->cells.size(); ++j) {
    if (v.line->cells[j].checkbox != CheckboxState::kNone) return false;
    if (!v.line->cells[j].text.empty()) rest += " " + v.line->cells[j].text;
  }
  rest = Trim(rest);
  while (!rest.empty() && (rest[0] == ':' || rest[0] == '?' || rest[0] == '.'))
    rest = Trim(rest.substr(1));
  // The rest of a label the rule did not need ("... år: kvinnor 3") ends at a colon.
  size_t colon = rest.rfind(':');
  if (colon != std::string::npos) rest = Trim(rest.substr(colon + 1));
  // Pairs of a column word and a number, separated by the list separators.
  // A decimal comma ("1,0") separates nothing: kept aside while splitting.
  std::string split = rest;
  for (size_t i = 1; i + 1 < split.size(); ++i)
    if (split[i] == ',' && std::isdigit(static_cast<unsigned char>(split[i - 1])) &&
        std::isdigit(static_cast<unsigned char>(split[i + 1])))
      split[i] = '\x1e';
  for (const Pattern& sep : ps_.vocabulary().list_separators)
    split = RegexReplace(sep, split, "\x1f");
  std::vector<std::pair<std::string, std::string>> pairs;
  size_t b = 0;
  bool all_pairs = !rest.empty();
  for (size_t i = 0; i <= split.size(); ++i) {
    if (i < split.size() && split[i] != '\x1f') continue;
    std::string part = Trim(split.substr(b, i - b));
    std::replace(part.begin(), part.end(), '\x1e', ',');
    b = i + 1;
    if (part.empty()) continue;
    // "kvinnor 12" or "12 kvinnor".
    size_t d = part.find_first_of("0123456789");
    std::string words, number;
    if (d == 0) {
      size_t e = part.find_first_not_of("0123456789 ");
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
      all_pairs = false;
      break;
    }
    pairs.emplace_back(col, Trim(number));
  }
  if (all_pairs && !pairs.empty()) {
    std::set<std::string> marked, seen;
    for (const auto& [col, number] : pairs) {
      if (!seen.insert(col).second) return false;  // a column named twice: not a row
    }
    for (const auto& [col, number] : pairs) {
      auto ck = r.column_keys.find(col);
      if (ck == r.column_keys.end()) continue;
      std::string key = Interpolate(ck->second);
      if (!key.empty()) assigner_.Assign(key, number, r, *v.line);
      double n;
      if (parser_.ParseNumber(number, &n) && n > 0) marked.insert(col);
    }
    std::string key = r.choice_key.empty() ? "" : Interpolate(r.choice_key);
    if (!key.empty() && !marked.empty())
      assigner_.AssignChoice(key, std::vector<std::string>(marked.begin(), marked.end()), r,
                             *v.line);
    return true;
  }
  if (r.choice_key.empty()) return false;
  return InlineChoice(r, rest, idx);
}

bool MatchRun::InlineChoice(const Rule& r, const std::string& rest, size_t idx) {
  std::string key = Interpolate(r.choice_key);
  const FieldSpec* spec = key.empty() ? nullptr : ps_.catalogue().Find(key);
  if (!spec) return false;
  auto allowed = [&](const std::string& col) {
    if (spec->type == FieldType::kBool) return col == "yes" || col == "no";
    return std::find(spec->enum_values.begin(), spec->enum_values.end(), col) !=
           spec->enum_values.end();
  };
  const Line* where = View(idx).line;
  std::string col, said = rest;
  size_t said_at = idx;
  if (!rest.empty()) col = parser_.ColumnOf(rest);  // "Nej, det har vi inte"
  if (col.empty()) {
    // What follows the label on its line, if anything, is the rest of the
    // question the rule did not spell out.
    // The answer on the next line, alone or at the start of a sentence.
    for (size_t k = idx + 1; k < seg_.end && k <= idx + 2; ++k) {
      const LineView& n = View(k);
      if (n.first < 0) continue;
      // Furniture found by repetition may still be an answer ("Nej" on many lines).
      if (n.line->role == LineRole::kFootnote || IsStructuralLine(k)) return false;
      const Cell& c = n.line->cells[n.first];
      if (c.checkbox != CheckboxState::kNone) return false;
      for (size_t j = static_cast<size_t>(n.first) + 1; j < n.line->cells.size(); ++j)
        if (!n.line->cells[j].text.empty()) return false;
      col = parser_.ColumnOf(c.text, c.fold);
      if (!allowed(col)) return false;
      consumed_.insert(k);
      where = n.line;
      said = c.text;
      said_at = k;
      break;
    }
  }
  if (col.empty() || !allowed(col)) return false;
  assigner_.AssignChoice(key, {col}, r, *where);
  if (col == "yes") InlineNames(r, said, said_at, *where);
  return true;
}

void MatchRun::InlineNames(const Rule& r, std::string said, size_t said_at, const Line& where) {
  // The row's one text column ("Om ja, ange vilken/vilka") takes what
  // follows the Ja: "Ja, RSMH".
  std::string text_key;
  for (const auto& [col, tmpl] : r.column_keys) {
    std::string k = Interpolate(tmpl);
    const FieldSpec* f = k.empty() ? nullptr : ps_.catalogue().Find(k);
    if (!f || (f->type != FieldType::kText && f->type != FieldType::kTextList)) continue;
    if (!text_key.empty()) return;  // two text columns: which one is not written
    text_key = k;
  }
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
      if (FindLabel(*q, n.cells[n.first], &m)) return;
    u = n.cells[n.first];
    b = 0;
    at = n.line;
    consumed_.insert(k);
  }
  while (b < u.length() && (u_isspace(u.charAt(b)) || u.charAt(b) == u',' || u.charAt(b) == u':' ||
                            u.charAt(b) == u';' || u.charAt(b) == u'-' || u.charAt(b) == u'\u2013'))
    ++b;
  // A name starts with a capital or a digit; "Ja, det har vi" names nothing.
  if (b >= u.length() || !(u_isupper(u.char32At(b)) || u_isdigit(u.char32At(b)))) return;
  assigner_.Assign(text_key, Trim(Utf8(u.tempSubString(b))), r, *at);
}

}  // namespace redovis
