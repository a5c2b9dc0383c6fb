#include "read/text/refilled_layout.h"

#include <algorithm>
#include <string_view>

#include "base/utf8.h"

namespace redovis {

namespace {

// The spaces `text` starts with; its size when it is blank.
size_t LeadingSpaces(std::string_view text) {
  size_t f = text.find_first_not_of(' ');
  return f == std::string_view::npos ? text.size() : f;
}

bool Blank(std::string_view text) {
  return LeadingSpaces(text) == text.size();
}

// Whether `text` holds two words with three spaces or more between them,
// or opens with three spaces or more: a line laid out in columns.
bool LaidOut(std::string_view text) {
  size_t k = LeadingSpaces(text);
  if (k >= 3 && k < text.size()) return true;
  while (k < text.size()) {
    size_t gap = text.find(' ', k);
    if (gap == std::string_view::npos) return false;
    size_t next = text.find_first_not_of(' ', gap);
    if (next == std::string_view::npos) return false;
    if (next - gap >= 3) return true;
    k = next;
  }
  return false;
}

// Whether the line at `k` ends where a form feed went on with it: the line
// after it has its number (SplitLines starts no line at a form feed) on the
// next page, and it ends in a word and fmt's one or two spaces. pdftotext
// writes a form feed at a line's start alone (the last page's too, which
// fmt joins to the text's last line: "5/5 \f").
bool JoinedAtFormFeed(const std::vector<TextLine>& lines, size_t k) {
  if (k + 1 >= lines.size()) return false;
  const TextLine& l = lines[k];
  const TextLine& next = lines[k + 1];
  if (next.number != l.number || next.page != l.page + 1) return false;
  std::string_view t = l.text;
  size_t spaces = t.size() - (t.find_last_not_of(' ') + 1);
  return (spaces == 1 || spaces == 2) && !Blank(t);
}

// Whether `text` holds two words with two spaces or more between them.
bool HoldsGap(std::string_view text) {
  size_t k = LeadingSpaces(text);
  for (size_t gap = text.find("  ", k); gap != std::string_view::npos;
       gap = text.find("  ", gap + 1))
    if (text.find_first_not_of(' ', gap) != std::string_view::npos) return true;
  return false;
}

// Whether `text` holds a word ending a sentence (in '.', '?' or '!'), two
// spaces and a word: where fmt joined a line that ended a sentence to the
// next ("utbildning.  X", "kö?  X").
bool SentenceJoin(std::string_view text) {
  for (size_t at = text.find("  ", 1); at != std::string_view::npos; at = text.find("  ", at + 1))
    if (at >= 2 && std::string_view(".?!").find(text[at - 1]) != std::string_view::npos &&
        text[at - 2] != ' ' && at + 2 < text.size() && text[at + 2] != ' ')
      return true;
  return false;
}

// A line as fmt read it: the pieces a form feed inside it parted.
struct JoinedLine {
  size_t first = 0, last = 0;  // indices into the lines
  size_t indent = 0;
  size_t columns = 0;  // a form feed one, as fmt counts it
  bool blank = true;
  bool words = false;     // two words or more
  bool sentence = false;  // a sentence's end joined to a word (SentenceJoin)
};

}  // namespace

bool FindRefilledLayout(const std::vector<TextLine>& lines, RefilledLayout* out) {
  constexpr int kLaidOut = 5;  // lines indented or with a gap between columns
  int laid_out = 0, joins = 0;
  std::vector<JoinedLine> joined;
  for (size_t k = 0; k < lines.size(); ++k) {
    JoinedLine j;
    j.first = k;
    while (JoinedAtFormFeed(lines, k)) ++k, ++joins;
    j.last = k;
    j.indent = LeadingSpaces(lines[j.first].text);
    for (size_t i = j.first; i <= j.last; ++i) {
      std::string_view t = lines[i].text;
      j.columns += CodePointCount(t) + (i > j.first);
      j.blank = j.blank && Blank(t);
      laid_out += LaidOut(t);
      j.sentence = j.sentence || SentenceJoin(t);
    }
    std::string_view first = lines[j.first].text.substr(j.indent);
    j.words = j.last > j.first || first.find(' ') < first.find_last_not_of(' ');
    joined.push_back(j);
  }
  int widest = 0;
  for (const JoinedLine& j : joined)
    if (j.words) widest = std::max(widest, static_cast<int>(j.columns));
  if (joins == 0 || laid_out < kLaidOut) return false;
  // Each line fmt may have joined, and with it the lines between the same
  // blank lines (a list's options, a row's cells on lines around it).
  std::vector<bool> unread(joined.size(), false);
  for (size_t k = 0; k < joined.size(); ++k) {
    const JoinedLine& j = joined[k];
    if (j.blank) continue;
    auto same_paragraph = [&](size_t other) {
      return !joined[other].blank && joined[other].indent == j.indent;
    };
    unread[k] = j.last > j.first || j.sentence || (k > 0 && same_paragraph(k - 1)) ||
                (k + 1 < joined.size() && same_paragraph(k + 1));
  }
  for (size_t a = 0, b = 0; a < joined.size(); a = b) {
    for (b = a; b < joined.size() && !joined[b].blank; ++b) {
    }
    if (std::find(unread.begin() + a, unread.begin() + b, true) != unread.begin() + b)
      std::fill(unread.begin() + a, unread.begin() + b, true);
    if (b == a) ++b;
  }
  RefilledLayout found;
  found.width = widest;
  for (size_t k = 0; k < joined.size(); ++k) {
    const JoinedLine& j = joined[k];
    if (!unread[k]) continue;
    bool prose = !j.sentence && j.last == j.first && !HoldsGap(lines[j.first].text);
    if (prose) {
      found.marked.push_back(j.first);
      continue;
    }
    for (size_t i = j.first; i <= j.last; ++i) found.lines.push_back(i);
  }
  *out = std::move(found);
  return true;
}

}  // namespace redovis
