// Pages out of order: a report whose pages come out of order (a scanned
// stack fed backwards, pages merged in the wrong order, the `-layout` text of
// such a PDF) is read in the order its own pages prove, before it is cut into
// reports.
//
// In: a normalised Document (folded copies stored or not: Cell::Folded) and
// the PatternSet. A document is looked at when it has two pages or more
// with text; every file without pages (Word, OpenDocument, text without
// form feeds) is read as it lies.
//
// The evidence, each page's own, as places in the form's order (the edition
// detected over the whole document, ReportSegmenter::Detect, which must be
// clear): the form's head (an opening that is no section's heading:
// OpensReport's title, year line; the labels of the rules `in head`), then
// each section of the edition's `section` list (declared in the form's
// order): its heading (LineHeadings), then its questions: a content line
// whose first cell opens with the labels of the rules `in` that section
// alone, word for word (the rule's regex and its label's words without
// tolerance: an answer that opens with a word of a label is none), one label
// of two words or more among them. A line whose labels stand in several
// places ("Om nej, ange varför." under several questions, "Telefon" in the
// contact details and under the signature, a rule `in` two sections or
// everywhere) places nothing. Further, printed page counts "n/m"
// (base/running_lines.h's one parser) on the page's first or last line.
// An order is proven when one kind of evidence is complete (places: every
// page with text shows one, and the pages sorted by their first place leave
// every page's places from where the one before ends, two pages of one
// place alone undecided; counts: every page with text shows one count, of
// one m, each n once) and the other kind, where pages show it, agrees with
// it. Partial evidence, conflicting evidence, a place or count met on pages
// apart (two reports of a bundle back to back, each with its own headings
// and counts; a title at every page's top), an edition not clear, or a
// document the segmenter cuts into two reports or more as it lies: no
// order, the document is read as it lies (never reordered across two
// reports). A page without text (a blank back side) goes with the page it
// followed.
//
// Never fails, throws or prints.
#ifndef REDOVIS_SEGMENT_PAGE_ORDER_H_
#define REDOVIS_SEGMENT_PAGE_ORDER_H_

#include <string>
#include <vector>

#include "redovis/document.h"
#include "redovis/patterns.h"

namespace redovis {

/// The page numbers of `doc` (Line::page) in the order its pages' evidence
/// proves (see above), every page once; empty when the document is read as
/// it lies: no page, no proof, or the proven order is the order it has.
/// `out_of_order` (when given) is set when no order is proven but the pages
/// as they lie disagree with their own evidence: the document was looked
/// at, the segmenter finds one report in it, and a page's places come
/// before the page's before it (a heading or a question before the
/// opening, sections going back) or a printed count falls. Such pages are read as they
/// lie; where an answer runs on over a page break is not known.
std::vector<int> ProvenPageOrder(const PatternSet& patterns, const Document& doc,
                                 bool* out_of_order = nullptr);

/// `doc`'s lines put in `order`'s page order, each page's lines in their
/// own order, each line keeping its page and line number (the place it has
/// in the file). Lines of a page `order` does not name, and lines without a
/// page, keep their place after the ordered ones. Never fails.
void PutPagesInOrder(const std::vector<int>& order, Document* doc);

/// The note (a Document warning) that a document's pages were read in
/// `order`: "pages read in the order 2, 3, 1, 4", which the extractor turns
/// into its finding (pages_reordered). Never fails.
std::string PageOrderNote(const std::vector<int>& order);

/// Whether `note` is a PageOrderNote; sets `*pages` to the order as it
/// writes it ("2, 3, 1, 4"). Never fails.
bool IsPageOrderNote(const std::string& note, std::string* pages);

/// The note (a Document warning) that a document's pages are out of order
/// and were read as they lie (ProvenPageOrder's `out_of_order`), which the
/// extractor turns into its finding (pages_out_of_order) and the matcher
/// reads: a free-text answer that runs on over a page break is not taken.
std::string PagesOutOfOrderNote();

/// Whether `note` is a PagesOutOfOrderNote. Never fails.
bool IsPagesOutOfOrderNote(const std::string& note);

}  // namespace redovis

#endif  // REDOVIS_SEGMENT_PAGE_ORDER_H_
