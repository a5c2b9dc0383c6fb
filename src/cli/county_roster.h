// Who has not reported: the municipalities of a county (from
// patterns/municipalities.tsv) with no report in the inbox, a municipality
// counting as reported when a report is its own or names it among its
// co-municipalities (the reports a municipality writes for a group).
//
// In: the registry, then each record checked (its summary: the keys with
// roles municipality, municipality_code, county_code, co_municipalities).
// Out: the county the reports agree on, and the county's municipalities not
// covered, in the registry's order. Keeps only codes. Never throws.
#ifndef REDOVIS_CLI_COUNTY_ROSTER_H_
#define REDOVIS_CLI_COUNTY_ROSTER_H_

#include <set>
#include <string>
#include <vector>

#include "redovis/catalogue.h"
#include "redovis/municipalities.h"
#include "redovis/record.h"

namespace redovis {

/// The county code `given` names: a code ("19") or a name as written
/// ("Västmanlands län", "Västmanland"); false when it names no county.
bool ResolveCounty(const MunicipalityRegistry& registry, const std::string& given,
                   std::string* code);

class CountyRoster {
 public:
  CountyRoster(const MunicipalityRegistry& registry, const Catalogue& catalogue)
      : registry_(registry), catalogue_(catalogue) {}

  /// Notes the municipalities `r` covers and its county.
  void Add(const Record& r);

  /// The county code every report with a known county names, or "" when
  /// none has one or two disagree.
  std::string InferredCounty() const;

  /// The municipalities of `county_code` no report covers, in the registry's order.
  std::vector<const Municipality*> NotReported(const std::string& county_code) const;

 private:
  const MunicipalityRegistry& registry_;
  const Catalogue& catalogue_;
  std::set<std::string> covered_;   ///< municipality codes
  std::set<std::string> counties_;  ///< county codes the reports name
};

}  // namespace redovis

#endif  // REDOVIS_CLI_COUNTY_ROSTER_H_
