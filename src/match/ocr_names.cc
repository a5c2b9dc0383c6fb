#include "match/ocr_names.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <string_view>

#include "base/text_util.h"
#include "base/utf8.h"

namespace redovis {

namespace {

/// A word of a text: its bytes [begin, end) with the punctuation around it
/// left out.
struct Word {
  size_t begin = 0, end = 0;
};

std::vector<Word> Words(const std::string& text) {
  std::vector<Word> out;
  auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
  auto punct = [](char c) {
    return c == ',' || c == '.' || c == ';' || c == ':' || c == '(' || c == ')' || c == '"' ||
           c == '\'' || c == '!' || c == '?';
  };
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && space(text[i])) ++i;
    size_t b = i;
    while (i < text.size() && !space(text[i])) ++i;
    size_t e = i;
    while (b < e && punct(text[b])) ++b;
    while (e > b && punct(text[e - 1])) --e;
    if (b < e) out.push_back({b, e});
  }
  return out;
}

/// True when `written` is `read` with one or more of its plain letters
/// (a, o, A, O, ...) written with a diaeresis or ring, in the same case.
bool MarksLost(const std::string& read, const std::string& written) {
  std::vector<UChar32> r = DecodeUtf8(read), w = DecodeUtf8(written);
  if (r.size() != w.size() || r.empty() || r == w) return false;
  for (size_t i = 0; i < r.size(); ++i) {
    if (r[i] == w[i]) continue;
    if (r[i] >= 0x80 || w[i] < 0x80) return false;
    if (AsciiFold(EncodeUtf8(w[i])) != AsciiFold(EncodeUtf8(r[i]))) return false;
    if (u_isupper(w[i]) != u_isupper(r[i])) return false;
  }
  return true;
}

/// True for a capitalised word of ASCII letters (and hyphens).
bool PlainName(const std::string& w) {
  if (w.empty() || w[0] < 'A' || w[0] > 'Z') return false;
  for (char c : w)
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-')) return false;
  return true;
}

/// The head that compound names of the registry (`words`, sorted) begin
/// with, written with a diaeresis or ring, which `read` is with them lost
/// ("Oster": "Öster" of "Österåker", "Östersund", "Östergötlands"). "" when
/// a registry word begins with `read` as read, when two heads fit, or when
/// the head begins fewer than two names (a name and its genitive in -s are
/// one: "Ängel" of "Ängelholm" alone is no head).
std::string RegistryHead(const std::string& read, const std::vector<std::string>& words) {
  const size_t letters = DecodeUtf8(read).size();
  std::string head;
  std::vector<std::string> names;
  for (const std::string& w : words) {
    const std::vector<UChar32> cps = DecodeUtf8(w);
    if (cps.size() <= letters) continue;
    std::string start;
    for (size_t i = 0; i < letters; ++i) start += EncodeUtf8(cps[i]);
    if (start == read) return "";
    if (!MarksLost(read, start)) continue;
    if (!head.empty() && head != start) return "";
    head = start;
    names.push_back(w.back() == 's' ? w.substr(0, w.size() - 1) : w);
  }
  std::sort(names.begin(), names.end());
  names.erase(std::unique(names.begin(), names.end()), names.end());
  return names.size() >= 2 ? head : "";
}

}  // namespace

int MisreadReach(int letters) {
  return letters < 5 ? 0 : letters < 9 ? 1 : 2;
}

namespace {

/// The pieces between dots of `address`'s name part, none when it has no
/// '@' or holds capitals before it.
std::vector<std::string> NameParts(const std::string& address) {
  const size_t at = address.find('@');
  if (at == std::string::npos || at == 0) return {};
  const std::string local = address.substr(0, at);
  for (char c : local)
    if (c >= 'A' && c <= 'Z') return {};
  return SplitAt(local, '.');
}

/// `name`'s words ASCII-folded to lower case, as an address spells them;
/// none when a word folds to more than letters and hyphens.
std::vector<std::string> AddressWords(const std::string& name) {
  std::vector<std::string> words;
  for (const Word& w : Words(name))
    words.push_back(AsciiFold(name.substr(w.begin, w.end - w.begin)));
  for (const std::string& w : words)
    for (char c : w)
      if (!((c >= 'a' && c <= 'z') || c == '-')) return {};
  return words;
}

}  // namespace

bool SpellsName(const std::string& address, const std::vector<std::string>& names) {
  const std::vector<std::string> parts = NameParts(address);
  if (parts.size() < 2) return false;
  for (const std::string& n : names)
    if (AddressWords(n) == parts) return true;
  return false;
}

bool NamePartWritten(const std::string& address, const std::vector<std::string>& lines) {
  const std::vector<std::string> parts = NameParts(address);
  if (parts.size() != 1 || MisreadReach(static_cast<int>(parts[0].size())) == 0) return false;
  const std::string& part = parts[0];
  for (char c : part)
    if (!((c >= 'a' && c <= 'z') || c == '-')) return false;
  const std::string domain = AsciiFold(address.substr(address.find('@') + 1));
  auto in_word = [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.' ||
           c == '@' || static_cast<unsigned char>(c) >= 0x80;
  };
  for (const std::string& line : lines) {
    const std::string folded = AsciiFold(line);
    if (folded.find(domain) != std::string::npos) continue;
    for (size_t at = folded.find(part); at != std::string::npos; at = folded.find(part, at + 1)) {
      const size_t end = at + part.size();
      const bool begins = at == 0 || !in_word(folded[at - 1]);
      // A sentence's full stop after the word is no address's dot.
      const bool ends =
          end == folded.size() || !in_word(folded[end]) ||
          (folded[end] == '.' && (end + 1 == folded.size() || folded[end + 1] == ' '));
      if (begins && ends) return true;
    }
  }
  return false;
}

std::string AddressByName(const std::string& address, const std::vector<std::string>& names,
                          std::string* name) {
  const std::vector<std::string> parts = NameParts(address);
  if (parts.empty()) return "";
  const size_t at = address.find('@');
  std::string found, by;
  for (const std::string& n : names) {
    const std::vector<std::string> words = AddressWords(n);
    if (words.size() != parts.size() || parts.size() < 2) continue;
    size_t differing = 0, at_part = 0;
    for (size_t i = 0; i < parts.size(); ++i)
      if (parts[i] != words[i]) ++differing, at_part = i;
    if (differing == 0) return "";  // the address spells a name of the document
    if (differing > 1) continue;
    const std::string& want = words[at_part];
    const int d = EditDistance(parts[at_part], want);
    if (d > MisreadReach(static_cast<int>(want.size()))) continue;
    std::string local_by_name;
    for (size_t i = 0; i < words.size(); ++i) local_by_name += (i ? "." : "") + words[i];
    if (!found.empty() && found != local_by_name) return "";  // two names fit: neither
    found = local_by_name;
    by = n;
  }
  if (found.empty()) return "";
  if (name) *name = by;
  return found + address.substr(at);
}

std::string WordsByDocument(const std::string& text, const std::vector<std::string>& lines,
                            std::vector<WordSnap>* snaps) {
  const std::vector<Word> words = Words(text);
  auto word = [](const std::string& s, const Word& w) {
    return s.substr(w.begin, w.end - w.begin);
  };
  std::string out = text;
  // Set right from the end, so that the earlier words' places hold.
  for (size_t i = words.size(); i-- > 0;) {
    const std::string read = word(text, words[i]);
    if (!PlainName(read)) continue;
    const std::string before = i > 0 ? word(text, words[i - 1]) : "";
    const std::string after = i + 1 < words.size() ? word(text, words[i + 1]) : "";
    std::string written;
    bool two = false;
    for (const std::string& line : lines) {
      const std::vector<Word> lw = Words(line);
      for (size_t j = 0; j < lw.size() && !two; ++j) {
        const std::string candidate = word(line, lw[j]);
        if (!MarksLost(read, candidate)) continue;
        const bool same_before = !before.empty() && j > 0 && word(line, lw[j - 1]) == before;
        const bool same_after =
            !after.empty() && j + 1 < lw.size() && word(line, lw[j + 1]) == after;
        if (!same_before && !same_after) continue;
        if (!written.empty() && written != candidate) two = true;
        written = candidate;
      }
    }
    if (two || written.empty()) continue;
    out.replace(words[i].begin, words[i].end - words[i].begin, written);
    if (snaps) snaps->insert(snaps->begin(), {read, written});
  }
  return out;
}

namespace {

/// A word's code points in lower case, or none when it holds anything but
/// letters.
std::vector<UChar32> LowerLetters(const std::string& word) {
  std::vector<UChar32> cps = DecodeUtf8(word);
  for (UChar32& c : cps) {
    if (!u_isalpha(c)) return {};
    c = u_tolower(c);
  }
  return cps;
}

/// True when `c` is a letter with a diaeresis or ring whose plain letter is `plain`.
bool MarkedOf(UChar32 c, UChar32 plain) {
  if (c < 0x80 || plain >= 0x80) return false;
  const std::string folded = AsciiFold(EncodeUtf8(c));
  return folded.size() == 1 && static_cast<UChar32>(folded[0]) == plain;
}

/// The stem evidence needs: eight letters, as long as a misread of two edits.
constexpr size_t kMarkStem = 8;

}  // namespace

std::string MarksByDocument(const std::string& text, const std::vector<std::string>& lines,
                            std::vector<WordSnap>* snaps) {
  const std::vector<Word> words = Words(text);
  std::vector<std::vector<UChar32>> written;
  for (const std::string& line : lines)
    for (const Word& w : Words(line)) {
      std::vector<UChar32> cps = LowerLetters(line.substr(w.begin, w.end - w.begin));
      if (cps.size() >= kMarkStem) written.push_back(std::move(cps));
    }
  std::string out = text;
  for (size_t i = words.size(); i-- > 0;) {
    const std::string read = text.substr(words[i].begin, words[i].end - words[i].begin);
    std::vector<UChar32> lower = LowerLetters(read);
    if (lower.size() < kMarkStem + 1) continue;
    // The longest stem a written word shares with the read one, marks aside.
    size_t stem = 0;
    for (const std::vector<UChar32>& w : written) {
      size_t n = 0;
      bool differs = false;
      while (n < w.size() && n < lower.size() &&
             (w[n] == lower[n] || (MarkedOf(lower[n], w[n]) && (differs = true))))
        ++n;
      if (differs && n >= kMarkStem && n > stem) stem = n;
    }
    if (stem == 0) continue;
    // The report writes the marked stem nowhere but here.
    const std::vector<UChar32> marked(lower.begin(), lower.begin() + stem);
    int writes = 0;
    for (const std::vector<UChar32>& w : written)
      if (w.size() >= stem && std::equal(marked.begin(), marked.end(), w.begin())) ++writes;
    int here = 0;
    for (const Word& w : words) {
      std::vector<UChar32> cps = LowerLetters(text.substr(w.begin, w.end - w.begin));
      if (cps.size() >= stem && std::equal(marked.begin(), marked.end(), cps.begin())) ++here;
    }
    if (writes > here) continue;
    std::vector<UChar32> cps = DecodeUtf8(read);
    std::string fixed;
    for (size_t k = 0; k < cps.size(); ++k) {
      UChar32 c = cps[k];
      if (k < stem && c >= 0x80) {
        const std::string plain = AsciiFold(EncodeUtf8(c));
        if (plain.size() == 1) c = static_cast<unsigned char>(plain[0]);
      }
      fixed += EncodeUtf8(c);
    }
    if (fixed == read) continue;
    out.replace(words[i].begin, words[i].end - words[i].begin, fixed);
    if (snaps) snaps->insert(snaps->begin(), {read, fixed});
  }
  return out;
}

std::vector<std::string> NameWords(const std::vector<std::string>& names) {
  std::vector<std::string> out;
  for (const std::string& n : names)
    for (const Word& w : Words(n)) out.push_back(n.substr(w.begin, w.end - w.begin));
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

std::string WordsByRegistry(const std::string& text, const std::vector<std::string>& words,
                            std::vector<WordSnap>* snaps) {
  const std::vector<Word> read_words = Words(text);
  std::string out = text;
  // Set right from the end, so that the earlier words' places hold.
  for (size_t i = read_words.size(); i-- > 0;) {
    const std::string read =
        text.substr(read_words[i].begin, read_words[i].end - read_words[i].begin);
    if (!PlainName(read) || MisreadReach(static_cast<int>(read.size())) == 0) continue;
    if (std::binary_search(words.begin(), words.end(), read)) continue;
    std::string written;
    bool two = false;
    for (const std::string& w : words) {
      if (!MarksLost(read, w)) continue;
      two |= !written.empty();
      written = w;
    }
    if (!two && written.empty()) written = RegistryHead(read, words);
    if (two || written.empty()) continue;
    out.replace(read_words[i].begin, read_words[i].end - read_words[i].begin, written);
    if (snaps) snaps->insert(snaps->begin(), {read, written});
  }
  return out;
}

bool LanguageKnows(std::string_view word, const KnownWord& knows,
                   const std::vector<std::string>& joins) {
  if (!knows) return false;
  if (knows(word)) return true;
  std::vector<size_t> starts;  // each code point's first byte
  for (size_t i = 0; i < word.size();) {
    starts.push_back(i);
    NextCodePoint(word, &i);
  }
  for (size_t h = 3; h + 4 <= starts.size(); ++h) {
    const std::string_view head = word.substr(0, starts[h]), tail = word.substr(starts[h]);
    if (!knows(tail)) continue;
    if (knows(head)) return true;
    for (const std::string& join : joins) {
      if (head.size() <= join.size() || head.substr(head.size() - join.size()) != join) continue;
      const std::string_view base = head.substr(0, head.size() - join.size());
      if (CodePointCount(base) >= 4 && knows(base)) return true;
    }
  }
  return false;
}

namespace {

/// True when two lines of `lines` or more hold `word` as a word (no letter
/// before or after it).
bool WrittenOnTwoLines(const std::string& word, const std::vector<std::string>& lines) {
  int found = 0;
  for (const std::string& line : lines) {
    for (size_t at = line.find(word); at != std::string::npos; at = line.find(word, at + 1)) {
      if (LetterRunStart(line, at) != at ||
          LetterRunEnd(line, at + word.size()) != at + word.size())
        continue;
      if (++found >= 2) return true;
      break;
    }
  }
  return false;
}

}  // namespace

std::string WordsByWordList(const std::string& text, const Vocabulary& vocabulary,
                            const KnownWord& knows, const std::vector<std::string>& lines,
                            std::vector<WordSnap>* snaps) {
  const auto& misreadings = vocabulary.ocr_word_misreadings;
  const std::vector<std::string>& joins = vocabulary.compound_joins;
  if (!knows || misreadings.empty()) return text;
  const std::vector<Word> read_words = Words(text);
  std::string out = text;
  // Set right from the end, so that the earlier words' places hold.
  for (size_t i = read_words.size(); i-- > 0;) {
    const std::string read =
        text.substr(read_words[i].begin, read_words[i].end - read_words[i].begin);
    const size_t letters = LetterCount(read);
    if (letters != CodePointCount(read) || MisreadReach(static_cast<int>(letters)) == 0) continue;
    if (LanguageKnows(read, knows, joins) || WrittenOnTwoLines(read, lines)) continue;
    std::string written;
    bool two = false;
    for (const auto& [wrong, right] : misreadings) {
      for (size_t at = read.find(wrong); at != std::string::npos; at = read.find(wrong, at + 1)) {
        std::string repaired = read;
        repaired.replace(at, wrong.size(), right);
        if (repaired == written || !LanguageKnows(repaired, knows, joins)) continue;
        two |= !written.empty();
        written = repaired;
      }
    }
    if (two || written.empty()) continue;
    out.replace(read_words[i].begin, read_words[i].end - read_words[i].begin, written);
    if (snaps) snaps->insert(snaps->begin(), {read, written});
  }
  return out;
}

}  // namespace redovis
