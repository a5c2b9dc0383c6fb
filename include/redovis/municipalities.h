// Sweden's municipalities and counties with their SCB codes, loaded from
// patterns/municipalities.tsv (facts, kept as data), and the lookups that turn
// a name as written ("Västerås stad", "VÄSTERÅS", "Falu kommun",
// "Helsingborgs stad", "Region Gotland", "timra.se") into the canonical one.
//
// In: the TSV and the vocabulary's municipality affixes. Out: an immutable
// registry, shared read-only. Each municipality is known by its short name
// (SCB's), its official name as the municipality writes it (the genitive and
// irregular forms: "Norrköpings kommun", "Falu kommun", "Mora kommun") and
// any other names the TSV lists; each is looked up with and without its
// affix ("kommun", "stad", "Region"), in any case, hyphens as spaces.
// Loading fails when one written form would name two municipalities, so a
// lookup never has to choose. Lookups never guess beyond these names after
// folding: a name that could be two municipalities (an ASCII-folded e-mail
// domain such as "habo", a text naming two) gives nullptr and the
// candidates, never one of them; Nearest() offers a suggestion for a typo
// and says how far it is.
#ifndef REDOVIS_MUNICIPALITIES_H_
#define REDOVIS_MUNICIPALITIES_H_

#include <map>
#include <string>
#include <vector>

#include "redovis/status.h"

namespace redovis {

struct Vocabulary;

struct Municipality {
  std::string code;                      ///< "2080"
  std::string name;                      ///< "Falun" (SCB's short name)
  std::string county_code;               ///< "20"
  std::string county;                    ///< "Dalarnas län"
  std::string official;                  ///< "Falu kommun", "Helsingborgs stad", "Region Gotland"
  std::vector<std::string> other_names;  ///< other names in use ("Malung" for Malung-Sälen)
};

class MunicipalityRegistry {
 public:
  /// Loads `path` (columns code, name, county_code, county, official_name,
  /// other_names separated by ';'). Fails naming file and line on a malformed
  /// row, and on a written form that would name two municipalities.
  Status Load(const std::string& path, const Vocabulary* vocabulary);

  /// The municipality a written name stands for ("Nacka kommun", "Falu kommun",
  /// "HELSINGBORGS STAD" -> Falun, Helsingborg, ...), or nullptr when it names none.
  const Municipality* Find(const std::string& written) const;
  /// The municipality whose ASCII-folded name equals `token`, with or without
  /// its spaces ("timra" -> Timrå, "upplandsvasby" -> Upplands Väsby), or
  /// nullptr: when none does, and when several do ("habo": Habo and Håbo),
  /// in which case `candidates` (if given) receives them all.
  const Municipality* FindAscii(const std::string& token,
                                std::vector<const Municipality*>* candidates = nullptr) const;
  /// The one municipality named as whole words inside `text` (a short name,
  /// or any written form carrying its affix: "Socialnämnden i Falu kommun"),
  /// or nullptr: when none is named, and when two different ones are, in
  /// which case `candidates` (if given) receives them in text order.
  const Municipality* FindInText(const std::string& text,
                                 std::vector<const Municipality*>* candidates = nullptr) const;
  /// The closest municipality to `written` by edit distance, with the distance.
  const Municipality* Nearest(const std::string& written, int* distance) const;
  /// The canonical county for a written name ("Västmanlands Län", "Örebro") and
  /// its code, or false.
  bool FindCounty(const std::string& written, std::string* county, std::string* code) const;
  /// The county of a code ("19"), or "".
  std::string CountyName(const std::string& code) const;
  /// Every municipality, in the TSV's order.
  const std::vector<Municipality>& all() const { return all_; }
  size_t size() const { return all_.size(); }

  /// The lookup form of a name: case-folded, affixes removed, hyphens as spaces.
  std::string Key(const std::string& written) const;

 private:
  Status AddKey(const std::string& key, size_t index, const std::string& where);

  std::vector<Municipality> all_;
  std::map<std::string, size_t> by_key_;                 ///< every written form's key
  std::map<std::string, size_t> by_bare_name_;           ///< short and other names, unaffixed
  std::map<std::string, std::vector<size_t>> by_ascii_;  ///< ASCII-folded names
  std::map<std::string, std::string> county_by_key_;     ///< folded county forms -> code
  std::map<std::string, std::string> county_names_;      ///< code -> name
  const Vocabulary* vocabulary_ = nullptr;
};

}  // namespace redovis

#endif  // REDOVIS_MUNICIPALITIES_H_
