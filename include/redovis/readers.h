// The readers: bytes of one input file in, a Document out.
//
// ReadDocument() sniffs the format from the bytes (never trusting the file
// name alone) and calls the reader for it. Every reader returns a Status: ok
// with a filled Document, or a typed error whose code becomes the finding of
// an `unreadable` record ("empty_file", "binary_file", "encrypted",
// "legacy_word", "not_a_zip", "zip_limits", "corrupt", "no_text_layer", ...).
// Readers never throw past this boundary, never write to stdout or stderr,
// and never touch the network or other files.
#ifndef REDOVIS_READERS_H_
#define REDOVIS_READERS_H_

#include <cstddef>
#include <string>
#include <string_view>

#include "redovis/document.h"
#include "redovis/status.h"

namespace redovis {

enum class InputFormat { kUnknown, kText, kDocx, kOdt, kPdf, kOle2, kZip, kEmpty, kBinary };

/// Limits and choices for reading one file.
struct ReadOptions {
  std::string ocr = "auto";             ///< "auto", "always" or "never" (PDF)
  size_t max_zip_entries = 5000;        ///< DOCX/ODT: entries in the archive
  size_t max_part_bytes = 64u << 20;    ///< DOCX/ODT: bytes read from one part
  size_t max_total_bytes = 256u << 20;  ///< DOCX/ODT: bytes read from all parts
  double max_ratio = 200.0;             ///< DOCX/ODT: uncompressed/compressed
  int max_xml_depth = 256;              ///< DOCX/ODT: element nesting
  int max_pdf_pages = 2000;             ///< PDF: pages read
};

/// The format the bytes are in, judged by their content (magic numbers, zip
/// entries), with `name`'s extension only as a tie-breaker for plain text.
InputFormat SniffFormat(std::string_view bytes, const std::string& name);
/// "text", "docx", "odt", "pdf", ... for a format.
const char* FormatName(InputFormat format);

/// Reads any supported file. `name` is used in messages and to break ties.
Status ReadDocument(std::string_view bytes, const std::string& name, const ReadOptions& options,
                    Document* out);

/// Plain text in any common encoding (UTF-8/16 with or without BOM,
/// windows-1252, ISO-8859-1, ...). Tabs separate cells; text without a tab
/// has its layout recognised (runs of spaces, drawn tables, wrapped
/// paragraphs: read/text/text_layout.h), with character-column positions.
Status ReadText(std::string_view bytes, Document* out);
/// Word 2007+ (.docx): paragraphs, tables, form fields, check boxes.
Status ReadDocx(std::string_view bytes, const ReadOptions& options, Document* out);
/// OpenDocument text (.odt): paragraphs, tables, form controls, check boxes.
Status ReadOdt(std::string_view bytes, const ReadOptions& options, Document* out);
/// PDF: lines and cells rebuilt from positioned text; OCR per options.
Status ReadPdf(std::string_view bytes, const ReadOptions& options, Document* out);

}  // namespace redovis

#endif  // REDOVIS_READERS_H_
