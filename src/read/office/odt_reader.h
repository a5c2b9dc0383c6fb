// The OpenDocument text (.odt) reader: content.xml streamed into lines. See
// odt_reader.cc for what is read: paragraphs, headings, tables, form
// controls, imported Word fields, check boxes; not notes, annotations or the
// deleted text of tracked changes. A flat ODT (.fodt: one XML file whose
// root office:document holds what content.xml holds) is read the same way.
//
// Registered in read/registry.cc as "odt" and "fodt". Never throws past ReadOdt (see
// ReadAtBoundary), never prints, reads nothing but `bytes`.
#ifndef REDOVIS_READ_OFFICE_ODT_READER_H_
#define REDOVIS_READ_OFFICE_ODT_READER_H_

#include <string_view>

#include "redovis/document.h"
#include "redovis/readers.h"
#include "redovis/status.h"

namespace redovis {

/// OpenDocument text (.odt) into `*out`, format "odt", within the limits of
/// `options`. A document whose text stands in frames placed on its pages
/// (TextBoxTally, office_package.h) is read by their places when every
/// piece of its text stands in a frame anchored to a page at a known place
/// (placed_boxes.h: format "text", its note naming "odt"), else refused
/// with "placed_text_boxes". Fails with the codes of ZipArchive and
/// XmlStream, or "missing_part" (no content.xml), "out_of_memory",
/// "corrupt"; `*out` is then an empty document.
Status ReadOdt(std::string_view bytes, const ReadOptions& options, Document* out);

/// Flat OpenDocument text (.fodt: the document as one XML file, no zip) into
/// `*out`, format "fodt": its office:body read as ReadOdt reads content.xml's.
/// Fails with the codes of XmlStream, "zip_limits" (larger than
/// options.max_part_bytes), "out_of_memory", "corrupt"; `*out` is then an
/// empty document.
Status ReadFlatOdt(std::string_view bytes, const ReadOptions& options, Document* out);

}  // namespace redovis

#endif  // REDOVIS_READ_OFFICE_ODT_READER_H_
