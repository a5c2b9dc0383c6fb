// The plain-text reader: decoded text split into lines at \n, \r\n or \r,
// pages at form feeds, cells at tabs.
#include "redovis/readers.h"
#include "text_decoder.h"

namespace redovis {

Status ReadText(std::string_view bytes, Document* out) {
  DecodedText decoded;
  Status s = DecodeText(bytes, &decoded);
  if (!s.ok()) return s;
  *out = Document();
  out->format = "text";
  out->encoding = decoded.encoding;
  out->confidence = decoded.confidence;
  const std::string& t = decoded.utf8;
  int page = 1, number = 0;
  bool saw_form_feed = false;
  size_t i = 0;
  while (i <= t.size()) {
    size_t end = t.find_first_of("\r\n\f", i);
    if (end == std::string::npos) end = t.size();
    Line line;
    line.page = page;
    line.number = ++number;
    size_t b = i;
    for (size_t k = i; k <= end; ++k) {
      if (k == end || t[k] == '\t') {
        Cell c;
        c.text = t.substr(b, k - b);
        line.cells.push_back(std::move(c));
        b = k + 1;
      }
    }
    if (end == t.size()) {
      if (!(line.cells.size() == 1 && line.cells[0].text.empty() && number > 1))
        out->lines.push_back(std::move(line));
      break;
    }
    out->lines.push_back(std::move(line));
    char c = t[end];
    i = end + 1;
    if (c == '\r' && i < t.size() && t[i] == '\n') ++i;
    if (c == '\f') {
      ++page;
      saw_form_feed = true;
    }
  }
  if (saw_form_feed) {
    out->page_count = page;
  } else {
    for (Line& l : out->lines) l.page = 0;
  }
  return Status();
}

}  // namespace redovis
