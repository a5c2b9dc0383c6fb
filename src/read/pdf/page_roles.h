// Page roles: which lines are not the document's running text. Running
// headers and footers and page numbers are furniture; footnote bodies are
// footnotes.
//
// In: all of a document's laid-out pages (line_layout.h), after the joins
// (table_rows.h, paragraphs.h). Out: the same lines with LineRole::kFurniture
// or LineRole::kFootnote set where they apply; nothing is moved or dropped.
//
// Geometry, repetition across pages and the shape of numbers only: no
// knowledge of forms or languages. Never fails, throws or prints.
#ifndef REDOVIS_READ_PDF_PAGE_ROLES_H_
#define REDOVIS_READ_PDF_PAGE_ROLES_H_

#include <vector>

#include "read/pdf/layout_types.h"

namespace redovis {

/// Sets LineRole::kFurniture on running headers and footers (text repeated,
/// digits aside, at the same height in the margin band of at least half the
/// pages, two at least, or of three pages or more of a run of pages and half
/// of them, as one report's in a bundle: base/running_lines.h; and the same text repeated as
/// often at one height inside the pages: a sheet of two pages stacked, a
/// 2-up print, has its upper page's footer and its lower page's header there) and page numbers (a
/// number-like line first or last on its page, in the margin band; where its number rises with
/// the pages, the same offset at one edge on three pages and half of them, it is given
/// kPageNumberOrigin, base/running_lines.h: a page's number for certain, which the matcher never
/// reads as a value, and the PDF reader leaves that origin in place of "page N"), and
/// LineRole::kFootnote on footnote bodies (small type at a page's foot starting with a note number,
/// words after it, or a note's mark, or small type starting with a superscript number or a note's
/// mark elsewhere, and the small-type lines right after it; on a page read by OCR, whose sizes are
/// its rows' heights, any line starting with a note's mark (LaidOutLine::note_mark: told by its
/// box, whatever OCR read it as), and the lines right after it that go on its words, after a line
/// that did not end with a full stop). Lines set at another angle (no height) take no part. Never
/// fails; lines already given a role keep it. Last, a page's stray foot line is furniture (a
/// registry's note "Skannad/arkiverad ... 2022-01-15" typed or stamped at one page's foot): the
/// lowest running-text line of a page, in the margin band at its foot, lower by more than its
/// height than the lowest of every other page (two others with text at least) and apart from the
/// line above it by more than twice its height (base/running_lines.h's StrayFootLines, in points);
/// pages read by OCR take no part.
void MarkPageRoles(std::vector<LaidOutPage>* pages, const LayoutOptions& options = LayoutOptions());

}  // namespace redovis

#endif  // REDOVIS_READ_PDF_PAGE_ROLES_H_
