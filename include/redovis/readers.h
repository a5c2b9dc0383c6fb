// The readers: bytes of one input file in, a Document out.
//
// ReadDocument() sniffs the format from the bytes (never trusting the file
// name alone) and calls the reader for it; each format, with its extensions,
// sniff and reader, is one entry of the reader registry (src/read/registry.h).
// Every reader returns a Status: ok with a filled Document, or a typed error
// whose code becomes the finding of an `unreadable` record ("empty_file",
// "binary_file", "encrypted", "legacy_word", "converter_missing", "not_a_zip", "zip_limits",
// "corrupt", "no_text_layer", ...).
// Readers never throw past this boundary, never write to stdout or stderr,
// and never touch the network or other files.
#ifndef REDOVIS_READERS_H_
#define REDOVIS_READERS_H_

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "redovis/document.h"
#include "redovis/status.h"

namespace redovis {

/// kOle2 is a Word 97-2003 .doc (or another OLE2 compound file); kRtf, kHtml
/// and kWordXml (Word 2003's one-file XML, WordprocessingML 2003) are read,
/// like it, through LibreOffice (read/convert/converted_reader.h).
enum class InputFormat {
  kUnknown,
  kText,
  kDocx,
  kOdt,
  kPdf,
  kOle2,
  kRtf,
  kHtml,
  kFlatOdt,
  kWordXml,
  kZip,
  kEmpty,
  kBinary
};

/// Whether `word` (UTF-8, one run of letters, in any case) is a word the
/// patterns write (the extractor answers from their vocabulary:
/// normalise/lost_marks.h); an empty one knows no word.
using KnownWord = std::function<bool(std::string_view word)>;

/// Limits and choices for reading one file.
struct ReadOptions {
  std::string ocr = "auto";  ///< "auto", "always" or "never" (PDF)
  /// PDF: the Tesseract language code OCR reads with (the patterns'
  /// `ocr_language`, set by the extractor); "" makes OCR unavailable.
  std::string ocr_language;
  size_t max_zip_entries = 5000;        ///< DOCX/ODT: entries in the archive
  size_t max_part_bytes = 64u << 20;    ///< DOCX/ODT: bytes read from one part
  size_t max_total_bytes = 256u << 20;  ///< DOCX/ODT: bytes read from all parts
  double max_ratio = 200.0;             ///< DOCX/ODT: uncompressed/compressed
  int max_xml_depth = 256;              ///< DOCX/ODT: element nesting
  int max_pdf_pages = 2000;             ///< PDF: pages read
  /// .doc/.rtf/.html: seconds LibreOffice may take to convert one file
  /// before its process group is killed ("timeout"); 0: no limit. The
  /// command line sets it from --timeout (ConversionTimeLimit in
  /// read/convert/converted_reader.h), so that the conversion ends before
  /// the worker's own deadline; 50 is its share of the default 60.
  double convert_timeout_seconds = 50;
  /// Text: where a label of the form starts a text, with which the rows of
  /// a laid-out page `fmt` refilled are given back (read/text/
  /// refilled_layout.h's LabelAt: 0 for none, else the label's length in
  /// bytes, negated when it is no table row's). The extractor sets it from
  /// the patterns' rules; empty: such rows stay unread.
  std::function<int(std::string_view text)> label_at;
  /// Text: where a section's heading of the form starts a text (0 for none,
  /// else its length in bytes), with which a heading in a laid-out page's
  /// paragraph `fmt` refilled is given back, so that its section opens
  /// (read/text/refilled_layout.h). The extractor sets it from the
  /// patterns' section headings; empty: such headings stay unread.
  std::function<int(std::string_view text)> heading_at;
  /// Text: the words the patterns know, which prove a word cut by a hard
  /// fold (`fold -w`: read/text/folded_lines.h's UnfoldHardLines) where its
  /// two pieces spell one of them; set by the extractor. Unset: no such proof.
  KnownWord known_word;
  /// Text: the language's words (the patterns' `wordlist`, normalise/
  /// word_list.h), a second proof of a word a hard fold cut: its pieces spell
  /// one of them and one piece is none ("bl" / "anketter"); set by the
  /// extractor where the patterns name a word list. Unset: no such proof.
  KnownWord language_word;
  /// PDF: called as each page read by OCR begins (the slow part of a scan),
  /// so that a batch's worker can tell its parent it is still reading
  /// (batch/batch.h: --timeout counts from the last such call). Unset: none.
  std::function<void()> page_begun;
};

/// The format the bytes are in, judged by their content (magic numbers, zip
/// entries); `name`'s extension only breaks a tie the content leaves open (a
/// zip with no mark of its format). kEmpty for no bytes, kZip for a zip (or
/// what is left of one) no format claims, kText for everything else.
InputFormat SniffFormat(std::string_view bytes, const std::string& name);
/// "text", "docx", "odt", "pdf", "doc", "rtf", "html", "wordml", ... for a
/// format.
const char* FormatName(InputFormat format);

/// Reads any supported file. `name` is used in messages and to break ties.
Status ReadDocument(std::string_view bytes, const std::string& name, const ReadOptions& options,
                    Document* out);

/// The file-name extensions (lower case, with the dot: ".pdf") of the
/// formats that can be read, sorted; what a directory walk picks up.
std::vector<std::string> ReadableExtensions();
/// The extension of an archive of files the extractor opens (a .zip of
/// reports, Extractor::ExtractArchive): a directory walk picks it up too, and
/// an archive's own .zip files are named, not opened.
inline constexpr std::string_view kArchiveExtension = ".zip";
/// True when `extension` (with the dot, in any case: ".PDF") is one of
/// ReadableExtensions().
bool IsReadableExtension(std::string_view extension);
/// True when a directory walk reads a file with `extension` (in any case):
/// one of ReadableExtensions(), or kArchiveExtension.
bool IsWalkedExtension(std::string_view extension);

}  // namespace redovis

#endif  // REDOVIS_READERS_H_
