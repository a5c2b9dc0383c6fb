#include "read/text/refilled_layout.h"

#include <algorithm>
#include <string_view>

#include "base/text_util.h"
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
  size_t from = 0, to = 0;     // words
  size_t column = 0;           // its first word's column before fmt
  int label = 0;               // LabelAt's answer for its first cell
  size_t label_last = 0;       // the last word the label covers
  bool intact = false;         // no break of fmt's inside it, and it ends a line for certain
  bool row = false;            // a row's label and values (RowValues)
  std::vector<size_t> values;  // then: its values' words
  std::string text;            // as it stood: its words at their columns
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

// Words [from, to) with the spaces between them on their line, one where a
// break of fmt's or a page's form feed parts them.
std::string WordsText(const std::vector<Word>& words, size_t from, size_t to) {
  std::string text;
  for (size_t v = from; v < to; ++v) {
    if (v > from) text.append(words[v].before == Before::kSpaces ? words[v].spaces : 1, ' ');
    text += words[v].text;
  }
  return text;
}

// Whether fmt may have joined two lines where word `w` starts: one space
// after a word ending no sentence, two after one that ends it.
bool MayBeJoin(const std::vector<Word>& words, size_t w) {
  const Word& x = words[w];
  return x.before == Before::kSpaces && w > 0 && x.spaces == (words[w - 1].sentence ? 2u : 1u);
}

// The cell that starts at word `w`: its words while one space or a break
// of fmt's parts them (24 at most), one space apart.
struct CellWords {
  std::string text;
  std::vector<size_t> ends;                // each word's end in `text`
  size_t first_break = std::string::npos;  // where the first break stands
  size_t first = 0;                        // the word it starts at
  /// The last word the first `length` bytes of `text` reach.
  size_t LastWord(size_t length) const {
    size_t k = 0;
    while (k + 1 < ends.size() && ends[k] < length) ++k;
    return first + k;
  }
};

CellWords CellFrom(const std::vector<Word>& words, size_t w) {
  constexpr size_t kMostWords = 24;
  CellWords cell;
  cell.first = w;
  for (size_t v = w; v < words.size() && v < w + kMostWords; ++v) {
    if (v > w) {
      const Word& x = words[v];
      if (x.before == Before::kBreak) {
        if (cell.first_break == std::string::npos) cell.first_break = cell.text.size();
      } else if (x.before != Before::kSpaces || x.spaces != 1) {
        break;
      }
      cell.text += ' ';
    }
    cell.text += words[v].text;
    cell.ends.push_back(cell.text.size());
  }
  return cell;
}

// LabelAt's answer for the cell that starts at word `w` (CellFrom; tried
// once more cut at its first break), and the last word the label covers.
int LabelOfCell(const std::vector<Word>& words, size_t w, const LabelAt& label_at, size_t* last) {
  const CellWords cell = CellFrom(words, w);
  int label = label_at(cell.text);
  if (label == 0 && cell.first_break != std::string::npos)
    label = label_at(std::string_view(cell.text).substr(0, cell.first_break));
  *last = cell.LastWord(static_cast<size_t>(label < 0 ? -label : label));
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
    p.text += WordsText(words, p.from, p.to);
    bool broken = false;
    for (size_t v = p.from + 1; v < p.to; ++v)
      broken = broken || words[v].before != Before::kSpaces;
    p.intact = !broken && (p.to == words.size() || words[p.to].before != Before::kBreak);
  }
  return pieces;
}

// Whether a break of fmt's between two values' words `before` and `after`
// proves two cells: never where the two could be one value's words, a
// number's next group of three digits ("804" / "246:-") or a number going
// on after a dash ("060-" / "16").
bool TwoValuesApart(std::string_view before, std::string_view after) {
  if (before.empty() || after.empty()) return false;
  if (before.back() == '-') return false;
  size_t digits = 0;
  while (digits < after.size() && IsAsciiDigit(after[digits])) ++digits;
  return !(IsAsciiDigit(before.back()) && digits == 3);
}

// Whether piece `p` is a row whose values can be told: a row's label
// (LabelAt), the rest of its cell on its line, then its values, each a
// word alone with two spaces or more before it on one line fmt wrote
// (never two after a sentence's end, where fmt may have joined a line), a
// page's form feed or a break of fmt's, and nothing after the last value
// but the next piece's start. Where a break or a form feed stands between
// the label and a value, every value is a word with no letter (a count, a
// box) or a lone mark "X", and a break parts two values only where they
// cannot be one (TwoValuesApart). Sets the values' words in `*values`.
bool RowValues(const std::vector<Word>& words, const Piece& p, std::vector<size_t>* values) {
  values->clear();
  if (p.label <= 0) return false;
  bool parted = false;  // a break or a form feed after the label
  for (size_t v = p.label_last + 1; v < p.to; ++v) {
    const Word& x = words[v];
    if (x.before == Before::kSpaces && x.spaces == 1) {
      if (!values->empty()) return false;  // a value of two words, or a line joined after it
      continue;                            // the rest of the label's cell
    }
    if (x.before == Before::kSpaces && x.spaces == 2 && words[v - 1].sentence) return false;
    if (x.before == Before::kBreak && !values->empty() &&
        !TwoValuesApart(words[v - 1].text, x.text))
      return false;
    parted = parted || x.before != Before::kSpaces;
    values->push_back(v);
  }
  for (size_t v = p.from + 1; v <= p.label_last; ++v)
    parted = parted || words[v].before != Before::kSpaces;
  if (parted)
    for (size_t v : *values)
      if (LetterCount(words[v].text, 1) > 0 && words[v].text != "X" && words[v].text != "x")
        return false;
  return !values->empty();
}

// The values of a row placed under its column header's cells right of its
// label, each by the columns it stood at where they are known, else as far
// as they are (PlaceRow).
struct Placing {
  const std::vector<Word>* words = nullptr;
  const std::vector<size_t>* values = nullptr;
  const std::vector<Span>* columns = nullptr;
  std::vector<bool> fixed;      // per value: its run's shift is known
  std::vector<long> shift;      // then: the shift
  std::vector<bool> run_start;  // per value: a run of one line fmt wrote starts
  std::vector<bool> fixed_run;  // per value: its run's shift is known
  bool filled = false;          // as many values as columns
  int found = 0;                // assignments found (up to 2)
  std::vector<size_t> column;   // the first one's: a column per value
  std::vector<long> lo, hi;     // and its runs' shifts, per value
  std::vector<size_t> trial;
  std::vector<long> trial_lo, trial_hi;
};

// The column whose cell is nearest to [begin, end) (the columns between
// them), if only one is; else the columns' count.
size_t NearestColumn(const std::vector<Span>& columns, long begin, long end) {
  size_t best = columns.size();
  long best_gap = 0;
  bool tie = false;
  for (size_t k = 0; k < columns.size(); ++k) {
    const long gap = std::max(
        {0L, static_cast<long>(columns[k].begin) - end, begin - static_cast<long>(columns[k].end)});
    if (best == columns.size() || gap < best_gap) {
      best = k, best_gap = gap, tie = false;
    } else if (gap == best_gap) {
      tie = true;
    }
  }
  return tie ? columns.size() : best;
}

// Tries each way of placing values `i` on under columns from `c` on, in
// order, the values of a run at one shift within [lo, hi] (a column of
// slack either side); counts them.
void Assign(Placing* pl, size_t i, size_t c, long lo, long hi) {
  const std::vector<size_t>& values = *pl->values;
  if (pl->found > 1) return;
  if (i == values.size()) {
    if (++pl->found == 1) {
      pl->column = pl->trial;
      pl->lo = pl->trial_lo;
      pl->hi = pl->trial_hi;
    }
    return;
  }
  constexpr long kFar = 1L << 20;
  if (pl->run_start[i]) {
    lo = pl->fixed[i] ? pl->shift[i] : -kFar;
    hi = pl->fixed[i] ? pl->shift[i] : kFar;
  }
  const Word& v = (*pl->words)[values[i]];
  const long begin = static_cast<long>(v.column);
  const long end = begin + static_cast<long>(CodePointCount(v.text));
  for (size_t k = c; k + (values.size() - i) <= pl->columns->size(); ++k) {
    const Span& col = (*pl->columns)[k];
    long l = std::max(lo, static_cast<long>(col.begin) - end);
    long h = std::min(hi, static_cast<long>(col.end) - begin);
    // A value whose column is known: under its cell, or nearer to it than
    // to any other where its row fills every cell (a table laid out a few
    // columns off the header above it).
    if (l > h && pl->fixed_run[i] && pl->filled &&
        NearestColumn(*pl->columns, begin + lo, end + lo) == k)
      l = h = lo;
    if (l > h) continue;
    pl->trial[i] = k;
    pl->trial_lo[i] = l;
    pl->trial_hi[i] = h;
    Assign(pl, i + 1, k + 1, l, h);
  }
}

// The row of piece `p` with its `values` (RowValues) placed under the cells
// of `header` right of its label, each cell holding a letter: values on
// the label's line, or on a page's first line, at the columns they stood
// at; values after a break of fmt's (their spaces lost) as far as the
// spaces between them on their line tell. Placed only where one way of
// placing them in order fits (as many values as cells, or values whose
// columns are known), each overlapping its cell by a column of slack;
// else empty.
std::string PlaceRow(const std::vector<Word>& words, const Piece& p,
                     const std::vector<size_t>& values, std::string_view header,
                     bool header_is_row) {
  constexpr size_t kMostColumns = 8;
  std::string text(p.column, ' ');
  text += WordsText(words, p.from, values.front());
  const size_t label_end = CodePointCount(text);
  std::vector<Span> columns = CellSpans(header);
  if (header_is_row) {
    if (columns.size() != values.size() + 1) return {};
    columns.erase(columns.begin());
  } else {
    columns.erase(std::remove_if(columns.begin(), columns.end(),
                                 [&](const Span& c) { return c.begin <= label_end; }),
                  columns.end());
    for (const Span& c : columns)
      if (LetterCount(c.text, 1) == 0) return {};
  }
  if (columns.size() < values.size() || columns.size() > kMostColumns) return {};
  const bool proven =
      words[p.from].before == Before::kParagraph || words[p.from].before == Before::kPage;
  Placing pl;
  pl.words = &words;
  pl.values = &values;
  pl.columns = &columns;
  const size_t n = values.size();
  pl.fixed.assign(n, false);
  pl.shift.assign(n, 0);
  pl.run_start.assign(n, false);
  pl.trial.assign(n, 0);
  pl.trial_lo.assign(n, 0);
  pl.trial_hi.assign(n, 0);
  for (size_t i = 0; i < n; ++i) {
    const Word& x = words[values[i]];
    pl.run_start[i] = i == 0 || x.before != Before::kSpaces;
    if (!pl.run_start[i]) continue;
    if (x.line == words[p.from].line) {
      // On the label's line: as it stood beside the label.
      pl.fixed[i] = true;
      pl.shift[i] = static_cast<long>(p.column) - static_cast<long>(words[p.from].column);
    } else {
      // Else known only where its line is a page's first line (its form
      // feed) or the paragraph's first.
      size_t first = values[i];
      while (first > 0 && words[first - 1].line == x.line) --first;
      pl.fixed[i] =
          words[first].before == Before::kPage || words[first].before == Before::kParagraph;
    }
  }
  // Fewer values than cells only where each one's column is known and the
  // label's too (the piece opens a paragraph or a page): a label read after
  // one of fmt's spaces stood at the paragraph's indentation only if the
  // values then fall under the header's cells, all of them.
  bool known = proven;
  pl.fixed_run.assign(n, false);
  for (size_t i = 0; i < n; ++i) {
    pl.fixed_run[i] = pl.run_start[i] ? pl.fixed[i] : pl.fixed_run[i - 1];
    known = known && pl.fixed_run[i];
  }
  pl.filled = columns.size() == n;
  if (!pl.filled && !known) return {};
  // A header of one cell places a value whose column is not known under
  // nothing it can show to be a column: a page's running line above
  // ("2021-01-14 10:32  Redovisning statsbidrag ...") is such a line too.
  if (columns.size() < 2 && !known) return {};
  Assign(&pl, 0, 0, 0, 0);
  if (pl.found != 1) return {};
  long shift = 0;
  for (size_t i = 0; i < n; ++i) {
    const Word& x = words[values[i]];
    if (pl.run_start[i]) {
      // The run's last value holds the narrowest range; its first value
      // as near the start of its cell as the range lets it.
      size_t last = i;
      while (last + 1 < n && !pl.run_start[last + 1]) ++last;
      const long want =
          static_cast<long>(columns[pl.column[i]].begin) - static_cast<long>(x.column);
      shift = std::clamp(want, pl.lo[last], pl.hi[last]);
    }
    const long at = static_cast<long>(x.column) + shift;
    const long now = static_cast<long>(CodePointCount(text));
    if (at < now + 2) return {};
    text.append(static_cast<size_t>(at - now), ' ');
    text += x.text;
  }
  if (CellSpans(text).size() != n + 1) return {};
  return text;
}

// A line or piece above a row, as the search for its column header meets it.
struct Unit {
  enum Kind { kBlank, kRow, kIntact, kOther } kind = kOther;
  std::string_view text;  // a line read as it stands (kIntact, outside the paragraphs)
  int piece = -1;         // or a piece of a refilled paragraph
};

// Gives back the rows of the refilled paragraphs (each run of joined lines
// of one indentation, all unread) whose values can be told (RowValues) and
// placed under a column header (PlaceRow): the nearest line above the row that
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
      p.row = RowValues(paragraphs.back(), p, &p.values);
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
    // A word's rest alone ("or" under "Klienter med hemmavarande  Kvinn
    // Män", a column word its narrow cell broke) is no header: the header
    // it ends was left unread, so what the row stands under is not shown.
    if (IsWordRest(text)) continue;
    Piece& row = pieces[static_cast<size_t>(units[u].piece)];
    const std::vector<Word>& words = paragraphs[paragraph_of[static_cast<size_t>(units[u].piece)]];
    std::string placed = PlaceRow(words, row, row.values, text, false);
    // Else under the nearest row given back above it with as many values
    // (a table laid out off its header: its rows line up with each other),
    // two or more: one value shows only its own cell, not the row's ("Ekonomi
    // 6" over "Struktur i vardagen" / "8", the 8 the next cell's).
    for (size_t r = u; placed.empty() && r > h && row.values.size() >= 2; --r) {
      const Unit& above = units[r - 1];
      if (above.kind != Unit::kRow || !given[static_cast<size_t>(above.piece)]) continue;
      const Piece& q = pieces[static_cast<size_t>(above.piece)];
      if (q.values.size() != row.values.size()) continue;
      placed = PlaceRow(words, row, row.values, q.text, true);
      break;
    }
    if (placed.empty()) continue;
    row.text = std::move(placed);
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

// The form's section headings where a line of a paragraph not read starts
// for certain (its first word, a page's first word), given back alone as
// rows (refilled_layout.h's "Headings given back"), in line order with the
// rows given back before them (a heading first on its line); a line all of
// whose words a heading took is given back too (left blank).
void GiveHeadingsBack(const std::vector<TextLine>& lines, const std::vector<JoinedLine>& joined,
                      const std::vector<bool>& unread, const LabelAt& heading_at,
                      RefilledLayout* found, std::vector<bool>* given_back) {
  std::vector<RestoredRow> headings;
  for (size_t a = 0, b = 0; a < joined.size(); a = b) {
    b = a + 1;
    const JoinedLine& j = joined[a];
    if (j.blank || !unread[a]) continue;
    while (b < joined.size() && !joined[b].blank && unread[b] && joined[b].indent == j.indent) ++b;
    const std::vector<Word> words = ParagraphWords(lines, joined, a, b);
    for (size_t w = 0; w < words.size(); ++w) {
      if (words[w].before != Before::kParagraph && words[w].before != Before::kPage) continue;
      if ((*given_back)[words[w].line]) continue;
      // The heading's words: one space apart, or a break of fmt's between.
      const CellWords cell = CellFrom(words, w);
      const int length = heading_at(cell.text);
      if (length <= 0) continue;
      const size_t last = cell.LastWord(static_cast<size_t>(length));
      RestoredRow row;
      row.line = words[w].line;
      row.text.assign(words[w].column, ' ');
      row.text += cell.text.substr(0, static_cast<size_t>(length));
      headings.push_back(std::move(row));
      // A line whose words the heading took, all of them: read no more.
      for (size_t v = w; v <= last; ++v) {
        const size_t line = words[v].line;
        bool all = true;
        for (size_t x = 0; x < words.size() && all; ++x)
          all = words[x].line != line || (x >= w && x <= last);
        if (all) (*given_back)[line] = true;
      }
      w = last;
    }
  }
  if (headings.empty()) return;
  std::vector<RestoredRow> rows;
  rows.reserve(found->rows.size() + headings.size());
  size_t r = 0;
  for (RestoredRow& h : headings) {
    while (r < found->rows.size() && found->rows[r].line < h.line)
      rows.push_back(std::move(found->rows[r++]));
    rows.push_back(std::move(h));
  }
  while (r < found->rows.size()) rows.push_back(std::move(found->rows[r++]));
  found->rows = std::move(rows);
}

// Whether the paragraph of joined lines [a, b) ends in a label of the form
// (LabelAt) that opens where a line starts for certain (the paragraph's
// first word, a page's) and runs to the paragraph's end, where it ends of
// itself (with a word after it, it is no longer: not a pattern read to the
// text's end). fmt ends a paragraph where a line ended, so such a
// paragraph's last line ends where the label's line did, and the answer
// stands below it as it stood: a question refilled alone.
bool EndsInLabel(const std::vector<TextLine>& lines, const std::vector<JoinedLine>& joined,
                 size_t a, size_t b, const LabelAt& label_at) {
  const std::vector<Word> words = ParagraphWords(lines, joined, a, b);
  size_t start = words.size();
  for (size_t w = words.size(); w-- > 0;)
    if (words[w].before == Before::kParagraph || words[w].before == Before::kPage) {
      start = w;
      break;
    }
  if (start == words.size()) return false;
  const std::string text = WordsText(words, start, words.size());
  auto length = [&](std::string_view t) {
    const int l = label_at(t);
    return static_cast<size_t>(l < 0 ? -l : l);
  };
  return length(text) == text.size() && length(text + " x") == text.size();
}

// Whether the paragraph of joined lines [a, b) is a free answer of its
// own, fmt's breaks inside it harmless: lines of words alone (no gap, no
// sentence joined to a word by two spaces), no label of the form (LabelAt)
// where any of its lines may have started, its first word's included (no
// question, no row, no value after a label), and its last word ending a
// sentence (a heading or a name fmt joined after the answer ends none).
bool Answer(const std::vector<TextLine>& lines, const std::vector<JoinedLine>& joined, size_t a,
            size_t b, const LabelAt& label_at) {
  for (size_t k = a; k < b; ++k)
    if (joined[k].sentence || joined[k].last != joined[k].first ||
        HoldsGap(lines[joined[k].first].text))
      return false;
  const std::vector<Word> words = ParagraphWords(lines, joined, a, b);
  if (words.empty() || !words.back().sentence) return false;
  const std::vector<Piece> pieces = Pieces(words, joined[a].indent, label_at);
  return pieces.size() == 1 && pieces[0].label == 0;
}

}  // namespace

bool FindRefilledLayout(const std::vector<TextLine>& lines, RefilledLayout* out) {
  return FindRefilledLayout(lines, LabelAt(), LabelAt(), out);
}

bool FindRefilledLayout(const std::vector<TextLine>& lines, const LabelAt& label_at,
                        RefilledLayout* out) {
  return FindRefilledLayout(lines, label_at, LabelAt(), out);
}

bool FindRefilledLayout(const std::vector<TextLine>& lines, const LabelAt& label_at,
                        const LabelAt& heading_at, RefilledLayout* out) {
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
  if (heading_at) GiveHeadingsBack(lines, joined, unread, heading_at, &found, &given_back);
  // The last line of a paragraph that ends in a label of its own.
  std::vector<bool> label_end(joined.size(), false);
  for (size_t a = 0, b = 0; label_at && a < joined.size(); a = b) {
    b = a + 1;
    if (joined[a].blank || !unread[a]) continue;
    while (b < joined.size() && !joined[b].blank && unread[b] &&
           joined[b].indent == joined[a].indent)
      ++b;
    label_end[b - 1] = EndsInLabel(lines, joined, a, b, label_at);
    if (Answer(lines, joined, a, b, label_at))
      std::fill(label_end.begin() + a, label_end.begin() + b, true);
  }
  for (size_t k = 0; k < joined.size(); ++k) {
    const JoinedLine& j = joined[k];
    if (!unread[k]) continue;
    bool prose = !j.sentence && j.last == j.first && !HoldsGap(lines[j.first].text);
    if (prose && label_end[k] && !given_back[j.first]) continue;
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
