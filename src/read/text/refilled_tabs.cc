#include "read/text/refilled_tabs.h"

#include <algorithm>
#include <cctype>
#include <vector>

#include "read/text/folded_lines.h"
#include "redovis/document.h"

namespace redovis {

namespace {

// The columns a line's blanks open it with, a tab to the next multiple of 8
// (as fmt compares indentation); -1 for a line of blanks alone.
int IndentColumns(std::string_view line) {
  int col = 0;
  for (char c : line) {
    if (c == '\t')
      col = (col / 8 + 1) * 8;
    else if (c == ' ')
      ++col;
    else
      return col;
  }
  return -1;
}

// True when `line` holds words parted by one space each (two after a
// sentence's end are fmt's join of two lines, "utbildning.  X"), no tab
// between them.
bool WordsAlone(std::string_view line) {
  const size_t first = line.find_first_not_of(" \t");
  const size_t last = line.find_last_not_of(" \t");
  if (first == std::string_view::npos) return false;
  std::string_view words = line.substr(first, last - first + 1);
  return words.find('\t') == std::string_view::npos && words.find("  ") == std::string_view::npos;
}

// The words of lines, parted by any spaces or tabs, in order; `tabbed`
// (when given) tells, for each, whether a tab parts it from a word before
// it on its line.
std::vector<std::string_view> Words(const std::vector<std::string_view>& lines, size_t b, size_t e,
                                    std::vector<bool>* tabbed = nullptr) {
  std::vector<std::string_view> words;
  for (size_t k = b; k < e; ++k) {
    std::string_view line = lines[k];
    // A line's end a refill marked (RefilledParagraphs): no word of it.
    const std::string_view mark = kRefilledBreak;
    if (line.size() >= mark.size() && line.substr(line.size() - mark.size()) == mark)
      line.remove_suffix(mark.size());
    for (size_t at = 0;;) {
      const size_t from = at;
      at = line.find_first_not_of(" \t", at);
      if (at == std::string_view::npos) break;
      size_t end = line.find_first_of(" \t", at);
      if (end == std::string_view::npos) end = line.size();
      words.push_back(line.substr(at, end - at));
      // A tab before a line's first word is its indentation, no cell's edge.
      if (tabbed)
        tabbed->push_back(from > 0 &&
                          line.substr(from, at - from).find('\t') != std::string_view::npos);
      at = end;
    }
  }
  return words;
}

// A count: digits alone, five at most.
bool IsCount(std::string_view word) {
  if (word.empty() || word.size() > 5) return false;
  for (char c : word)
    if (c < '0' || c > '9') return false;
  return true;
}

// A column header's cell: a word of letters (no digit, no punctuation but a
// letter's bytes).
bool IsHeaderWord(std::string_view word) {
  for (char c : word)
    if ((c >= '0' && c <= '9') || (static_cast<unsigned char>(c) < 0x80 && !std::isalpha(c)))
      return false;
  return !word.empty();
}

std::string Joined(const std::vector<std::string_view>& words, size_t b, size_t e,
                   const char* sep) {
  std::string out;
  for (size_t k = b; k < e; ++k) {
    if (k > b) out += sep;
    out.append(words[k]);
  }
  return out;
}

// A count table's rows read from a block's words (FindRefilledTabs with a
// LabelAt): the words before the first row label (the header's cells, none
// when it stands above) and each row's label and counts.
struct CountRows {
  size_t header = 0;  // words before the first label
  struct Row {
    std::string label;
    std::vector<std::string_view> counts;
    /// a count of three digits after one of three or fewer, no tab between
    /// ("1 500": one number or two?)
    bool grouped = false;
  };
  std::vector<Row> rows;
  size_t widest = 0;  // the most counts of a row
};

constexpr size_t kLabelWords = 16;  // a row label's words at most
constexpr size_t kHeaderWords = 6;  // a column header's

// The block's words as rows, each a row label (label_at > 0 where it opens,
// a word of it ending right before a count, or the block's end) and its
// counts; false when a word is neither or a count may be a number's next
// group of three digits.
bool ReadCountRows(const std::vector<std::string_view>& words, const std::vector<bool>& tabbed,
                   const LabelAt& label_at, CountRows* out) {
  const size_t n = words.size();
  // Where the row label opening at `w` ends: the fewest words that are a
  // row's label and are followed by a count or the block's end; 0 for none.
  auto label_end = [&](size_t w) -> size_t {
    if (IsCount(words[w])) return 0;
    for (size_t j = w + 1; j <= std::min(n, w + kLabelWords); ++j)
      if ((j == n || IsCount(words[j])) && label_at(Joined(words, w, j, " ")) > 0) return j;
    return 0;
  };
  size_t w = 0, end = 0;
  // The header's words: those before the first row label, a few at most.
  for (; w < n && (end = label_end(w)) == 0; ++w)
    if (w >= kHeaderWords || !IsHeaderWord(words[w])) return false;
  out->header = w;
  while (w < n) {
    if (end == 0) return false;
    CountRows::Row row;
    row.label = Joined(words, w, end, " ");
    for (w = end; w < n && IsCount(words[w]); ++w) {
      row.grouped = row.grouped || (!row.counts.empty() && words[w].size() == 3 &&
                                    row.counts.back().size() <= 3 && !tabbed[w]);
      row.counts.push_back(words[w]);
    }
    out->widest = std::max(out->widest, row.counts.size());
    out->rows.push_back(std::move(row));
    if (w < n) end = label_end(w);
  }
  return !out->rows.empty() && out->widest > 0;
}

// Each block of `lines` (between blank lines) that is a count table's rows,
// given back: at its first line b the lines in its stead (given[b]) and its
// end (block_end[b] > b); the header above it given back as cells where it
// stands alone (FindRefilledTabs with a LabelAt). `cell_a_line`: a text
// whose every cell stood on a line of its own (LibreOffice's).
void CountTableBlocks(const std::vector<std::string_view>& lines, const LabelAt& label_at,
                      std::vector<std::vector<std::string>>* given_out, bool cell_a_line,
                      std::vector<size_t>* block_end_out) {
  std::vector<std::vector<std::string>>& given = *given_out;
  std::vector<size_t>& block_end = *block_end_out;
  const size_t n = lines.size();
  auto blank = [&lines](size_t k) { return Words(lines, k, k + 1).empty(); };
  size_t above = n, above_end = n;  // the last block, its end
  size_t table = 0;                 // the header's cells of the rows given back just above
  for (size_t b = 0; b < n;) {
    if (blank(b)) {
      ++b;
      continue;
    }
    size_t e = b;
    while (e < n && !blank(e)) ++e;
    std::vector<bool> tabbed;
    const std::vector<std::string_view> words = Words(lines, b, e, &tabbed);
    CountRows rows;
    size_t cells = 0;  // the header's cells, as many as the widest row's counts
    std::vector<std::string_view> header;
    // "1 500" is two counts only in a text a cell a line, in a row with
    // another after it in its block: an empty cell there is a blank line,
    // which would have ended the block (LibreOffice's text).
    bool told = ReadCountRows(words, tabbed, label_at, &rows);
    for (size_t i = 0; told && i < rows.rows.size(); ++i)
      told = !rows.rows[i].grouped ||
             (cell_a_line && i + 1 < rows.rows.size() && rows.rows[i].counts.size() == rows.widest);
    if (told) {
      if (rows.header > 0) {
        cells = rows.header;
        header.assign(words.begin(), words.begin() + rows.header);
      } else if (table >= rows.widest) {
        cells = rows.widest = table;  // the table goes on: its rows may have fewer
      } else if (above < n && given[above].empty()) {
        const std::vector<std::string_view> up = Words(lines, above, above_end);
        bool alone = !up.empty();
        for (std::string_view w : up) alone = alone && IsHeaderWord(w);
        if (alone && up.size() == rows.widest) {
          cells = up.size();
          given[above] = {"\t" + Joined(up, 0, up.size(), "\t")};
          block_end[above] = above_end;
        }
      }
    }
    table = 0;
    if (cells > 0 && cells == rows.widest) {
      std::vector<std::string>& text = given[b];
      if (!header.empty()) text.push_back("\t" + Joined(header, 0, header.size(), "\t"));
      for (const CountRows::Row& row : rows.rows) {
        std::string line = row.label;
        for (size_t c = 0; c < cells; ++c) {
          line += '\t';
          if (row.counts.size() == cells) line.append(row.counts[c]);
        }
        text.push_back(std::move(line));
      }
      block_end[b] = e;
      table = cells;
    }
    above = b;
    above_end = e;
    b = e;
  }
}

// Columns a UTF-8 text takes, a character each.
size_t Columns(std::string_view text) {
  size_t n = 0;
  for (char c : text) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

// The given lines' cells (parted by tabs) laid out at columns, as a page
// laid out with spaces: each row's label at the line's start and its k-th
// cell, as the header's, at one column for every table of the text, three
// spaces at least after the widest label and between cells. A text without
// tabs is read by its columns (text_reader.h); a tab in it would have it
// read as a tabbed text, every other line of it too.
void LaidOut(std::vector<std::vector<std::string>>* given) {
  size_t label = 0, cell = 0;
  std::vector<std::vector<std::vector<std::string_view>>> split(given->size());
  for (size_t b = 0; b < given->size(); ++b)
    for (const std::string& line : (*given)[b]) {
      std::vector<std::string_view> cells;
      for (size_t at = 0;;) {
        const size_t tab = line.find('\t', at);
        cells.push_back(std::string_view(line).substr(at, tab - at));
        if (tab == std::string::npos) break;
        at = tab + 1;
      }
      label = std::max(label, Columns(cells[0]));
      for (size_t c = 1; c < cells.size(); ++c) cell = std::max(cell, Columns(cells[c]));
      split[b].push_back(std::move(cells));
    }
  const size_t first = label + 3, step = cell + 3;
  for (size_t b = 0; b < given->size(); ++b) {
    std::vector<std::string> out;
    for (const std::vector<std::string_view>& cells : split[b]) {
      std::string line(cells[0]);
      size_t col = Columns(cells[0]);
      for (size_t c = 1; c < cells.size(); ++c) {
        const size_t at = first + (c - 1) * step;
        if (!cells[c].empty()) {
          line.append(at - col, ' ');
          line.append(cells[c]);
          col = at + Columns(cells[c]);
        }
      }
      out.push_back(std::move(line));
    }
    (*given)[b] = std::move(out);
  }
}

}  // namespace

bool FindRefilledTabs(std::string_view bytes, RefilledTabs* out) {
  return FindRefilledTabs(bytes, LabelAt(), out);
}

bool FindRefilledTabs(std::string_view bytes, const LabelAt& label_at, RefilledTabs* out) {
  int width = 0;
  if (!RefilledTabbedText(bytes, &width)) return false;
  std::vector<std::string_view> lines = SplitAtLineFeeds(bytes);
  const size_t n = lines.size();
  std::vector<int> indent(n);
  for (size_t k = 0; k < n; ++k) indent[k] = IndentColumns(lines[k]);
  // A line fmt may have joined: one of a run of lines of one indentation.
  std::vector<bool> joined(n, false);
  for (size_t k = 0; k + 1 < n; ++k)
    if (indent[k] >= 0 && indent[k] == indent[k + 1]) joined[k] = joined[k + 1] = true;
  // A block between blank lines holding such a line is read no further
  // than its lines of words alone, their ends marked; one of whose joined
  // lines holds a tab or a gap between words (cells fmt ran together: a
  // row's last value and the next row's label, a box and the options of
  // the question after it) is not read at all.
  enum class Read { kAsItStands, kMarked, kNot };
  std::vector<Read> read(n, Read::kAsItStands);
  for (size_t b = 0; b < n;) {
    if (indent[b] < 0) {
      ++b;
      continue;
    }
    size_t e = b;
    bool any = false, gapped = false;
    for (; e < n && indent[e] >= 0; ++e) {
      any = any || joined[e];
      gapped = gapped || (joined[e] && !WordsAlone(lines[e]));
    }
    if (any)
      for (size_t k = b; k < e; ++k)
        read[k] = !gapped && WordsAlone(lines[k]) ? Read::kMarked : Read::kNot;
    b = e;
  }
  // Count tables given back (label_at): each block's lines in its stead.
  std::vector<std::vector<std::string>> given(n);  // at a block's first line
  std::vector<size_t> block_end(n, 0);
  if (label_at) CountTableBlocks(lines, label_at, &given, false, &block_end);
  RefilledTabs r;
  r.width = width;
  r.text.reserve(bytes.size());
  size_t out_lines = 0;
  for (size_t k = 0; k < n; ++k) {
    if (block_end[k] > k) {
      // A block given back: its rows, a line each, then its lines left
      // blank; each numbered as the block's line it stands at (the last's
      // past it).
      const size_t e = block_end[k];
      for (size_t i = 0; i < std::max(given[k].size(), e - k); ++i) {
        if (out_lines++ > 0) r.text += '\n';
        if (i < given[k].size()) r.text += given[k][i];
        r.numbers.push_back(static_cast<int>(k + std::min(i, e - k - 1)) + 1);
      }
      r.rows += given[k].size();
      k = e - 1;
      continue;
    }
    if (out_lines++ > 0) r.text += '\n';
    r.numbers.push_back(static_cast<int>(k) + 1);
    if (read[k] == Read::kAsItStands) {
      r.text.append(lines[k]);
    } else if (read[k] == Read::kMarked) {
      // Its words kept (a form's wording, a free answer's), its end marked:
      // a value reaching it may be cut short or run on.
      const size_t last = lines[k].find_last_not_of(" \t");
      r.text.append(lines[k].substr(0, last + 1));
      r.text += kRefilledBreak;
      ++r.marked;
    } else {
      ++r.unread;
    }
  }
  if (r.rows == 0) r.numbers.clear();
  *out = std::move(r);
  return true;
}

bool GiveBackCountTables(std::string_view text, const LabelAt& label_at, CountTables* out) {
  if (!label_at) return false;
  const std::vector<std::string_view> lines = SplitAtLineFeeds(text);
  const size_t n = lines.size();
  std::vector<std::vector<std::string>> given(n);
  std::vector<size_t> block_end(n, 0);
  CountTableBlocks(lines, label_at, &given, true, &block_end);
  // A text with a tab (its cells indented by tabs) is read as a tabbed one
  // whatever is given back: its rows keep their cells at tabs.
  if (text.find('\t') == std::string_view::npos) LaidOut(&given);
  CountTables r;
  r.text.reserve(text.size());
  for (size_t k = 0; k < n; ++k) {
    if (k > 0) r.text += '\n';
    if (block_end[k] <= k) {
      r.text.append(lines[k]);
      r.numbers.push_back(static_cast<int>(k) + 1);
      continue;
    }
    const size_t e = block_end[k];
    for (size_t i = 0; i < std::max(given[k].size(), e - k); ++i) {
      if (i > 0) r.text += '\n';
      if (i < given[k].size()) r.text += given[k][i];
      r.numbers.push_back(static_cast<int>(k + std::min(i, e - k - 1)) + 1);
    }
    r.rows += given[k].size();
    k = e - 1;
  }
  if (r.rows == 0) return false;
  *out = std::move(r);
  return true;
}

}  // namespace redovis
