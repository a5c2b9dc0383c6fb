// The Word (.docx) reader: word/document.xml (or the main part the package
// relationships name) streamed into lines. See docx_reader.cc for what is
// read: paragraphs, tables, form fields, content controls, check boxes,
// tracked changes as accepted; nothing outside the main story.
//
// Registered in read/registry.cc as "docx". Never throws past ReadDocx (see
// ReadAtBoundary), never prints, reads nothing but `bytes`.
#ifndef REDOVIS_READ_OFFICE_DOCX_READER_H_
#define REDOVIS_READ_OFFICE_DOCX_READER_H_

#include <string_view>

#include "redovis/document.h"
#include "redovis/readers.h"
#include "redovis/status.h"

namespace redovis {

/// Word 2007+ (.docx) into `*out`, format "docx", within the limits of
/// `options`. A document whose text stands in text boxes placed on its
/// pages (TextBoxTally, office_package.h) is read by their places when
/// every piece of its text stands in a box anchored at known offsets, all
/// in one paragraph relative to the same things, written page after page
/// (placed_boxes.h's PagesFromOrder: format "text", its note naming
/// "docx"), else refused with "placed_text_boxes". Fails with the codes of
/// ZipArchive and XmlStream, or "missing_part" (no main document part),
/// "out_of_memory", "corrupt"; `*out` is then an empty document.
Status ReadDocx(std::string_view bytes, const ReadOptions& options, Document* out);

}  // namespace redovis

#endif  // REDOVIS_READ_OFFICE_DOCX_READER_H_
