// A dump of pdftohtml's runs (read/text/run_dumps.h) writes a form's row of
// fields run by run, and the next line of each run that wrapped after all of
// them: "Kontaktperson Inga-Lill " / "Avdelning/Enhet Socialförvaltningen" /
// "Nilsson", "Telefon (inkl. riktnummer) 060- 16 31 " / "E-postadress " /
// "00" / "sociala@timra.se". The reader marks the runs that wrapped
// (Line::run_goes_on) but knows no labels, so cannot tell a row's next run
// from a wrapped one's rest; the form's labels can. Internal to the matching
// stage, run before the fields are split (inline_fields.h).
//
// In: a plain-text Document (format "text") and the lines [begin, end) of
// one report, with its edition's rules. A row is a run of lines each of one
// cell that a field rule's label opens (FieldLabelAt), one at least marked
// run_goes_on; its rests are the lines right after it, each of one cell,
// opening with no field's label and not with the form's wording of two words
// or more (OpensWithFormWording), none itself marked; after them a blank
// line, a line a label or the form's wording opens, or the report's end.
// Where the rests are exactly as many as the row's marked lines, the i-th
// rest is the i-th marked line's: joined to its cell, one space between, and
// left blank where it stood (line numbers stay); the mark is cleared. Any
// other count (a run wrapped twice, a rest that opens with a label, a row's
// run the label test missed): nothing is joined, and the matcher's own tests
// of an answer's next line apply.
//
// Out: how many rests were joined. Never fails, never reads a file, keeps no
// reference to its arguments.
#ifndef REDOVIS_MATCH_RUN_RESTS_H_
#define REDOVIS_MATCH_RUN_RESTS_H_

#include <cstddef>

#include "redovis/document.h"
#include "redovis/patterns.h"

namespace redovis {

/// Joins the rests of the marked runs of [begin, end) of `doc` (see above)
/// by `edition`'s rules. Returns how many were joined; 0 when `doc` is not
/// plain text or marks no run.
size_t JoinRunRestsByLabels(const Edition& edition, size_t begin, size_t end, Document* doc);

}  // namespace redovis

#endif  // REDOVIS_MATCH_RUN_RESTS_H_
