#include "match/ocr_class_fit.h"

#include <algorithm>
#include <set>
#include <vector>

#include "base/text_util.h"
#include "base/utf8.h"
#include "patterns/regex.h"

namespace redovis {
namespace {

/// More places than this in one word are not tried one by one (no such word
/// is a value; the all-places repair is still tried).
constexpr size_t kMostPlaces = 16;

struct Place {
  size_t at, length;
  const std::string* right;
};

/// The places of `cls`'s misreadings in `word`: at each position the longest
/// one, places not overlapping, left to right.
std::vector<Place> PlacesIn(const OcrClass& cls, const std::string& word) {
  std::vector<Place> places;
  for (size_t i = 0; i < word.size();) {
    const std::pair<std::string, std::string>* hit = nullptr;
    for (const auto& m : cls.misreadings)  // longest first (the loader sorts them)
      if (word.compare(i, m.first.size(), m.first) == 0) {
        hit = &m;
        break;
      }
    if (!hit) {
      ++i;
      continue;
    }
    places.push_back({i, hit->first.size(), &hit->second});
    i += hit->first.size();
  }
  return places;
}

/// `word` with the places `chosen` (indexes into `places`) repaired.
std::string Repaired(const std::string& word, const std::vector<Place>& places,
                     const std::vector<size_t>& chosen) {
  std::string out = word;
  for (auto it = chosen.rbegin(); it != chosen.rend(); ++it) {  // right to left: offsets hold
    const Place& p = places[*it];
    out.replace(p.at, p.length, *p.right);
  }
  return out;
}

/// One word (or a `value` class's whole value) held to the class: kFits
/// (untouched), kRepaired (`*word` changed), kBroken or kAmbiguous
/// (untouched). A word of a class without `own` is the class's only when
/// some repair makes it fit: otherwise it is some other word and fits.
ClassFit FitWord(const OcrClass& cls, std::string* word) {
  if (RegexFind(cls.shape, *word)) return ClassFit::kFits;
  const bool has_own = !cls.own.source.empty();
  if (has_own && !RegexFind(cls.own, *word)) return ClassFit::kFits;
  const bool owned = has_own || cls.whole_value;
  std::vector<Place> places = PlacesIn(cls, *word);
  std::set<std::string> fitting;
  std::vector<size_t> all;
  for (size_t i = 0; i < places.size(); ++i) all.push_back(i);
  if (places.size() <= kMostPlaces)
    for (size_t i = 0; i < places.size(); ++i) {
      std::string c = Repaired(*word, places, {i});
      if (RegexFind(cls.shape, c)) fitting.insert(c);
    }
  if (places.size() > 1) {
    std::string c = Repaired(*word, places, all);
    if (RegexFind(cls.shape, c)) fitting.insert(c);
  }
  // Two places side by side that stand for one character, which the shape
  // does not take twice there: OCR may have read the one character as two
  // ("holmQQlindesberg.se"), so the pair repaired as one is a repair too.
  for (size_t i = 0; i + 1 < places.size() && places.size() <= kMostPlaces; ++i) {
    const Place& a = places[i];
    const Place& b = places[i + 1];
    if (a.at + a.length != b.at || *a.right != *b.right) continue;
    if (RegexFind(cls.shape, Repaired(*word, places, {i, i + 1}))) continue;
    std::string c = *word;
    c.replace(a.at, a.length + b.length, *a.right);
    if (RegexFind(cls.shape, c)) fitting.insert(c);
  }
  if (fitting.size() > 1) return ClassFit::kAmbiguous;
  if (fitting.empty()) return owned ? ClassFit::kBroken : ClassFit::kFits;
  *word = *fitting.begin();
  return ClassFit::kRepaired;
}

/// Whether `left` and `right`, two words one blank apart, are one word of
/// `cls` that OCR parted at a misreading: neither fits the shape alone, a
/// misreading (or what one stands for) touches the blank, and the two
/// joined fit as they are or with exactly one repair. Sets `*joined` to the
/// word, repaired.
bool JoinedWord(const OcrClass& cls, const std::string& left, const std::string& right,
                std::string* joined) {
  if (RegexFind(cls.shape, left) || RegexFind(cls.shape, right)) return false;
  bool touches = false;
  for (const auto& m : cls.misreadings)
    for (const std::string* s : {&m.first, &m.second})
      if (!s->empty() && ((left.size() >= s->size() &&
                           left.compare(left.size() - s->size(), s->size(), *s) == 0) ||
                          right.compare(0, s->size(), *s) == 0))
        touches = true;
  if (!touches) return false;
  std::string word = left + right;
  if (RegexFind(cls.shape, word) || FitWord(cls, &word) == ClassFit::kRepaired) {
    *joined = word;
    return true;
  }
  return false;
}

/// The first answer `take` gives that is not "", asked of each word of
/// `text` in turn (a run without blanks, a ',' or ';' after it left off);
/// "" when it gives none.
template <typename Take>
std::string FirstWord(const std::string& text, Take take) {
  auto blank = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
  for (size_t b = 0; b < text.size();) {
    while (b < text.size() && blank(text[b])) ++b;
    size_t e = b;
    while (e < text.size() && !blank(text[e])) ++e;
    std::string word = text.substr(b, e - b);
    b = e;
    while (!word.empty() && (word.back() == ',' || word.back() == ';')) word.pop_back();
    if (word.empty()) continue;
    if (std::string found = take(word); !found.empty()) return found;
  }
  return "";
}

}  // namespace

const OcrClass* FindOcrClass(const Vocabulary& vocabulary, std::string_view name) {
  for (const OcrClass& c : vocabulary.ocr_classes)
    if (c.name == name) return &c;
  return nullptr;
}

ClassFit FitOcrClass(const OcrClass& cls, const std::string& text, std::string* out) {
  *out = text;
  if (cls.whole_value) return FitWord(cls, out);
  // The text as runs of blanks and runs of the rest, in turn.
  std::vector<std::pair<std::string, bool>> pieces;  // (run, blank)
  for (size_t b = 0; b < text.size();) {
    size_t e = b;
    bool space = text[b] == ' ' || text[b] == '\t' || text[b] == '\n';
    while (e < text.size() && (text[e] == ' ' || text[e] == '\t' || text[e] == '\n') == space) ++e;
    pieces.push_back({text.substr(b, e - b), space});
    b = e;
  }
  ClassFit worst = ClassFit::kFits;
  std::string result;
  for (size_t i = 0; i < pieces.size(); ++i) {
    std::string piece = pieces[i].first;
    if (pieces[i].second) {
      result += piece;
      continue;
    }
    std::string joined;
    if (cls.split && i + 2 < pieces.size() && pieces[i + 1].first == " " &&
        JoinedWord(cls, piece, pieces[i + 2].first, &joined)) {
      result += joined;
      worst = std::max(worst, ClassFit::kRepaired);
      i += 2;
      continue;
    }
    worst = std::max(worst, FitWord(cls, &piece));
    result += piece;
  }
  *out = result;
  return worst;
}

std::string FindMisreadWord(const OcrClass& cls, const std::string& text) {
  if (cls.whole_value) return "";
  std::set<std::string> rights;  // what the misreadings stand for: '@' for an address
  for (const auto& m : cls.misreadings) rights.insert(m.second);
  return FirstWord(text, [&](const std::string& word) -> std::string {
    if (RegexFind(cls.shape, word)) return "";
    for (const std::string& right : rights)  // "per@SALA.se": the class's own, yet refused
      if (word.find(right) != std::string::npos) return word;
    for (size_t at = 0; at < word.size();) {
      size_t next = at;
      NextCodePoint(word, &next);
      for (const std::string& right : rights) {
        std::string read = word.substr(0, at) + right + word.substr(next);
        if (RegexFind(cls.shape, read)) return word;
      }
      at = next;
    }
    return "";
  });
}

std::string FindClassWord(const OcrClass& cls, const std::string& text) {
  if (cls.whole_value) return "";
  return FirstWord(text, [&](const std::string& word) -> std::string {
    // The word's case aside: an address typed with capitals is still one.
    // Matched on the folded word, the group is cut from the word as typed
    // where folding kept every byte in place.
    const std::string folded = Fold(word);
    const bool in_place = folded.size() == word.size();
    RegexMatch match;
    if (!RegexFind(cls.shape, in_place ? folded : word, &match)) return "";
    if (match.groups.size() < 2 || match.groups[1].empty()) return word;
    if (!in_place) return match.groups[1];
    size_t at = folded.find(match.groups[1]);
    return at == std::string::npos ? match.groups[1] : word.substr(at, match.groups[1].size());
  });
}

}  // namespace redovis
