#include "read/text/quoted_text.h"

#include <algorithm>

#include "base/text_util.h"
#include "base/utf8.h"
#include "redovis/document.h"

namespace redovis {
namespace {

// The lines of `t` (at '\n'), a '\r' before the break and form feeds
// left out of none: Rewrapped's view of a text and its unquoted copy.
std::vector<std::string_view> LinesOf(std::string_view t) {
  std::vector<std::string_view> out;
  for (size_t b = 0; b <= t.size();) {
    size_t e = t.find('\n', b);
    if (e == std::string_view::npos) e = t.size();
    out.push_back(t.substr(b, e - b));
    b = e + 1;
  }
  return out;
}

// `line`'s columns as shown: its code points, a form feed and a '\r' none.
size_t ShownWidth(std::string_view line) {
  size_t n = CodePointCount(line);
  for (char c : line)
    if (c == '\f' || c == '\r') --n;
  return n;
}

// A line's text without its blanks and a page's form feed before it.
std::string_view Content(std::string_view line) {
  std::string_view l = TrimBlanks(line);
  if (!l.empty() && l.front() == '\f') l = TrimBlanks(l.substr(1));
  return l;
}

// The first word of a line: Rewrapped's view of a break.
std::string_view FirstWord(std::string_view line) {
  return line.substr(0, line.find(' '));
}

}  // namespace

// True when every line of `t` that is not blank starts with '>' (after
// spaces), three or more, or ten or more do and at least a third: a text quoted
// in an e-mail reply, whole or answered line by line under its quoted
// questions (a few quoted lines in a letter are a quotation in it).
bool Quoted(std::string_view t) {
  size_t quoted = 0, filled = 0;
  for (size_t b = 0; b < t.size();) {
    size_t e = t.find('\n', b);
    if (e == std::string_view::npos) e = t.size();
    std::string_view line = t.substr(b, e - b);
    size_t f = line.find_first_not_of(" \t\r\f");
    if (f != std::string_view::npos) {
      ++filled;
      if (line[f] == '>') ++quoted;
    }
    b = e + 1;
  }
  return quoted >= 3 && (quoted == filled || (quoted >= 10 && 3 * quoted >= filled));
}

// `t` with one level of e-mail quoting taken off each line: the '>' and one
// space after it. Line breaks and form feeds stay where they were. A form
// feed starts a quoted line only where a '>' follows it (after spaces): in
// "> \f    text" (a page quoted line by line) the spaces are the line's own.
std::string Unquote(std::string_view t) {
  std::string out;
  out.reserve(t.size());
  bool line_start = true;
  for (size_t k = 0; k < t.size(); ++k) {
    char c = t[k];
    if (line_start && c == '>') {
      if (k + 1 < t.size() && t[k + 1] == ' ') ++k;
      line_start = false;
      continue;
    }
    if (c == '\f') {
      size_t next = t.find_first_not_of(" \t", k + 1);
      line_start = next != std::string_view::npos && t[next] == '>';
    } else if (c != ' ' && c != '\t') {
      line_start = c == '\n' || c == '\r';
    }
    if (line_start && c != '\n' && c != '\r' && c != '\f') continue;  // spaces before '>'
    out += c;
  }
  return out;
}

// True when `quoted`, a text quoted in a reply, is a laid-out text whose
// quoted lines the mail program re-wrapped at its width (72 columns, the
// quote counted): `unquoted` (the same lines without their quoting) holds
// eight or more lines of two cells or more (a gap of two spaces), no
// quoted line with a space between its words is wider than 80 columns, and
// three or more lines are followed by a line at column 0 whose first word
// would not have fitted on them within the widest such line. The wrap broke
// long lines in two and left each tail at column 0 after the quote, where
// the cell it belongs to is no longer told.
// `*broken_cells` (when given) gets the index of each line of two cells or more
// so followed: a break that may have been at a space inside its last cell.
bool Rewrapped(std::string_view quoted, std::string_view unquoted,
               std::vector<size_t>* broken_cells) {
  const std::vector<std::string_view> q = LinesOf(quoted), u = LinesOf(unquoted);
  if (q.size() != u.size()) return false;
  size_t widest = 0, columns = 0;
  std::vector<size_t> width(q.size(), 0);
  for (size_t k = 0; k < u.size(); ++k) {
    std::string_view l = Content(u[k]);
    if (l.find(' ') == std::string_view::npos) continue;  // one word: never broken
    width[k] = ShownWidth(q[k]);
    widest = std::max(widest, width[k]);
    if (l.find("  ") != std::string_view::npos) ++columns;
  }
  if (widest > 80 || columns < 8) return false;
  size_t broken = 0;
  for (size_t k = 0; k + 1 < u.size(); ++k) {
    std::string_view next = u[k + 1];
    if (width[k] == 0 || next.empty() || next.front() == ' ' || next.front() == '\f' ||
        next.front() == '\r')
      continue;
    if (width[k] + 1 + ShownWidth(FirstWord(next)) <= widest) continue;
    ++broken;
    std::string_view l = Content(u[k]);
    size_t last = l.rfind(' ');
    // (A box or a mark, one character, is no cell's words going on.)
    if (broken_cells && l.find("  ") != std::string_view::npos &&
        CodePointCount(l.substr(last + 1)) > 1)
      broken_cells->push_back(k);
  }
  return broken >= 3;
}

// True when `t` holds a forwarded message's header: a line of five dashes
// or more on each side of its words ("-----Original Message-----"), then
// three lines or more of a field's name, a colon and its value ("From: ...
// <a@b.se>"), one of them holding an address's '@'. The text is a mail's,
// whose lines below the header the mail program may have re-wrapped as it
// forwarded them, without quoting them.
bool ForwardedInMail(std::string_view t) {
  if (t.find("-----") == std::string_view::npos) return false;  // no separator: no lines split
  const std::vector<std::string_view> lines = LinesOf(t);
  auto dashes = [](std::string_view l) {
    if (!l.empty() && l.back() == '\r') l.remove_suffix(1);
    return l.size() > 10 && l.find_first_not_of('-') >= 5 &&
           l.size() - l.find_last_not_of('-') - 1 >= 5 &&
           l.find_first_not_of("- ") != std::string_view::npos;
  };
  auto field = [](std::string_view l) {
    size_t colon = l.find(':');
    return colon != std::string_view::npos && colon > 0 &&
           l.substr(0, colon).find(' ') == std::string_view::npos &&
           (colon + 1 == l.size() || l[colon + 1] == ' ');
  };
  for (size_t k = 0; k < lines.size(); ++k) {
    if (!dashes(Content(lines[k]))) continue;
    size_t n = 0;
    bool address = false;
    for (size_t m = k + 1; m < lines.size() && field(Content(lines[m])); ++m, ++n)
      address = address || lines[m].find('@') != std::string_view::npos;
    if (n >= 3 && address) return true;
  }
  return false;
}

// `t` with the spaces that start each line taken off (`sed 's/^ *//'`): a
// form feed's line keeps the spaces after it, as such a strip leaves them.
// Each line whose index `marked` (ascending) holds ends in kUndecidedWrap
// (after its text, before a '\r').
std::string StripMargins(std::string_view t, const std::vector<size_t>& marked) {
  std::string out;
  out.reserve(t.size() + marked.size() * (sizeof kUndecidedWrap - 1));
  bool line_start = true;
  size_t line = 0, next_mark = 0;
  for (size_t k = 0; k <= t.size(); ++k) {
    const bool end = k == t.size() || t[k] == '\n';
    if (end && next_mark < marked.size() && marked[next_mark] == line) {
      size_t at = out.size();
      while (at > 0 && (out[at - 1] == ' ' || out[at - 1] == '\r')) --at;
      out.insert(at, kUndecidedWrap);
      ++next_mark;
    }
    if (k == t.size()) break;
    char c = t[k];
    if (line_start && c == ' ') continue;
    line_start = c == '\n';
    if (end) ++line;
    out += c;
  }
  return out;
}

}  // namespace redovis
