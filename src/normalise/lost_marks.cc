#include "normalise/lost_marks.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <set>

#include "base/utf8.h"

namespace redovis {
namespace {

constexpr char kNote[] = "diacritics lost, marks given back to words: ";

bool IsLetter(UChar32 c) {
  return u_isalpha(c) != 0;
}

// `c` in its base form: the first code point of its canonical decomposition
// ("å" -> "a"), or `c` itself when it has none.
UChar32 Base(UChar32 c) {
  if (c < 0x80) return c;
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  if (U_FAILURE(status) || nfd == nullptr) return c;
  icu::UnicodeString decomposition;
  if (!nfd->getDecomposition(c, decomposition) || decomposition.isEmpty()) return c;
  return decomposition.char32At(0);
}

// True when `token` is an e-mail or web address.
bool IsAddress(const std::u32string& token) {
  std::u32string lower;
  for (char32_t c : token)
    lower.push_back(static_cast<char32_t>(u_tolower(static_cast<UChar32>(c))));
  return lower.find(U'@') != std::u32string::npos || lower.find(U"://") != std::u32string::npos ||
         lower.rfind(U"www.", 0) == 0;
}

// The runs of letters of `text`, case-folded code point by code point.
std::vector<std::u32string> FoldedWords(std::string_view text) {
  std::vector<std::u32string> words;
  std::u32string cur;
  for (UChar32 c : DecodeUtf8(text)) {
    if (IsLetter(c)) {
      cur.push_back(static_cast<char32_t>(u_foldCase(c, U_FOLD_CASE_DEFAULT)));
    } else if (!cur.empty()) {
      words.push_back(std::move(cur));
      cur.clear();
    }
  }
  if (!cur.empty()) words.push_back(std::move(cur));
  return words;
}

}  // namespace

LostMarks::LostMarks(const std::vector<std::string>& texts) {
  std::set<std::u32string> words;
  for (const std::string& t : texts)
    for (std::u32string& w : FoldedWords(t))
      if (w.size() >= 2) words.insert(std::move(w));
  // Each marked word under its two keys; a key two words share, or that is
  // itself a word, restores nothing (an empty value).
  std::map<UChar32, size_t> holding;  // marked letter -> marked words holding it
  size_t marked_words = 0;
  for (const std::u32string& w : words) {
    std::u32string key = w, qkey = w;
    std::set<UChar32> marked;
    for (size_t i = 0; i < w.size(); ++i) {
      const UChar32 base = Base(static_cast<UChar32>(w[i]));
      if (base == static_cast<UChar32>(w[i])) continue;
      key[i] = static_cast<char32_t>(base);
      qkey[i] = U'?';
      marked.insert(static_cast<UChar32>(w[i]));
    }
    if (marked.empty()) continue;
    ++marked_words;
    for (UChar32 c : marked) ++holding[c];
    for (const std::u32string& k : {key, qkey}) {
      auto [it, fresh] = by_key_.emplace(k, w);
      if ((!fresh && it->second != w) || words.count(k)) it->second.clear();
    }
  }
  for (const auto& [c, n] : holding) {
    if (n * 10 < marked_words) continue;
    telling_.push_back(EncodeUtf8(c));
    const UChar32 upper = u_toupper(c);
    if (upper != c) telling_.push_back(EncodeUtf8(upper));
  }
  words_.insert(words.begin(), words.end());
}

bool LostMarks::Knows(std::string_view word) const {
  const std::vector<std::u32string> runs = FoldedWords(word);
  return runs.size() == 1 && runs[0].size() >= 2 && CodePointCount(word) == runs[0].size() &&
         words_.count(runs[0]) > 0;
}

bool LostMarks::HoldsManyMarks(const Document& doc) {
  size_t marks = 0;
  for (const Line& line : doc.lines)
    for (const Cell& cell : line.cells) {
      const std::string& t = cell.text;
      for (size_t i = 0; i < t.size();) {
        if (static_cast<unsigned char>(t[i]) < 0x80) {
          ++i;
          continue;
        }
        const UChar32 c = NextCodePoint(t, &i);
        if (IsLetter(c) && Base(c) != c && ++marks >= kManyMarks) return true;
      }
    }
  return false;
}

std::vector<std::string> LostMarks::PatternTexts(const PatternSet& patterns) {
  std::vector<std::string> texts;
  for (const auto& ed : patterns.editions()) {
    for (const Pattern& p : ed->starts) texts.push_back(p.source);
    for (const SectionHeading& s : ed->sections) texts.push_back(s.regex.source);
    for (const auto& r : ed->rules) {
      texts.push_back(r->regex.source);
      texts.push_back(r->option_value);
    }
  }
  for (const Municipality& m : patterns.municipalities().all()) {
    texts.push_back(m.name);
    texts.push_back(m.county);
    texts.push_back(m.official);
    for (const std::string& n : m.other_names) texts.push_back(n);
  }
  return texts;
}

bool LostMarks::HoldsMarks(std::string_view text) const {
  for (const std::string& t : telling_)
    if (text.find(t) != std::string_view::npos) return true;
  return false;
}

const std::u32string* LostMarks::Lookup(const std::u32string& word) const {
  auto it = by_key_.find(word);
  if (it == by_key_.end() || it->second.empty()) return nullptr;
  return &it->second;
}

std::string AsWritten(const std::string& text, const MarksGivenBack& back) {
  if (back.empty()) return text;
  std::string out;
  for (UChar32 c : DecodeUtf8(text)) {
    auto it = back.find(static_cast<char32_t>(c));
    AppendUtf8(it == back.end() ? c : static_cast<UChar32>(it->second), &out);
  }
  return out;
}

std::string LostMarks::RestoreText(const std::string& text, size_t* restored,
                                   MarksGivenBack* back) const {
  const std::u32string s = U32FromUtf8(text);
  std::u32string out;
  out.reserve(s.size());
  size_t i = 0;
  while (i < s.size()) {
    const UChar32 c = static_cast<UChar32>(s[i]);
    // An address (a token holding '@', "://" or opening "www.") is written
    // as it stands: its host was never written with marks.
    if (!u_isspace(c) && (i == 0 || u_isspace(static_cast<UChar32>(s[i - 1])))) {
      size_t end = i;
      while (end < s.size() && !u_isspace(static_cast<UChar32>(s[end]))) ++end;
      if (IsAddress(s.substr(i, end - i))) {
        out.append(s, i, end - i);
        i = end;
        continue;
      }
    }
    if (!IsLetter(c) && c != U'?') {
      out.push_back(s[i++]);
      continue;
    }
    // A run of letters, and of '?' standing for a letter iconv could not
    // write, holding a letter.
    size_t end = i;
    bool letters = false;
    while (end < s.size() && (IsLetter(static_cast<UChar32>(s[end])) || s[end] == U'?')) {
      letters = letters || s[end] != U'?';
      ++end;
    }
    std::u32string word = s.substr(i, end - i);
    std::u32string key = word;
    for (char32_t& k : key)
      k = static_cast<char32_t>(u_foldCase(static_cast<UChar32>(k), U_FOLD_CASE_DEFAULT));
    const std::u32string* marked = letters ? Lookup(key) : nullptr;
    if (marked == nullptr || marked->size() != word.size()) {
      out += word;
      i = end;
      continue;
    }
    // Case kept letter by letter; a '?' takes the case of the letter after
    // it, and at a word's start upper case also where the text before it in
    // the cell holds no letter.
    bool letter_before = false;
    for (size_t k = 0; k < i && !letter_before; ++k)
      letter_before = IsLetter(static_cast<UChar32>(s[k]));
    for (size_t k = 0; k < word.size(); ++k) {
      const UChar32 m = static_cast<UChar32>((*marked)[k]);
      bool upper = u_isupper(static_cast<UChar32>(word[k]));
      if (word[k] == U'?') {
        const bool next_upper = k + 1 < word.size() && u_isupper(static_cast<UChar32>(word[k + 1]));
        upper = next_upper || (k == 0 && !letter_before);
      }
      const char32_t written = static_cast<char32_t>(upper ? u_toupper(m) : m);
      out.push_back(written);
      if (back && written != word[k]) back->emplace(written, word[k]);
    }
    if (restored && out.compare(out.size() - word.size(), word.size(), word) != 0) ++*restored;
    i = end;
  }
  return Utf8FromU32(out);
}

size_t LostMarks::Restore(Document* doc, MarksGivenBack* back) const {
  size_t letters = 0, known = 0;
  for (const Line& line : doc->lines)
    for (const Cell& cell : line.cells) {
      if (HoldsMarks(cell.text)) return 0;
      if (known >= kMinWords && letters >= kMinLetters) continue;
      letters += LetterCount(cell.text);
      for (const std::u32string& w : FoldedWords(cell.text))
        if (Lookup(w)) ++known;
    }
  if (letters < kMinLetters) return 0;
  // Words holding a '?' are counted by RestoreText itself: a dry run.
  if (known < kMinWords) {
    size_t q = 0;
    for (const Line& line : doc->lines)
      for (const Cell& cell : line.cells)
        if (cell.text.find('?') != std::string::npos) RestoreText(cell.text, &q);
    if (q < kMinWords) return 0;
  }
  // The letters the document holds as written: never taken back.
  std::set<char32_t> held;
  for (const Line& line : doc->lines)
    for (const Cell& cell : line.cells)
      for (UChar32 c : DecodeUtf8(cell.text))
        if (c >= 0x80) held.insert(static_cast<char32_t>(c));
  size_t restored = 0;
  MarksGivenBack given;
  for (Line& line : doc->lines)
    for (Cell& cell : line.cells) {
      size_t n = 0;
      std::string text = RestoreText(cell.text, &n, &given);
      if (n == 0) continue;
      restored += n;
      cell.text = std::move(text);
      if (!cell.fold.empty()) cell.fold.clear();
    }
  if (back) {
    for (const auto& [written, was] : given)
      if (!held.count(written)) back->emplace(written, was);
  }
  return restored;
}

std::string DiacriticsLostNote(size_t words) {
  return kNote + std::to_string(words);
}

bool IsDiacriticsLostNote(const std::string& note, std::string* words) {
  const std::string prefix = kNote;
  if (note.compare(0, prefix.size(), prefix) != 0) return false;
  if (words) *words = note.substr(prefix.size());
  return true;
}

}  // namespace redovis
