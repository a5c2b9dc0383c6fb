#include "redovis/municipalities.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <fstream>
#include <sstream>

#include "base/text_util.h"
#include "patterns/municipality_keys.h"
#include "patterns/regex.h"
#include "patterns/tsv.h"
#include "redovis/patterns.h"

namespace redovis {

namespace {

std::string WithoutSpaces(const std::string& s) {
  std::string out;
  for (char c : s)
    if (c != ' ') out += c;
  return out;
}

std::vector<std::string> SplitNames(const std::string& cell) {
  std::vector<std::string> out;
  size_t from = 0;
  while (from <= cell.size()) {
    size_t semi = cell.find(';', from);
    std::string name =
        Trim(cell.substr(from, semi == std::string::npos ? std::string::npos : semi - from));
    if (!name.empty()) out.push_back(name);
    if (semi == std::string::npos) break;
    from = semi + 1;
  }
  return out;
}

/// True when the text has an upper-case letter where a proper noun starts:
/// its first letter is upper case, or the text has no lower-case letter at all.
bool LooksLikeProperNoun(const icu::UnicodeString& phrase, bool text_has_lower) {
  if (!text_has_lower) return true;
  return phrase.length() > 0 && u_isupper(phrase.char32At(0));
}

}  // namespace

std::string MunicipalityRegistry::Key(const std::string& written) const {
  std::string s = Trim(written);
  std::string folded = Fold(s);
  if (vocabulary_)
    for (const Pattern& p : vocabulary_->municipality_affixes) {
      // The literal prefilter first: most names hold no affix's literal, and
      // a regex that cannot match leaves the name as it is.
      if (!MayMatch(p, folded)) continue;
      s = Trim(RegexReplace(p, s, ""));
      folded = Fold(s);
    }
  return HyphenToSpace(folded);
}

Status MunicipalityRegistry::AddKey(const std::string& key, size_t index,
                                    const std::string& where) {
  if (key.empty()) return Status::Error("pattern_error", where + ": an empty name");
  auto [it, inserted] = by_key_.emplace(key, index);
  if (!inserted && it->second != index)
    return Status::Error("pattern_error", where + ": '" + key + "' would name both " +
                                              all_[it->second].name + " and " + all_[index].name);
  return Status();
}

Status MunicipalityRegistry::Load(const std::string& path, const Vocabulary* vocabulary) {
  vocabulary_ = vocabulary;
  // The names' keys from the build's table when this is the table it was
  // made from, with the same affixes; else worked out here.
  const MunicipalityKeys* table = nullptr;
  {
    const std::vector<Pattern> no_affixes;
    const std::vector<Pattern>& affixes =
        vocabulary ? vocabulary->municipality_affixes : no_affixes;
    std::ifstream in(path, std::ios::binary);
    std::ostringstream bytes;
    if (in && (bytes << in.rdbuf()))
      table = KeysFor(ShippedMunicipalityKeys(), MunicipalityKeysStamp(bytes.str(), affixes));
  }
  size_t next_name = 0;
  Status read = ReadTsv(path, "code", [&](const TsvRow& row) {
    const std::string& where = row.where;
    const std::vector<std::string>& cols = row.cells;
    if (cols.size() != 6 || cols[0].size() != 4 || cols[2].size() != 2 || Trim(cols[1]).empty() ||
        Trim(cols[4]).empty())
      return Status::Error("pattern_error",
                           where +
                               ": expected code, name, county_code, county, official_name, "
                               "other_names");
    Municipality m{cols[0], Trim(cols[1]), cols[2], cols[3], Trim(cols[4]), SplitNames(cols[5])};
    size_t index = all_.size();
    all_.push_back(m);
    for (const std::string& w : WrittenNames(m)) {
      OwnedNameKeys made;
      if (table && next_name < table->count) {
        const NameKeys& known = table->names[next_name];
        made = OwnedNameKeys{std::string(known.key), std::string(known.ascii), known.bare};
      } else {
        made = MakeNameKeys(w, Key(w));  // once: the affixes' regexes are most of a load
      }
      ++next_name;
      const std::string& key = made.key;
      Status s = AddKey(key, index, where);
      if (!s.ok()) return s;
      // A name written without an affix is also a name in running text.
      if (made.bare) by_bare_name_[key] = index;
      const std::string& ascii = made.ascii;
      for (const std::string& a : {ascii, WithoutSpaces(ascii)}) {
        std::vector<size_t>& list = by_ascii_[a];
        if (std::find(list.begin(), list.end(), index) == list.end()) list.push_back(index);
      }
    }
    // A county's forms once, at its first municipality (the same text gives the same keys).
    auto county = county_names_.find(m.county_code);
    if (county != county_names_.end() && county->second == m.county) return Status();
    std::string county_key = HyphenToSpace(Fold(m.county));
    county_by_key_[county_key] = m.county_code;
    // "Västmanlands län" is also written "Västmanland" or "Västmanlands".
    std::string bare = Trim(county_key.substr(0, county_key.rfind(' ')));
    county_by_key_[bare] = m.county_code;
    if (!bare.empty() && bare.back() == 's')
      county_by_key_[bare.substr(0, bare.size() - 1)] = m.county_code;
    county_by_key_[HyphenToSpace(AsciiFold(bare))] = m.county_code;
    county_names_[m.county_code] = m.county;
    return Status();
  });
  if (!read.ok()) return read;
  if (all_.empty()) return Status::Error("pattern_error", path + ": no municipalities");
  return Status();
}

const Municipality* MunicipalityRegistry::Find(const std::string& written) const {
  std::string key = Key(written);
  if (key.empty()) return nullptr;
  auto it = by_key_.find(key);
  return it == by_key_.end() ? nullptr : &all_[it->second];
}

const Municipality* MunicipalityRegistry::FindAscii(
    const std::string& token, std::vector<const Municipality*>* candidates) const {
  auto it = by_ascii_.find(HyphenToSpace(AsciiFold(token)));
  if (it == by_ascii_.end()) return nullptr;
  if (it->second.size() == 1) return &all_[it->second[0]];
  if (candidates)
    for (size_t i : it->second) candidates->push_back(&all_[i]);
  return nullptr;
}

const Municipality* MunicipalityRegistry::FindInText(
    const std::string& text, std::vector<const Municipality*>* candidates) const {
  // The words of the text (letters and hyphens), in order.
  std::vector<icu::UnicodeString> words;
  icu::UnicodeString cur;
  icu::UnicodeString u = U(text);
  bool has_lower = false;
  for (int32_t i = 0; i < u.length(); i = u.moveIndex32(i, 1)) {
    UChar32 c = u.char32At(i);
    if (u_islower(c)) has_lower = true;
    if (u_isalpha(c) || c == '-') {
      cur.append(c);
    } else if (!cur.isEmpty()) {
      words.push_back(cur);
      cur.remove();
    }
  }
  if (!cur.isEmpty()) words.push_back(cur);
  // Every run of one to four words, longest first at each position; a name
  // found consumes its words.
  constexpr size_t kMaxWords = 4;
  std::vector<size_t> found;
  for (size_t i = 0; i < words.size();) {
    size_t taken = 0;
    for (size_t n = std::min(kMaxWords, words.size() - i); n >= 1 && !taken; --n) {
      icu::UnicodeString phrase = words[i];
      for (size_t k = 1; k < n; ++k) phrase.append(u' ').append(words[i + k]);
      std::string utf8 = Utf8(phrase);
      std::string bare = HyphenToSpace(Fold(utf8));
      std::string key = Key(utf8);
      if (key != bare) {
        // A name with its affix ("Falu kommun", "Region Gotland").
        auto it = by_key_.find(key);
        if (it != by_key_.end()) {
          found.push_back(it->second);
          taken = n;
        }
      } else if (LooksLikeProperNoun(phrase, has_lower)) {
        auto it = by_bare_name_.find(bare);
        if (it != by_bare_name_.end()) {
          found.push_back(it->second);
          taken = n;
        }
      }
    }
    i += taken ? taken : 1;
  }
  std::vector<size_t> distinct;
  for (size_t f : found)
    if (std::find(distinct.begin(), distinct.end(), f) == distinct.end()) distinct.push_back(f);
  if (distinct.size() == 1) return &all_[distinct[0]];
  if (candidates)
    for (size_t f : distinct) candidates->push_back(&all_[f]);
  return nullptr;
}

const Municipality* MunicipalityRegistry::Nearest(const std::string& written, int* distance) const {
  std::string key = Key(written);
  const Municipality* best = nullptr;
  int best_d = 1 << 30;
  for (const auto& [k, idx] : by_key_) {
    int d = EditDistance(key, k);
    if (d < best_d) {
      best_d = d;
      best = &all_[idx];
    }
  }
  if (distance) *distance = best_d;
  return best;
}

bool MunicipalityRegistry::FindCounty(const std::string& written, std::string* county,
                                      std::string* code) const {
  std::string key = HyphenToSpace(Fold(Trim(written)));
  auto it = county_by_key_.find(key);
  if (it == county_by_key_.end()) it = county_by_key_.find(HyphenToSpace(AsciiFold(Trim(written))));
  if (it == county_by_key_.end()) return false;
  if (code) *code = it->second;
  if (county) *county = CountyName(it->second);
  return true;
}

std::string MunicipalityRegistry::CountyName(const std::string& code) const {
  auto it = county_names_.find(code);
  return it == county_names_.end() ? "" : it->second;
}

}  // namespace redovis
