#include "match/option_boxes.h"

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "base/utf8.h"
#include "read/glyphs.h"

namespace redovis {

namespace {

// The glyphs' states in `text`, in order.
std::vector<CheckboxState> Glyphs(std::string_view text) {
  std::vector<CheckboxState> out;
  for (size_t i = 0; i < text.size();) {
    CheckboxState s = UnicodeBoxState(NextCodePoint(text, &i));
    if (s != CheckboxState::kNone) out.push_back(s);
  }
  return out;
}

bool Blank(const Cell& c) {
  return c.text.empty() && c.checkbox == CheckboxState::kNone;
}

// A box and nothing else: a drawn or typed box's cell, or its glyph alone.
bool BoxAlone(const Cell& c, const std::function<bool(const Cell&)>& is_marked) {
  if (c.checkbox != CheckboxState::kNone || is_marked(c)) return true;
  size_t i = 0;
  std::string_view t = c.text;
  while (!t.empty() && t.back() == ' ') t.remove_suffix(1);
  while (!t.empty() && t.front() == ' ') t.remove_prefix(1);
  if (t.empty()) return false;
  CheckboxState s = UnicodeBoxState(NextCodePoint(t, &i));
  return s != CheckboxState::kNone && i == t.size();
}

// The state of the box `text` ends in (trailing spaces aside), or kNone.
CheckboxState ClosingBox(std::string_view text) {
  while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
  if (text.empty()) return CheckboxState::kNone;
  size_t start = text.size() - 1;
  while (start > 0 && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) --start;
  size_t i = start;
  return UnicodeBoxState(NextCodePoint(text, &i));
}

}  // namespace

int TickedBoxes(const Line& line, const std::function<bool(const Cell&)>& is_marked) {
  int n = 0;
  for (const Cell& c : line.cells) {
    if (is_marked(c)) {
      ++n;
      continue;
    }
    if (c.checkbox != CheckboxState::kNone) continue;
    for (CheckboxState s : Glyphs(c.text))
      if (s == CheckboxState::kChecked) ++n;
  }
  return n;
}

bool TickedBesideOption(const Line& line, size_t cell,
                        const std::function<bool(const Cell&)>& is_marked) {
  const auto& cells = line.cells;
  size_t boxes = 0;
  for (const Cell& c : cells)
    boxes += (c.checkbox != CheckboxState::kNone || is_marked(c)) ? 1 : Glyphs(c.text).size();
  if (boxes <= 1) {
    for (size_t j = 0; j < cells.size(); ++j)
      if (j != cell && is_marked(cells[j])) return true;
    return false;
  }
  size_t first = cells.size(), last = 0;
  for (size_t j = 0; j < cells.size(); ++j)
    if (!Blank(cells[j])) first = std::min(first, j), last = j;
  if (first >= cells.size() || cell >= cells.size()) return false;
  const bool opens_box = BoxAlone(cells[first], is_marked);
  const bool closes_box =
      BoxAlone(cells[last], is_marked) || ClosingBox(cells[last].text) != CheckboxState::kNone;
  if (opens_box && !closes_box && cell > first) {
    size_t prev = cell - 1;
    while (prev > first && Blank(cells[prev])) --prev;
    const Cell& p = cells[prev];
    if (is_marked(p)) return true;
    return p.checkbox == CheckboxState::kNone && ClosingBox(p.text) == CheckboxState::kChecked;
  }
  if (!opens_box && closes_box) return ClosingBox(cells[cell].text) == CheckboxState::kChecked;
  return false;
}

}  // namespace redovis
