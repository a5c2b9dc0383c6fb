// A rule's label and the tolerant comparison with it. See label.h.
#include "patterns/label.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <bit>
#include <climits>
#include <utility>

#include "base/utf8.h"

namespace redovis {

namespace {

/// The end of the group opening at `i` (the index of its ')'), or npos.
size_t GroupEnd(const std::string& s, size_t i) {
  int depth = 0;
  bool in_class = false;
  for (size_t k = i; k < s.size(); ++k) {
    char c = s[k];
    if (c == '\\') {
      ++k;
      continue;
    }
    if (in_class) {
      if (c == ']') in_class = false;
      continue;
    }
    if (c == '[') in_class = true;
    if (c == '(') ++depth;
    if (c == ')' && --depth == 0) return k;
  }
  return std::string::npos;
}

/// The first alternative of the group body s[b, e) (top level '|').
size_t FirstAlternativeEnd(const std::string& s, size_t b, size_t e) {
  int depth = 0;
  for (size_t k = b; k < e; ++k) {
    char c = s[k];
    if (c == '\\') {
      ++k;
      continue;
    }
    if (c == '(') ++depth;
    if (c == ')') --depth;
    if (c == '|' && depth == 0) return k;
  }
  return e;
}

/// True when a quantifier that allows nothing (?, *, {0,...}) follows at `i`.
bool OptionalAt(const std::string& s, size_t i) {
  if (i >= s.size()) return false;
  if (s[i] == '?' || s[i] == '*') return true;
  return s.compare(i, 3, "{0,") == 0 || s.compare(i, 3, "{0}") == 0;
}

/// Skips a quantifier at `i` (?, *, +, {n,m}, and a lazy '?').
size_t SkipQuantifier(const std::string& s, size_t i) {
  if (i < s.size() && (s[i] == '?' || s[i] == '*' || s[i] == '+')) {
    ++i;
  } else if (i < s.size() && s[i] == '{') {
    size_t close = s.find('}', i);
    i = close == std::string::npos ? s.size() : close + 1;
  } else {
    return i;
  }
  if (i < s.size() && (s[i] == '?' || s[i] == '+')) ++i;  // lazy or possessive
  return i;
}

enum class Stop { kNone, kOpen, kClosed, kFail };

/// Spells s[b, e) into `out`; returns why it stopped (kNone: reached `e`).
Stop Spell(const std::string& s, size_t b, size_t e, std::string* out) {
  size_t i = b;
  while (i < e) {
    char c = s[i];
    if (c == '$') return Stop::kClosed;
    if (c == '|') return Stop::kNone;  // the first alternative is spelt
    if (c == '^') {
      ++i;
      continue;
    }
    if (c == '(') {
      size_t close = GroupEnd(s, i);
      if (close == std::string::npos || close >= e) return Stop::kFail;
      if (s.compare(i, 3, "(?=") == 0)
        return s.substr(i, close - i).find('$') != std::string::npos ? Stop::kClosed : Stop::kOpen;
      if (s.compare(i, 3, "(?!") == 0 || s.compare(i, 4, "(?<=") == 0 ||
          s.compare(i, 4, "(?<!") == 0) {
        i = close + 1;
        continue;
      }
      if (s.compare(i, 3, "(?:") != 0) return Stop::kOpen;  // a capture group: the value
      size_t after = close + 1;
      if (OptionalAt(s, after)) {
        i = SkipQuantifier(s, after);  // an optional part: left out
        continue;
      }
      size_t body = i + 3;
      Stop st = Spell(s, body, FirstAlternativeEnd(s, body, close), out);
      if (st != Stop::kNone) return st;
      i = SkipQuantifier(s, after);
      continue;
    }
    if (c == '.') {
      size_t after = i + 1;
      if (after < s.size() && (s[after] == '*' || s[after] == '+')) {
        *out += ' ';  // words between two literals
        i = SkipQuantifier(s, after);
        continue;
      }
      return Stop::kFail;
    }
    if (c == '[') {
      size_t close = s.find(']', i + 1);
      if (close == std::string::npos || s[i + 1] == '^') return Stop::kFail;
      size_t first = i + 1, next = first;
      NextCodePoint(s, &next);
      std::string ch = s.substr(first, next - first);
      if (ch == "\\" || next > close) return Stop::kFail;
      if (!OptionalAt(s, close + 1)) *out += ch;
      i = SkipQuantifier(s, close + 1);
      continue;
    }
    if (c == '\\') {
      if (i + 1 >= e) return Stop::kFail;
      char x = s[i + 1];
      size_t after = i + 2;
      if (x == 's' || x == 'h') {
        *out += ' ';
      } else if (x == 'b' || x == 'B') {
        // a word boundary: nothing to spell
      } else if (x == 'd') {
        // a digit: only a year is spelt (it is no word when comparing)
        if (s.compare(after, 3, "{4}") == 0)
          *out += "2000";
        else
          return Stop::kFail;
      } else if (std::string(".()[]{}?*+|^$\\/-:,\"").find(x) != std::string::npos) {
        if (!OptionalAt(s, after)) *out += x;
      } else {
        return Stop::kFail;
      }
      i = SkipQuantifier(s, after);
      continue;
    }
    if (c == ')' || c == '?' || c == '*' || c == '+' || c == '{') return Stop::kFail;
    size_t next = i;
    NextCodePoint(s, &next);
    if (!OptionalAt(s, next)) *out += s.substr(i, next - i);
    i = SkipQuantifier(s, next);
  }
  return Stop::kNone;
}

bool IsAsciiAlnum(char16_t u) {
  return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9');
}

bool IsYear(const std::u32string& w) {
  return w.size() == 4 && ((w[0] == U'1' && w[1] == U'9') || (w[0] == U'2' && w[1] == U'0')) &&
         std::all_of(w.begin(), w.end(), [](char32_t c) { return c >= U'0' && c <= U'9'; });
}

/// The characters by which `text` may differ from `label`'s word and still be it.
int Allowed(const std::u32string& label) {
  if (label.size() >= 8) return 2;
  if (label.size() >= 4) return 1;
  return 0;
}

struct Cost {
  int words = INT_MAX / 2, chars = INT_MAX / 2;
  bool operator<(const Cost& o) const {
    return words != o.words ? words < o.words : chars < o.chars;
  }
};

}  // namespace

// Only the band of cells within `limit` of the diagonal can
// hold a distance of `limit` or less, so only it is worked out, and the
// rows stop once all of the band is past `limit` (a row's least cell never
// falls in the rows below it).
int BoundedDistance(const std::u32string& a, const std::u32string& b, int limit) {
  const size_t n = a.size(), m = b.size(), k = static_cast<size_t>(limit);
  const int over = limit + 1;
  if ((n > m ? n - m : m - n) > k) return over;
  // Two rows on the stack for a word of the usual length, on the heap past it.
  constexpr size_t kShort = 48;
  int prev_small[kShort + 1], cur_small[kShort + 1];
  std::vector<int> prev_big, cur_big;
  int* prev = prev_small;
  int* cur = cur_small;
  if (m > kShort) {
    prev_big.resize(m + 1);
    cur_big.resize(m + 1);
    prev = prev_big.data();
    cur = cur_big.data();
  }
  for (size_t j = 0; j <= m; ++j) prev[j] = j <= k ? static_cast<int>(j) : over;
  for (size_t i = 1; i <= n; ++i) {
    const size_t lo = i > k ? i - k : 1, hi = std::min(m, i + k);
    cur[lo - 1] = lo == 1 && i <= k ? static_cast<int>(i) : over;
    int least = cur[lo - 1];
    for (size_t j = lo; j <= hi; ++j) {
      int up = j <= i - 1 + k ? prev[j] : over;  // prev[j] outside the last row's band
      int d = std::min({up + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] != b[j - 1])});
      cur[j] = std::min(d, over);
      least = std::min(least, cur[j]);
    }
    if (hi < m) cur[hi + 1] = over;
    if (least > limit) return over;
    std::swap(prev, cur);
  }
  return std::min(prev[m], over);
}

uint64_t CharacterMask(const std::u32string& word) {
  uint64_t mask = 0;
  for (char32_t c : word) mask |= uint64_t{1} << (c & 63);
  return mask;
}

bool MayBeNear(const std::u32string& a, const std::u32string& b, int limit) {
  // An edit adds a character to a word's set of characters, takes one from
  // it, or both: the sets of two words `d` edits apart differ in at most
  // 2d characters, and their masks (the characters folded onto 64 bits) in
  // no more bits than that.
  return std::popcount(CharacterMask(a) ^ CharacterMask(b)) <= 2 * limit;
}

std::string DeriveLabel(const std::string& source, bool* closed) {
  *closed = false;
  if (source.empty() || source[0] != '^') return "";
  std::string out;
  Stop st = Spell(source, 1, source.size(), &out);
  if (st == Stop::kFail) return "";
  *closed = st == Stop::kClosed;
  // Spaces as one; none at the ends.
  std::string tidy;
  for (char c : out) {
    if (c == ' ' && (tidy.empty() || tidy.back() == ' ')) continue;
    tidy += c;
  }
  while (!tidy.empty() && tidy.back() == ' ') tidy.pop_back();
  return tidy;
}

std::vector<std::u32string> LabelWords(const icu::UnicodeString& text, std::vector<int32_t>* ends,
                                       size_t max_words) {
  std::vector<std::u32string> words;
  if (max_words == 0) return words;
  std::u32string word;
  int32_t i = 0;
  auto flush = [&](int32_t at) {
    if (word.empty()) return;
    if (!IsYear(word)) {
      words.push_back(std::move(word));
      if (ends) ends->push_back(at);
    }
    word.clear();
  };
  const char16_t* units = text.getBuffer();
  const int32_t length = text.length();
  while (i < length && words.size() < max_words) {
    char16_t unit = units[i];
    if (unit < 0x80) {  // ASCII, the most of a text: ICU's answers, without the calls
      // A run of ASCII letters and digits, appended at once, folded.
      int32_t run = i;
      while (run < length && units[run] < 0x80 && IsAsciiAlnum(units[run])) ++run;
      if (run == i) {
        flush(i);
        ++i;
        continue;
      }
      const size_t at = word.size();
      word.resize(at + static_cast<size_t>(run - i));
      for (int32_t k = i; k < run; ++k) {
        const char16_t u = units[k];
        word[at + static_cast<size_t>(k - i)] =
            static_cast<char32_t>(u >= 'A' && u <= 'Z' ? u - 'A' + 'a' : u);
      }
      i = run;
      continue;
    }
    UChar32 c = text.char32At(i);
    int32_t next = text.moveIndex32(i, 1);
    if (u_isalnum(c)) {
      word += static_cast<char32_t>(u_foldCase(c, U_FOLD_CASE_DEFAULT));
    } else {
      flush(i);
    }
    i = next;
  }
  if (words.size() < max_words) flush(text.length());
  return words;
}

LabelDistance CompareLabel(const std::vector<std::u32string>& label, bool closed,
                           const icu::UnicodeString& text, const LabelTolerance& tolerance) {
  if (label.empty()) return LabelDistance{};
  std::vector<int32_t> ends;
  std::vector<std::u32string> words = LabelWords(text, &ends);
  return CompareLabel(label, closed, text, words, ends, tolerance);
}

bool MayBeWithin(const std::vector<std::u32string>& label, const std::vector<std::u32string>& words,
                 const LabelTolerance& tolerance) {
  size_t n = label.size();
  if (n == 0) return false;
  size_t w = static_cast<int>(n) >= tolerance.min_words ? static_cast<size_t>(tolerance.words) : 0;
  for (size_t i = 0; i <= w && i < n; ++i) {
    int allowed = std::min(Allowed(label[i]), tolerance.chars);
    for (size_t j = 0; j <= w && j < words.size(); ++j) {
      if (label[i] == words[j]) return true;
      if (allowed <= 0) continue;
      size_t a = label[i].size(), b = words[j].size();
      if ((a > b ? a - b : b - a) > static_cast<size_t>(allowed)) continue;
      if (!MayBeNear(label[i], words[j], allowed)) continue;
      if (BoundedDistance(label[i], words[j], allowed) <= allowed) return true;
    }
  }
  return false;
}

LabelDistance CompareLabel(const std::vector<std::u32string>& label, bool closed,
                           const icu::UnicodeString& text, const std::vector<std::u32string>& words,
                           const std::vector<int32_t>& ends, const LabelTolerance& tolerance) {
  LabelDistance best;
  if (label.empty()) return best;
  size_t n = label.size(), m = std::min(words.size(), n + static_cast<size_t>(tolerance.words));
  // d[i][j]: the label's first i words against the text's first j.
  std::vector<std::vector<Cost>> d(n + 1, std::vector<Cost>(m + 1));
  d[0][0] = {0, 0};
  for (size_t i = 0; i <= n; ++i) {
    for (size_t j = 0; j <= m; ++j) {
      Cost& c = d[i][j];
      if (i > 0) c = std::min(c, Cost{d[i - 1][j].words + 1, d[i - 1][j].chars});
      if (j > 0) c = std::min(c, Cost{d[i][j - 1].words + 1, d[i][j - 1].chars});
      if (i > 0 && j > 0) {
        const Cost& p = d[i - 1][j - 1];
        int dist = label[i - 1] == words[j - 1]
                       ? 0
                       : BoundedDistance(label[i - 1], words[j - 1], Allowed(label[i - 1]));
        Cost same = dist <= Allowed(label[i - 1]) ? Cost{p.words, p.chars + dist}
                                                  : Cost{p.words + 1, p.chars};
        c = std::min(c, same);
      }
    }
  }
  int allowed_words = static_cast<int>(n) >= tolerance.min_words ? tolerance.words : 0;
  bool found = false;
  for (size_t j = m + 1; j-- > 1;) {  // on a tie, the longer reading (a word changed, not left out)
    int32_t end = ends[j - 1];
    if (closed) {
      // Nothing after the label but punctuation, up to a colon, a dash set
      // off by spaces ("Struktur i vardag - 3 kvinnor": a retyped form's
      // colon) or the end.
      bool ok = true;
      for (int32_t k = end; k < text.length(); k = text.moveIndex32(k, 1)) {
        UChar32 c = text.char32At(k);
        if (c == ':') break;
        if ((c == u'-' || c == 0x2013 || c == 0x2014) && k > 0 && u_isspace(text.char32At(k - 1)) &&
            k + 1 < text.length() && u_isspace(text.char32At(k + 1)))
          break;
        if (u_isalnum(c)) {
          ok = false;
          break;
        }
      }
      if (!ok) continue;
    }
    const Cost& c = d[n][j];
    if (!found || c < Cost{best.words, best.chars}) {
      best.words = c.words;
      best.chars = c.chars;
      best.end = end;
      found = true;
    }
  }
  if (!found) {
    best.words = static_cast<int>(n);
    return best;
  }
  best.within = best.words <= allowed_words && best.chars <= tolerance.chars &&
                best.words < static_cast<int>(n);
  return best;
}

}  // namespace redovis
