#include "base/display_text.h"

#include <unicode/uchar.h>

#include <cstdio>
#include <vector>

#include "base/utf8.h"

namespace redovis {

namespace {

/// The control picture of a C0 control or DEL.
UChar32 ControlPicture(unsigned char c) {
  return c == 0x7F ? 0x2421 : 0x2400 + c;
}

/// True for the code points DisplayText writes as `\uXXXX`.
bool ShownAsEscape(UChar32 c) {
  return (c >= 0x80 && c <= 0x9F) || c == 0x2028 || c == 0x2029 || (c >= 0x202A && c <= 0x202E) ||
         (c >= 0x2066 && c <= 0x2069);
}

/// The columns one code point takes (see DisplayWidth).
size_t CodePointWidth(UChar32 c) {
  int8_t category = u_charType(c);
  if (category == U_NON_SPACING_MARK || category == U_ENCLOSING_MARK || category == U_FORMAT_CHAR)
    return 0;
  int eaw = u_getIntPropertyValue(c, UCHAR_EAST_ASIAN_WIDTH);
  return eaw == U_EA_WIDE || eaw == U_EA_FULLWIDTH ? 2 : 1;
}

}  // namespace

size_t DisplayWidth(std::string_view text) {
  size_t width = 0, i = 0;
  while (i < text.size()) width += CodePointWidth(NextCodePoint(text, &i));
  return width;
}

std::string FitDisplayWidth(std::string_view text, size_t width) {
  if (DisplayWidth(text) <= width) return std::string(text);
  if (width == 0) return "";
  // Code points with their byte offsets and widths.
  struct Piece {
    size_t begin, end, width;
  };
  std::vector<Piece> pieces;
  for (size_t i = 0; i < text.size();) {
    size_t begin = i;
    UChar32 c = NextCodePoint(text, &i);
    pieces.push_back({begin, i, CodePointWidth(c)});
  }
  const size_t room = width - 1;  // the ellipsis takes one column
  const size_t head_room = room / 3;
  size_t head = 0, used = 0;
  while (head < pieces.size() && used + pieces[head].width <= head_room)
    used += pieces[head++].width;
  size_t tail = pieces.size();
  while (tail > head && used + pieces[tail - 1].width <= room) used += pieces[--tail].width;
  std::string out(text.substr(0, head == 0 ? 0 : pieces[head - 1].end));
  out += "\xE2\x80\xA6";  // …
  if (tail < pieces.size()) out += text.substr(pieces[tail].begin);
  return out;
}

std::string DisplayText(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  size_t i = 0;
  while (i < text.size()) {
    unsigned char b = static_cast<unsigned char>(text[i]);
    if (b < 0x80) {
      ++i;
      if (b == '\t' || (b >= 0x20 && b != 0x7F))
        out += static_cast<char>(b);
      else if (b == '\n')
        AppendUtf8(0x23CE, &out);
      else
        AppendUtf8(ControlPicture(b), &out);
      continue;
    }
    UChar32 c = NextCodePoint(text, &i);
    if (ShownAsEscape(c)) {
      char hex[8];
      std::snprintf(hex, sizeof hex, "\\u%04x", static_cast<unsigned>(c));
      out += hex;
    } else {
      AppendUtf8(c, &out);
    }
  }
  return out;
}

std::string PictureControls(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char ch : text) {
    unsigned char b = static_cast<unsigned char>(ch);
    if ((b < 0x20 && b != '\t' && b != '\r' && b != '\n') || b == 0x7F)
      AppendUtf8(ControlPicture(b), &out);
    else
      out += ch;
  }
  return out;
}

}  // namespace redovis
