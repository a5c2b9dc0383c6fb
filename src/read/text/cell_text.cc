// A table cell's text gathered piece by piece. See cell_text.h.
#include "read/text/cell_text.h"

#include <utility>

namespace redovis {

void CellText::Append(std::string_view text) {
  if (text.empty() || overflow_) return;
  if (!text_.empty()) {
    if (break_)
      text_ += '\n';
    else if (space_)
      text_ += ' ';
  }
  break_ = space_ = false;
  if (text_.size() + text.size() > max_bytes_) {
    overflow_ = true;
    text_.clear();
    return;
  }
  text_.append(text);
}

void CellText::AddLine(std::string_view piece) {
  size_t b = piece.find_first_not_of(" \t\r");
  if (b == std::string_view::npos) {
    Break();
    return;
  }
  size_t e = piece.find_last_not_of(" \t\r");
  Space();
  Append(piece.substr(b, e - b + 1));
}

std::string CellText::Take() {
  std::string t = overflow_ ? std::string() : std::move(text_);
  *this = CellText(max_bytes_);
  return t;
}

}  // namespace redovis
