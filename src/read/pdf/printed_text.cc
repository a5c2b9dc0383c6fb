#include "read/pdf/printed_text.h"

#include <algorithm>
#include <cmath>
#include <map>

#include "read/pdf/word_text.h"

namespace redovis {

namespace {

constexpr size_t kMinWords = 30;                          // fewer prove no grid
constexpr double kWidthTolerance = 0.03;                  // of the advance, per character
constexpr double kGridTolerance = 0.1;                    // of a column or a row
constexpr double kMinAdvance = 0.45, kMaxAdvance = 0.75;  // of the font size
constexpr double kMinPitch = 0.9;                         // of the font size
constexpr char kNote[] =
    "the PDF is a text printed in a fixed-width font (every word on one "
    "grid of columns and lines); it was read as that text";

/// True when `v` lies within kGridTolerance of a whole number.
bool OnGrid(double v) {
  return std::fabs(v - std::round(v)) <= kGridTolerance;
}

/// The grid every word stands on: its origin, column advance and line pitch.
struct Grid {
  double left = 0, top = 0, advance = 0, pitch = 0;
};

bool FindGrid(const std::vector<PositionedPage>& pages, Grid* grid) {
  std::vector<double> advances;
  double size = -1;
  double left = 1e300, top = 1e300;
  for (const PositionedPage& p : pages) {
    if (p.ocr || !p.rules.empty()) return false;
    for (const PositionedWord& w : p.words) {
      const size_t n = Chars(w.text);
      if (n == 0 || w.rotation != 0 || !(w.font_size > 0) || !(w.x1 > w.x0)) return false;
      if (size < 0) size = w.font_size;
      if (std::fabs(w.font_size - size) > 0.01 * size) return false;
      advances.push_back((w.x1 - w.x0) / static_cast<double>(n));
      left = std::min(left, w.x0);
      top = std::min(top, w.y0);
    }
  }
  if (advances.size() < kMinWords) return false;
  const double advance = Median(advances);
  if (advance < kMinAdvance * size || advance > kMaxAdvance * size) return false;
  double pitch = 1e300;
  for (const PositionedPage& p : pages) {
    std::vector<double> tops;
    for (const PositionedWord& w : p.words) {
      const double n = static_cast<double>(Chars(w.text));
      if (std::fabs((w.x1 - w.x0) / n - advance) > kWidthTolerance * advance) return false;
      if (!OnGrid((w.x0 - left) / advance)) return false;
      tops.push_back(w.y0);
    }
    std::sort(tops.begin(), tops.end());
    for (size_t i = 1; i < tops.size(); ++i)
      if (tops[i] - tops[i - 1] > kGridTolerance * size)
        pitch = std::min(pitch, tops[i] - tops[i - 1]);
  }
  if (pitch > 1e299 || pitch < kMinPitch * size) return false;
  for (const PositionedPage& p : pages)
    for (const PositionedWord& w : p.words)
      if (!OnGrid((w.y0 - top) / pitch)) return false;
  *grid = Grid{left, top, advance, pitch};
  return true;
}

}  // namespace

bool PrintedText(const std::vector<PositionedPage>& pages, std::string* text) {
  Grid grid;
  if (!FindGrid(pages, &grid)) return false;
  std::string out;
  for (const PositionedPage& p : pages) {
    // Each row's words by column; rows and columns counted from the grid's origin.
    std::map<long, std::map<long, const PositionedWord*>> rows;
    for (const PositionedWord& w : p.words) {
      const PositionedWord*& at = rows[std::lround((w.y0 - grid.top) / grid.pitch)]
                                      [std::lround((w.x0 - grid.left) / grid.advance)];
      if (at != nullptr) return false;  // two words at one place
      at = &w;
    }
    long row = 0;
    for (const auto& [at, words] : rows) {
      for (; row < at; ++row) out += '\n';
      long column = 0;  // columns written on this line
      for (const auto& [col, w] : words) {
        if (col < column) return false;  // words over each other: no text's line
        for (; column < col; ++column) out += ' ';
        out += w->text;
        column += static_cast<long>(Chars(w->text));
      }
      out += '\n';
      row = at + 1;
    }
    out += '\f';
  }
  *text = std::move(out);
  return true;
}

std::string PrintedTextNote() {
  return kNote;
}

bool IsPrintedTextNote(const std::string& warning) {
  return warning == kNote;
}

}  // namespace redovis
