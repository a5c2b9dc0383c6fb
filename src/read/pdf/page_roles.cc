// Running headers, page numbers and footnotes marked. See page_roles.h.
#include "read/pdf/page_roles.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "base/running_lines.h"
#include "base/text_util.h"
#include "base/utf8.h"
#include "read/pdf/word_text.h"

namespace redovis {

namespace {

/// True for a page number in any common dress: "3", "- 3 -", "3 (7)", "3/7",
/// "<word> 3", "<word> 3 <word> 7" (a word being at most six letters). A
/// "3/7" is base/running_lines.h's page count, two numbers.
bool LooksLikePageNumber(const std::string& text) {
  if (text.empty() || text.size() > 24) return false;
  int numbers = 0, words = 0, tokens = 0;
  bool number_seen = false;
  for (size_t i = 0; i < text.size();) {
    unsigned char c = text[i];
    size_t count_length = 0;
    if (LeadingPageCount(std::string_view(text).substr(i), &count_length)) {
      numbers += 2;
      tokens += 2;
      number_seen = true;
      i += count_length;
    } else if (c >= '0' && c <= '9') {
      size_t j = i;
      while (j < text.size() && text[j] >= '0' && text[j] <= '9') ++j;
      if (j - i > 4) return false;
      ++numbers;
      ++tokens;
      number_seen = true;
      i = j;
    } else if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c >= 0x80) {
      size_t j = i;
      while (j < text.size()) {
        unsigned char d = text[j];
        if (!((d >= 'A' && d <= 'Z') || (d >= 'a' && d <= 'z') || d >= 0x80)) break;
        ++j;
      }
      if (Chars(std::string_view(text).substr(i, j - i)) > 6) return false;
      ++words;
      ++tokens;
      i = j;
    } else if (c == ' ' || c == '-' || c == '(' || c == ')' || c == '.' || c == '[' || c == ']' ||
               c == '|') {
      ++i;
    } else {
      return false;
    }
  }
  return number_seen && numbers <= 2 && words <= 2 && tokens <= 4;
}

/// The first number of `text` (one to four digits, as LooksLikePageNumber
/// takes them), 0 when it has none.
int FirstNumber(const std::string& text) {
  size_t i = 0, end = 0;
  while (i < text.size() && !IsAsciiDigit(text[i])) ++i;
  return std::max(0, PageNumberAt(text, i, 4, &end));
}

/// How far (points) a running line may stand from where its others stand.
constexpr double kRunningLineTolerance = 5;

/// True when the first character of `text` is a digit, a superscript digit
/// or '*', and a letter follows somewhere: a note says something, and a
/// table's value alone on its line ("1", a count at a page's foot) is none.
bool StartsLikeNote(const std::string& text) {
  if (text.empty()) return false;
  size_t i = 0;
  UChar32 c = NextCodePoint(text, &i);
  return ((c >= '0' && c <= '9') || IsSuperscriptDigit(c) || c == '*') &&
         LetterCount(std::string_view(text).substr(i), 1) > 0;
}

/// True when the first character of `text` is a superscript digit.
bool StartsWithSuperscript(const std::string& text) {
  if (text.empty()) return false;
  size_t i = 0;
  return IsSuperscriptDigit(NextCodePoint(text, &i));
}

/// Marks a page's stray foot line as furniture (see MarkPageRoles; the rule
/// is base/running_lines.h's StrayFootLines): each page's lowest
/// running-text line measured in points, the margin band at its foot its
/// band. A page read by OCR, whose lines stand where the sheet lay in the
/// scanner, takes no part.
void MarkStrayFootLines(std::vector<LaidOutPage>* pages, const LayoutOptions& options) {
  auto text = [](const LaidOutLine& l) {
    return l.y1 > l.y0 && l.line.role == LineRole::kContent && !l.line.ocr;
  };
  std::vector<FootLine> feet;
  std::vector<LaidOutLine*> at;  // the line of each
  for (LaidOutPage& p : *pages) {
    if (p.height <= 0) continue;
    LaidOutLine* l = nullptr;
    for (LaidOutLine& m : p.lines)
      if (text(m) && (!l || m.y1 > l->y1)) l = &m;
    if (!l) continue;
    FootLine foot;
    foot.depth = p.height - l->y1;
    foot.height = l->y1 - l->y0;
    foot.band = options.margin_band * p.height;
    const LaidOutLine* above = nullptr;
    for (const LaidOutLine& m : p.lines)
      if (&m != l && text(m) && m.y1 <= l->y0 && (!above || m.y1 > above->y1)) above = &m;
    if (above) foot.gap = l->y0 - above->y1;
    feet.push_back(foot);
    at.push_back(l);
  }
  for (size_t i : StrayFootLines(feet, 2)) at[i]->line.role = LineRole::kFurniture;
}

}  // namespace

void MarkPageRoles(std::vector<LaidOutPage>* pages, const LayoutOptions& options) {
  // Lines of text set at another angle than the page's have no height: they
  // take part in none of the tests below.
  auto placed = [](const LaidOutLine& l) { return l.y1 > l.y0; };
  // Page numbers: a number-like line first or last on its page, in the margin band.
  // Those by their edge (0 top, 1 foot) and their number less their page's index.
  std::vector<EdgeNumber> numbered;
  std::vector<LaidOutLine*> numbered_at;  // the line of each
  for (LaidOutPage& p : *pages) {
    if (p.height <= 0) continue;
    std::vector<size_t> ends;
    for (size_t i = 0; i < p.lines.size(); ++i)
      if (placed(p.lines[i])) {
        if (ends.empty()) ends.push_back(i);
        if (ends.size() == 2)
          ends.back() = i;
        else
          ends.push_back(i);
      }
    double top = options.margin_band * p.height, bottom = (1 - options.margin_band) * p.height;
    for (size_t idx : ends) {
      LaidOutLine& l = p.lines[idx];
      if ((l.y1 <= top || l.y0 >= bottom) && LooksLikePageNumber(l.line.SpacedText())) {
        l.line.role = LineRole::kFurniture;
        const int n = FirstNumber(l.line.SpacedText());
        if (n > 0) {
          numbered.push_back(
              EdgeNumber{l.y1 <= top ? 0 : 1, static_cast<int>(&p - pages->data()), n});
          numbered_at.push_back(&l);
        }
      }
    }
  }
  // A page's number rising with the pages (base/running_lines.h's
  // RisingPageNumbers) is one for certain: a count at a page's foot may be a
  // value, these never are (the matcher passes over them).
  for (size_t i : RisingPageNumbers(numbered)) numbered_at[i]->line.origin = kPageNumberOrigin;
  // Running headers and footers: the same text (digits aside) at the same
  // height in the margin band of at least half the pages (two at least), or
  // of a run of pages (below).
  size_t npages = 0;
  for (const LaidOutPage& p : *pages)
    if (!p.lines.empty()) ++npages;
  if (npages >= 2) {
    std::vector<EdgeLine> candidates;
    std::vector<LaidOutLine*> at;  // the line of each candidate
    for (size_t page = 0; page < pages->size(); ++page) {
      LaidOutPage& p = (*pages)[page];
      if (p.height <= 0) continue;
      double top = options.margin_band * p.height, bottom = (1 - options.margin_band) * p.height;
      const int number = static_cast<int>(page) + 1;
      size_t n = p.lines.size();
      for (size_t i = 0; i < n; ++i) {
        if (i >= 3 && i + 3 < n) continue;
        LaidOutLine& l = p.lines[i];
        std::string text = l.line.SpacedText();
        if (text.empty() || !placed(l)) continue;
        if (l.y1 <= top) {
          candidates.push_back(EdgeLine{RunningLineKey(text), 0, l.y0, number});
          at.push_back(&l);
        } else if (l.y0 >= bottom) {
          candidates.push_back(EdgeLine{RunningLineKey(text), 1, p.height - l.y1, number});
          at.push_back(&l);
        }
      }
    }
    // Or on three pages or more of a run of pages, and half of them: one
    // report's running lines in a bundle of reports (running_lines.h).
    size_t needed = std::max<size_t>(2, (npages + 1) / 2);
    std::set<size_t> found;
    for (size_t i : RunningLines(candidates, needed, kRunningLineTolerance)) found.insert(i);
    for (size_t i : RunningLinesInRuns(candidates, kRunningLineTolerance)) found.insert(i);
    std::set<std::string> running;
    for (size_t i : found) {
      at[i]->line.role = LineRole::kFurniture;
      running.insert(candidates[i].key);
    }
    // A sheet of several pages (a 2-up print stacks two): the running lines
    // of the pages inside the sheet stand in its middle. A line with the key
    // of a running line found at an edge, repeated at one height inside the
    // sheets as often, is that running line too.
    std::vector<EdgeLine> inside;
    std::vector<LaidOutLine*> inside_at;
    for (LaidOutPage& p : *pages)
      for (LaidOutLine& l : p.lines) {
        if (l.line.role != LineRole::kContent || !placed(l)) continue;
        std::string key = RunningLineKey(l.line.SpacedText());
        if (!running.count(key)) continue;
        inside.push_back(EdgeLine{key, 2, l.y0});  // edge 2: none, inside the page
        inside_at.push_back(&l);
      }
    for (size_t i : RunningLines(inside, needed, kRunningLineTolerance))
      inside_at[i]->line.role = LineRole::kFurniture;
  }
  // Footnotes: the document's body size is the size most characters are set in.
  std::map<double, size_t> weight;
  for (const LaidOutPage& p : *pages)
    for (const LaidOutLine& l : p.lines)
      if (l.line.role == LineRole::kContent)
        weight[std::round(l.font_size * 4) / 4] += l.line.SpacedText().size() + 1;
  double body = 0;
  size_t best = 0;
  for (const auto& [fs, w] : weight)
    if (w > best) {
      body = fs;
      best = w;
    }
  if (body <= 0) return;  // no running text: no footnote, no stray foot line
  auto small = [&](const LaidOutLine& l) { return l.font_size <= 0.9 * body; };
  for (LaidOutPage& p : *pages) {
    size_t n = p.lines.size();
    // A note at the foot of the page: the first small-type line starting with
    // a note number in the lower half, after which every line is small type.
    size_t start = n;
    for (size_t i = n; i-- > 0;) {
      LaidOutLine& l = p.lines[i];
      if (l.line.role == LineRole::kFurniture || !placed(l)) continue;
      if (!small(l) || l.y0 < 0.5 * p.height) break;
      if (l.note_mark || StartsLikeNote(l.line.SpacedText())) start = i;
    }
    for (size_t i = start; i < n; ++i)
      if (p.lines[i].line.role == LineRole::kContent && placed(p.lines[i]))
        p.lines[i].line.role = LineRole::kFootnote;
    // A note elsewhere (the page broke before the foot): small type starting
    // with a superscript number, and the small-type lines right after it.
    // On a page read by OCR a line's size is its row's height, which does
    // not tell a note's type from the text's: there the note's mark, told by
    // its box whatever OCR read it as (LaidOutLine::note_mark), starts a
    // note, and its lines go on while they go on its words (ContinuesWord:
    // "veckan) anges 1,50.") after a line that did not end its sentence.
    for (size_t i = 0; i < start; ++i) {
      LaidOutLine& l = p.lines[i];
      const bool by_ink = l.line.ocr;
      if (l.line.role != LineRole::kContent || !placed(l) || !(small(l) || by_ink)) continue;
      if (!l.note_mark && !StartsWithSuperscript(l.line.SpacedText())) continue;
      l.line.role = LineRole::kFootnote;
      for (size_t j = i + 1; j < start; ++j) {
        LaidOutLine& m = p.lines[j];
        const LaidOutLine& prev = p.lines[j - 1];
        // By ink, a note that ended its sentence at its line's end does not
        // go on: the answer it stands in does ("... klienten." then
        // "sjukersättning vid ansökan").
        const std::string prev_text = prev.line.SpacedText();
        const bool same_type = by_ink ? ContinuesWord(m.line.SpacedText()) &&
                                            (prev_text.empty() || prev_text.back() != '.')
                                      : small(m) && std::fabs(m.font_size - l.font_size) <= 0.5;
        if (m.line.role != LineRole::kContent || !placed(m) || !same_type ||
            m.y0 - prev.y1 > l.font_size)
          break;
        m.line.role = LineRole::kFootnote;
        i = j;
      }
    }
  }
  MarkStrayFootLines(pages, options);
}

}  // namespace redovis
