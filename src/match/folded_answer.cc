// A free-text answer read over a fold's lines. See folded_answer.h.
#include "match/folded_answer.h"

#include <unicode/uchar.h>

#include "base/text_util.h"
#include "base/utf8.h"
#include "read/text/cut_lines.h"

namespace redovis {

bool FoldedLinesAreProse(const std::string& raw) {
  for (size_t end = raw.find(kCutLine); end != std::string::npos;
       end = raw.find(kCutLine, end + 1)) {
    // The piece since the line's start or the mark before (a row's cells
    // each end in one).
    size_t begin = raw.rfind('\n', end);
    begin = begin == std::string::npos ? 0 : begin + 1;
    if (end > 0)
      if (size_t mark = raw.rfind(kCutLine, end - 1);
          mark != std::string::npos && mark + sizeof kCutLine - 1 > begin)
        begin = mark + sizeof kCutLine - 1;
    std::string piece = raw.substr(begin, end - begin);
    EraseCutMarks(&piece);  // a kFoldBreak after the mark before
    piece = Trim(piece);
    if (piece.empty()) continue;
    if (piece.find(' ') != std::string::npos) continue;
    size_t at = 0;
    if (!u_isupper(NextCodePoint(piece, &at))) continue;
    return false;
  }
  return true;
}

bool JoinFoldBreaks(const std::string& raw, const KnownWord& word, const KnownWord& rest_word,
                    std::string* joined, std::string* joins) {
  std::string out;
  joins->clear();
  size_t from = 0;
  for (size_t at = raw.find(kFoldBreak); at != std::string::npos; at = raw.find(kFoldBreak, from)) {
    out += raw.substr(from, at - from);  // the line, its kCutLine after it
    size_t next = at + sizeof kFoldBreak - 1;
    while (next < raw.size() && (raw[next] == ' ' || raw[next] == '\n')) ++next;
    if (next >= raw.size()) return false;
    // The words on each side, for the finding.
    std::string before =
        out.substr(out.find_last_of(" \n") == std::string::npos ? 0 : out.find_last_of(" \n") + 1);
    size_t after_end = raw.find_first_of(" \n", next);
    std::string after =
        raw.substr(next, after_end == std::string::npos ? std::string::npos : after_end - next);
    EraseCutMarks(&before);
    EraseCutMarks(&after);
    // A word of the language's list before ("sina", "om"; no compound of
    // two: "motiv" + "eran" would make "Motiveran" one) and a word or a
    // compound of two after ("olika", "samtalsmetodik"): the line ended
    // there, as written, a blank between them.
    // But one word of the list joined ("över" / "klagan": "överklagan"): one.
    const std::string_view tail(before.data() + LetterRunStart(before, before.size()),
                                before.size() - LetterRunStart(before, before.size()));
    const std::string_view head(after.data(), LetterRunEnd(after, 0));
    if (!tail.empty() && !head.empty() && word(tail) && rest_word(head) &&
        !word(std::string(tail) + std::string(head))) {
      out += ' ';
      *joins += (joins->empty() ? "" : "; ") + before + " " + after;
    } else {
      *joins += (joins->empty() ? "" : "; ") + before + "|" + after;
    }
    from = next;
  }
  out += raw.substr(from);
  EraseCutMarks(&out);
  *joined = out;
  return true;
}

bool OpensAnyLine(const std::string& text, const std::function<bool(const std::string&)>& opens) {
  for (size_t b = 0; b <= text.size();) {
    size_t e = text.find('\n', b);
    if (e == std::string::npos) e = text.size();
    const std::string line = Trim(text.substr(b, e - b));
    if (!line.empty() && opens(line)) return true;
    b = e + 1;
  }
  return false;
}

}  // namespace redovis
