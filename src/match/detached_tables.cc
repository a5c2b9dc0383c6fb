// A paragraphs-then-tables dump's rows put back into their sections. See
// detached_tables.h.
#include "match/detached_tables.h"

#include <algorithm>
#include <cstddef>
#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "base/text_util.h"
#include "match/value_parser.h"
#include "patterns/regex.h"

namespace redovis {
namespace {

constexpr size_t kMinRows = 8;      // fewer rows: no tables to put back
constexpr size_t kMinSections = 3;  // sections other than the last the rows name
const std::string kEverywhere = "*";

// A row: a line of two cells or more (a table's row at its tabs).
bool IsRow(const Line& l) {
  return l.cells.size() >= 2;
}

// The line's first cell's text, trimmed; empty where it is blank.
std::string FirstCellText(const Line& l) {
  return l.cells.empty() ? std::string() : Trim(l.cells[0].text);
}

// A table's header row: its cells after the first all column words
// ("\tKvinnor\tMän", "Kontaktsorsak\tKvinnor\tMän"), one at least.
bool IsHeaderRow(const Line& l, const ValueParser& parser) {
  size_t words = 0;
  for (size_t c = 1; c < l.cells.size(); ++c) {
    const std::string t = Trim(l.cells[c].text);
    if (t.empty()) continue;
    if (parser.ColumnOf(t).empty()) return false;
    ++words;
  }
  return IsRow(l) && words > 0;
}

// Whether `pattern` matches `text` from its start.
// (`folded`: the text's case fold, for the literal prefilter: a pattern that
// cannot match it is not run.)
bool OpensWith(const Pattern& pattern, const icu::UnicodeString& text, const std::string& folded,
               MatcherCache* cache) {
  if (!MayMatch(pattern, folded)) return false;
  RegexMatch m;
  return RegexFind(pattern, text, &m, cache) && m.start == 0;
}

}  // namespace

size_t PutDetachedTablesBack(const Edition& edition, const ValueParser& parser, size_t begin,
                             size_t end, Document* doc) {
  if (doc->format != "text" || end > doc->lines.size() || begin >= end) return 0;
  std::vector<Line>& lines = doc->lines;
  MatcherCache cache;
  // The rows, all after the first: 8 or more.
  size_t first_row = end, rows = 0;
  for (size_t i = begin; i < end; ++i)
    if (IsRow(lines[i])) {
      first_row = std::min(first_row, i);
      ++rows;
    }
  if (rows < kMinRows) return 0;
  // The section a line opens, or "" for none.
  auto heading = [&](size_t i) -> std::string {
    const std::string first = FirstCellText(lines[i]);
    if (first.empty() || IsRow(lines[i])) return "";
    const icu::UnicodeString u = U(first);
    const std::string folded = Fold(first);
    for (const SectionHeading& h : edition.sections)
      if (OpensWith(h.regex, u, folded, &cache)) return h.name;
    return "";
  };
  // A heading after the first row: the tables stand in their sections.
  for (size_t i = first_row; i < end; ++i)
    if (!heading(i).empty()) return 0;
  // The section each heading line opens, in order.
  std::vector<std::pair<size_t, std::string>> headings;
  for (size_t i = begin; i < first_row; ++i)
    if (std::string name = heading(i); !name.empty()) headings.emplace_back(i, name);
  if (headings.size() < 2) return 0;
  const size_t tail = headings.back().first + 1;
  const std::string& last = headings.back().second;
  // Sections a heading line opens (where their lines can go), and the last:
  // a rule of several sections ("head" and "identity") names those alone.
  std::set<std::string> placed;
  for (const auto& h : headings)
    if (h.second != last) placed.insert(h.second);
  // The sections whose own rules' labels open each line after the last heading.
  std::vector<std::set<std::string>> named(end - tail);
  std::set<std::string> sections_named;
  for (size_t i = tail; i < end; ++i) {
    std::string first = FirstCellText(lines[i]);
    // An option's row opens with its box ("☐\tKan inte bedöma"): its label
    // is the next cell.
    if (lines[i].cells.size() >= 2 && (lines[i].cells[0].checkbox != CheckboxState::kNone ||
                                       (!first.empty() && parser.IsMark(first))))
      first = Trim(lines[i].cells[1].text);
    if (first.empty()) continue;
    const icu::UnicodeString u = U(first);
    const std::string folded = Fold(first);
    for (const auto& [section, rules] : edition.rules_by_section) {
      if (section == kEverywhere || (!placed.count(section) && section != last)) continue;
      for (const Rule* r : rules)
        if (OpensWith(r->regex, u, folded, &cache)) {
          named[i - tail].insert(section);
          if (section != last) sections_named.insert(section);
          break;
        }
    }
  }
  if (sections_named.size() < kMinSections) return 0;
  // Each line's section: the one its label names; between several, the
  // neighbour's that is one of them; a header row the next line's; any
  // other line no label opens, the line before's.
  const size_t n = end - tail;
  std::vector<std::string> section(n);
  for (size_t k = 0; k < n; ++k)
    if (named[k].size() == 1) section[k] = *named[k].begin();
  for (size_t k = 0; k < n; ++k) {
    if (named[k].size() < 2) continue;
    if (k > 0 && named[k].count(section[k - 1])) {
      section[k] = section[k - 1];
    } else if (k + 1 < n && named[k].count(section[k + 1])) {
      section[k] = section[k + 1];
    }
  }
  for (size_t k = n; k-- > 0;)  // headers over their rows, from the bottom up
    if (named[k].empty() && IsHeaderRow(lines[tail + k], parser) && k + 1 < n)
      section[k] = section[k + 1];
  for (size_t k = 0; k < n; ++k)
    if (named[k].empty() && section[k].empty() && k > 0) section[k] = section[k - 1];
  std::map<std::string, std::vector<size_t>> moved;
  std::vector<size_t> stay;
  size_t count = 0;
  for (size_t k = 0; k < n; ++k) {
    if (placed.count(section[k])) {
      moved[section[k]].push_back(tail + k);
      ++count;
    } else {
      stay.push_back(tail + k);
    }
  }
  if (moved.empty()) return 0;
  // The new order: each section's own lines, then its rows put back.
  std::vector<size_t> order;
  order.reserve(end - begin);
  std::string current;
  size_t next_heading = 0;
  auto flush = [&](const std::string& s) {
    auto it = moved.find(s);
    if (it == moved.end()) return;
    order.insert(order.end(), it->second.begin(), it->second.end());
    moved.erase(it);
  };
  for (size_t i = begin; i < tail; ++i) {
    if (next_heading < headings.size() && headings[next_heading].first == i) {
      flush(current);
      current = headings[next_heading++].second;
    }
    order.push_back(i);
  }
  flush(current);
  for (auto& [s, ks] : moved) order.insert(order.end(), ks.begin(), ks.end());
  order.insert(order.end(), stay.begin(), stay.end());
  std::vector<Line> reordered;
  reordered.reserve(order.size());
  for (size_t k : order) reordered.push_back(std::move(lines[k]));
  std::move(reordered.begin(), reordered.end(), lines.begin() + static_cast<std::ptrdiff_t>(begin));
  return count;
}

}  // namespace redovis
