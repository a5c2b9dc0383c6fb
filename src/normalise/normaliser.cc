#include "normalise/normaliser.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <set>
#include <string_view>
#include <vector>

#include "base/running_lines.h"
#include "base/text_util.h"
#include "base/utf8.h"
#include "patterns/regex.h"

namespace redovis {

namespace {

bool IsOddSpace(UChar32 c) {
  return c == 0x00A0 || (c >= 0x2000 && c <= 0x200A) || c == 0x202F || c == 0x205F || c == 0x3000 ||
         c == 0x1680 || c == 0x000B || c == 0x000C;
}

/// Where the name of a hidden bookmark of Word's ("_Hlk496862138": an
/// optional '_', three letters, nine digits) starting at `at` in `s` ends, or
/// `at` when none starts there. OCR may read its letters otherwise ("HIk"),
/// its 'l' as two ("HIik"), and split its digits with one space
/// ("HIk4968621 38").
int32_t HiddenBookmarkNameEnd(const icu::UnicodeString& s, int32_t at) {
  int32_t i = at;
  if (i < s.length() && s.charAt(i) == u'_') ++i;
  for (int k = 0; k < 3; ++k, ++i)
    if (i >= s.length() || !u_isalpha(s.charAt(i))) return at;
  if (i < s.length() && u_isalpha(s.charAt(i))) ++i;
  bool split = false;
  for (int k = 0; k < 9; ++k, ++i) {
    if (k > 0 && !split && i + 1 < s.length() && s.charAt(i) == u' ' &&
        u_isdigit(s.charAt(i + 1))) {
      split = true;
      ++i;
    }
    if (i >= s.length() || !u_isdigit(s.charAt(i))) return at;
  }
  return i;
}

/// Removes bracketed renderer markers such as "[footnoteRef:1]", "[image: ]"
/// and "[bookmark: _Hlk1]" that text exports of Word files leave behind.
/// The renderer markers StripMarkers removes, each with its opening bracket.
constexpr const char16_t* kMarkerPrefixes[] = {u"[footnoteRef:", u"[image:", u"[bookmark:",
                                               u"[endnoteRef:"};

/// True when every byte of `text` is ASCII, which is NFC as it stands:
/// eight bytes at a time.
bool AllAscii(const std::string& text) {
  size_t i = 0;
  for (; i + 8 <= text.size(); i += 8) {
    uint64_t eight;
    std::memcpy(&eight, text.data() + i, sizeof eight);
    if ((eight & 0x8080808080808080ULL) != 0) return false;
  }
  for (; i < text.size(); ++i)
    if (static_cast<unsigned char>(text[i]) >= 0x80) return false;
  return true;
}

/// True when UTF-8 `text` may hold a renderer marker: a bracket, or a
/// marker's name whose brackets OCR lost ("bookmark: HIk4968…").
bool MayHoldMarker(const std::string& text) {
  // Every marker's name ends in ':' (kMarkerPrefixes): a text with none of
  // '[', ']', ':' holds none, the most of cells.
  size_t at = FindAnyOf(text, "[]:");
  if (at == std::string::npos) return false;
  if (FindAnyOf(text, "[]", at) != std::string::npos) return true;
  static const std::vector<std::string> kNames = [] {
    std::vector<std::string> names;
    for (const char16_t* prefix : kMarkerPrefixes)
      names.push_back(Utf8(icu::UnicodeString(prefix + 1)));
    return names;
  }();
  for (const std::string& name : kNames)
    if (text.find(name) != std::string::npos) return true;
  return false;
}

/// Where a note's marker that OCR read without its closing bracket ends,
/// when `prefix` at `at` in `s` is "[footnoteRef:" or "[endnoteRef:" and its
/// number is followed by a blank or the text's end; `at` otherwise.
int32_t NoteNumberEnd(const icu::UnicodeString& s, const icu::UnicodeString& prefix, int32_t at) {
  if (prefix != u"[footnoteRef:" && prefix != u"[endnoteRef:") return at;
  int32_t i = at + prefix.length();
  int32_t digits = i;
  while (i < s.length() && u_isdigit(s.charAt(i))) ++i;
  if (i == digits) return at;
  return i == s.length() || u_isspace(s.char32At(i)) ? i : at;
}

icu::UnicodeString StripMarkers(const icu::UnicodeString& in) {
  const auto& kPrefixes = kMarkerPrefixes;
  icu::UnicodeString out = in;
  // The rest of a marker a refill broke after its colon ("[bookmark:" /
  // "_Hlk496862138]4. Tillgång"): a hidden bookmark's name of Word's making
  // and its closing bracket at the text's start.
  if (int32_t end = HiddenBookmarkNameEnd(out, 0);
      end > 0 && end < out.length() && out.charAt(end) == u']')
    out.remove(0, end + 1);
  for (const char16_t* prefix : kPrefixes) {
    icu::UnicodeString p(prefix);
    int32_t at;
    while ((at = out.indexOf(p)) >= 0) {
      // A note's marker names it by its number ("[footnoteRef:2]"): read by
      // OCR, its closing bracket may be lost ("år[footnoteRef:2 vilka är"),
      // and the marker ends with its digits before a blank.
      if (int32_t end = NoteNumberEnd(out, p, at); end > at) {
        out.remove(at, end - at);
        continue;
      }
      int32_t close = out.indexOf(u']', at);
      if (close < 0) {
        // A refill (fmt, fold -s) broke the marker after its colon: its
        // name and bracket went on to the next line (below), and nothing
        // but blanks follows here.
        int32_t after = at + p.length();
        while (after < out.length() && u_isspace(out.char32At(after))) ++after;
        if (after == out.length()) out.remove(at);
        break;
      }
      out.remove(at, close - at + 1);
    }
    // Read by OCR, the marker at a line's start may have lost its opening
    // bracket ("bookmark: HIk49]4. Tillgång"): the name without it, one word
    // up to the closing bracket.
    icu::UnicodeString bare = p.tempSubString(1);
    int32_t start = 0;
    while (start < out.length() && u_isspace(out.char32At(start))) ++start;
    if (out.compare(start, bare.length(), bare) != 0) continue;
    int32_t word = start + bare.length();
    while (word < out.length() && u_isspace(out.char32At(word))) ++word;
    int32_t close = out.indexOf(u']', word);
    bool one_word = close > word;
    for (int32_t i = word; one_word && i < close; ++i) one_word = !u_isspace(out.charAt(i));
    if (one_word) {
      out.remove(start, close - start + 1);
      continue;
    }
    // Both brackets lost ("bookmark: HIk49686213814. Tillgång"): only a name
    // of Word's own making ends where the bracket stood, since Word names
    // its hidden bookmarks "_Hlk", "_Toc" or "_Ref" and nine digits; the
    // character after them is the bracket read as something else.
    int32_t end = HiddenBookmarkNameEnd(out, word);
    if (end > word && end < out.length() && !u_isspace(out.char32At(end)))
      out.remove(start, end + 1 - start);
  }
  // OCR misread the marker's own name too ("bpookmark: HIk496862138]4."):
  // at the line's start, a word of letters and its colon, then a hidden
  // bookmark's name of Word's making and the closing bracket, is a marker.
  int32_t start = 0;
  while (start < out.length() && u_isspace(out.char32At(start))) ++start;
  int32_t colon = start;
  while (colon < out.length() && u_isalpha(out.charAt(colon))) ++colon;
  if (colon > start && colon < out.length() && out.charAt(colon) == u':') {
    int32_t name = colon + 1;
    while (name < out.length() && u_isspace(out.char32At(name))) ++name;
    const int32_t end = HiddenBookmarkNameEnd(out, name);
    if (end > name && end < out.length() && out.charAt(end) == u']')
      out.remove(start, end + 1 - start);
  }
  return out;
}

/// A cell that is a whole footnote body as a text export writes it: "[1: text]".
bool IsFootnoteBody(const std::string& s) {
  size_t i = 0;
  UChar32 c = NextCodePoint(s, &i);
  while (c >= 0 && u_isspace(c)) c = NextCodePoint(s, &i);
  if (c != u'[') return false;
  int digits = 0;
  while ((c = NextCodePoint(s, &i)) >= 0 && u_isdigit(c)) ++digits;
  return digits > 0 && c == u':';
}

/// The one non-blank cell of a line, or nullptr when it has none or several.
const Cell* OnlyCell(const Line& line) {
  const Cell* only = nullptr;
  for (const Cell& cell : line.cells) {
    if (cell.text.empty()) continue;
    if (only) return nullptr;
    only = &cell;
  }
  return only;
}

/// True when `s` goes on with a footnote's sentence broken off on the line
/// above: it starts with a lower-case letter, or with a digit or an opening
/// bracket (a footnote cites a law or a year: "(2008:567)").
bool GoesOnWithSentence(const std::string& s) {
  size_t at = 0;
  UChar32 c = NextCodePoint(s, &at);
  return StartsLowerCase(s) || c == u'(' || u_isdigit(c);
}

/// A footnote's body wrapped over lines (a text refilled narrow: fmt): a
/// one-cell line right after a footnote line of one cell on its page, when the
/// footnote's sentence has not ended and the line goes on with it, is the
/// footnote's too, and so on down. Never an answer to the question above.
void MarkWrappedFootnotes(Document* doc) {
  for (size_t k = 1; k < doc->lines.size(); ++k) {
    Line& line = doc->lines[k];
    const Line& above = doc->lines[k - 1];
    if (line.role != LineRole::kContent || above.role != LineRole::kFootnote ||
        line.page != above.page)
      continue;
    const Cell* foot = OnlyCell(above);
    const Cell* only = OnlyCell(line);
    if (foot && only && !EndsSentence(foot->text) && GoesOnWithSentence(only->text))
      line.role = LineRole::kFootnote;
  }
}

/// True when the line-break hyphen at `hyphen` of `s`, its word going on at
/// `next`, lies inside an e-mail address: the words from the one it ends to
/// the first after it that ends in no hyphen are one address in pieces
/// (BrokenAddress: "anna- lena.engs- tedt@solna.se").
bool InAddress(const icu::UnicodeString& s, int32_t hyphen, int32_t next) {
  auto gap = [](char16_t c) { return c == u' ' || c == u'\n'; };
  int32_t a = hyphen;
  while (a > 0 && !gap(s.charAt(a - 1))) --a;
  const int32_t n = s.length();
  int32_t e = next;
  for (;;) {
    while (e < n && !gap(s.charAt(e))) ++e;
    if (e >= n || s.charAt(e) != u' ' || s.charAt(e - 1) != u'-') break;
    while (e < n && s.charAt(e) == u' ') ++e;
  }
  return BrokenAddress(Utf8(s.tempSubStringBetween(a, e)));
}

/// How often a short one-cell line recurs in a report before it is taken for
/// a running header or footer (MarkRepeatedLines).
constexpr size_t kRepeatedLineCount = 3;

}  // namespace

bool Normaliser::KeepsHyphen(const std::string& next_word) const {
  icu::UnicodeString w = U(next_word);
  for (const Pattern& p : vocabulary_.keep_hyphen)
    if (RegexFind(p, w, nullptr, &cache_)) return true;
  return false;
}

bool Normaliser::KeepsCompoundHyphen(const icu::UnicodeString& s, int32_t hyphen,
                                     const std::string& word) const {
  int32_t h = hyphen;
  bool capitals = true;
  while (h > 0 && u_isalpha(s.char32At(s.moveIndex32(h, -1)))) {
    h = s.moveIndex32(h, -1);
    capitals &= u_isupper(s.char32At(h)) != 0;
  }
  if (capitals && hyphen - h >= 2) return true;
  return hyphenated_.count(Fold(Utf8(s.tempSubStringBetween(h, hyphen)) + "-" + word)) > 0;
}

std::string Normaliser::JoinHyphenated(const std::string& text) const {
  icu::UnicodeString s = U(text);
  icu::UnicodeString out;
  int32_t i = 0, n = s.length();
  while (i < n) {
    UChar32 c = s.char32At(i);
    int32_t next = s.moveIndex32(i, 1);
    // letter '-' space+ lowercase-letter...
    if (c == u'-' && i > 0 && u_isalpha(s.char32At(s.moveIndex32(i, -1))) && next < n &&
        s.charAt(next) == u' ') {
      int32_t j = next;
      while (j < n && s.charAt(j) == u' ') ++j;
      if (j < n && u_islower(s.char32At(j))) {
        int32_t k = j;
        while (k < n && (u_isalpha(s.char32At(k)))) k = s.moveIndex32(k, 1);
        std::string word = Utf8(s.tempSubStringBetween(j, k));
        if (KeepsCompoundHyphen(s, i, word)) {
          out.append(c);
          i = j;  // drop the space: "NPF-diagnoser"
          continue;
        }
        // Inside an e-mail address the hyphen may be the address's own
        // ("anna- lena.engstedt@..."): joined only where the document writes
        // the joined word, else left as written (no whole address).
        if (InAddress(s, i, j)) {
          int32_t h = i;
          while (h > 0 && u_isalpha(s.char32At(s.moveIndex32(h, -1)))) h = s.moveIndex32(h, -1);
          if (WrittenAsWord(Utf8(s.tempSubStringBetween(h, i)) + word)) {
            i = j;  // drop "- ": "engs- tedt" beside "Engstedt"
            continue;
          }
          out.append(c);
          i = next;
          continue;
        }
        if (!KeepsHyphen(word)) {
          i = j;  // drop "- "
          continue;
        }
      }
    }
    out.append(c);
    i = next;
  }
  return Utf8(out);
}

bool Normaliser::WrittenAsWord(const std::string& word) const {
  if (word.empty() || text_.empty()) return false;
  if (!text_folded_) {
    text_ = Fold(text_);
    text_folded_ = true;
  }
  const std::string w = Fold(word);
  for (size_t at = text_.find(w); at != std::string::npos; at = text_.find(w, at + 1))
    if (LetterRunStart(text_, at) == at && LetterRunEnd(text_, at + w.size()) == at + w.size())
      return true;
  return false;
}

void Normaliser::CollectHyphenated(const Document& doc) const {
  hyphenated_.clear();
  text_.clear();
  text_.shrink_to_fit();
  text_folded_ = false;
  // The text kept for WrittenAsWord: a report's (tens of KiB), not a large
  // file's, which would be held twice over (its addresses' breaks stay).
  size_t bytes = 0;
  for (const Line& line : doc.lines)
    for (const Cell& cell : line.cells) bytes += cell.text.size() + 1;
  const bool keep_text = bytes <= kWordEvidenceBytes;
  if (keep_text) text_.reserve(bytes);
  for (const Line& line : doc.lines)
    for (const Cell& cell : line.cells) {
      if (keep_text) {
        text_ += cell.text;
        text_ += '\n';
      }
      if (cell.text.find('-') == std::string::npos) continue;
      icu::UnicodeString s = U(cell.text);
      int32_t n = s.length();
      for (int32_t i = 1; i + 1 < n; ++i) {
        if (s.charAt(i) != u'-' || !u_isalpha(s.char32At(s.moveIndex32(i, -1))) ||
            !u_isalpha(s.char32At(i + 1)))
          continue;
        int32_t h = i, k = i + 1;
        while (h > 0 && u_isalpha(s.char32At(s.moveIndex32(h, -1)))) h = s.moveIndex32(h, -1);
        while (k < n && u_isalpha(s.char32At(k))) k = s.moveIndex32(k, 1);
        hyphenated_.insert(Fold(Utf8(s.tempSubStringBetween(h, k))));
      }
    }
}

std::string Normaliser::NormaliseText(const std::string& text) const {
  // NFC through ICU only when the quick check says the text is not NFC already.
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  std::string normal;
  const std::string* src = &text;
  if (U_SUCCESS(status) && !AllAscii(text) && !nfc->isNormalizedUTF8(text, status)) {
    status = U_ZERO_ERROR;
    icu::UnicodeString n = nfc->normalize(U(text), status);
    if (U_SUCCESS(status)) {
      normal = Utf8(n);
      src = &normal;
    }
  }
  if (MayHoldMarker(*src)) {
    normal = Utf8(StripMarkers(U(*src)));
    src = &normal;
  }
  // One pass over the UTF-8: odd spaces to ' ', invisibles out, footnote marks
  // out, runs of spaces squeezed, each paragraph trimmed.
  const std::string& in = *src;
  std::string out;
  out.reserve(in.size());
  bool pending_space = false;
  int32_t i = 0, n = static_cast<int32_t>(in.size());
  const uint8_t* bytes = reinterpret_cast<const uint8_t*>(in.data());
  while (i < n) {
    if (bytes[i] > 0x20 && bytes[i] < 0x7F) {
      // Printable ASCII, the most of a text, is none of what is tidied
      // below: a run of it is copied at once.
      int32_t end = i + 1;
      while (end < n && bytes[end] > 0x20 && bytes[end] < 0x7F) ++end;
      if (pending_space) out += ' ';
      pending_space = false;
      out.append(in, static_cast<size_t>(i), static_cast<size_t>(end - i));
      i = end;
      continue;
    }
    UChar32 c;
    int32_t at = i;
    U8_NEXT(bytes, i, n, c);
    if (c < 0) c = 0xFFFD;
    if (IsInvisible(c) || c == u'\r') continue;
    if (c == 0x2010 || c == 0x2011) c = u'-';
    if (c == u'\n') {
      while (!out.empty() && out.back() == ' ') out.pop_back();
      if (!out.empty() && out.back() != '\n') out += '\n';
      pending_space = false;
      continue;
    }
    if (IsOddSpace(c) || c == u'\t' || c == u' ' || (c > 0x7F && u_isUWhiteSpace(c))) {
      pending_space = !out.empty() && out.back() != '\n';
      continue;
    }
    // A footnote mark inside text ("decimaler¹:") is not part of the words.
    if (IsSuperscriptDigit(c) && !out.empty()) continue;
    if (pending_space) out += ' ';
    pending_space = false;
    if (c == 0xFFFD && bytes[at] != 0xEF) {
      out += "\xEF\xBF\xBD";
    } else {
      out.append(in, static_cast<size_t>(at), static_cast<size_t>(i - at));
    }
  }
  while (!out.empty() && (out.back() == '\n' || out.back() == ' ')) out.pop_back();
  if (out.find("- ") == std::string::npos) return out;
  return JoinHyphenated(out);
}

void Normaliser::Normalise(Document* doc) const {
  NormaliseLines(doc);
  FoldLines(doc);
  MarkRepeatedLines(doc, 0, doc->lines.size());
}

void Normaliser::FoldLines(Document* doc) const {
  for (Line& line : doc->lines) {
    for (Cell& cell : line.cells) cell.fold = cell.text.empty() ? std::string() : Fold(cell.text);
    if (!vocabulary_.answer_prefixes.empty()) LeaveOutAnswerPrefix(&line);
  }
}

void Normaliser::LeaveOutAnswerPrefix(Line* line) const {
  for (Cell& cell : line->cells) {
    if (cell.text.empty()) continue;
    for (const Pattern& p : vocabulary_.answer_prefixes) {
      RegexMatch m;
      if (!MayMatch(p, cell.fold.str()) || !RegexFind(p, cell.text, &m, &cache_) || m.start != 0)
        continue;
      icu::UnicodeString u = U(cell.text);
      if (m.end <= 0 || m.end >= u.length()) continue;  // the word alone: nothing to leave out
      cell.text = Trim(Utf8(u.tempSubString(m.end)));
      cell.fold = cell.text.empty() ? std::string() : Fold(cell.text);
      return;
    }
    return;  // only the line's first cell
  }
}

void Normaliser::NormaliseLines(Document* doc) const {
  CollectHyphenated(*doc);
  for (Line& line : doc->lines) {
    bool note_body = false;
    // The body's opening alone in the line's first cell ("[1:", the layout
    // parted it from its words by a gap): the cells after it are the body.
    bool bare_opening = false, text_before = false;
    for (Cell& cell : line.cells) {
      if (IsFootnoteBody(cell.text)) {
        bare_opening = !text_before && Trim(cell.text).back() == ':';
        cell.text.clear();  // an inline footnote body is not part of the row
        note_body = true;
      } else {
        cell.text = NormaliseText(cell.text);
        text_before |= !cell.text.empty();
      }
      cell.fold.clear();  // stale once the text changed: FoldLines stores it
    }
    // A line the body alone stood on is left blank, which the file's was not.
    if (note_body && line.origin.empty() && line.Blank()) line.origin = kNoteBodyOrigin;
    if (bare_opening && !line.Blank()) line.role = LineRole::kFootnote;
    // A line whose first text starts with a superscript digit is a footnote
    // body; so is one starting with '?' or '!', a space and a capital, which
    // is what a code page without ¹ and ² (Mac Roman) writes for the raised
    // number, and what OCR reads it as: no sentence starts so.
    for (const Cell& cell : line.cells) {
      if (cell.text.empty()) continue;
      size_t at = 0;
      UChar32 first = NextCodePoint(cell.text, &at);
      if (IsSuperscriptDigit(first)) line.role = LineRole::kFootnote;
      if ((first == '?' || first == '!') && at + 1 < cell.text.size() && cell.text[at] == ' ') {
        ++at;
        if (u_isupper(NextCodePoint(cell.text, &at))) line.role = LineRole::kFootnote;
      }
      break;
    }
    if (line.role != LineRole::kContent) continue;
    if (const Cell* only = OnlyCell(line))
      if (AnyFind(vocabulary_.furniture, only->text, &cache_)) line.role = LineRole::kFurniture;
  }
  MarkWrappedFootnotes(doc);
}

void Normaliser::MarkRepeatedLines(Document* doc, size_t begin, size_t end) const {
  end = std::min(end, doc->lines.size());
  // Short one-cell lines repeated on many pages are running headers or
  // footers; with no page edges to go by, each is compared whole (folded).
  std::vector<EdgeLine> candidates;
  std::vector<size_t> at;  // the line of each candidate
  for (size_t i = begin; i < end; ++i) {
    const Line& line = doc->lines[i];
    if (line.role != LineRole::kContent) continue;
    const Cell* only = OnlyCell(line);
    if (!only || only->text.size() > 40) continue;
    candidates.push_back(EdgeLine{only->Folded(), 0, 0});
    at.push_back(i);
  }
  for (size_t k : RunningLines(candidates, kRepeatedLineCount))
    doc->lines[at[k]].role = LineRole::kFurniture;
}

std::string Normaliser::JoinAnswerLines(const std::vector<std::string>& lines) const {
  std::string out;
  bool paragraph_break = false;
  for (const std::string& raw : lines) {
    std::string line = Trim(raw);
    if (line.empty()) {
      paragraph_break = !out.empty();
      continue;
    }
    if (out.empty()) {
      out = line;
      paragraph_break = false;
      continue;
    }
    icu::UnicodeString prev = U(out), next = U(line);
    UChar32 last = prev.char32At(prev.moveIndex32(prev.length(), -1));
    UChar32 first = next.char32At(0);
    bool continues =
        u_islower(first) && last != u'.' && last != u'!' && last != u'?' && last != u':';
    if (continues && last == u'-' && prev.length() > 1 &&
        u_isalpha(prev.char32At(prev.moveIndex32(prev.length() - 1, -1)))) {
      int32_t k = 0;
      while (k < next.length() && u_isalpha(next.char32At(k))) k = next.moveIndex32(k, 1);
      std::string word = Utf8(next.tempSubStringBetween(0, k));
      if (KeepsCompoundHyphen(prev, prev.length() - 1, word)) {
        out += line;  // "NPF-" + "diagnoser"
      } else if (!KeepsHyphen(word)) {
        out.pop_back();  // "arbets-" + "träning"
        out += line;
      } else {
        out += " " + line;
      }
    } else if (continues) {
      out += " " + line;
    } else {
      out += "\n" + line;
    }
    paragraph_break = false;
  }
  (void)paragraph_break;
  return out;
}

}  // namespace redovis
