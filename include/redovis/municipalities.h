// Sweden's municipalities and counties with their SCB codes, loaded from
// patterns/municipalities.tsv (facts, kept as data), and the lookups that turn
// a name as written ("Västerås stad", "VÄSTERÅS", "Nacka kommun",
// "Region Gotland", "timra.se") into the canonical one.
//
// In: the TSV and the vocabulary's municipality affixes. Out: an immutable
// registry, shared read-only. Lookups never guess beyond exact names after
// folding; Nearest() offers a suggestion for a typo and says how far it is.
#ifndef REDOVIS_MUNICIPALITIES_H_
#define REDOVIS_MUNICIPALITIES_H_

#include <map>
#include <string>
#include <vector>

#include "redovis/status.h"

namespace redovis {

struct Vocabulary;

struct Municipality {
  std::string code;         ///< "1980"
  std::string name;         ///< "Västerås"
  std::string county_code;  ///< "19"
  std::string county;       ///< "Västmanlands län"
};

class MunicipalityRegistry {
 public:
  /// Loads `path` (columns code, name, county_code, county). Fails naming file and line.
  Status Load(const std::string& path, const Vocabulary* vocabulary);

  /// The municipality a written name stands for ("Nacka kommun" -> Nacka), or nullptr.
  const Municipality* Find(const std::string& written) const;
  /// The municipality whose ASCII-folded name equals `token` ("timra" -> Timrå), or nullptr.
  const Municipality* FindAscii(const std::string& token) const;
  /// The first municipality named as whole words inside `text`, or nullptr.
  const Municipality* FindInText(const std::string& text) const;
  /// The closest municipality to `written` by edit distance, with the distance.
  const Municipality* Nearest(const std::string& written, int* distance) const;
  /// The canonical county for a written name ("Västmanlands Län", "Örebro") and
  /// its code, or false.
  bool FindCounty(const std::string& written, std::string* county, std::string* code) const;
  /// The county of a code ("19"), or "".
  std::string CountyName(const std::string& code) const;
  size_t size() const { return all_.size(); }

  /// The lookup form of a name: case-folded, affixes removed, hyphens as spaces.
  std::string Key(const std::string& written) const;

 private:
  std::vector<Municipality> all_;
  std::map<std::string, size_t> by_key_;
  std::map<std::string, size_t> by_ascii_;
  std::map<std::string, std::string> county_by_key_;  ///< folded county forms -> code
  std::map<std::string, std::string> county_names_;   ///< code -> name
  const Vocabulary* vocabulary_ = nullptr;
};

}  // namespace redovis

#endif  // REDOVIS_MUNICIPALITIES_H_
