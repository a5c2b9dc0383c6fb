// Paragraphs and page breaks: the lines of a wrapped paragraph joined into
// one, a row's cells wrapped onto the next line (a table without rules)
// joined into the row, and what a page break cut in two (a paragraph, a
// ruled table row) joined again.
//
// In: laid-out pages (line_layout.h), their ruled rows already merged
// (table_rows.h: `in_table` and `cuts` set). Out: the same pages with the
// joined lines in place of their pieces; a piece joined across a page break
// leaves the later page.
//
// Geometry and the first letter of a line only: no knowledge of forms or
// languages. Never fails, throws or prints.
#ifndef REDOVIS_READ_PDF_PARAGRAPHS_H_
#define REDOVIS_READ_PDF_PARAGRAPHS_H_

#include <vector>

#include "read/pdf/layout_types.h"

namespace redovis {

/// Joins the cells of a table without rules wrapped onto the next line
/// ("Utdelningsadress Vård och Omsorgsförvaltningen," over "Stadshuset"; a
/// text printed to PDF, a form whose borders were taken off) as the text
/// reader joins a laid-out text's (text/wrapped_lines.h's JoinContinuations,
/// run on the page's lines with their extents in character columns: the
/// median width per character of the page's cells). Only lines outside ruled
/// tables, not read by OCR, without a check box, each at the next line's
/// distance (1.6 times the type's size at most) in the same type as the line
/// above. A joined line takes the height of the lines joined into it.
/// Never fails.
void JoinWrappedCells(LaidOutPage* page);

/// A type's step between the lines of a wrapped paragraph: in points, of
/// the lines' tops and of their feet.
struct WrapStep {
  double font_size = 0, top = 0, foot = 0;
};

/// The least step of each type between two lines of `page` that
/// JoinWrappedLines would join, tops' and feet's alike (no taller word in
/// either), the lower one opening in lower case (a sentence going on, never
/// a count under its label): a wrapped paragraph's own line pitch.
std::vector<WrapStep> WrapSteps(const LaidOutPage& page);
/// The least of each type over the pages.
std::vector<WrapStep> WrapSteps(const std::vector<LaidOutPage>& pages);

/// Joins the visual lines of each wrapped paragraph (outside ruled tables)
/// into one line: a one-cell line that runs to the right edge of its text
/// block, and the next one-cell line set in the same type at the next line's
/// distance, starting at the same left edge and not with a list marker. Once
/// a paragraph has two lines, its step between them is its own: a line
/// farther below than that, by more than a fifth of the type's size at both
/// the tops and the feet (the space Word leaves after a paragraph), starts a
/// new paragraph, though the line above ran to the edge; not on a page read
/// by OCR, whose lines' boxes are their letters'.
/// A paragraph of one line has no step of its own: the least step of its
/// type on the page (WrapSteps) or in `document_steps` stands for it, and a
/// line farther below than that (by more than a fifth of the size, at both
/// tops and feet) is no wrap of it
/// (a table without rules whose cells LibreOffice set one under another,
/// each a paragraph with its space after: "Totalt antal klienter" / "40" /
/// "22", the label as wide as its block).
/// Lines with check boxes, furniture and lines in tables are never joined.
/// Never fails.
void JoinWrappedLines(LaidOutPage* page, const std::vector<WrapStep>& document_steps = {});

/// Joins what a page break cut in two, between consecutive pages: a
/// paragraph (the page's last content line is full and the next page goes on
/// at the same left edge in the same type, in lower case or an opening
/// bracket before lower case: word_text.h's ContinuesText), or else a ruled
/// table row (when the last row of a page and the first row of the next have
/// the same grid columns and the latter's first column is empty, or it is one
/// piece going on (ContinuesText), with the text of the row's last cell, its
/// pieces go into the former's cells, a word broken at its column's edge
/// joined without a space; never a piece with a check box). An empty ruled
/// row (table_rows.h: AddEmptyTableRows) after the page's last line or before
/// the next page's first is a row of its own: nothing is joined across it.
/// Lines with no height (text set at another angle), empty table rows
/// (table_rows.h: AddEmptyTableRows) and lines that already
/// have a role other than kContent are passed over; LayOutPages (pdf_layout.h)
/// marks roles only after this join, so there a running header or a page
/// number stands between the two pieces and keeps them apart. Never fails.
void JoinRowsAcrossPages(std::vector<LaidOutPage>* pages);

}  // namespace redovis

#endif  // REDOVIS_READ_PDF_PARAGRAPHS_H_
