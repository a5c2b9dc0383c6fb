// A table of words with their boxes laid out as text. See word_tsv.h.
#include "read/text/word_tsv.h"

#include <array>
#include <charconv>
#include <cmath>
#include <cstddef>
#include <system_error>
#include <vector>

#include "base/text_util.h"
#include "read/text/folded_lines.h"
#include "read/text/positioned_runs.h"

namespace redovis {
namespace {

// The two headers, as the programs write them.
constexpr std::string_view kPopplerHeader =
    "level\tpage_num\tpar_num\tblock_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext";
constexpr std::string_view kTesseractHeader =
    "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext";

constexpr int kWordLevel = 5;
constexpr size_t kFields = 12;

// One word row's fields: the line it belongs to and its box.
struct WordRow {
  std::array<long, 5> line{};  // level, page, block or paragraph, paragraph or block, line
  double left = 0, top = 0, width = 0, height = 0;
  std::string_view text;
};

bool Number(std::string_view s, long* v) {
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), *v);
  return ec == std::errc() && end == s.data() + s.size();
}

bool Number(std::string_view s, double* v) {
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), *v);
  return ec == std::errc() && end == s.data() + s.size() && std::isfinite(*v);
}

// `row`'s fields as a word row; false for a row of another level, a row
// whose fields do not parse, or a word without text.
bool ParseWord(std::string_view row, WordRow* w) {
  std::array<std::string_view, kFields> f;
  size_t n = 0, start = 0;
  while (n < kFields) {
    size_t tab = n + 1 < kFields ? row.find('\t', start) : std::string_view::npos;
    f[n++] =
        row.substr(start, tab == std::string_view::npos ? std::string_view::npos : tab - start);
    if (tab == std::string_view::npos) break;
    start = tab + 1;
  }
  if (n < kFields) return false;
  for (size_t k = 0; k < 5; ++k)
    if (!Number(f[k], &w->line[k])) return false;
  if (w->line[0] != kWordLevel) return false;
  double conf = 0;
  long word = 0;
  if (!Number(f[5], &word) || !Number(f[6], &w->left) || !Number(f[7], &w->top) ||
      !Number(f[8], &w->width) || !Number(f[9], &w->height) || !Number(f[10], &conf) || conf < 0)
    return false;
  w->text = TrimBlanks(f[11]);
  return !w->text.empty();
}

}  // namespace

WordTable WordTsvText(std::string_view text, std::string* out) {
  std::vector<std::string_view> rows = SplitAtLineFeeds(text);
  auto chomp = [](std::string_view r) {
    return !r.empty() && r.back() == '\r' ? r.substr(0, r.size() - 1) : r;
  };
  if (rows.empty()) return WordTable::kNone;
  std::string_view header = chomp(rows[0]);
  if (header.substr(0, 3) == "\xEF\xBB\xBF") header.remove_prefix(3);
  if (header == kTesseractHeader) return WordTable::kTesseract;
  if (header != kPopplerHeader) return WordTable::kNone;
  std::string laid_out;
  std::vector<PositionedRun> page;
  PositionedRun run;
  bool open = false;  // `run` holds a word
  WordRow last;
  double last_right = 0;
  auto add_run = [&] {
    if (open) page.push_back(std::move(run));
    run = PositionedRun();
    open = false;
  };
  auto end_page = [&] {
    add_run();
    LayOutPage(std::move(page), &laid_out);
    page.clear();
  };
  for (size_t k = 1; k < rows.size(); ++k) {
    WordRow w;
    if (!ParseWord(chomp(rows[k]), &w)) continue;
    if (open && w.line[1] != last.line[1]) end_page();
    // Another line, or a gap of half the word's height or more: another run.
    if (open && (w.line != last.line || PartsCells(w.left - last_right, w.height))) add_run();
    if (!open) {
      run.top = w.top;
      run.left = w.left;
      run.size = w.height * kSizePerBoxHeight;
    } else {
      run.text += ' ';
    }
    run.text.append(w.text);
    open = true;
    last = w;
    last_right = w.left + w.width;
  }
  end_page();
  if (laid_out.empty()) return WordTable::kNone;
  *out = std::move(laid_out);
  return WordTable::kPoppler;
}

}  // namespace redovis
