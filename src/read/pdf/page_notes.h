// The reader notes (Document::warnings) naming a page of a PDF whose words
// were left out: OCR could not read it (ocr_page.h: no way up of it reads
// as text), its text runs past the page's edge (cut_pages.h), or MuPDF's
// HTML of it gives its turned lines no direction (read/text/pdf_markup.h;
// the text reader writes that note). The
// extractor turns each such note into a finding of the same code, naming
// the page: its answers are unknown, never the municipality's omission, and
// the report is not complete.
//
// One home for the notes' shape (the code, the page, why): the PDF and
// text readers write them, the extractor reads them back. Never fails, never throws.
#ifndef REDOVIS_READ_PDF_PAGE_NOTES_H_
#define REDOVIS_READ_PDF_PAGE_NOTES_H_

#include <string>

namespace redovis {

/// Why a page's words were left out.
enum class LeftOutPage {
  kUnreadable,  ///< OCR could not read it: finding `page_unreadable`
  kCut,         ///< its text runs past the page's edge: finding `page_cut`
  kTurned,      ///< MuPDF's HTML of a page it turned (pdf_markup.h): finding `page_turned`
};

/// The finding code of a page left out for `why`: "page_unreadable", "page_cut",
/// "page_turned".
const char* LeftOutPageCode(LeftOutPage why);

/// The reader note saying that page `page` (1-based) was left out for
/// `why`: the code, the page and the reason in English words.
std::string LeftOutPageNote(LeftOutPage why, int page);

/// True when `warning` is a note LeftOutPageNote wrote; sets `*why` and
/// `*page` from it. False for every other note (`*why`, `*page` untouched).
bool IsLeftOutPageNote(const std::string& warning, LeftOutPage* why, int* page);

}  // namespace redovis

#endif  // REDOVIS_READ_PDF_PAGE_NOTES_H_
