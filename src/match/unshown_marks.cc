#include "match/unshown_marks.h"

#include <algorithm>
#include <map>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "match/match_run.h"
#include "patterns/rule_keys.h"
#include "read/glyphs.h"

namespace redovis {

namespace {

/// True when `text` holds a typed box in brackets ("[ ]", "[X]", "( )").
bool HoldsTypedBox(const std::string& text, const WrittenAnswers& written) {
  for (size_t open = text.find_first_of("[("); open != std::string::npos;
       open = text.find_first_of("[(", open + 1)) {
    const char close = text[open] == '[' ? ']' : ')';
    const size_t end = text.find(close, open + 1);
    // A box's inside is a few bytes: spaces, a mark, a glyph.
    if (end == std::string::npos || end - open > 6) continue;
    bool checked = false;
    if (written.IsBoxToken(text.substr(open, end - open + 1), &checked)) return true;
  }
  return false;
}

}  // namespace

bool ShowsBoxes(const Document& doc, size_t begin, size_t end, const WrittenAnswers& written) {
  for (size_t i = begin; i < end && i < doc.lines.size(); ++i)
    for (const Cell& c : doc.lines[i].cells) {
      if (c.checkbox != CheckboxState::kNone) return true;
      if (c.text.empty()) continue;
      if (FindBoxGlyph(c.text, 0).offset != std::string::npos) return true;
      if (HoldsTypedBox(c.text, written)) return true;
    }
  return false;
}

bool ShowsMarks(const Document& doc, size_t begin, size_t end, const WrittenAnswers& written,
                const ValueParser& parser) {
  if (ShowsBoxes(doc, begin, end, written)) return true;
  for (size_t i = begin; i < end && i < doc.lines.size(); ++i)
    for (const Cell& c : doc.lines[i].cells) {
      double n;
      if (!c.text.empty() && parser.IsMark(c.text) && !parser.ParseNumber(c.text, &n)) return true;
    }
  return false;
}

void MatchRun::NameUnshownMarks() {
  const Record& rec = assigner_.record();
  // Only a plain text or an HTML page can have lost its boxes to a
  // converter (an HTML page's form inputs are read as glyphs): a Word,
  // OpenDocument or PDF file shows its own. A blank form marks nothing: its
  // empty rows are no one's loss.
  if ((doc_.format != "text" && doc_.format != "html") || HoldsOnlyPrinted(ps_, ed_, rec)) return;
  auto is_choice = [&](const std::string& key) {
    return std::any_of(ed_.rules.begin(), ed_.rules.end(),
                       [&](const std::unique_ptr<Rule>& r) { return RuleAsksChoice(*r, key); });
  };
  auto named = [&](const std::string& key) {
    return std::any_of(rec.findings.begin(), rec.findings.end(), [&](const Finding& f) {
      return std::find(f.keys.begin(), f.keys.end(), key) != f.keys.end();
    });
  };
  std::map<std::tuple<int, int, std::string>, size_t> at;  // (page, number, origin) -> line
  for (size_t i = seg_.begin; i < seg_.end; ++i)
    at.emplace(std::make_tuple(doc_.lines[i].page, doc_.lines[i].number, doc_.lines[i].origin), i);
  // The choices found, by line: with nothing read beside their label, or
  // read (a read choice's table shows its marks).
  struct Row {
    size_t line;
    std::string key;
    bool read;
  };
  std::vector<Row> rows;
  bool any_read = false, any_unread = false;
  for (const std::string& key : rec.asked) {
    if (!is_choice(key)) continue;
    bool read = false;
    if (rec.Has(key)) {
      const Value& v = rec.Get(key);
      if (v.is_list() && v.as_list().empty()) continue;
      read = any_read = true;
    }
    auto place = rec.places.find(key);
    if (place == rec.places.end() || place->second.unplaced || place->second.at.ocr ||
        (!read && named(key)))
      continue;
    auto line = at.find(
        std::make_tuple(place->second.at.page, place->second.at.line, place->second.at.origin));
    if (line == at.end()) continue;
    rows.push_back({line->second, key, read});
    any_unread = any_unread || !read;
  }
  // Nothing read: no mark of any kind may show. Some choices read, from
  // typed marks or written words, in a document that shows no box anywhere:
  // the tables none of whose rows was read are still named (their boxes may
  // be what the converter dropped), told apart by their message.
  if (!any_unread) return;
  if (any_read ? ShowsBoxes(doc_, seg_.begin, seg_.end, written_)
               : ShowsMarks(doc_, seg_.begin, seg_.end, written_, parser_))
    return;
  std::stable_sort(rows.begin(), rows.end(),
                   [](const Row& a, const Row& b) { return a.line < b.line; });
  // A table ends at a section heading or a column header (one a line, or
  // stacked one column word a line, as the walk reads them).
  auto table_ends = [&](size_t from, size_t to) {
    for (size_t k = from + 1; k < to; ++k) {
      const LineView& v = View(k);
      ColumnHeader header;
      size_t header_end = k;
      if (v.first >= 0 &&
          (MatchHeading(v) || ParseHeader(v, &header) ||
           ((IsLoneCell(v) || IsBareCell(v)) && ParseVerticalHeader(k, &header, &header_end))))
        return true;
    }
    return false;
  };
  const char* message = any_read ? "choice_marks_not_shown_typed" : "choice_marks_not_shown";
  for (size_t first = 0; first < rows.size();) {
    size_t last = first;
    while (last + 1 < rows.size() && !table_ends(rows[last].line, rows[last + 1].line)) ++last;
    std::vector<std::string> keys;
    std::string labels;
    bool read = false;
    for (size_t i = first; i <= last; ++i) {
      read = read || rows[i].read;
      keys.push_back(rows[i].key);
      labels += (labels.empty() ? "'" : ", '") + rec.places.at(rows[i].key).label + "'";
    }
    if (!read) {
      const std::string count = std::to_string(keys.size());
      assigner_.AddFinding("warning", "value_unreadable", std::move(keys), message,
                           {{"count", count}, {"labels", labels}}, *View(rows[first].line).line);
    }
    first = last + 1;
  }
}

}  // namespace redovis
