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
// names none, with an `ambiguous_municipality` warning naming them; so does
// an empty Kommun cell when a clue's answer was not read (its label not
// found, its answer unplaced or refused by a finding, a line OCR read): the
// name may stand where the tool could not read, so the blank is not the
// municipality's omission (the checker's `required_missing`). After the
// checks, where no municipality was found, each finding that names
// report.municipality (the resolver's, the matcher's, the checker's: a label
// read for the answer, a name that fits two, a label not found) names too
// the derived keys left without a value (NameDerivedKeys: its code, the
// county and its code, those the report asks for), unknown for the same
// reason. It also
// says which one municipality a place name OCR misread stands for
// (SnapMisreadMunicipality: the value assigner's `as=place` and
// `as=municipality` on a scanned page).
#ifndef REDOVIS_MATCH_IDENTITY_H_
#define REDOVIS_MATCH_IDENTITY_H_

#include <string>
#include <vector>

#include "redovis/document.h"
#include "redovis/patterns.h"
#include "redovis/record.h"
#include "segment/segmenter.h"

namespace redovis {

/// The one municipality of `registry` whose name OCR may have misread as
/// `written`: one of its written forms (the affix off, ASCII-folded, spaces
/// and hyphens left out) within a bounded number of edits of `written` so
/// folded (a letter read without its marks, "VASTERAS"; one misread or the
/// word split, "VÄS I ERÅS"): no edit under 5 letters, 1 under 9, 2 from 9
/// on. nullptr when no municipality, or more than one, is within that reach
/// ("Habo": Habo and Håbo). `*distance` (if given) is the edits to the one
/// found. For a place name read by OCR only: never a person's name.
const Municipality* SnapMisreadMunicipality(const MunicipalityRegistry& registry,
                                            const std::string& written, int* distance = nullptr);

class IdentityResolver {
 public:
  explicit IdentityResolver(const PatternSet& patterns) : patterns_(patterns) {}

  /// Fills the identity keys of `record` from its values and `segment`'s lines.
  void Resolve(const Document& doc, const Segment& segment, Record* record) const;

  /// After the checks: where `record`'s municipality is not one of the
  /// registry's, adds to each finding naming it the derived keys (of
  /// DerivedRoles) that the report asks for and have no value. Never fails.
  void NameDerivedKeys(Record* record) const;

  /// The catalogue roles whose keys Resolve fills with no rule reading them
  /// (the municipality's code, its county and the county's code).
  static const std::vector<std::string>& DerivedRoles();

 private:
  const PatternSet& patterns_;
};

}  // namespace redovis

#endif  // REDOVIS_MATCH_IDENTITY_H_
