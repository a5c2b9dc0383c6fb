// Words to lines and cells. See line_layout.h.
#include "read/pdf/line_layout.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "base/swapped_ascii.h"
#include "base/text_util.h"
#include "base/utf8.h"
#include "read/glyphs.h"
#include "read/pdf/page_turn.h"
#include "read/pdf/sheet_grid.h"
#include "read/pdf/word_text.h"

namespace redovis {

namespace {

bool IsSpaceCodePoint(char32_t c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' || c == 0x00A0 ||
         (c >= 0x2000 && c <= 0x200B) || c == 0x202F || c == 0x205F || c == 0x3000 || c == 0xFEFF;
}

// ---------------------------------------------------------------- words

struct Word {
  std::string text;
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
  double fs = 0;  ///< font size, never 0
  double h = 0;   ///< box height, never 0
  bool space_after = true;
  CheckboxState box = CheckboxState::kNone;  ///< the word began with a box glyph
  float confidence = 100;                    ///< OCR's confidence in the word, 0-100
  double yc() const { return (y0 + y1) / 2; }
  double w() const { return x1 - x0; }
};

/// Cleans one word's text: ligatures expanded, control characters dropped, a
/// leading check-box glyph taken off into `*box`. Returns false when nothing
/// but white space is left and there is no box.
bool CleanWord(const std::string& in, std::string* out, CheckboxState* box) {
  out->clear();
  *box = CheckboxState::kNone;
  bool any = false, first = true;
  for (char32_t c : UnswappedCodePoints(in)) {
    if (first) {
      first = false;
      CheckboxState b = TextBoxState(c);
      if (b != CheckboxState::kNone) {
        *box = b;
        continue;
      }
    }
    if (c < 0x20 || c == 0x7F) continue;
    switch (c) {
      case 0xFB00:
        *out += "ff";
        any = true;
        continue;
      case 0xFB01:
        *out += "fi";
        any = true;
        continue;
      case 0xFB02:
        *out += "fl";
        any = true;
        continue;
      case 0xFB03:
        *out += "ffi";
        any = true;
        continue;
      case 0xFB04:
        *out += "ffl";
        any = true;
        continue;
      case 0xFB05:
      case 0xFB06:
        *out += "st";
        any = true;
        continue;
      default:
        break;
    }
    if (!IsSpaceCodePoint(c)) any = true;
    AppendUtf8(IsSpaceCodePoint(c) ? U' ' : c, out);
  }
  // Trim the spaces a source may put around a word.
  size_t b = out->find_first_not_of(' '), e = out->find_last_not_of(' ');
  *out = b == std::string::npos ? std::string() : out->substr(b, e - b + 1);
  return any || *box != CheckboxState::kNone;
}

// ---------------------------------------------------------------- lines

struct Group {
  std::vector<int> words;  ///< indices into the page's words
  double y0 = 0, y1 = 0;   ///< band used for grouping
  double created_yc = 0;
  double h() const { return y1 - y0; }
};

/// Groups `ids` (indices into `words`) into visual lines, top to bottom, each
/// with its words ordered left to right.
std::vector<Group> GroupLines(const std::vector<Word>& words, std::vector<int> ids) {
  std::sort(ids.begin(), ids.end(), [&](int a, int b) {
    if (words[a].yc() != words[b].yc()) return words[a].yc() < words[b].yc();
    return words[a].x0 < words[b].x0;
  });
  std::vector<Group> groups;
  double max_h = 0;
  for (int id : ids) {
    const Word& w = words[id];
    int best = -1;
    double best_ratio = 0, best_offset = 0;
    for (int k = static_cast<int>(groups.size()) - 1; k >= 0; --k) {
      const Group& g = groups[k];
      // Groups are created in order of their centre: far older ones cannot overlap.
      if (g.created_yc < w.yc() - 2 * std::max(max_h, w.h)) break;
      double ov = std::min(w.y1, g.y1) - std::max(w.y0, g.y0);
      if (ov <= 0) continue;
      double ratio = ov / std::max(1e-6, std::min(w.h, g.h()));
      double offset = std::fabs(w.yc() - (g.y0 + g.y1) / 2);
      // Equal overlaps: the line whose middle is nearer wins.
      if (ratio < best_ratio - 0.05 || (ratio < best_ratio + 0.05 && offset >= best_offset))
        continue;
      // A word lying over a word of the line at another height belongs to
      // another line (words side by side at one height only touch).
      bool collides = false;
      for (int o : g.words) {
        const Word& v = words[o];
        double hov = std::min(w.x1, v.x1) - std::max(w.x0, v.x0);
        if (hov > 0.5 * std::min(w.w(), v.w()) && hov > 0.5 &&
            std::fabs(w.yc() - v.yc()) > 0.25 * std::min(w.h, v.h)) {
          collides = true;
          break;
        }
      }
      if (collides) continue;
      best = k;
      best_ratio = ratio;
      best_offset = offset;
    }
    if (best >= 0 && best_ratio >= 0.5) {
      Group& g = groups[best];
      g.words.push_back(id);
      // Small type (superscripts) does not widen the band; larger type does.
      if (w.h >= 0.7 * g.h()) {
        g.y0 = std::min(g.y0, w.y0);
        g.y1 = std::max(g.y1, w.y1);
      }
    } else {
      Group g;
      g.words.push_back(id);
      g.y0 = w.y0;
      g.y1 = w.y1;
      g.created_yc = w.yc();
      groups.push_back(std::move(g));
    }
    max_h = std::max(max_h, w.h);
  }
  for (Group& g : groups) {
    std::sort(g.words.begin(), g.words.end(),
              [&](int a, int b) { return words[a].x0 < words[b].x0; });
    double y0 = 1e18, y1 = -1e18;
    for (int id : g.words) {
      y0 = std::min(y0, words[id].y0);
      y1 = std::max(y1, words[id].y1);
    }
    g.y0 = y0;
    g.y1 = y1;
  }
  std::stable_sort(groups.begin(), groups.end(), [](const Group& a, const Group& b) {
    return (a.y0 + a.y1) / 2 < (b.y0 + b.y1) / 2;
  });
  return groups;
}

// ---------------------------------------------------------------- columns

struct ColumnRun {
  size_t begin = 0, end = 0;  ///< group range [begin, end)
  double gutter = 0;          ///< x of the gutter's middle
};

/// Finds regions of consecutive line groups that are clearly two text
/// columns: a vertical gutter near the page's middle that no word crosses,
/// each side at least 30% of the page wide and holding about as many lines
/// of prose (20 characters or more, filling half the side at least) as the
/// other. A form's table, with a wide label column and narrow answer
/// columns, or one long cell beside short ones, is not two columns.
std::vector<ColumnRun> FindColumnRuns(const std::vector<Word>& words,
                                      const std::vector<Group>& groups, double left, double width,
                                      const LayoutOptions& options) {
  std::vector<ColumnRun> chosen;
  if (width <= 0 || groups.size() < static_cast<size_t>(options.min_column_lines)) return chosen;
  const double kHalfGutter = 4;
  struct Side {
    size_t chars = 0;
    double x0 = 1e18, x1 = -1e18;
    void Add(const Word& w) {
      chars += Chars(w.text) + 1;
      x0 = std::min(x0, w.x0);
      x1 = std::max(x1, w.x1);
    }
  };
  struct LineSides {
    Side left, right;
  };
  // Runs found for each gutter position, keyed by their extent.
  std::map<std::pair<size_t, size_t>, std::pair<double, int>> runs;  // -> (sum of x, count)
  std::vector<LineSides> current;
  for (double g = left + 0.35 * width; g <= left + 0.65 * width; g += 2) {
    size_t start = 0;
    current.clear();
    auto close = [&](size_t end) {
      if (current.size() < static_cast<size_t>(options.min_column_lines)) return;
      Side left_all, right_all;
      for (const LineSides& l : current) {
        if (l.left.chars) {
          left_all.x0 = std::min(left_all.x0, l.left.x0);
          left_all.x1 = std::max(left_all.x1, l.left.x1);
        }
        if (l.right.chars) {
          right_all.x0 = std::min(right_all.x0, l.right.x0);
          right_all.x1 = std::max(right_all.x1, l.right.x1);
        }
      }
      double left_w = left_all.x1 - left_all.x0, right_w = right_all.x1 - right_all.x0;
      if (left_w < 0.3 * width || right_w < 0.3 * width) return;
      int left_prose = 0, right_prose = 0;
      for (const LineSides& l : current) {
        if (l.left.chars >= 20 && l.left.x1 - l.left.x0 >= 0.5 * left_w) ++left_prose;
        if (l.right.chars >= 20 && l.right.x1 - l.right.x0 >= 0.5 * right_w) ++right_prose;
      }
      if (left_prose < options.min_column_lines || right_prose < options.min_column_lines) return;
      if (left_prose > 2 * right_prose || right_prose > 2 * left_prose) return;
      auto& r = runs[{start, end}];
      r.first += g;
      r.second += 1;
    };
    for (size_t k = 0; k < groups.size(); ++k) {
      LineSides sides;
      bool blocked = false;
      for (int id : groups[k].words) {
        const Word& w = words[id];
        if (w.x0 < g + kHalfGutter && w.x1 > g - kHalfGutter) {
          blocked = true;
          break;
        }
        (w.x1 <= g ? sides.left : sides.right).Add(w);
      }
      if (blocked) {
        close(k);
        start = k + 1;
        current.clear();
        continue;
      }
      current.push_back(sides);
    }
    close(groups.size());
  }
  // Longest runs first; runs may not overlap.
  std::vector<ColumnRun> all;
  for (const auto& [extent, xs] : runs)
    all.push_back(ColumnRun{extent.first, extent.second, xs.first / xs.second});
  std::sort(all.begin(), all.end(), [](const ColumnRun& a, const ColumnRun& b) {
    return a.end - a.begin > b.end - b.begin;
  });
  for (const ColumnRun& r : all) {
    bool overlaps = false;
    for (const ColumnRun& c : chosen)
      if (r.begin < c.end && c.begin < r.end) overlaps = true;
    if (!overlaps) chosen.push_back(r);
  }
  std::sort(chosen.begin(), chosen.end(),
            [](const ColumnRun& a, const ColumnRun& b) { return a.begin < b.begin; });
  return chosen;
}

// ---------------------------------------------------------------- cells

/// The body font size of a group: the size most of its characters are set in.
double BodyFontSize(const std::vector<Word>& words, const std::vector<int>& ids) {
  std::map<double, size_t> weight;
  for (int id : ids) weight[std::round(words[id].fs * 4) / 4] += Chars(words[id].text) + 1;
  double best = 0;
  size_t best_w = 0;
  for (const auto& [fs, w] : weight)
    if (w > best_w || (w == best_w && fs > best)) {
      best = fs;
      best_w = w;
    }
  return best;
}

/// True when `s` is one to three ASCII digits and nothing else.
bool AllDigits(const std::string& s) {
  return s.size() <= 3 && AllAsciiDigits(s);
}

/// Builds the cells of one line group.
LaidOutLine BuildLine(std::vector<Word>& words, const Group& g, const PositionedPage& page,
                      const LayoutOptions& options) {
  LaidOutLine out;
  out.line.page = page.number;
  out.line.ocr = page.ocr;
  out.y0 = g.y0;
  out.y1 = g.y1;
  double fs = BodyFontSize(words, g.words);
  if (fs <= 0) fs = 10;
  out.font_size = fs;
  // Raised small digits are note references: write them as superscripts.
  // Small by its font size, or, where the words carry their line's size (OCR
  // gives a row's), by its ink: well under the height of the line's words
  // (a digit stands as high as a capital, most words as high or higher).
  std::vector<double> bottoms, heights, tops;
  for (int id : g.words) {
    if (words[id].fs >= 0.9 * fs) bottoms.push_back(words[id].y1);
    if (Chars(words[id].text) >= 2) {
      heights.push_back(words[id].h);
      tops.push_back(words[id].y0);
    }
  }
  double body_bottom = bottoms.empty() ? g.y1 : Median(bottoms);
  double body_height = Median(heights);
  std::vector<bool> sup(g.words.size(), false);
  for (size_t i = 0; i < g.words.size(); ++i) {
    Word& w = words[g.words[i]];
    bool small = w.fs <= 0.8 * fs || (heights.size() >= 2 && w.h <= 0.6 * body_height);
    if (g.words.size() > 1 && AllDigits(w.text) && small && w.y1 < body_bottom - 0.15 * fs) {
      std::string s;
      for (char d : w.text) AppendUtf8(SuperscriptDigit(d - '0'), &s);
      w.text = s;
      sup[i] = true;
    }
  }
  // A note's mark at the line's start: a raised small digit, or on a page
  // read by OCR, judged by its box alone, whatever OCR read: it may read
  // a raised "²" as "?" or "*". Small by ink (under 0.7 of the line's words'
  // height), its top as high as the tops of the line's words (a dash, a
  // bullet or a lower-case letter's top stands lower) and its foot in their
  // upper three quarters (a letter or a digit stands on the line), and its
  // note's text close after it (a scrap of a signature over a row stands
  // apart).
  out.note_mark = !sup.empty() && sup[0];
  if (page.ocr && g.words.size() > 1 && heights.size() >= 2) {
    const Word& w = words[g.words[0]];
    const double body_top = Median(tops);
    out.note_mark =
        out.note_mark ||
        (Chars(w.text) <= 2 && w.h <= 0.7 * body_height && w.y0 <= body_top + 0.2 * body_height &&
         w.y1 <= body_top + 0.75 * body_height && words[g.words[1]].x0 - w.x1 <= body_height);
  }
  // Typical word space on this line.
  std::vector<double> spaces;
  for (size_t i = 1; i < g.words.size(); ++i) {
    const Word& a = words[g.words[i - 1]];
    const Word& b = words[g.words[i]];
    double gap = b.x0 - a.x1;
    if (gap > 0.05 * fs && gap < 0.6 * fs) spaces.push_back(gap);
  }
  double space = spaces.empty() ? 0.25 * fs : Median(spaces);
  double split_gap = std::max(options.cell_gap_em * fs, options.cell_gap_spaces * space);

  // The vertical rules running through this line: no cell reaches across one.
  std::vector<double> walls;
  for (const RuleSegment& r : page.rules)
    if (!r.horizontal && r.from <= g.y0 + 0.3 * (g.y1 - g.y0) && r.to >= g.y1 - 0.3 * (g.y1 - g.y0))
      walls.push_back(r.pos);
  auto wall_between = [&](double a, double b) {
    for (double x : walls)
      if (x > a && x < b) return true;
    return false;
  };

  Cell cell;
  bool open = false;
  // On an OCR page a cell carries the lowest confidence of its words, and
  // that of its words after its last word with a letter (Cell's
  // ocr_tail_confidence).
  auto note_confidence = [&](const Word& w) {
    if (!page.ocr) return;
    auto c = static_cast<signed char>(std::floor(w.confidence));
    if (cell.ocr_confidence < 0 || c < cell.ocr_confidence) cell.ocr_confidence = c;
    if (LetterCount(w.text, 1) > 0)
      cell.ocr_tail_confidence = -1;
    else if (!w.text.empty() && (cell.ocr_tail_confidence < 0 || c < cell.ocr_tail_confidence))
      cell.ocr_tail_confidence = c;
  };
  auto flush = [&] {
    if (open) out.line.cells.push_back(std::move(cell));
    cell = Cell();
    open = false;
  };
  for (size_t i = 0; i < g.words.size(); ++i) {
    const Word& w = words[g.words[i]];
    if (open) {
      const Word& prev = words[g.words[i - 1]];
      double gap = w.x0 - prev.x1;
      if ((gap > split_gap && !sup[i]) || w.box != CheckboxState::kNone ||
          wall_between((prev.x0 + prev.x1) / 2, (w.x0 + w.x1) / 2)) {
        flush();
      } else if (!w.text.empty()) {
        bool glue = sup[i] ? gap < 0.3 * fs : (!prev.space_after && gap < 0.12 * fs);
        if (!glue && !cell.text.empty()) cell.text += ' ';
        cell.text += w.text;
        cell.x0 = std::min(cell.x0, w.x0);
        cell.x1 = std::max(cell.x1, w.x1);
        note_confidence(w);
        continue;
      }
    }
    if (!open) {
      cell.text = w.text;
      cell.x0 = w.x0;
      cell.x1 = w.x1;
      cell.checkbox = w.box;
      open = true;
      note_confidence(w);
    } else {  // a box word with no text, joining an open cell (cannot happen) or empty text
      cell.x0 = std::min(cell.x0, w.x0);
      cell.x1 = std::max(cell.x1, w.x1);
    }
  }
  flush();
  return out;
}

}  // namespace

namespace {

/// The lines of the words `ids` of `words`, which stand in a part of the
/// frame from x `part_left`, `width` wide, appended to `*out`.
void LayOutPart(std::vector<Word>& words, const std::vector<int>& ids, double part_left,
                double width, const PositionedPage& page, const LayoutOptions& options,
                std::vector<LaidOutLine>* out) {
  std::vector<LaidOutLine>& lines = *out;
  std::vector<Group> groups = GroupLines(words, ids);
  std::vector<ColumnRun> runs = FindColumnRuns(words, groups, part_left, width, options);
  size_t next_run = 0;
  for (size_t k = 0; k < groups.size();) {
    if (next_run < runs.size() && runs[next_run].begin == k) {
      const ColumnRun& r = runs[next_run++];
      std::vector<int> left, right;
      for (size_t j = r.begin; j < r.end; ++j)
        for (int id : groups[j].words) (words[id].x1 <= r.gutter ? left : right).push_back(id);
      for (const std::vector<int>* side : {&left, &right})
        for (const Group& g : GroupLines(words, *side))
          lines.push_back(BuildLine(words, g, page, options));
      k = r.end;
      continue;
    }
    lines.push_back(BuildLine(words, groups[k], page, options));
    ++k;
  }
}

/// The lines of `words`, all set upright in their frame (`width` wide,
/// `height` high); `rules` (the page's, when the frame is the page's own)
/// are evidence of a sheet of four pages (sheet_grid.h), whose pages are
/// then laid out one after another.
std::vector<LaidOutLine> LayOutWords(std::vector<Word>& words, double width, double height,
                                     const std::vector<RuleSegment>& rules,
                                     const PositionedPage& page, const LayoutOptions& options) {
  std::vector<LaidOutLine> lines;
  if (words.empty()) return lines;
  std::vector<SheetBox> boxes;
  boxes.reserve(words.size());
  for (const Word& w : words) boxes.push_back(SheetBox{w.x0, w.y0, w.x1, w.y1});
  std::vector<SheetBox> pages = FindPageGrid(boxes, rules, 0, 0, width, height);
  if (pages.empty()) pages.push_back(SheetBox{0, 0, width, height});
  for (const SheetBox& part : pages) {
    std::vector<int> ids;
    for (size_t i = 0; i < words.size(); ++i) {
      const double xc = (words[i].x0 + words[i].x1) / 2, yc = words[i].yc();
      const bool inside =
          pages.size() == 1 || (xc >= part.x0 && xc < part.x1 && yc >= part.y0 && yc < part.y1);
      if (inside) ids.push_back(static_cast<int>(i));
    }
    LayOutPart(words, ids, part.x0, part.x1 - part.x0, page, options, &lines);
  }
  lines.erase(std::remove_if(lines.begin(), lines.end(),
                             [](const LaidOutLine& l) { return l.line.cells.empty(); }),
              lines.end());
  return lines;
}

}  // namespace

LaidOutPage LayOutPage(const PositionedPage& page, const LayoutOptions& options) {
  LaidOutPage out;
  out.number = page.number;
  out.width = page.width;
  out.height = page.height;
  std::vector<Word> by_rotation[4];
  size_t chars[4] = {0, 0, 0, 0};
  for (const PositionedWord& pw : page.words) {
    Word w;
    if (!CleanWord(pw.text, &w.text, &w.box)) continue;
    if (!std::isfinite(pw.x0) || !std::isfinite(pw.x1) || !std::isfinite(pw.y0) ||
        !std::isfinite(pw.y1))
      continue;
    w.x0 = std::min(pw.x0, pw.x1);
    w.x1 = std::max(pw.x0, pw.x1);
    w.y0 = std::min(pw.y0, pw.y1);
    w.y1 = std::max(pw.y0, pw.y1);
    int rot = ((pw.rotation % 4) + 4) % 4;
    TurnBoxUpright(rot, page.width, page.height, &w.x0, &w.y0, &w.x1, &w.y1);
    w.h = w.y1 - w.y0;
    w.fs = pw.font_size > 0 && std::isfinite(pw.font_size) ? pw.font_size : w.h;
    if (w.h <= 0.01) {  // a degenerate box: give it the font's height
      w.h = std::max(w.fs, 1.0);
      w.y0 = w.y1 - w.h;
    }
    if (w.fs <= 0.01) w.fs = w.h;
    w.space_after = pw.space_after;
    w.confidence = std::isfinite(pw.confidence) ? std::clamp(pw.confidence, 0.0f, 100.0f) : 0;
    chars[rot] += Chars(w.text) + 1;
    by_rotation[rot].push_back(std::move(w));
  }
  int main = static_cast<int>(std::max_element(chars, chars + 4) - chars);
  if (chars[main] == 0) return out;
  bool sideways = main == 1 || main == 3;
  if (sideways) std::swap(out.width, out.height);
  // The page's rules are in its own frame: evidence for a sheet's grid only
  // when the text stands upright.
  const std::vector<RuleSegment> no_rules;
  out.lines = LayOutWords(by_rotation[main], out.width, out.height,
                          main == 0 ? page.rules : no_rules, page, options);
  // Text at other angles (margin notes, stamps) follows, away from the margins.
  for (int r = 0; r < 4; ++r) {
    if (r == main || by_rotation[r].empty()) continue;
    bool r_sideways = r == 1 || r == 3;
    double frame_width = r_sideways ? page.height : page.width;
    double frame_height = r_sideways ? page.width : page.height;
    for (LaidOutLine& l :
         LayOutWords(by_rotation[r], frame_width, frame_height, no_rules, page, options)) {
      l.y0 = l.y1 = out.height / 2;
      out.lines.push_back(std::move(l));
    }
  }
  return out;
}

}  // namespace redovis
