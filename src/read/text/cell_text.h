// The text a table cell gathers while a markup reader walks it, piece by
// piece: pieces joined by one space, a paragraph break ("\n") where the
// markup ends a paragraph inside the cell, no separator at the start or the
// end. One home for that joining, used by the HTML scanner (html_markup.h,
// character by character) and the AsciiDoc / MediaWiki readers
// (markup_tables.h, line by line).
//
// A cell may be given a limit: text past it empties the cell (Take gives
// ""), so a hostile file cannot make one cell hold the whole document.
// Owns its text; never fails, never throws but bad_alloc.
#ifndef REDOVIS_READ_TEXT_CELL_TEXT_H_
#define REDOVIS_READ_TEXT_CELL_TEXT_H_

#include <cstddef>
#include <limits>
#include <string>
#include <string_view>

namespace redovis {

class CellText {
 public:
  /// A cell that holds at most `max_bytes` of text (no limit by default).
  explicit CellText(size_t max_bytes = std::numeric_limits<size_t>::max())
      : max_bytes_(max_bytes) {}

  /// A space before the next text (nothing when the cell is still empty).
  void Space() { space_ = !text_.empty(); }
  /// A paragraph break before the next text (nothing when the cell is still
  /// empty); a break wins over a space.
  void Break() { break_ = !text_.empty(); }
  /// Appends `text` as it is, after the pending break or space. Past the
  /// limit the cell overflows: Take gives "".
  void Append(std::string_view text);
  /// Appends a line's piece of the cell, trimmed of spaces: a blank piece is
  /// a paragraph break, other pieces follow the text before them after a
  /// space (or the pending break).
  void AddLine(std::string_view piece);
  /// True when the cell has no text and has not overflowed.
  bool Empty() const { return text_.empty() && !overflow_; }
  /// The text ("" after an overflow); the cell starts again, empty, with
  /// its limit.
  std::string Take();

 private:
  std::string text_;
  size_t max_bytes_;
  bool space_ = false;
  bool break_ = false;
  bool overflow_ = false;
};

}  // namespace redovis

#endif  // REDOVIS_READ_TEXT_CELL_TEXT_H_
