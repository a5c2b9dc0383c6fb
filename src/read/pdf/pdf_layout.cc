// Line and cell reconstruction for positioned text. See pdf_layout.h.
#include "read/pdf/pdf_layout.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <map>
#include <string_view>
#include <utility>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace redovis {

namespace {

// ---------------------------------------------------------------- UTF-8

/// The code point at `*i` (advancing it); U+FFFD for a malformed sequence.
char32_t NextCodePoint(std::string_view s, size_t* i) {
  unsigned char c = s[*i];
  int len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
  if (len == 0 || *i + len > s.size()) {
    ++*i;
    return 0xFFFD;
  }
  char32_t cp = len == 1 ? c : len == 2 ? (c & 0x1F) : len == 3 ? (c & 0x0F) : (c & 0x07);
  for (int k = 1; k < len; ++k) {
    unsigned char d = s[*i + k];
    if ((d & 0xC0) != 0x80) {
      ++*i;
      return 0xFFFD;
    }
    cp = (cp << 6) | (d & 0x3F);
  }
  *i += len;
  return cp;
}

/// Appends `cp` to `out` as UTF-8.
void AppendUtf8(char32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

bool IsSpaceCodePoint(char32_t c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' || c == 0x00A0 ||
         (c >= 0x2000 && c <= 0x200B) || c == 0x202F || c == 0x205F || c == 0x3000 || c == 0xFEFF;
}

bool IsSuperscriptDigit(char32_t c) {
  return c == 0x00B9 || c == 0x00B2 || c == 0x00B3 || (c >= 0x2070 && c <= 0x2079);
}

/// The superscript form of an ASCII digit.
char32_t SuperscriptOf(char d) {
  static const char32_t kSup[10] = {0x2070, 0x00B9, 0x00B2, 0x00B3, 0x2074,
                                    0x2075, 0x2076, 0x2077, 0x2078, 0x2079};
  return kSup[d - '0'];
}

/// The check-box state a glyph stands for (Unicode, or the Wingdings codes
/// that PDFs made from Word expose in the private-use area).
CheckboxState BoxOf(char32_t c) {
  switch (c) {
    case 0x2611:
    case 0x2612:
    case 0x2713:
    case 0x2714:  // ☑ ☒ ✓ ✔
    case 0xF078:
    case 0xF0FD:
    case 0xF0FE:
    case 0xF0FC:  // Wingdings x-box, boxes, check
      return CheckboxState::kChecked;
    case 0x2610:  // ☐
    case 0xF06F:
    case 0xF0A8:
    case 0xF071:  // Wingdings empty boxes
      return CheckboxState::kUnchecked;
    default:
      return CheckboxState::kNone;
  }
}

// ---------------------------------------------------------------- pixels

/// Grey values below this are ink.
constexpr unsigned char kInkBelow = 150;

/// The first pixel at or after `from` of a row of `n` words that is ink
/// (`ink` true) or background, or n * 64 when there is none.
template <bool ink>
int NextPixel(const uint64_t* row, int n, int from) {
  int k = from >> 6;
  if (k >= n) return n * 64;
  uint64_t w = (ink ? row[k] : ~row[k]) & (~uint64_t{0} << (from & 63));
  while (w == 0) {
    if (++k == n) return n * 64;
    w = ink ? row[k] : ~row[k];
  }
  return k * 64 + __builtin_ctzll(w);
}

/// Calls `f(first, last)` for each run of ink along a row of `n` words, left
/// to right. The bits past the image's width must be clear.
template <typename F>
void ForEachRun(const uint64_t* row, int n, F f) {
  for (int x = NextPixel<true>(row, n, 0); x < n * 64;) {
    int end = NextPixel<false>(row, n, x);
    f(x, end - 1);
    x = NextPixel<true>(row, n, end);
  }
}

/// Calls `f(x)` for each set bit of `w`, the word that holds pixels
/// `base` to `base + 63`, left to right.
template <typename F>
void ForEachBit(uint64_t w, int base, F f) {
  while (w != 0) {
    f(base + __builtin_ctzll(w));
    w &= w - 1;
  }
}

/// The bits of word `k` of a row that hold pixels `x0` to `x1`.
uint64_t SpanMask(int k, int x0, int x1) {
  int lo = std::max(x0 - k * 64, 0), hi = std::min(x1 - k * 64, 63);
  if (lo > hi) return 0;
  uint64_t mask = ~uint64_t{0} << lo;
  if (hi < 63) mask &= (uint64_t{1} << (hi + 1)) - 1;
  return mask;
}

/// Clears the bits `first` to `last` of a row.
void ClearBits(uint64_t* row, int first, int last) {
  for (int k = first >> 6; k <= last >> 6; ++k) row[k] &= ~SpanMask(k, first, last);
}

/// The number of columns from `x0` to `x1` with ink in any of the rows `y0`
/// to `y1`; both ranges are cut to the image.
int InkColumns(const InkBitmap& image, int x0, int x1, int y0, int y1) {
  x0 = std::max(x0, 0), x1 = std::min(x1, image.width - 1);
  y0 = std::max(y0, 0), y1 = std::min(y1, image.height - 1);
  if (x0 > x1 || y0 > y1) return 0;
  int count = 0;
  for (int k = x0 >> 6; k <= x1 >> 6; ++k) {
    uint64_t any = 0;
    for (int y = y0; y <= y1; ++y) any |= image.row(y)[k];
    count += std::popcount(any & SpanMask(k, x0, x1));
  }
  return count;
}

/// The number of ink pixels in the rectangle `x0`..`x1` by `y0`..`y1`, cut
/// to the image.
int InkPixels(const InkBitmap& image, int x0, int x1, int y0, int y1) {
  x0 = std::max(x0, 0), x1 = std::min(x1, image.width - 1);
  y0 = std::max(y0, 0), y1 = std::min(y1, image.height - 1);
  int count = 0;
  for (int y = y0; y <= y1 && x0 <= x1; ++y)
    for (int k = x0 >> 6; k <= x1 >> 6; ++k)
      count += std::popcount(image.row(y)[k] & SpanMask(k, x0, x1));
  return count;
}

/// True when `image` has pixels and its words are laid out as InkBitmap says.
bool Usable(const InkBitmap& image) {
  const int n = image.words_per_row;
  return image.width > 0 && image.height > 0 && image.dpi > 0 && n == (image.width + 63) / 64 &&
         image.bits.size() == static_cast<size_t>(n) * image.height;
}

/// An empty bitmap of `width` x `height`, or none (width 0) when the size
/// is not one a page rendering may have.
InkBitmap BlankInk(int width, int height, double dpi) {
  InkBitmap ink;
  if (width <= 0 || height <= 0 || dpi <= 0 || static_cast<double>(width) * height > 80e6)
    return ink;
  ink.width = width;
  ink.height = height;
  ink.dpi = dpi;
  ink.words_per_row = (width + 63) / 64;
  ink.bits.assign(static_cast<size_t>(ink.words_per_row) * height, 0);
  return ink;
}

/// Runs [first, last] of ink along each line (a row or a column) of an
/// image, in order along the line; all lines' runs in one array.
struct RunTable {
  std::vector<int> start;                 ///< line i's runs: [start[i], start[i + 1])
  std::vector<std::pair<int, int>> runs;  ///< [first, last] along the line
  int lines() const { return static_cast<int>(start.size()) - 1; }
  const std::pair<int, int>* begin(int line) const { return runs.data() + start[line]; }
  const std::pair<int, int>* end(int line) const { return runs.data() + start[line + 1]; }
};

/// A run found while scanning rows, of the column `line`.
struct FoundRun {
  int line, first, last;
};

/// The table of `found` by column (`lines` columns), each column's runs in
/// the order they were found.
RunTable ByColumn(const std::vector<FoundRun>& found, int lines) {
  RunTable t;
  t.start.assign(lines + 1, 0);
  for (const FoundRun& r : found) ++t.start[r.line + 1];
  for (int i = 0; i < lines; ++i) t.start[i + 1] += t.start[i];
  std::vector<int> at(t.start.begin(), t.start.end() - 1);
  t.runs.resize(found.size());
  for (const FoundRun& r : found) t.runs[at[r.line]++] = {r.first, r.last};
  return t;
}

/// Follows vertical runs down the columns of an image whose rows `row(y)`
/// gives (words of bits), calling `begin(x, y)` where a column's run starts
/// at row y and `end(x, y)` where one ended at row y - 1 (y == height for
/// runs that reach the bottom). Only the rows' changes are visited.
template <typename Row, typename Begin, typename End>
void FollowColumns(int n, int height, Row row, Begin begin, End end) {
  std::vector<uint64_t> prev(n, 0);
  bool prev_any = false;
  for (int y = 0; y <= height; ++y) {
    const uint64_t* cur = y < height ? row(y) : nullptr;
    bool any = false;
    if (cur)
      for (int k = 0; k < n; ++k) any |= cur[k] != 0;
    if (!any && !prev_any) continue;
    for (int k = 0; k < n; ++k) {
      uint64_t now = any ? cur[k] : 0;
      ForEachBit(prev[k] & ~now, k * 64, [&](int x) { end(x, y); });
      ForEachBit(now & ~prev[k], k * 64, [&](int x) { begin(x, y); });
      prev[k] = now;
    }
    prev_any = any;
  }
}

}  // namespace

InkBitmap InkOfGrey(const GreyImage& image) {
  if (image.pixels == nullptr || image.stride < image.width) return InkBitmap();
  InkBitmap ink = BlankInk(image.width, image.height, image.dpi);
  for (int y = 0; y < ink.height; ++y) {
    const unsigned char* in = image.pixels + static_cast<size_t>(y) * image.stride;
    uint64_t* out = ink.bits.data() + static_cast<size_t>(y) * ink.words_per_row;
    int x = 0;
#if defined(__SSE2__)
    const __m128i limit = _mm_set1_epi8(static_cast<char>(kInkBelow - 1));
    for (; x + 16 <= ink.width; x += 16) {
      __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(in + x));
      // v <= 149 exactly when min(v, 149) == v (unsigned bytes).
      uint64_t mask =
          static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_min_epu8(v, limit), v)));
      out[x >> 6] |= mask << (x & 63);
    }
#endif
    for (; x < ink.width; ++x)
      if (in[x] < kInkBelow) out[x >> 6] |= uint64_t{1} << (x & 63);
  }
  return ink;
}

InkBitmap InkOfMonoRows(const unsigned char* rows, int width, int height, int stride, double dpi) {
  if (rows == nullptr || stride < (width + 7) / 8) return InkBitmap();
  InkBitmap ink = BlankInk(width, height, dpi);
  // Each byte reversed (leftmost pixel to the lowest bit) and inverted (ink set).
  static const auto kInkByte = [] {
    std::array<uint8_t, 256> table{};
    for (int b = 0; b < 256; ++b)
      for (int i = 0; i < 8; ++i)
        if (!((b >> (7 - i)) & 1)) table[b] |= static_cast<uint8_t>(1 << i);
    return table;
  }();
  const int bytes = (ink.width + 7) / 8;
  for (int y = 0; y < ink.height; ++y) {
    const unsigned char* in = rows + static_cast<size_t>(y) * stride;
    uint64_t* out = ink.bits.data() + static_cast<size_t>(y) * ink.words_per_row;
    for (int j = 0; j < bytes; ++j)
      if (in[j] != 0xFF) out[j >> 3] |= static_cast<uint64_t>(kInkByte[in[j]]) << ((j & 7) * 8);
    if (ink.width & 63) out[ink.words_per_row - 1] &= (uint64_t{1} << (ink.width & 63)) - 1;
  }
  return ink;
}

namespace {

// ---------------------------------------------------------------- words

struct Word {
  std::string text;
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
  double fs = 0;  ///< font size, never 0
  double h = 0;   ///< box height, never 0
  bool space_after = true;
  CheckboxState box = CheckboxState::kNone;  ///< the word began with a box glyph
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
  for (size_t i = 0; i < in.size();) {
    char32_t c = NextCodePoint(in, &i);
    if (first) {
      first = false;
      CheckboxState b = BoxOf(c);
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

/// Number of code points in `s`.
size_t Chars(const std::string& s) {
  size_t n = 0;
  for (unsigned char c : s)
    if ((c & 0xC0) != 0x80) ++n;
  return n;
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
                                      const std::vector<Group>& groups, double width,
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
  for (double g = 0.35 * width; g <= 0.65 * width; g += 2) {
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

/// Median of `v` (0 when empty).
double Median(std::vector<double> v) {
  if (v.empty()) return 0;
  std::nth_element(v.begin(), v.begin() + v.size() / 2, v.end());
  return v[v.size() / 2];
}

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

/// True when every byte of `s` is an ASCII digit (and there is one at least).
bool AllDigits(const std::string& s) {
  return !s.empty() && s.size() <= 3 &&
         std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
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
  std::vector<double> bottoms;
  for (int id : g.words)
    if (words[id].fs >= 0.9 * fs) bottoms.push_back(words[id].y1);
  double body_bottom = bottoms.empty() ? g.y1 : Median(bottoms);
  std::vector<bool> sup(g.words.size(), false);
  for (size_t i = 0; i < g.words.size(); ++i) {
    Word& w = words[g.words[i]];
    if (g.words.size() > 1 && AllDigits(w.text) && w.fs <= 0.8 * fs &&
        w.y1 < body_bottom - 0.15 * fs) {
      std::string s;
      for (char d : w.text) AppendUtf8(SuperscriptOf(d), &s);
      w.text = s;
      sup[i] = true;
    }
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
        continue;
      }
    }
    if (!open) {
      cell.text = w.text;
      cell.x0 = w.x0;
      cell.x1 = w.x1;
      cell.checkbox = w.box;
      open = true;
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

/// The lines of `words`, all set upright in their frame (`width` wide).
std::vector<LaidOutLine> LayOutWords(std::vector<Word>& words, double width,
                                     const PositionedPage& page, const LayoutOptions& options) {
  std::vector<LaidOutLine> lines;
  if (words.empty()) return lines;
  std::vector<int> ids(words.size());
  for (size_t i = 0; i < ids.size(); ++i) ids[i] = static_cast<int>(i);
  std::vector<Group> groups = GroupLines(words, ids);
  std::vector<ColumnRun> runs = FindColumnRuns(words, groups, width, options);
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
  lines.erase(std::remove_if(lines.begin(), lines.end(),
                             [](const LaidOutLine& l) { return l.line.cells.empty(); }),
              lines.end());
  return lines;
}

/// Turns a box on a `width` x `height` page into the frame where text set at
/// `rotation` quarter turns reads upright.
void ToUprightFrame(int rotation, double width, double height, Word* w) {
  double x0 = w->x0, x1 = w->x1, y0 = w->y0, y1 = w->y1;
  switch (rotation) {
    case 1:  // top to bottom: turn the page a quarter counter-clockwise
      w->x0 = y0, w->x1 = y1, w->y0 = width - x1, w->y1 = width - x0;
      break;
    case 2:  // upside down
      w->x0 = width - x1, w->x1 = width - x0, w->y0 = height - y1, w->y1 = height - y0;
      break;
    case 3:  // bottom to top
      w->x0 = height - y1, w->x1 = height - y0, w->y0 = x0, w->y1 = x1;
      break;
    default:
      break;
  }
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
    ToUprightFrame(rot, page.width, page.height, &w);
    w.h = w.y1 - w.y0;
    w.fs = pw.font_size > 0 && std::isfinite(pw.font_size) ? pw.font_size : w.h;
    if (w.h <= 0.01) {  // a degenerate box: give it the font's height
      w.h = std::max(w.fs, 1.0);
      w.y0 = w.y1 - w.h;
    }
    if (w.fs <= 0.01) w.fs = w.h;
    w.space_after = pw.space_after;
    chars[rot] += Chars(w.text) + 1;
    by_rotation[rot].push_back(std::move(w));
  }
  int main = static_cast<int>(std::max_element(chars, chars + 4) - chars);
  if (chars[main] == 0) return out;
  bool sideways = main == 1 || main == 3;
  if (sideways) std::swap(out.width, out.height);
  out.lines = LayOutWords(by_rotation[main], out.width, page, options);
  // Text at other angles (margin notes, stamps) follows, away from the margins.
  for (int r = 0; r < 4; ++r) {
    if (r == main || by_rotation[r].empty()) continue;
    bool r_sideways = r == 1 || r == 3;
    double frame_width = r_sideways ? page.height : page.width;
    for (LaidOutLine& l : LayOutWords(by_rotation[r], frame_width, page, options)) {
      l.y0 = l.y1 = out.height / 2;
      out.lines.push_back(std::move(l));
    }
  }
  return out;
}

// ---------------------------------------------------------------- drawn boxes

std::vector<PositionedWord> FindDrawnCheckboxes(const GreyImage& image,
                                                const std::vector<PositionedWord>& text) {
  return FindDrawnCheckboxes(InkOfGrey(image), text);
}

std::vector<PositionedWord> FindDrawnCheckboxes(const InkBitmap& image,
                                                const std::vector<PositionedWord>& text) {
  std::vector<PositionedWord> out;
  const int width = image.width, height = image.height, n = image.words_per_row;
  if (!Usable(image)) return out;
  const double scale = image.dpi / 72.0;  // pixels per point
  auto dark = [&](int x, int y) { return image.dark(x, y); };
  // A form check box is 7 to 20 points wide and about square. Its frame may
  // touch a table rule, so it is found by its two sides: vertical strokes as
  // long as they are far apart, with a top and a bottom edge between them.
  const int min_side = std::max(5, static_cast<int>(7 * scale));
  const int max_side = static_cast<int>(20 * scale) + 1;
  // Pixels of long horizontal strokes (table rules) do not count towards
  // vertical strokes: a box touching a rule keeps sides of its own length.
  auto is_rule = [&](int x, int y) {
    if (!dark(x, y)) return false;
    int a = x, b = x;
    while (a > 0 && dark(a - 1, y) && b - a <= max_side + 2) --a;
    while (b + 1 < width && dark(b + 1, y) && b - a <= max_side + 2) ++b;
    return b - a + 1 > max_side + 2;
  };
  // The side pixels of each row: ink that is not a rule; and as a side may
  // step one pixel sideways (a scan turned a little), a pixel counts when it
  // or its right neighbour is such ink.
  std::vector<uint64_t> sides(n);
  auto side_row = [&](int y) {
    const uint64_t* row = image.row(y);
    std::copy(row, row + n, sides.begin());
    ForEachRun(row, n, [&](int a, int b) {
      if (b - a + 1 > max_side + 2) ClearBits(sides.data(), a, b);
    });
    for (int k = 0; k < n; ++k) sides[k] |= (sides[k] >> 1) | (k + 1 < n ? sides[k + 1] << 63 : 0);
    return sides.data();
  };
  // Vertical runs of side pixels; a run may skip one light pixel (a scan's
  // speckle).
  std::vector<FoundRun> found_runs;
  std::vector<int> open(width, -1), last(width, -1);
  auto close = [&](int x) {
    int len = last[x] - open[x] + 1;
    if (len >= min_side - 2 && len <= max_side) found_runs.push_back(FoundRun{x, open[x], last[x]});
    open[x] = -1;
  };
  FollowColumns(
      n, height, side_row,
      [&](int x, int y) {
        if (open[x] >= 0 && y - last[x] > 2) close(x);
        if (open[x] < 0) open[x] = y;
      },
      [&](int x, int y) { last[x] = y - 1; });
  for (int x = 0; x < width; ++x)
    if (open[x] >= 0) close(x);
  const RunTable runs = ByColumn(found_runs, width);
  struct Run {
    int y0, y1;
  };
  struct Box {
    int x0, y0, x1, y1;
    CheckboxState state;
  };
  std::vector<Box> found;
  for (int x = 0; x < width; ++x) {
    for (const auto* it = runs.begin(x); it != runs.end(x); ++it) {
      const Run left{it->first, it->second};
      int len = left.y1 - left.y0 + 1;
      int tol = std::max(3, static_cast<int>(0.15 * len));
      bool done = false;
      // The right side is about `len` to the right: in columns xa..xb.
      const int xa = std::max(x + len - tol, x + min_side / 2 + 1);
      const int xb = std::min(x + len + tol, width - 1);
      if (xa > xb) continue;
      // A quick refusal first (most sides are a letter's strokes): a box's
      // top and bottom edges are ink along 85% of its width; the columns up
      // to the nearest right side must have ink near where they may lie,
      // enough that the widest box could make up the rest.
      const int m = xa - x, spare = xb - xa + 1;
      const int band_max = std::max(2, static_cast<int>(std::lround(0.1 * (xb - x + 1))));
      auto may_edge = [&](int r0, int r1) {
        return InkColumns(image, x, xa - 1, r0, r1) * 100 >= 85 * m - 15 * spare;
      };
      if (!may_edge(left.y0 - tol - 1, left.y0 + band_max - 1) ||
          !may_edge(left.y1 - band_max + 1, left.y1 + tol + 1))
        continue;
      for (int x2 = xa; x2 <= xb && !done; ++x2) {
        // A column's runs are in order of y0 (closed row by row): only those
        // starting within `tol` of the left side's top can pair with it.
        auto first =
            std::lower_bound(runs.begin(x2), runs.end(x2), left.y0 - tol,
                             [](const std::pair<int, int>& r, int y) { return r.first < y; });
        for (auto r = first; r != runs.end(x2) && r->first <= left.y0 + tol; ++r) {
          const Run right{r->first, r->second};
          if (std::abs(right.y1 - left.y1) > tol) continue;
          // Sides cut short by a rule: the frame reaches into the rule's row.
          int top = std::min(left.y0, right.y0), bottom = std::max(left.y1, right.y1);
          if (top > 0 && is_rule(x, top - 1)) --top;
          if (bottom + 1 < height && is_rule(x, bottom + 1)) ++bottom;
          Box b{x, top, x2, bottom, CheckboxState::kNone};
          bool seen = false;
          for (const Box& f : found)
            if (b.x0 <= f.x1 && f.x0 <= b.x1 && b.y0 <= f.y1 && f.y0 <= b.y1) seen = true;
          if (seen) continue;
          // Top and bottom edges dark along 85% of their length, within a band.
          int w = b.x1 - b.x0 + 1, h = b.y1 - b.y0 + 1;
          if (w < min_side || h < min_side || w * 4 < h * 3 || h * 4 < w * 3) continue;
          int band = std::max(2, static_cast<int>(std::lround(0.1 * std::min(w, h))));
          auto edge = [&](int from, int to) {
            return InkColumns(image, b.x0, b.x1, from, to) * 100 >= w * 85;
          };
          if (!edge(b.y0, b.y0 + band - 1) || !edge(b.y1 - band + 1, b.y1)) continue;
          // Thin sides (a bold letter's strokes are thick for its size).
          auto thickness = [&](int y, int x) {
            int n = 0;
            for (int cx = x; cx >= 0 && dark(cx, y); --cx) ++n;
            for (int cx = x + 1; cx < width && dark(cx, y); ++cx) ++n;
            return n;
          };
          int mid = (b.y0 + b.y1) / 2, most = std::max(3, static_cast<int>(0.15 * w));
          if (thickness(mid, b.x0) > most || thickness(mid, b.x1) > most) continue;
          // Square corners (an 'o' or a '0' has round ones).
          auto corner = [&](int cx0, int cy0) {
            return InkPixels(image, cx0, cx0 + band - 1, cy0, cy0 + band - 1) * 4 >= band * band;
          };
          if (!corner(b.x0, b.y0) || !corner(b.x1 - band + 1, b.y0) ||
              !corner(b.x0, b.y1 - band + 1) || !corner(b.x1 - band + 1, b.y1 - band + 1))
            continue;
          // The inside: empty, or crossed/ticked (some ink but not a solid fill).
          int ix0 = b.x0 + band + 1, ix1 = b.x1 - band - 1;
          int iy0 = b.y0 + band + 1, iy1 = b.y1 - band - 1;
          if (ix1 - ix0 < 1 || iy1 - iy0 < 1) continue;
          int ink = InkPixels(image, ix0, ix1, iy0, iy1), area = (ix1 - ix0 + 1) * (iy1 - iy0 + 1);
          double ratio = static_cast<double>(ink) / area;
          b.state = ratio < 0.02   ? CheckboxState::kUnchecked
                    : ratio < 0.05 ? CheckboxState::kNone  // a speck: cannot tell
                    : ratio < 0.65 ? CheckboxState::kChecked
                                   : CheckboxState::kNone;  // a solid square
          if (b.state == CheckboxState::kNone) continue;
          found.push_back(b);
          done = true;
          break;
        }
      }
    }
  }
  for (const Box& b : found) {
    PositionedWord word;
    word.x0 = b.x0 / scale;
    word.x1 = (b.x1 + 1) / scale;
    word.y0 = b.y0 / scale;
    word.y1 = (b.y1 + 1) / scale;
    // A glyph or letter of the text layer is not a drawn box.
    bool on_text = false;
    double box_area = (word.x1 - word.x0) * (word.y1 - word.y0);
    for (const PositionedWord& t : text) {
      double ox = std::min(t.x1, word.x1) - std::max(t.x0, word.x0);
      double oy = std::min(t.y1, word.y1) - std::max(t.y0, word.y0);
      if (ox > 0 && oy > 0 && ox * oy > 0.3 * box_area) {
        on_text = true;
        break;
      }
    }
    if (on_text) continue;
    word.text = b.state == CheckboxState::kChecked ? "\u2612" : "\u2610";
    word.font_size = word.y1 - word.y0;
    out.push_back(std::move(word));
  }
  return out;
}

// ---------------------------------------------------------------- rules

namespace {

/// The runs of ink of at least `min_len` pixels along the rows (horizontal)
/// or the columns of `image`, found in one pass over its rows.
RunTable InkRuns(const InkBitmap& image, bool horizontal, int min_len) {
  const int width = image.width, height = image.height, n = image.words_per_row;
  if (horizontal) {
    RunTable t;
    t.start.reserve(height + 1);
    t.start.push_back(0);
    for (int y = 0; y < height; ++y) {
      ForEachRun(image.row(y), n, [&](int a, int b) {
        if (b - a + 1 >= min_len) t.runs.emplace_back(a, b);
      });
      t.start.push_back(static_cast<int>(t.runs.size()));
    }
    return t;
  }
  std::vector<FoundRun> found;
  std::vector<int> open(width, -1);
  FollowColumns(
      n, height, [&](int y) { return image.row(y); }, [&](int x, int y) { open[x] = y; },
      [&](int x, int y) {
        if (y - open[x] >= min_len) found.push_back(FoundRun{x, open[x], y - 1});
      });
  return ByColumn(found, width);
}

/// Joins runs into straight strokes: runs in rows (columns) at most 2 apart
/// that overlap or nearly touch along the axis belong to one stroke (a thin
/// rule on a scan is a staircase of short runs). A stroke is kept when it is
/// `min_len` long, at most `max_thickness` thick and mostly ink.
std::vector<RuleSegment> JoinStrokes(bool horizontal, const RunTable& runs, int min_len,
                                     int max_thickness, double scale) {
  const int gap = std::max(2, static_cast<int>(scale + 0.5));  // one point along the stroke
  struct Active {
    int first, last;  // across
    int from, to;     // along
    double sum;       // of the across positions, weighted by length
    long weight;      // ink along the stroke
    bool dead;
  };
  std::vector<RuleSegment> out;
  std::vector<Active> active, next;
  auto emit = [&](const Active& a) {
    int len = a.to - a.from + 1;
    if (len < min_len || a.last - a.first + 1 > max_thickness || a.weight * 10 < len * 6) return;
    RuleSegment r;
    r.horizontal = horizontal;
    r.pos = (a.sum / a.weight + 0.5) / scale;
    r.from = a.from / scale;
    r.to = (a.to + 1) / scale;
    r.width = (a.last - a.first + 1) / scale;
    out.push_back(r);
  };
  for (int c = 0; c < runs.lines(); ++c) {
    for (const auto* run = runs.begin(c); run != runs.end(c); ++run) {
      const auto [start, end] = *run;
      Active* into = nullptr;
      for (Active& s : active) {
        if (s.dead || s.last < c - 2 || s.to < start - gap || s.from > end + gap) continue;
        if (!into) {
          into = &s;
          continue;
        }
        // The run bridges two strokes: they are one.
        into->first = std::min(into->first, s.first);
        into->last = std::max(into->last, s.last);
        into->from = std::min(into->from, s.from);
        into->to = std::max(into->to, s.to);
        into->sum += s.sum;
        into->weight += s.weight;
        s.dead = true;
      }
      double len = end - start + 1;
      if (into) {
        into->last = c;
        into->from = std::min(into->from, start);
        into->to = std::max(into->to, end);
        into->sum += c * len;
        into->weight += static_cast<long>(len);
      } else {
        active.push_back(Active{c, c, start, end, c * len, static_cast<long>(len), false});
      }
    }
    next.clear();
    for (const Active& s : active) {
      if (s.dead) continue;
      if (s.last >= c - 2)
        next.push_back(s);
      else
        emit(s);
    }
    active.swap(next);
  }
  for (const Active& s : active)
    if (!s.dead) emit(s);
  return out;
}

}  // namespace

std::vector<RuleSegment> FindRules(const GreyImage& image) {
  return FindRules(InkOfGrey(image));
}

std::vector<RuleSegment> FindRules(const InkBitmap& image) {
  std::vector<RuleSegment> out;
  if (!Usable(image)) return out;
  const double scale = image.dpi / 72.0;
  int thick = std::max(3, static_cast<int>(3 * scale));  // a rule is at most 3 points thick
  int piece = std::max(3, static_cast<int>(4 * scale));  // pieces of a rule seen on a scan
  out = JoinStrokes(true, InkRuns(image, true, piece), static_cast<int>(15 * scale), thick, scale);
  std::vector<RuleSegment> v =
      JoinStrokes(false, InkRuns(image, false, piece), static_cast<int>(12 * scale), thick, scale);
  out.insert(out.end(), v.begin(), v.end());
  return out;
}

namespace {

/// True when the first code point of `s` is a lower-case ASCII or Latin-1
/// letter, a digit or a full stop: the text goes on inside a word.
bool ContinuesWord(const std::string& s) {
  if (s.empty()) return false;
  size_t i = 0;
  char32_t c = NextCodePoint(s, &i);
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '@' ||
         (c >= 0xDF && c <= 0xFF && c != 0xF7);
}

struct RowKey {
  bool ruled = false;
  double top = 0, bottom = 0;
};

}  // namespace

namespace {

/// Rules that lie on one line (within a point) and meet or nearly meet
/// (within three points) joined into one: a scanned rule comes in pieces.
std::vector<RuleSegment> ConsolidateRules(std::vector<RuleSegment> rules) {
  std::sort(rules.begin(), rules.end(), [](const RuleSegment& a, const RuleSegment& b) {
    if (a.horizontal != b.horizontal) return a.horizontal;
    return a.pos < b.pos;
  });
  std::vector<RuleSegment> out;
  size_t i = 0;
  while (i < rules.size()) {
    // One cluster: same direction, positions chained within a point.
    size_t j = i + 1;
    while (j < rules.size() && rules[j].horizontal == rules[i].horizontal &&
           rules[j].pos - rules[j - 1].pos <= 1.0)
      ++j;
    std::vector<RuleSegment> cluster(rules.begin() + static_cast<long>(i),
                                     rules.begin() + static_cast<long>(j));
    std::sort(cluster.begin(), cluster.end(),
              [](const RuleSegment& a, const RuleSegment& b) { return a.from < b.from; });
    RuleSegment cur = cluster[0];
    double weight = cur.to - cur.from, sum = cur.pos * weight;
    auto flush = [&] {
      if (weight > 0) cur.pos = sum / weight;
      out.push_back(cur);
    };
    for (size_t k = 1; k < cluster.size(); ++k) {
      const RuleSegment& r = cluster[k];
      if (r.from <= cur.to + 3) {
        cur.to = std::max(cur.to, r.to);
        cur.width = std::max(cur.width, r.width);
        weight += r.to - r.from;
        sum += r.pos * (r.to - r.from);
      } else {
        flush();
        cur = r;
        weight = r.to - r.from;
        sum = r.pos * weight;
      }
    }
    flush();
    i = j;
  }
  return out;
}

}  // namespace

void MergeTableRows(const std::vector<RuleSegment>& raw_rules, LaidOutPage* page) {
  if (raw_rules.empty() || page->lines.size() < 2) return;
  std::vector<RuleSegment> rules = ConsolidateRules(raw_rules);
  std::vector<const RuleSegment*> hs, vs;
  for (const RuleSegment& r : rules) (r.horizontal ? hs : vs).push_back(&r);
  if (hs.empty() || vs.empty()) return;
  const double kTol = 1.5;
  // The vertical rules left and right of x that run over [y0, y1].
  auto borders = [&](double x0, double x1, double y0, double y1, double* left, double* right) {
    *left = -1e18;
    *right = 1e18;
    for (const RuleSegment* v : vs) {
      if (v->from > y0 + kTol || v->to < y1 - kTol) continue;
      if (v->pos <= x0 + 0.5) *left = std::max(*left, v->pos);
      if (v->pos >= x1 - 0.5) *right = std::min(*right, v->pos);
    }
    return *left > -1e17 && *right < 1e17;
  };
  std::vector<RowKey> keys(page->lines.size());
  for (size_t i = 0; i < page->lines.size(); ++i) {
    const LaidOutLine& l = page->lines[i];
    if (l.line.cells.empty() || l.y1 <= l.y0) continue;
    const Cell& c = l.line.cells.front();
    double left, right;
    if (!borders(c.x0, c.x1, l.y0 + 1, l.y1 - 1, &left, &right)) continue;
    // The rules above and below that span the grid cell (an underline does not).
    double top = -1e18, bottom = 1e18;
    for (const RuleSegment* h : hs) {
      if (h->from > left + kTol + 1 || h->to < right - kTol - 1) continue;
      if (h->pos <= l.y0 + kTol) top = std::max(top, h->pos);
      if (h->pos >= l.y1 - kTol) bottom = std::min(bottom, h->pos);
    }
    if (top < -1e17 || bottom > 1e17) continue;
    keys[i] = RowKey{true, top, bottom};
  }
  // The grid columns of a row: vertical rules that run over most of it.
  auto cuts_of = [&](double top, double bottom) {
    std::vector<double> cuts;
    for (const RuleSegment* v : vs) {
      double ov = std::min(v->to, bottom) - std::max(v->from, top);
      if (ov >= 0.5 * (bottom - top)) cuts.push_back(v->pos);
    }
    std::sort(cuts.begin(), cuts.end());
    return cuts;
  };
  std::vector<LaidOutLine> out;
  out.reserve(page->lines.size());
  for (size_t i = 0; i < page->lines.size();) {
    size_t j = i + 1;
    if (keys[i].ruled) {
      while (j < page->lines.size() && keys[j].ruled &&
             std::fabs(keys[j].top - keys[i].top) < 0.5 &&
             std::fabs(keys[j].bottom - keys[i].bottom) < 0.5 &&
             page->lines[j].line.role == page->lines[i].line.role)
        ++j;
    }
    if (j - i < 2) {
      if (keys[i].ruled) {
        page->lines[i].in_table = true;
        page->lines[i].cuts = cuts_of(keys[i].top, keys[i].bottom);
      }
      out.push_back(std::move(page->lines[i]));
      i = j;
      continue;
    }
    std::vector<double> cuts = cuts_of(keys[i].top, keys[i].bottom);
    auto column_of = [&](const Cell& c) {
      double mid = (c.x0 + c.x1) / 2;
      return static_cast<int>(std::upper_bound(cuts.begin(), cuts.end(), mid) - cuts.begin());
    };
    // Two pieces of one visual line in one grid column: the columns are not
    // all ruled; leave the lines alone.
    bool clear = true;
    for (size_t k = i; k < j && clear; ++k) {
      std::vector<int> seen;
      for (const Cell& c : page->lines[k].line.cells) {
        int col = column_of(c);
        if (std::find(seen.begin(), seen.end(), col) != seen.end()) clear = false;
        seen.push_back(col);
      }
    }
    if (!clear) {
      for (size_t k = i; k < j; ++k) {
        page->lines[k].in_table = true;
        out.push_back(std::move(page->lines[k]));
      }
      i = j;
      continue;
    }
    struct Column {
      Cell cell;
      bool open = false;
      const Cell* last = nullptr;  // the piece last added
      double left_pad = 0;
      double font_size = 0;
    };
    std::map<int, std::vector<Column>> columns;
    LaidOutLine merged = page->lines[i];
    merged.line.cells.clear();
    for (size_t k = i; k < j; ++k) {
      const LaidOutLine& l = page->lines[k];
      merged.y0 = std::min(merged.y0, l.y0);
      merged.y1 = std::max(merged.y1, l.y1);
      for (const Cell& c : l.line.cells) {
        int col = column_of(c);
        std::vector<Column>& list = columns[col];
        bool box = c.checkbox != CheckboxState::kNone;
        // A second check box in one grid cell starts a cell of its own.
        if (list.empty() || (box && list.back().cell.checkbox != CheckboxState::kNone)) {
          Column fresh;
          fresh.cell = c;
          fresh.last = &c;
          double left = col > 0 && col - 1 < static_cast<int>(cuts.size()) ? cuts[col - 1] : c.x0;
          fresh.left_pad = std::max(0.0, c.x0 - left);
          fresh.font_size = l.font_size;
          list.push_back(fresh);
          continue;
        }
        Column& target = list.back();
        Cell& t = target.cell;
        // A word longer than its column was broken at the column's edge:
        // it fills its line to within a letter's width.
        double right = col < static_cast<int>(cuts.size()) ? cuts[col] : 1e18;
        bool broken = target.last->text.find(' ') == std::string::npos &&
                      target.last->x1 >= right - target.left_pad - 0.6 * target.font_size &&
                      ContinuesWord(c.text);
        if (!c.text.empty()) {
          if (!t.text.empty() && !broken) t.text += ' ';
          t.text += c.text;
        }
        if (box) t.checkbox = c.checkbox;
        t.x0 = std::min(t.x0, c.x0);
        t.x1 = std::max(t.x1, c.x1);
        target.last = &c;
      }
    }
    for (auto& [col, list] : columns)
      for (Column& c : list) merged.line.cells.push_back(std::move(c.cell));
    merged.in_table = true;
    merged.cuts = cuts;
    out.push_back(std::move(merged));
    i = j;
  }
  page->lines = std::move(out);
}

void EraseDrawing(const std::vector<RuleSegment>& rules, const std::vector<PositionedWord>& boxes,
                  int width, int height, double dpi, std::vector<unsigned char>* pixels) {
  if (width <= 0 || height <= 0 || dpi <= 0 || pixels->size() < static_cast<size_t>(width) * height)
    return;
  const double scale = dpi / 72.0;
  auto fill = [&](double x0, double y0, double x1, double y1) {
    int px0 = std::max(0, static_cast<int>(std::floor(x0 * scale)));
    int py0 = std::max(0, static_cast<int>(std::floor(y0 * scale)));
    int px1 = std::min(width - 1, static_cast<int>(std::ceil(x1 * scale)));
    int py1 = std::min(height - 1, static_cast<int>(std::ceil(y1 * scale)));
    for (int y = py0; y <= py1; ++y)
      std::fill(pixels->begin() + static_cast<size_t>(y) * width + px0,
                pixels->begin() + static_cast<size_t>(y) * width + px1 + 1, 255);
  };
  const double pad = 2.5 / scale;  // two pixels and a half around each stroke
  for (const RuleSegment& r : rules) {
    double half = r.width / 2 + pad;
    if (r.horizontal)
      fill(r.from, r.pos - half, r.to, r.pos + half);
    else
      fill(r.pos - half, r.from, r.pos + half, r.to);
  }
  for (const PositionedWord& b : boxes) fill(b.x0 - pad, b.y0 - pad, b.x1 + pad, b.y1 + pad);
}

std::vector<PositionedWord> FindUnreadInk(const GreyImage& image,
                                          const std::vector<PositionedWord>& read) {
  std::vector<PositionedWord> out;
  const int width = image.width, height = image.height;
  if (image.pixels == nullptr || width <= 0 || height <= 0 || image.stride < width ||
      image.dpi <= 0 || static_cast<double>(width) * height > 80e6)
    return out;
  const double scale = image.dpi / 72.0;
  auto dark = [&](int x, int y) {
    return image.pixels[static_cast<size_t>(y) * image.stride + x] < kInkBelow;
  };
  // Ink already read: a mask of the words' boxes, a point wider each way.
  std::vector<uint8_t> seen(static_cast<size_t>(width) * height, 0);
  for (const PositionedWord& w : read) {
    int x0 = std::max(0, static_cast<int>((w.x0 - 1) * scale));
    int x1 = std::min(width - 1, static_cast<int>((w.x1 + 1) * scale));
    int y0 = std::max(0, static_cast<int>((w.y0 - 1) * scale));
    int y1 = std::min(height - 1, static_cast<int>((w.y1 + 1) * scale));
    for (int y = y0; y <= y1; ++y)
      std::fill(seen.begin() + static_cast<size_t>(y) * width + x0,
                seen.begin() + static_cast<size_t>(y) * width + x1 + 1, 1);
  }
  struct Blob {
    int x0, y0, x1, y1;
  };
  std::vector<Blob> blobs;
  std::vector<int> stack;
  for (int y = 0; y < height; ++y) {
    for (int x = 0; x < width; ++x) {
      size_t at = static_cast<size_t>(y) * width + x;
      if (seen[at] || !dark(x, y)) continue;
      Blob b{x, y, x, y};
      long count = 0;
      seen[at] = 1;
      stack.assign(1, static_cast<int>(at));
      while (!stack.empty()) {
        int p = stack.back();
        stack.pop_back();
        ++count;
        int px = p % width, py = p / width;
        b.x0 = std::min(b.x0, px), b.x1 = std::max(b.x1, px);
        b.y0 = std::min(b.y0, py), b.y1 = std::max(b.y1, py);
        for (int dy = -1; dy <= 1; ++dy)
          for (int dx = -1; dx <= 1; ++dx) {
            int nx = px + dx, ny = py + dy;
            if (nx < 0 || ny < 0 || nx >= width || ny >= height) continue;
            size_t n = static_cast<size_t>(ny) * width + nx;
            if (seen[n] || !dark(nx, ny)) continue;
            seen[n] = 1;
            stack.push_back(static_cast<int>(n));
          }
      }
      double w = (b.x1 - b.x0 + 1) / scale, h = (b.y1 - b.y0 + 1) / scale;
      // A letter or digit: 3.5 to 24 points tall, not a hairline, some ink.
      if (h < 3.5 || h > 24 || w < 0.8 || w > 60 || h > 10 * w) continue;
      if (count < 2 * scale * scale) continue;
      blobs.push_back(b);
    }
  }
  // Blobs side by side at one height are one cluster (the digits of a number).
  std::sort(blobs.begin(), blobs.end(), [](const Blob& a, const Blob& b) { return a.x0 < b.x0; });
  std::vector<bool> used(blobs.size(), false);
  for (size_t i = 0; i < blobs.size() && out.size() < 200; ++i) {
    if (used[i]) continue;
    Blob c = blobs[i];
    used[i] = true;
    for (size_t j = i + 1; j < blobs.size(); ++j) {
      if (used[j]) continue;
      const Blob& b = blobs[j];
      int h = std::max(c.y1 - c.y0, b.y1 - b.y0) + 1;
      int ov = std::min(c.y1, b.y1) - std::max(c.y0, b.y0) + 1;
      if (b.x0 - c.x1 > h) break;
      if (ov * 2 < std::min(c.y1 - c.y0, b.y1 - b.y0) + 1) continue;
      c.x0 = std::min(c.x0, b.x0), c.x1 = std::max(c.x1, b.x1);
      c.y0 = std::min(c.y0, b.y0), c.y1 = std::max(c.y1, b.y1);
      used[j] = true;
    }
    PositionedWord region;
    // A margin of white helps OCR read a small place.
    const double margin = 5;
    region.x0 = std::max(0.0, c.x0 / scale - margin);
    region.y0 = std::max(0.0, c.y0 / scale - margin);
    region.x1 = std::min(width / scale, (c.x1 + 1) / scale + margin);
    region.y1 = std::min(height / scale, (c.y1 + 1) / scale + margin);
    out.push_back(region);
  }
  return out;
}

// ---------------------------------------------------------------- paragraphs

namespace {

/// True when `text` opens with a list marker: a bullet, a dash, or a number
/// followed by '.' or ')' and a space.
bool StartsWithListMarker(const std::string& text) {
  if (text.empty()) return false;
  size_t i = 0;
  char32_t c = NextCodePoint(text, &i);
  if (c == 0x2022 || c == 0x25CF || c == 0x25AA || c == 0x2013 || c == '-' || c == '*' ||
      c == 0x25E6 || c == 0xF0B7)
    return true;
  size_t k = 0;
  while (k < text.size() && text[k] >= '0' && text[k] <= '9') ++k;
  return k > 0 && k < 4 && k + 1 < text.size() && (text[k] == '.' || text[k] == ')') &&
         text[k + 1] == ' ';
}

/// The width of the first word of a one-cell line, estimated from its share
/// of the characters.
double FirstWordWidth(const Cell& c) {
  size_t all = Chars(c.text);
  if (all == 0) return 0;
  size_t space = c.text.find(' ');
  size_t first = Chars(space == std::string::npos ? c.text : c.text.substr(0, space));
  return (c.x1 - c.x0) * static_cast<double>(first) / static_cast<double>(all);
}

bool IsPlainLine(const LaidOutLine& l) {
  return l.line.cells.size() == 1 && l.line.cells[0].checkbox == CheckboxState::kNone &&
         !l.line.cells[0].text.empty() && !l.in_table && l.y1 > l.y0 &&
         l.line.role != LineRole::kFurniture;
}

}  // namespace

void JoinWrappedLines(LaidOutPage* page) {
  std::vector<LaidOutLine>& lines = page->lines;
  if (lines.size() < 2) return;
  // The right edge of the text block a line belongs to: the widest line
  // starting at the same left edge.
  auto right_edge = [&](const LaidOutLine& a) {
    double edge = a.line.cells[0].x1;
    for (const LaidOutLine& l : lines)
      if (IsPlainLine(l) && std::fabs(l.line.cells[0].x0 - a.line.cells[0].x0) <= 2)
        edge = std::max(edge, l.line.cells[0].x1);
    return edge;
  };
  std::vector<LaidOutLine> out;
  out.reserve(lines.size());
  size_t i = 0;
  while (i < lines.size()) {
    LaidOutLine para = std::move(lines[i]);
    ++i;
    if (!IsPlainLine(para)) {
      out.push_back(std::move(para));
      continue;
    }
    double edge = right_edge(para);
    double last_y0 = para.y0, last_x0 = para.line.cells[0].x0, last_x1 = para.line.cells[0].x1;
    bool first = true;
    while (i < lines.size()) {
      const LaidOutLine& next = lines[i];
      if (!IsPlainLine(next) || next.line.role != para.line.role) break;
      const Cell& a = para.line.cells[0];
      const Cell& b = next.line.cells[0];
      double fs = para.font_size;
      if (std::fabs(next.font_size - fs) > 0.5) break;
      double pitch = next.y0 - last_y0;
      if (pitch < 0.8 * fs || pitch > 1.5 * fs) break;
      // Continuation lines start at the paragraph's left edge (the first
      // line may be indented).
      bool aligned =
          std::fabs(b.x0 - last_x0) <= 2 || (first && b.x0 < last_x0 && last_x0 - b.x0 <= 40);
      if (!aligned || StartsWithListMarker(b.text)) break;
      // The line above was full: the next line's first word did not fit on it.
      if (last_x1 + 0.25 * fs + FirstWordWidth(b) < edge - 1) break;
      Cell& c = para.line.cells[0];
      c.text += ' ';
      c.text += b.text;
      c.x0 = std::min(a.x0, b.x0);
      c.x1 = std::max(a.x1, b.x1);
      para.y1 = std::max(para.y1, next.y1);
      last_y0 = next.y0;
      last_x0 = b.x0;
      last_x1 = b.x1;
      first = false;
      ++i;
    }
    out.push_back(std::move(para));
  }
  lines = std::move(out);
}

void JoinRowsAcrossPages(std::vector<LaidOutPage>* pages) {
  auto content = [](const LaidOutLine& l) {
    return l.line.role == LineRole::kContent && l.y1 > l.y0;
  };
  for (size_t p = 0; p + 1 < pages->size(); ++p) {
    LaidOutPage& a = (*pages)[p];
    LaidOutPage& b = (*pages)[p + 1];
    if (a.number + 1 != b.number) continue;
    LaidOutLine* last = nullptr;
    for (auto it = a.lines.rbegin(); it != a.lines.rend(); ++it)
      if (content(*it)) {
        last = &*it;
        break;
      }
    size_t first = b.lines.size();
    for (size_t k = 0; k < b.lines.size(); ++k)
      if (content(b.lines[k])) {
        first = k;
        break;
      }
    if (!last || first == b.lines.size()) continue;
    LaidOutLine& next = b.lines[first];
    // A paragraph that runs on: the page's last line is full, the next page
    // goes on in the same type at the same left edge, in lower case.
    if (IsPlainLine(*last) && IsPlainLine(next) &&
        std::fabs(last->font_size - next.font_size) <= 0.5 &&
        std::fabs(last->line.cells[0].x0 - next.line.cells[0].x0) <= 2 &&
        ContinuesWord(next.line.cells[0].text) && !StartsWithListMarker(next.line.cells[0].text)) {
      double edge = last->line.cells[0].x1;
      for (const LaidOutLine& l : a.lines)
        if (IsPlainLine(l) && std::fabs(l.line.cells[0].x0 - last->line.cells[0].x0) <= 2)
          edge = std::max(edge, l.line.cells[0].x1);
      if (last->line.cells[0].x1 + 0.25 * last->font_size + FirstWordWidth(next.line.cells[0]) >=
          edge - 1) {
        Cell& c = last->line.cells[0];
        c.text += ' ';
        c.text += next.line.cells[0].text;
        c.x1 = std::max(c.x1, next.line.cells[0].x1);
        b.lines.erase(b.lines.begin() + static_cast<long>(first));
        continue;
      }
    }
    if (!last->in_table || !next.in_table || last->cuts.size() < 2 ||
        last->cuts.size() != next.cuts.size())
      continue;
    bool same = true;
    for (size_t k = 0; k < last->cuts.size(); ++k)
      if (std::fabs(last->cuts[k] - next.cuts[k]) > 1.5) same = false;
    if (!same || last->y1 < 0.6 * a.height || next.y0 > 0.4 * b.height) continue;
    const std::vector<double>& cuts = last->cuts;
    auto column_of = [&](const Cell& c) {
      double mid = (c.x0 + c.x1) / 2;
      return std::upper_bound(cuts.begin(), cuts.end(), mid) - cuts.begin();
    };
    // The row goes on when the next page's piece leaves the first column
    // (where a new row would put its label) empty, or when it is one piece
    // going on, in lower case, with the text of the row's last cell, which
    // reaches its column's right edge.
    if (next.line.cells.empty() || last->line.cells.empty()) continue;
    auto first_col = column_of(last->line.cells.front());
    const Cell& tail = last->line.cells.back();
    auto tail_col = column_of(tail);
    bool runs_on = next.line.cells.size() == 1 && column_of(next.line.cells[0]) == tail_col &&
                   ContinuesWord(next.line.cells[0].text) &&
                   tail_col < static_cast<long>(cuts.size()) &&
                   tail.x1 + 0.25 * last->font_size + FirstWordWidth(next.line.cells[0]) >=
                       cuts[tail_col] - (tail_col > 0 ? tail.x0 - cuts[tail_col - 1] : 6) - 1;
    if (column_of(next.line.cells.front()) <= first_col && !runs_on) continue;
    bool boxes = false;
    for (const Cell& c : next.line.cells) boxes |= c.checkbox != CheckboxState::kNone;
    if (boxes) continue;
    for (const Cell& c : next.line.cells) {
      auto col = column_of(c);
      Cell* into = nullptr;
      for (Cell& t : last->line.cells)
        if (column_of(t) == col) into = &t;
      if (into) {
        if (!into->text.empty() && !c.text.empty()) into->text += ' ';
        into->text += c.text;
        into->x0 = std::min(into->x0, c.x0);
        into->x1 = std::max(into->x1, c.x1);
      } else {
        auto pos = std::find_if(last->line.cells.begin(), last->line.cells.end(),
                                [&](const Cell& t) { return column_of(t) > col; });
        last->line.cells.insert(pos, c);
      }
    }
    b.lines.erase(b.lines.begin() + static_cast<long>(first));
  }
}

// ---------------------------------------------------------------- roles

namespace {

/// The line's cells joined by single spaces.
std::string JoinedText(const Line& line) {
  std::string s;
  for (const Cell& c : line.cells) {
    if (c.text.empty()) continue;
    if (!s.empty()) s += ' ';
    s += c.text;
  }
  return s;
}

/// True for a page number in any common dress: "3", "- 3 -", "3 (7)", "3/7",
/// "<word> 3", "<word> 3 <word> 7" (a word being at most six letters).
bool LooksLikePageNumber(const std::string& text) {
  if (text.empty() || text.size() > 24) return false;
  int numbers = 0, words = 0, tokens = 0;
  bool number_seen = false;
  for (size_t i = 0; i < text.size();) {
    unsigned char c = text[i];
    if (c >= '0' && c <= '9') {
      size_t j = i;
      while (j < text.size() && text[j] >= '0' && text[j] <= '9') ++j;
      if (j - i > 4) return false;
      ++numbers;
      ++tokens;
      number_seen = true;
      i = j;
    } else if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c >= 0x80) {
      size_t j = i;
      size_t letters = 0;
      while (j < text.size()) {
        unsigned char d = text[j];
        if (!((d >= 'A' && d <= 'Z') || (d >= 'a' && d <= 'z') || d >= 0x80)) break;
        if ((d & 0xC0) != 0x80) ++letters;
        ++j;
      }
      if (letters > 6) return false;
      ++words;
      ++tokens;
      i = j;
    } else if (c == ' ' || c == '-' || c == '(' || c == ')' || c == '/' || c == '.' || c == '[' ||
               c == ']' || c == '|') {
      ++i;
    } else {
      return false;
    }
  }
  return number_seen && numbers <= 2 && words <= 2 && tokens <= 4;
}

/// `text` with every digit run replaced by '#' and spaces squeezed: the key of
/// a running header or footer.
std::string FurnitureKey(const std::string& text) {
  std::string k;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c >= '0' && c <= '9') {
      if (k.empty() || k.back() != '#') k += '#';
    } else if (c == ' ') {
      if (!k.empty() && k.back() != ' ') k += ' ';
    } else {
      k += c;
    }
  }
  return k;
}

/// True when the first character of `text` is a digit, a superscript digit or '*'.
bool StartsLikeNote(const std::string& text) {
  if (text.empty()) return false;
  size_t i = 0;
  char32_t c = NextCodePoint(text, &i);
  return (c >= '0' && c <= '9') || IsSuperscriptDigit(c) || c == '*';
}

/// True when the first character of `text` is a superscript digit.
bool StartsWithSuperscript(const std::string& text) {
  if (text.empty()) return false;
  size_t i = 0;
  return IsSuperscriptDigit(NextCodePoint(text, &i));
}

}  // namespace

void MarkPageRoles(std::vector<LaidOutPage>* pages, const LayoutOptions& options) {
  // Lines of text set at another angle than the page's have no height: they
  // take part in none of the tests below.
  auto placed = [](const LaidOutLine& l) { return l.y1 > l.y0; };
  // Page numbers: a number-like line first or last on its page, in the margin band.
  for (LaidOutPage& p : *pages) {
    if (p.height <= 0) continue;
    std::vector<size_t> ends;
    for (size_t i = 0; i < p.lines.size(); ++i)
      if (placed(p.lines[i])) {
        if (ends.empty()) ends.push_back(i);
        if (ends.size() == 2)
          ends.back() = i;
        else
          ends.push_back(i);
      }
    double top = options.margin_band * p.height, bottom = (1 - options.margin_band) * p.height;
    for (size_t idx : ends) {
      LaidOutLine& l = p.lines[idx];
      if ((l.y1 <= top || l.y0 >= bottom) && LooksLikePageNumber(JoinedText(l.line)))
        l.line.role = LineRole::kFurniture;
    }
  }
  // Running headers and footers: the same text (digits aside) at the same
  // height in the margin band of at least half the pages (two at least).
  size_t npages = 0;
  for (const LaidOutPage& p : *pages)
    if (!p.lines.empty()) ++npages;
  if (npages >= 2) {
    struct Hit {
      LaidOutLine* line;
      double pos;
    };
    std::map<std::string, std::vector<Hit>> hits;
    for (LaidOutPage& p : *pages) {
      if (p.height <= 0) continue;
      double top = options.margin_band * p.height, bottom = (1 - options.margin_band) * p.height;
      size_t n = p.lines.size();
      for (size_t i = 0; i < n; ++i) {
        if (i >= 3 && i + 3 < n) continue;
        LaidOutLine& l = p.lines[i];
        std::string text = JoinedText(l.line);
        if (text.empty() || !placed(l)) continue;
        if (l.y1 <= top)
          hits["T" + FurnitureKey(text)].push_back(Hit{&l, l.y0});
        else if (l.y0 >= bottom)
          hits["B" + FurnitureKey(text)].push_back(Hit{&l, p.height - l.y1});
      }
    }
    size_t needed = std::max<size_t>(2, (npages + 1) / 2);
    for (auto& [key, list] : hits) {
      if (list.size() < needed) continue;
      std::vector<double> pos;
      for (const Hit& h : list) pos.push_back(h.pos);
      double mid = Median(pos);
      size_t near = 0;
      for (const Hit& h : list)
        if (std::fabs(h.pos - mid) <= 5) ++near;
      if (near < needed) continue;
      for (const Hit& h : list)
        if (std::fabs(h.pos - mid) <= 5) h.line->line.role = LineRole::kFurniture;
    }
  }
  // Footnotes: the document's body size is the size most characters are set in.
  std::map<double, size_t> weight;
  for (const LaidOutPage& p : *pages)
    for (const LaidOutLine& l : p.lines)
      if (l.line.role == LineRole::kContent)
        weight[std::round(l.font_size * 4) / 4] += JoinedText(l.line).size() + 1;
  double body = 0;
  size_t best = 0;
  for (const auto& [fs, w] : weight)
    if (w > best) {
      body = fs;
      best = w;
    }
  if (body <= 0) return;
  auto small = [&](const LaidOutLine& l) { return l.font_size <= 0.9 * body; };
  for (LaidOutPage& p : *pages) {
    size_t n = p.lines.size();
    // A note at the foot of the page: the first small-type line starting with
    // a note number in the lower half, after which every line is small type.
    size_t start = n;
    for (size_t i = n; i-- > 0;) {
      LaidOutLine& l = p.lines[i];
      if (l.line.role == LineRole::kFurniture || !placed(l)) continue;
      if (!small(l) || l.y0 < 0.5 * p.height) break;
      if (StartsLikeNote(JoinedText(l.line))) start = i;
    }
    for (size_t i = start; i < n; ++i)
      if (p.lines[i].line.role == LineRole::kContent && placed(p.lines[i]))
        p.lines[i].line.role = LineRole::kFootnote;
    // A note elsewhere (the page broke before the foot): small type starting
    // with a superscript number, and the small-type lines right after it.
    for (size_t i = 0; i < start; ++i) {
      LaidOutLine& l = p.lines[i];
      if (l.line.role != LineRole::kContent || !placed(l) || !small(l)) continue;
      if (!StartsWithSuperscript(JoinedText(l.line))) continue;
      l.line.role = LineRole::kFootnote;
      for (size_t j = i + 1; j < start; ++j) {
        LaidOutLine& m = p.lines[j];
        const LaidOutLine& prev = p.lines[j - 1];
        if (m.line.role != LineRole::kContent || !placed(m) || !small(m) ||
            std::fabs(m.font_size - l.font_size) > 0.5 || m.y0 - prev.y1 > l.font_size)
          break;
        m.line.role = LineRole::kFootnote;
        i = j;
      }
    }
  }
}

}  // namespace redovis
