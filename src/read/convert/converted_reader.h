// The converted formats: Word 97-2003 (.doc, an OLE2 compound file), RTF,
// HTML (which Word saved many ".doc" files as), and Word 2003's XML document
// (WordprocessingML 2003: one XML file, `<w:wordDocument>`, which Word 2003
// to 2019 save as "Word XML Document"). None is parsed here: each is
// handed to LibreOffice run headless as a converter to .docx, and the .docx
// it writes is read by the Word reader (read/office/docx_reader.h), so a .doc
// or .rtf gives the same Document as the same report saved as .docx (tables
// with their cells, legacy form fields with their state, typed marks).
//
// How one file is converted (ConvertToDocx):
//   - a private directory is made under $TMPDIR (else /tmp), mode 0700,
//     holding the input, LibreOffice's own throwaway profile and the output;
//     it is removed on every path out (RAII), whatever happened;
//   - `soffice` is found on PATH (its `soffice.bin` beside it is run
//     directly, so that no launcher stands between us and the process we
//     stop), in a process group of its own, with stdin, stdout and stderr on
//     /dev/null and SIGKILL on our death (PR_SET_PDEATHSIG), so a worker
//     stopped by the batch's --timeout takes it along;
//   - after `options.convert_timeout_seconds` the whole process group is
//     killed and the file is `unreadable` with `timeout`. The command line
//     sets that limit from --timeout (ConversionTimeLimit): the converter
//     gets the file's time less a fifth of it, and less at most 10 s (50 s
//     of the default 60, 8 s of 10, 2.4 s of 3), so that it is stopped, and
//     its whole process group with it, before the batch's deadline stops
//     the worker, which leaves the rest of the time to read the .docx;
//   - the .docx is read back (at most `options.max_total_bytes`).
//
// This is the one reader that writes files (its private directory) and runs
// a program; it never touches any other file, never prints, never throws
// past its boundary. Without `soffice` on PATH a file is `unreadable` with
// `converter_missing`, naming the Debian package to install.
//
// Registered in read/registry.cc as "doc", "rtf", "html" and "wordml".
#ifndef REDOVIS_READ_CONVERT_CONVERTED_READER_H_
#define REDOVIS_READ_CONVERT_CONVERTED_READER_H_

#include <string>
#include <string_view>

#include "redovis/document.h"
#include "redovis/readers.h"
#include "redovis/status.h"

namespace redovis {

/// The seconds a conversion may take within a file's `file_timeout`
/// (--timeout; 0: none, and then the conversion has no limit either): the
/// timeout less min(10 s, a fifth of it).
double ConversionTimeLimit(double file_timeout);

/// Converts `bytes` (a .doc, .rtf, .html or Word 2003 XML, told by
/// `extension`: "doc", "rtf", "html", "xml") to .docx bytes in `*docx`. Fails with
/// "converter_missing" (no soffice on PATH), "timeout" (the converter ran
/// past options.convert_timeout_seconds; it is killed), "conversion_failed"
/// (it wrote no .docx: a damaged, password-protected or foreign file),
/// "too_large" (the .docx exceeds options.max_total_bytes) or "cannot_open"
/// (no private temporary directory could be made).
Status ConvertToDocx(std::string_view bytes, const char* extension, const ReadOptions& options,
                     std::string* docx);

/// An OLE2 compound file: a Word 97-2003 document is converted and read,
/// `*out` format "doc". Fails with "encrypted" (an EncryptedPackage stream:
/// a password-protected Office 2007+ file), "legacy_word" (an OLE2 file
/// with no WordDocument stream: Excel, PowerPoint, Outlook), the codes of
/// ConvertToDocx and those of ReadDocx.
Status ReadDoc(std::string_view bytes, const ReadOptions& options, Document* out);

/// RTF, converted and read; `*out` format "rtf". Fails as ConvertToDocx
/// and ReadDocx.
Status ReadRtf(std::string_view bytes, const ReadOptions& options, Document* out);

/// HTML (Word's "Save as Web Page", often named .doc), converted with
/// LibreOffice's Writer HTML import (tables keep their cells) and read;
/// `*out` format "html". The import drops form controls, so each check box
/// (`<input type="checkbox">`) is made its glyph first, ☒ when `checked`,
/// else ☐ (text/html_markup.h's CheckboxInputsAsGlyphs, the rule HTML inside
/// text follows). Fails as ConvertToDocx and ReadDocx. A PDF's text as
/// `pdftohtml -noframes`, `pdftohtml -s` or `pdftotext -bbox` writes it
/// (text/pdf_markup.h) is not converted but given to ReadText: -s's placed
/// runs and the boxes' words are laid out by their positions (`*out` format
/// "text"), pdftohtml's `<br/>` page is refused (`pdftohtml_page`).
Status ReadHtml(std::string_view bytes, const ReadOptions& options, Document* out);

/// Word 2003's XML document, converted with LibreOffice's "MS Word 2003
/// XML" import (tables, form fields and their state kept) and read; `*out`
/// format "wordml". Fails as ConvertToDocx and ReadDocx.
Status ReadWordXml(std::string_view bytes, const ReadOptions& options, Document* out);

}  // namespace redovis

#endif  // REDOVIS_READ_CONVERT_CONVERTED_READER_H_
