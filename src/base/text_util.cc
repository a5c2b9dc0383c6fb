#include "base/text_util.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>

#include "base/utf8.h"

namespace redovis {

bool ConvertToUtf8(std::string_view bytes, const char* charset, std::string* out) {
  UErrorCode status = U_ZERO_ERROR;
  ConverterPtr conv(ucnv_open(charset, &status));
  if (U_FAILURE(status)) return false;
  icu::UnicodeString u(bytes.data(), static_cast<int32_t>(bytes.size()), conv.get(), status);
  if (U_FAILURE(status)) return false;
  out->clear();
  u.toUTF8String(*out);
  return true;
}

std::string Utf8(const icu::UnicodeString& s) {
  std::string out;
  s.toUTF8String(out);
  return out;
}

namespace {
bool IsSpace(UChar32 c) {
  // ASCII's white space (tab to carriage return, space) without ICU's call.
  if (c >= 0 && c < 0x80) return c == ' ' || (c >= '\t' && c <= '\r');
  return u_isUWhiteSpace(c);
}
}  // namespace

namespace {

/// Fold through ICU: any text.
std::string IcuFold(const std::string& s) {
  icu::UnicodeString u = U(s);
  u.foldCase();
  std::string out = Utf8(u);
  out.shrink_to_fit();  // kept beside every cell: no spare capacity from growing
  return out;
}

}  // namespace

std::string Fold(const std::string& s) {
  // Text of U+0000..U+00FF (ASCII and Latin-1: Swedish, most Western
  // European text) is folded here, byte by byte, as ICU folds it; a text
  // with any other character (or bytes that are not UTF-8) goes to ICU.
  // tests/text_util_test.cc compares the two on every such character. Each
  // of these folds is as long as what it folds (a two-byte letter to two
  // bytes, "ß" to "ss"), so the result is written in place, at its size.
  std::string out(s.size(), '\0');
  char* o = out.data();
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      o[i] = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
      continue;
    }
    unsigned char d = i + 1 < s.size() ? static_cast<unsigned char>(s[i + 1]) : 0;
    if ((c != 0xC2 && c != 0xC3) || d < 0x80 || d > 0xBF) return IcuFold(s);
    if (c == 0xC2 && d == 0xB5) {
      o[i] = '\xCE';  // MICRO SIGN folds to GREEK SMALL LETTER MU
      o[i + 1] = '\xBC';
    } else if (c == 0xC3 && d == 0x9F) {
      o[i] = 's';  // SHARP S: full folding
      o[i + 1] = 's';
    } else if (c == 0xC3 && d <= 0x9E && d != 0x97) {
      o[i] = static_cast<char>(c);  // capitals U+00C0..U+00DE (not U+00D7 x) to small
      o[i + 1] = static_cast<char>(d + 0x20);
    } else {
      o[i] = static_cast<char>(c);
      o[i + 1] = static_cast<char>(d);
    }
    ++i;
  }
  return out;
}

std::string_view TrimBlanks(std::string_view s) {
  size_t b = s.find_first_not_of(" \t");
  if (b == std::string_view::npos) return {};
  size_t e = s.find_last_not_of(" \t");
  return s.substr(b, e - b + 1);
}

bool EndsSentence(std::string_view s) {
  s = TrimBlanks(s);
  return !s.empty() && std::string_view(".!?:;").find(s.back()) != std::string_view::npos;
}

bool StartsLowerCase(std::string_view s) {
  size_t at = 0;
  return !s.empty() && u_islower(NextCodePoint(s, &at));
}

bool AddressAlone(std::string_view s) {
  s = TrimBlanks(s);
  return !s.empty() && s.find_first_of(" \t") == std::string_view::npos &&
         s.find('@') != std::string_view::npos;
}

bool BrokenAddress(std::string_view s) {
  s = TrimBlanks(s);
  bool at = false;
  size_t pieces = 0;
  while (!s.empty()) {
    const size_t end = std::min(s.find_first_of(" \t"), s.size());
    const std::string_view piece = s.substr(0, end);
    s = TrimBlanks(s.substr(end));
    at |= piece.find('@') != std::string_view::npos;
    if (pieces++ > 0 && !StartsLowerCase(piece)) return false;
    if (s.empty()) break;
    // A piece the next goes on from: a letter, then the hyphen.
    if (piece.size() < 2 || piece.back() != '-') return false;
    size_t i = CodePointStart(piece, piece.size() - 2);
    if (!u_isalpha(NextCodePoint(piece, &i))) return false;
  }
  return at && pieces >= 2;
}

std::string Trim(const std::string& s) {
  if (IsValidUtf8(s)) {  // trim the UTF-8 in place
    const uint8_t* b = reinterpret_cast<const uint8_t*>(s.data());
    int32_t begin = 0, end = static_cast<int32_t>(s.size());
    while (begin < end) {
      int32_t next = begin;
      UChar32 c;
      U8_NEXT(b, next, end, c);
      if (!IsSpace(c)) break;
      begin = next;
    }
    while (end > begin) {
      int32_t prev = end;
      UChar32 c;
      U8_PREV(b, begin, prev, c);
      if (!IsSpace(c)) break;
      end = prev;
    }
    return s.substr(static_cast<size_t>(begin), static_cast<size_t>(end - begin));
  }
  icu::UnicodeString u = U(s);
  int32_t b = 0, e = u.length();
  while (b < e && IsSpace(u.char32At(b))) b = u.moveIndex32(b, 1);
  while (e > b) {
    int32_t p = u.moveIndex32(e, -1);
    if (!IsSpace(u.char32At(p))) break;
    e = p;
  }
  return Utf8(u.tempSubStringBetween(b, e));
}

std::string Squeeze(const std::string& s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\t') {
      space = true;
    } else {
      if (space && !out.empty() && out.back() != '\n' && c != '\n') out += ' ';
      space = false;
      out += c;
    }
  }
  return out;
}

std::string AsciiFold(const std::string& s) {
  // ASCII alone: its case folding is its lower case, without ICU.
  if (std::all_of(s.begin(), s.end(),
                  [](char c) { return static_cast<unsigned char>(c) < 0x80; })) {
    std::string out = s;
    for (char& c : out)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
  }
  icu::UnicodeString u = U(s);
  u.foldCase();
  std::string out;
  UErrorCode nfd_status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(nfd_status);
  for (int32_t i = 0; i < u.length(); i = u.moveIndex32(i, 1)) {
    UChar32 c = u.char32At(i);
    if (c < 128) {
      out += static_cast<char>(c);
      continue;
    }
    // Decompose and keep the base letter (å -> a, é -> e, ö -> o).
    UChar32 base = u_getCombiningClass(c) == 0 ? c : 0;
    icu::UnicodeString one(c);
    UErrorCode st = U_ZERO_ERROR;
    if (U_SUCCESS(nfd_status)) {
      icu::UnicodeString d = nfd->normalize(one, st);
      if (U_SUCCESS(st) && d.length() > 0) base = d.char32At(0);
    }
    if (base > 0 && base < 128)
      out += static_cast<char>(base);
    else if (c == 0x00E6)
      out += "ae";
    else if (c == 0x00F8)
      out += "o";
    else if (c == 0x00DF)
      out += "ss";
  }
  return out;
}

int EditDistance(const std::string& a, const std::string& b) {
  icu::UnicodeString ua = U(a), ub = U(b);
  std::vector<UChar32> x, y;
  for (int32_t i = 0; i < ua.length(); i = ua.moveIndex32(i, 1)) x.push_back(ua.char32At(i));
  for (int32_t i = 0; i < ub.length(); i = ub.moveIndex32(i, 1)) y.push_back(ub.char32At(i));
  std::vector<int> prev(y.size() + 1), cur(y.size() + 1);
  for (size_t j = 0; j <= y.size(); ++j) prev[j] = static_cast<int>(j);
  for (size_t i = 1; i <= x.size(); ++i) {
    cur[0] = static_cast<int>(i);
    for (size_t j = 1; j <= y.size(); ++j)
      cur[j] =
          std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1)});
    std::swap(prev, cur);
  }
  return prev[y.size()];
}

namespace {

/// The folded words of `s`, each without the punctuation around it.
std::vector<std::string> Words(const std::string& s) {
  std::vector<std::string> out;
  icu::UnicodeString u = U(Fold(s));
  icu::UnicodeString word;
  auto flush = [&] {
    if (!word.isEmpty()) out.push_back(Utf8(word));
    word.remove();
  };
  for (int32_t i = 0; i < u.length(); i = u.moveIndex32(i, 1)) {
    UChar32 c = u.char32At(i);
    if (u_isalnum(c))
      word.append(c);
    else
      flush();
  }
  flush();
  return out;
}

bool SameWord(const std::string& a, const std::string& b) {
  if (a == b) return true;
  size_t longer = std::max(U(a).countChar32(), U(b).countChar32());
  return static_cast<size_t>(EditDistance(a, b)) * 5 <= longer;
}

}  // namespace

double WordSimilarity(const std::string& a, const std::string& b) {
  std::vector<std::string> x = Words(a), y = Words(b);
  if (x.empty() || y.empty()) return 0;
  std::vector<size_t> prev(y.size() + 1), cur(y.size() + 1);
  for (size_t j = 0; j <= y.size(); ++j) prev[j] = j;
  for (size_t i = 1; i <= x.size(); ++i) {
    cur[0] = i;
    for (size_t j = 1; j <= y.size(); ++j)
      cur[j] = std::min(
          {prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (SameWord(x[i - 1], y[j - 1]) ? 0 : 1)});
    std::swap(prev, cur);
  }
  double longer = static_cast<double>(std::max(x.size(), y.size()));
  return 1.0 - static_cast<double>(prev[y.size()]) / longer;
}

}  // namespace redovis
