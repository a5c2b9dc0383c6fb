#include "read/text/wide_gaps.h"

#include <unicode/uchar.h>

#include "base/utf8.h"

namespace redovis {
namespace {

constexpr char kNoteHead[] = "the text's words stand two spaces apart or more, as its columns do (";

bool EndsLine(char c) {
  return c == '\n' || c == '\r' || c == '\f';
}

// True when `word` is two letters or more, each a small one.
bool SmallLetterWord(std::string_view word) {
  size_t letters = 0;
  for (size_t i = 0; i < word.size(); ++letters) {
    const unsigned char b = static_cast<unsigned char>(word[i]);
    if (b < 0x80) {  // ASCII, most of a text's letters: no decoding
      if (b < 'a' || b > 'z') return false;
      ++i;
    } else if (!u_islower(NextCodePoint(word, &i))) {
      return false;
    }
  }
  return letters >= 2;
}

}  // namespace

WordGaps CountWordGaps(std::string_view text) {
  WordGaps gaps;
  bool last_small = false;  // the word before, on this line, is a small-letter word
  size_t last_end = 0;      // the byte after it
  for (size_t i = 0; i < text.size();) {
    const char c = text[i];
    if (EndsLine(c)) {
      last_small = false;
      ++i;
      continue;
    }
    if (c == ' ') {
      ++i;
      continue;
    }
    size_t end = i;
    while (end < text.size() && text[end] != ' ' && !EndsLine(text[end])) ++end;
    const bool small = SmallLetterWord(text.substr(i, end - i));
    if (small && last_small) {
      ++gaps.pairs;
      if (i - last_end == 1) ++gaps.tight;
    }
    last_small = small;
    last_end = end;
    i = end;
  }
  return gaps;
}

bool WordGapsAreWide(const WordGaps& gaps) {
  return gaps.pairs >= kFewestPairs && gaps.tight * 10 < gaps.pairs * 9;
}

std::string CloseWordGaps(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  size_t spaces = 0;  // spaces seen since the last word on this line
  bool line_has_word = false;
  for (char c : text) {
    if (EndsLine(c)) {  // the line's trailing spaces go
      out += c;
      spaces = 0;
      line_has_word = false;
    } else if (c == ' ') {
      ++spaces;
    } else {
      if (spaces > 0 && line_has_word) out += ' ';  // leading spaces go
      spaces = 0;
      line_has_word = true;
      out += c;
    }
  }
  return out;
}

std::string WideGapsNote(const WordGaps& gaps) {
  return kNoteHead + std::to_string(gaps.pairs - gaps.tight) + " of its " +
         std::to_string(gaps.pairs) +
         " pairs of small-letter words side by side stand wider than one space, as "
         "`pdftotext -layout -fixed` with a pitch narrower than the letters writes a page): a run "
         "of spaces parts no cells, so each line was read as one cell, as text in reading order "
         "is; a table's values are read by their order where it proves their row and column, "
         "and left empty where it does not";
}

bool IsWideGapsNote(const std::string& warning) {
  return warning.compare(0, sizeof kNoteHead - 1, kNoteHead) == 0;
}

}  // namespace redovis
