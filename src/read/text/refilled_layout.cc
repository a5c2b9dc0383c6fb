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

// fmt's test of a word that ends a sentence (GNU fmt's `period`): its last
// byte, closing brackets and quotes left out, is '.', '?' or '!'. fmt puts
// two spaces after such a word where it joins a line ending in it, one
// after any other.
bool EndsFmtSentence(std::string_view word) {
  size_t e = word.find_last_not_of(")]'\"");
  return e != std::string_view::npos &&
         std::string_view(".?!").find(word[e]) != std::string_view::npos;
}

// What stands before a word of a refilled paragraph.
enum class Before {
  kParagraph,  // nothing: the paragraph's first word, at its column
  kPage,       // a page's form feed: the first word of a page's first line
  kBreak,      // the end of a line fmt wrote: the spaces there are lost
  kSpaces,     // spaces inside a line fmt wrote, as many as there were
};

struct Word {
  size_t line = 0;  // index into the lines
  std::string_view text;
  size_t column = 0;  // in its line (a page's piece: its own)
  Before before = Before::kSpaces;
  size_t spaces = 0;      // kSpaces: how many
  bool sentence = false;  // EndsFmtSentence
};

// A piece of a refilled paragraph from one line's start (proven or read
// from a label) to the next: a line as it stood before fmt, where certain.
struct Piece {
  size_t from = 0, to = 0;  // words
  size_t column = 0;        // its first word's column before fmt
  int label = 0;            // LabelAt's answer for its first cell
  size_t label_last = 0;    // the last word the label covers
  bool intact = false;      // no break of fmt's inside it, and it ends a line for certain
  bool row = false;         // a row given back
  std::string text;         // as it stood: its words at their columns
};

// A cell of a laid-out line: a run of words with fewer than two spaces
// between them, and its columns [begin, end).
struct Span {
  size_t begin = 0, end = 0;
  std::string_view text;
};

std::vector<Span> CellSpans(std::string_view text) {
  std::vector<Span> out;
  size_t column = 0, k = 0;
  while (k < text.size()) {
    if (text[k] == ' ') {
      ++k, ++column;
      continue;
    }
    size_t end = text.find("  ", k);
    if (end == std::string_view::npos) end = text.size();
    end = text.find_last_not_of(' ', end - 1) + 1;
    Span s;
    s.text = text.substr(k, end - k);
    s.begin = column;
    s.end = column + CodePointCount(s.text);
    out.push_back(s);
    column = s.end;
    k = end;
  }
  return out;
}

// Whether the row's values stand under the columns of `header`, one under
// each of the header's cells right of the row's label: as many values as
// such cells, each overlapping its own (a column of slack either side),
// every such cell holding a letter (a header's words, not a row's counts).
bool UnderHeader(std::string_view row, std::string_view header) {
  const std::vector<Span> cells = CellSpans(row);
  if (cells.size() < 2) return false;
  std::vector<Span> columns;
  for (const Span& c : CellSpans(header))
    if (c.begin > cells[0].end) columns.push_back(c);
  if (columns.size() != cells.size() - 1) return false;
  for (size_t i = 0; i < columns.size(); ++i) {
    const Span& v = cells[i + 1];
    if (LetterCount(columns[i].text, 1) == 0) return false;
    if (v.begin > columns[i].end || columns[i].begin > v.end) return false;
  }
  return true;
}

// The words of the paragraph of joined lines [a, b).
std::vector<Word> ParagraphWords(const std::vector<TextLine>& lines,
                                 const std::vector<JoinedLine>& joined, size_t a, size_t b) {
  std::vector<Word> words;
  for (size_t j = a; j < b; ++j)
    for (size_t i = joined[j].first; i <= joined[j].last; ++i) {
      std::string_view t = lines[i].text;
      size_t column = 0, spaces = 0;
      bool first = true;
      for (size_t k = 0; k < t.size();) {
        if (t[k] == ' ') {
          ++k, ++column, ++spaces;
          continue;
        }
        size_t end = std::min(t.find(' ', k), t.size());
        Word w;
        w.line = i;
        w.text = t.substr(k, end - k);
        w.column = column;
        w.sentence = EndsFmtSentence(w.text);
        w.before = !first                ? Before::kSpaces
                   : i > joined[j].first ? Before::kPage
                   : j > a               ? Before::kBreak
                                         : Before::kParagraph;
        w.spaces = spaces;
        words.push_back(w);
        column += CodePointCount(w.text);
        k = end;
        spaces = 0;
        first = false;
      }
    }
  return words;
}

// Whether fmt may have joined two lines where word `w` starts: one space
// after a word ending no sentence, two after one that ends it.
bool MayBeJoin(const std::vector<Word>& words, size_t w) {
  const Word& x = words[w];
  return x.before == Before::kSpaces && w > 0 && x.spaces == (words[w - 1].sentence ? 2u : 1u);
}

// LabelAt's answer for the cell that starts at word `w` (its words while
// one space or a break of fmt's parts them; tried once more cut at its
// first break), and the last word the label covers.
int LabelOfCell(const std::vector<Word>& words, size_t w, const LabelAt& label_at, size_t* last) {
  constexpr size_t kMostWords = 24;
  std::string cell;
  std::vector<size_t> ends;
  size_t first_break = std::string::npos;
  for (size_t v = w; v < words.size() && v < w + kMostWords; ++v) {
    if (v > w) {
      const Word& x = words[v];
      if (x.before == Before::kBreak) {
        if (first_break == std::string::npos) first_break = cell.size();
      } else if (x.before != Before::kSpaces || x.spaces != 1) {
        break;
      }
      cell += ' ';
    }
    cell += words[v].text;
    ends.push_back(cell.size());
  }
  int label = label_at(cell);
  if (label == 0 && first_break != std::string::npos)
    label = label_at(std::string_view(cell).substr(0, first_break));
  size_t length = static_cast<size_t>(label < 0 ? -label : label);
  size_t k = 0;
  while (k + 1 < ends.size() && ends[k] < length) ++k;
  *last = w + k;
  return label;
}

// The pieces of the paragraph of `words`: a piece starts at its first word,
// a page's first word, and a word opening a label (LabelAt) where fmt may
// have joined two lines. `indent` is the paragraph's.
std::vector<Piece> Pieces(const std::vector<Word>& words, size_t indent, const LabelAt& label_at) {
  std::vector<Piece> pieces;
  for (size_t w = 0; w < words.size(); ++w) {
    const Word& x = words[w];
    const bool proven = x.before == Before::kParagraph || x.before == Before::kPage;
    if (!proven && !MayBeJoin(words, w) && x.before != Before::kBreak) continue;
    // Inside the label a piece opens with: a word of that label, though a
    // rule of its own may start with it ("antal klienter" in "Totalt
    // antal klienter").
    if (!proven && !pieces.empty() && pieces.back().label != 0 && w <= pieces.back().label_last)
      continue;
    size_t last = w;
    int label = LabelOfCell(words, w, label_at, &last);
    if (!proven && label == 0) continue;
    if (!pieces.empty()) pieces.back().to = w;
    Piece p;
    p.from = w;
    p.column = proven ? x.column : indent;
    p.label = label;
    p.label_last = last;
    pieces.push_back(p);
  }
  if (!pieces.empty()) pieces.back().to = words.size();
  for (Piece& p : pieces) {
    p.text.assign(p.column, ' ');
    bool broken = false;
    for (size_t v = p.from; v < p.to; ++v) {
      if (v > p.from) {
        broken = broken || words[v].before != Before::kSpaces;
        p.text.append(words[v].before == Before::kSpaces ? words[v].spaces : 1, ' ');
      }
      p.text += words[v].text;
    }
    p.intact = !broken && (p.to == words.size() || words[p.to].before != Before::kBreak);
  }
  return pieces;
}

// Whether piece `p` is a row whose words stand as they stood: a row's label
// (LabelAt), the rest of its cell, then its values, each a word alone, all
// after the label on one line fmt wrote with the spaces between them as
// they were (two or more, never two after a sentence's end, where fmt may
// have joined a line), and nothing after the last value but the next
// line's start.
bool RowAsItStood(const std::vector<Word>& words, const Piece& p) {
  if (p.label <= 0) return false;
  bool values = false;
  for (size_t v = p.label_last + 1; v < p.to; ++v) {
    const Word& x = words[v];
    if (x.before != Before::kSpaces) return false;
    if (x.spaces == 1) {
      if (values) return false;  // a value of two words, or a line joined after it
      continue;
    }
    if (x.spaces == 2 && words[v - 1].sentence) return false;
    values = true;
  }
  return values;
}

// A line or piece above a row, as the search for its column header meets it.
struct Unit {
  enum Kind { kBlank, kRow, kIntact, kOther } kind = kOther;
  std::string_view text;  // a line read as it stands (kIntact, outside the paragraphs)
  int piece = -1;         // or a piece of a refilled paragraph
};

// Gives back the rows of the refilled paragraphs (each run of joined lines
// of one indentation, all unread) that stand as they stood (RowAsItStood)
// under a column header (UnderHeader): the nearest line above the row that
// is no blank line and no piece opening with a row's label, read as it
// stands or a piece of a paragraph as it stood (given back with the row).
// Each line a piece given back was read from is set in `given_back`.
void GiveRowsBack(const std::vector<TextLine>& lines, const std::vector<JoinedLine>& joined,
                  const std::vector<bool>& unread, const LabelAt& label_at, RefilledLayout* found,
                  std::vector<bool>* given_back) {
  std::vector<std::vector<Word>> paragraphs;
  std::vector<Piece> pieces;
  std::vector<size_t> paragraph_of;  // a piece's paragraph
  std::vector<Unit> units;
  for (size_t a = 0, b = 0; a < joined.size(); a = b) {
    b = a + 1;
    const JoinedLine& j = joined[a];
    if (j.blank || !unread[a]) {
      Unit u;
      u.kind = j.blank ? Unit::kBlank : Unit::kIntact;
      u.text = lines[j.first].text;
      units.push_back(u);
      continue;
    }
    while (b < joined.size() && !joined[b].blank && unread[b] && joined[b].indent == j.indent) ++b;
    paragraphs.push_back(ParagraphWords(lines, joined, a, b));
    for (Piece& p : Pieces(paragraphs.back(), j.indent, label_at)) {
      Unit u;
      u.kind = p.label > 0 ? Unit::kRow : p.intact ? Unit::kIntact : Unit::kOther;
      u.piece = static_cast<int>(pieces.size());
      units.push_back(u);
      p.row = RowAsItStood(paragraphs.back(), p);
      pieces.push_back(std::move(p));
      paragraph_of.push_back(paragraphs.size() - 1);
    }
  }
  std::vector<bool> given(pieces.size(), false);
  for (size_t u = 0; u < units.size(); ++u) {
    if (units[u].piece < 0 || !pieces[static_cast<size_t>(units[u].piece)].row) continue;
    size_t h = u;
    while (h > 0 && (units[h - 1].kind == Unit::kBlank || units[h - 1].kind == Unit::kRow)) --h;
    if (h == 0 || units[h - 1].kind != Unit::kIntact) continue;
    const Unit& header = units[h - 1];
    const std::string_view text =
        header.piece < 0 ? header.text : pieces[static_cast<size_t>(header.piece)].text;
    if (!UnderHeader(pieces[static_cast<size_t>(units[u].piece)].text, text)) continue;
    given[static_cast<size_t>(units[u].piece)] = true;
    if (header.piece >= 0) given[static_cast<size_t>(header.piece)] = true;
  }
  for (size_t k = 0; k < pieces.size(); ++k) {
    if (!given[k]) continue;
    const std::vector<Word>& words = paragraphs[paragraph_of[k]];
    RestoredRow row;
    row.line = words[pieces[k].from].line;
    row.text = pieces[k].text;
    found->rows.push_back(std::move(row));
    for (size_t v = pieces[k].from; v < pieces[k].to; ++v) (*given_back)[words[v].line] = true;
  }
}

}  // namespace

bool FindRefilledLayout(const std::vector<TextLine>& lines, RefilledLayout* out) {
  return FindRefilledLayout(lines, LabelAt(), out);
}

bool FindRefilledLayout(const std::vector<TextLine>& lines, const LabelAt& label_at,
                        RefilledLayout* out) {
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
  std::vector<bool> given_back(lines.size(), false);
  if (label_at) GiveRowsBack(lines, joined, unread, label_at, &found, &given_back);
  for (size_t k = 0; k < joined.size(); ++k) {
    const JoinedLine& j = joined[k];
    if (!unread[k]) continue;
    bool prose = !j.sentence && j.last == j.first && !HoldsGap(lines[j.first].text);
    if (prose && !given_back[j.first]) {
      found.marked.push_back(j.first);
      continue;
    }
    for (size_t i = j.first; i <= j.last; ++i) found.lines.push_back(i);
  }
  *out = std::move(found);
  return true;
}

}  // namespace redovis
