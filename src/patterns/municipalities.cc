#include "redovis/municipalities.h"

#include <fstream>
#include <sstream>

#include "base/text_util.h"
#include "patterns/regex.h"
#include "redovis/patterns.h"

namespace redovis {

namespace {

std::string HyphenToSpace(std::string s) {
  for (char& c : s)
    if (c == '-') c = ' ';
  return Squeeze(s);
}

}  // namespace

std::string MunicipalityRegistry::Key(const std::string& written) const {
  std::string s = Trim(written);
  if (vocabulary_)
    for (const Pattern& p : vocabulary_->municipality_affixes) s = Trim(RegexReplace(p, s, ""));
  return HyphenToSpace(Fold(s));
}

Status MunicipalityRegistry::Load(const std::string& path, const Vocabulary* vocabulary) {
  vocabulary_ = vocabulary;
  std::ifstream in(path);
  if (!in) return Status::Error("pattern_error", path + ": cannot open");
  std::string line;
  int number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (number == 1 || line.empty() || line[0] == '#') continue;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    std::vector<std::string> cols;
    std::stringstream ss(line);
    std::string col;
    while (std::getline(ss, col, '\t')) cols.push_back(col);
    if (cols.size() != 4 || cols[0].size() != 4 || cols[2].size() != 2)
      return Status::Error("pattern_error", path + ":" + std::to_string(number) +
                                                ": expected code, name, county_code, county");
    Municipality m{cols[0], cols[1], cols[2], cols[3]};
    by_key_[HyphenToSpace(Fold(m.name))] = all_.size();
    by_ascii_[HyphenToSpace(AsciiFold(m.name))] = all_.size();
    std::string county_key = HyphenToSpace(Fold(m.county));
    county_by_key_[county_key] = m.county_code;
    // "Västmanlands län" is also written "Västmanland" or "Västmanlands".
    std::string bare = Trim(county_key.substr(0, county_key.rfind(' ')));
    county_by_key_[bare] = m.county_code;
    if (!bare.empty() && bare.back() == 's')
      county_by_key_[bare.substr(0, bare.size() - 1)] = m.county_code;
    county_by_key_[HyphenToSpace(AsciiFold(bare))] = m.county_code;
    county_names_[m.county_code] = m.county;
    all_.push_back(std::move(m));
  }
  if (all_.empty()) return Status::Error("pattern_error", path + ": no municipalities");
  return Status();
}

const Municipality* MunicipalityRegistry::Find(const std::string& written) const {
  std::string key = Key(written);
  if (key.empty()) return nullptr;
  auto it = by_key_.find(key);
  if (it != by_key_.end()) return &all_[it->second];
  // The genitive of "Kristianstads kommun".
  if (key.size() > 1 && key.back() == 's') {
    it = by_key_.find(key.substr(0, key.size() - 1));
    if (it != by_key_.end()) return &all_[it->second];
  }
  return nullptr;
}

const Municipality* MunicipalityRegistry::FindAscii(const std::string& token) const {
  auto it = by_ascii_.find(HyphenToSpace(AsciiFold(token)));
  return it == by_ascii_.end() ? nullptr : &all_[it->second];
}

const Municipality* MunicipalityRegistry::FindInText(const std::string& text) const {
  // Try every run of one to three words, longest first at each position.
  std::vector<std::string> words;
  std::string cur;
  icu::UnicodeString u = U(text);
  for (int32_t i = 0; i < u.length(); i = u.moveIndex32(i, 1)) {
    UChar32 c = u.char32At(i);
    if (u_isalpha(c) || c == '-') {
      cur += Utf8(icu::UnicodeString(c));
    } else if (!cur.empty()) {
      words.push_back(cur);
      cur.clear();
    }
  }
  if (!cur.empty()) words.push_back(cur);
  for (size_t i = 0; i < words.size(); ++i) {
    for (size_t n = 3; n >= 1; --n) {
      if (i + n > words.size()) continue;
      std::string phrase = words[i];
      for (size_t k = 1; k < n; ++k) phrase += " " + words[i + k];
      auto it = by_key_.find(HyphenToSpace(Fold(phrase)));
      if (it != by_key_.end()) return &all_[it->second];
    }
  }
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
