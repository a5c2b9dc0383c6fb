#include "read/text/run_dumps.h"

#include <unicode/uchar.h>

#include <map>
#include <string>
#include <string_view>

#include "base/utf8.h"

namespace redovis {

namespace {

// The indices of the filled cells of `l` that are no check box, in order (a
// box glyph is a cell of its own, however near its neighbour: text_cells.h).
std::vector<size_t> Filled(const Line& l) {
  std::vector<size_t> out;
  for (size_t i = 0; i < l.cells.size(); ++i)
    if (!IsBlank(l.cells[i].text) && l.cells[i].checkbox == CheckboxState::kNone) out.push_back(i);
  return out;
}

// Whether `s` ends in a space or a no-break space (U+00A0): a run that a
// wrapped paragraph's line ended.
bool EndsWhite(std::string_view s) {
  return (!s.empty() && s.back() == ' ') || (s.size() >= 2 && s.substr(s.size() - 2) == "\xC2\xA0");
}

// `s` without the spaces and no-break spaces at its end.
std::string WithoutEndWhite(std::string s) {
  while (EndsWhite(s)) s.resize(s.size() - (s.back() == ' ' ? 1 : 2));
  return s;
}

}  // namespace

bool IsRunsDump(const std::vector<TextLine>& raw, const std::vector<Line>& lines) {
  constexpr size_t kMinOpenLines = 5;
  constexpr size_t kOpenShare = 20;  // one line in 20 with text at least ends open
  constexpr size_t kRowShare = 10;   // one line in 10 with text at most holds two cells
  constexpr double kRunGap = 2;      // the space after the run's last word, and the one between
  if (raw.size() != lines.size()) return false;
  size_t text = 0, rows = 0, open = 0, open_nbsp = 0;
  for (size_t k = 0; k < lines.size(); ++k) {
    const std::vector<size_t> cells = Filled(lines[k]);
    if (cells.empty()) continue;
    ++text;
    if (cells.size() >= 2) {
      ++rows;
      for (size_t i = 1; i < cells.size(); ++i) {
        const Cell& a = lines[k].cells[cells[i - 1]];
        const Cell& b = lines[k].cells[cells[i]];
        if (a.x1 < 0 || b.x0 - a.x1 != kRunGap) return false;
      }
    }
    if (k + 1 < raw.size() && EndsWhite(raw[k].text) && !IsBlank(raw[k + 1].text)) {
      ++open;
      const std::string_view t = raw[k].text;
      open_nbsp += t.size() >= 2 && t.substr(t.size() - 2) == "\xC2\xA0";
    }
  }
  // No row of two runs (a condensed print's runs each on a line of its
  // own): html2text's no-break space after every open run's last word
  // still tells pdftohtml's runs.
  return (rows >= 1 || open_nbsp == open) && rows * kRowShare <= text && open >= kMinOpenLines &&
         open * kOpenShare >= text;
}

size_t JoinRunRests(const std::vector<TextLine>& raw, std::vector<Line>* lines) {
  if (!IsRunsDump(raw, *lines)) return 0;
  std::vector<Line>& ls = *lines;
  size_t joined = 0;
  for (size_t k = 2; k < ls.size(); ++k) {
    const std::vector<size_t> rest = Filled(ls[k]);
    const std::vector<size_t> closed = Filled(ls[k - 1]);
    const std::vector<size_t> row = Filled(ls[k - 2]);
    if (rest.size() != 1 || closed.size() != 1 || row.size() < 2 || EndsWhite(raw[k - 1].text) ||
        ls[k].page != ls[k - 2].page)
      continue;
    const std::string& text = ls[k].cells[rest[0]].text;
    size_t at = 0;
    if (!u_islower(NextCodePoint(text, &at))) continue;
    // The row's runs that wrapped: each cell another follows, and the last
    // where the row's line ends in a space.
    std::vector<size_t> open(row.begin(), row.end() - 1);
    if (EndsWhite(raw[k - 2].text)) open.push_back(row.back());
    if (open.size() != 1) continue;
    Cell& into = ls[k - 2].cells[open[0]];
    into.text += " " + text;
    ls[k].cells = {Cell()};
    ++joined;
  }
  return joined;
}

std::vector<size_t> HoldRunRests(const std::vector<TextLine>& raw, const std::vector<Line>& lines) {
  std::vector<size_t> held;
  if (!IsRunsDump(raw, lines)) return held;
  constexpr size_t kLookUp = 3;  // lines above the one that ended: a row's other runs
  // A form's row of short cells, each run a label and its value; a
  // paragraph's lines are wider, and end without a space where the PDF's
  // line ended in a word pdftohtml kept no space after.
  constexpr double kShortRun = 40;
  const std::vector<Line>& ls = lines;
  auto short_run = [&](size_t j) {
    const std::vector<size_t> cells = Filled(ls[j]);
    return cells.size() == 1 && ls[j].cells[cells[0]].x1 >= 0 &&
           ls[j].cells[cells[0]].x1 <= kShortRun;
  };
  for (size_t k = 2; k < ls.size(); ++k) {
    const std::vector<size_t> rest = Filled(ls[k]);
    if (rest.size() != 1 || !short_run(k) || !short_run(k - 1) || EndsWhite(raw[k - 1].text) ||
        ls[k].page != ls[k - 1].page)
      continue;
    const std::string& text = ls[k].cells[rest[0]].text;
    size_t at = 0;
    if (!u_islower(NextCodePoint(text, &at))) continue;
    // The runs above that wrapped: each one-cell line ending open, up to a
    // line of no text, another page or a line of two cells or more.
    bool open = false;
    for (size_t j = k - 1; j-- > 0 && k - 1 - j <= kLookUp && !open;) {
      if (!short_run(j) || ls[j].page != ls[k].page) break;
      open = EndsWhite(raw[j].text);
    }
    if (open) held.push_back(k);
  }
  return held;
}

void MarkOpenRuns(const std::vector<TextLine>& raw, bool dump, std::vector<Line>* laid) {
  if (!dump) return;
  std::map<int, const TextLine*> by_number;
  for (const TextLine& t : raw) by_number[t.number] = &t;
  for (Line& l : *laid) {
    auto it = by_number.find(l.number);
    if (it == by_number.end() || Filled(l).size() != 1) continue;
    // Open: ending in a space, or in a hyphen after a word, which pdftohtml
    // keeps no space after ("Kontaktperson Sofia Al-" / "Hassan").
    const std::string_view raw_text = it->second->text;
    const bool hyphen = raw_text.size() >= 2 && raw_text.back() == '-' &&
                        raw_text[raw_text.size() - 2] != ' ' &&
                        raw_text[raw_text.size() - 2] != '-';
    if (!EndsWhite(raw_text) && !hyphen) continue;
    // As it stood: a join would have put another line's words after it.
    std::string text(it->second->text);
    const size_t lead = text.find_first_not_of(' ');
    if (lead == std::string::npos) continue;
    l.run_goes_on =
        WithoutEndWhite(text.substr(lead)) == WithoutEndWhite(l.cells[Filled(l)[0]].text);
  }
}

}  // namespace redovis
