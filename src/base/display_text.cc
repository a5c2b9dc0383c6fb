#include "base/display_text.h"

#include <cstdio>

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

}  // namespace

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
