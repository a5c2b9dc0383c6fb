// The PDF reader: positioned words and the drawing of each page from one pass
// with Poppler's core API (pdf_page_pass.h), or OCR of rendered pages,
// through the layout code in pdf_layout.h into a Document.
//
// Registered in read/registry.cc as "pdf". Never throws past ReadPdf, never
// prints (Poppler's error callback drops its messages; libjpeg's warnings about a
// damaged image, which Poppler lets through to stderr, are caught by the
// program's own jpeg_std_error and become one of the Document's warnings),
// reads nothing but `bytes` (and Tesseract's language data for OCR).
#ifndef REDOVIS_READ_PDF_PDF_READER_H_
#define REDOVIS_READ_PDF_PDF_READER_H_

#include <string_view>
#include <vector>

#include "redovis/document.h"
#include "redovis/readers.h"
#include "redovis/status.h"

namespace redovis {

/// PDF into `*out`, format "pdf": lines and cells rebuilt from positioned
/// text; pages without text read by OCR as `options.ocr` says. Each line
/// keeps its foot's place on its page (Line::foot, the laid-out line's y1). Words its
/// paths strike through (vector_drawing.h's StruckWords) are not read, as
/// the Word reader reads a tracked deletion (the words after one on its line
/// move into its place, so its room parts no cells): a warning names their
/// pages and count. A text file
/// printed in a fixed-width font (every word on one grid: printed_text.h) is
/// read as the text it prints instead, by the text reader, format "text",
/// its warnings ending with PrintedTextNote (not when OCR reads a page, a
/// page cannot be read, or the pages are laid out in an order asked). Fails with
/// "corrupt", "encrypted", "too_large", "no_text_layer", "ocr_unavailable",
/// "ocr_failed" or "bad_option" (an unknown `options.ocr`).
Status ReadPdf(std::string_view bytes, const ReadOptions& options, Document* out);

/// As ReadPdf, with the pages laid out in `page_order` (page numbers,
/// 1-based; a page it does not name after those it names, in the file's
/// order): what a page break cut in two (a paragraph, a ruled row) is joined
/// between the pages as they now follow each other (paragraphs.h), each
/// line keeping its page's number. The extractor's second reading of a PDF
/// whose pages came out of order (segment/page_order.h).
Status ReadPdfInOrder(std::string_view bytes, const ReadOptions& options,
                      const std::vector<int>& page_order, Document* out);

}  // namespace redovis

#endif  // REDOVIS_READ_PDF_PDF_READER_H_
