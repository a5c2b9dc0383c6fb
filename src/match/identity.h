// The identity resolver: who reported, for which county.
//
// In: a Record with the values the matcher read, the report's lines (and its
// preamble: the cover letter before it) and the municipality registry. Out:
// report.municipality in its canonical form (or inferred from the post town,
// the workplace or an e-mail domain when the Kommun cell is empty or names no
// municipality, with a finding saying so), its SCB code, the county and its
// code (from the municipality; else from the county board named in the
// report, or failing that in its preamble: "Länsstyrelsen i Örebro län",
// "Länsstyrelsen Skåne", "orebro@lansstyrelsen.se", so a blank form still
// records the county board it is addressed to). It never invents a
// municipality that the document does not name, and never picks one of two:
// a clue that fits two municipalities (an e-mail domain, a text naming two)
// names none, with an `ambiguous_municipality` warning naming them.
#ifndef REDOVIS_MATCH_IDENTITY_H_
#define REDOVIS_MATCH_IDENTITY_H_

#include <string>
#include <vector>

#include "redovis/document.h"
#include "redovis/patterns.h"
#include "redovis/record.h"
#include "segment/segmenter.h"

namespace redovis {

class IdentityResolver {
 public:
  explicit IdentityResolver(const PatternSet& patterns) : patterns_(patterns) {}

  /// Fills the identity keys of `record` from its values and `segment`'s lines.
  void Resolve(const Document& doc, const Segment& segment, Record* record) const;

  /// The catalogue roles whose keys Resolve fills with no rule reading them
  /// (the municipality's code, its county and the county's code).
  static const std::vector<std::string>& DerivedRoles();

 private:
  const PatternSet& patterns_;
};

}  // namespace redovis

#endif  // REDOVIS_MATCH_IDENTITY_H_
