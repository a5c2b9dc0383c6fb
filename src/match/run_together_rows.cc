#include "match/run_together_rows.h"

#include <unicode/unistr.h>

#include <cstddef>

namespace redovis {

namespace {

// The row rule among `rules` whose regex matches `piece` whole, or null.
const Rule* WholeRow(const std::string& piece, const std::vector<const Rule*>& rules,
                     MatcherCache* cache) {
  const icu::UnicodeString text = icu::UnicodeString::fromUTF8(piece);
  for (const Rule* r : rules) {
    if (r->kind != RuleKind::kRow) continue;
    RegexMatch m;
    if (RegexFind(r->regex, text, &m, cache) && m.start == 0 && m.end == text.length()) return r;
  }
  return nullptr;
}

// Whether words[from..] split into pieces each a row rule's whole; the
// rules found appended to `out` (left as they were when not).
bool Split(const std::vector<std::string>& words, size_t from,
           const std::vector<const Rule*>& rules, MatcherCache* cache,
           std::vector<const Rule*>* out) {
  if (from == words.size()) return true;
  std::string piece;
  for (size_t to = from; to < words.size(); ++to) {
    piece += (piece.empty() ? "" : " ") + words[to];
    const Rule* r = WholeRow(piece, rules, cache);
    if (!r) continue;
    out->push_back(r);
    if (Split(words, to + 1, rules, cache, out)) return true;
    out->pop_back();
  }
  return false;
}

}  // namespace

std::vector<const Rule*> RunTogetherRows(const std::string& text,
                                         const std::vector<const Rule*>& rules,
                                         MatcherCache* cache) {
  std::vector<std::string> words;
  for (size_t b = 0; b < text.size();) {
    if (text[b] == ' ' || text[b] == '\t' || text[b] == '\n') {
      ++b;
      continue;
    }
    size_t e = text.find_first_of(" \t\n", b);
    if (e == std::string::npos) e = text.size();
    words.push_back(text.substr(b, e - b));
    b = e;
  }
  std::vector<const Rule*> out;
  if (words.size() < 2 || words.size() > kMostRunTogetherWords) return out;
  if (!Split(words, 0, rules, cache, &out) || out.size() < 2) out.clear();
  return out;
}

std::vector<const Rule*> RunTogetherRows(const Line& line, size_t first,
                                         const std::vector<const Rule*>& rules,
                                         MatcherCache* cache) {
  bool values = false;
  for (size_t c = first + 1; c < line.cells.size() && !values; ++c)
    values = line.cells[c].checkbox != CheckboxState::kNone ||
             line.cells[c].text.find_first_not_of(" \t\n") != std::string::npos;
  if (!values || first >= line.cells.size()) return {};
  return RunTogetherRows(line.cells[first].text, rules, cache);
}

}  // namespace redovis
