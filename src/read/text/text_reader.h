// The plain-text reader: decoded text (text_decoder.h) split into lines at
// \n, \r\n or \r, pages at form feeds (without them, pages padded to one
// length, as `pr` writes them: page_edges.h). Text with tabs: cells at tabs;
// untabbed lines right after a line that is one tab-prefixed cell continue
// that cell (not after a tab alone that follows a row of several cells:
// catdoc's end of a table's row, after which the document's own lines go
// on); tabs that stand for runs of spaces (`unexpand`) are expanded at
// the tab stops that line the columns up, a line no reading places left
// unread with a warning (tab_stops.h); a laid-out page whose gaps were
// squeezed to one tab each (paged, no two tabs in a row: TabsAreSqueezedGaps)
// is read at its tabs, its cells by their index, with a warning: a lone cell
// after the indent a line of one cell, a row's text with a line of text
// under it that is no row of its own ending in kUndecidedWrap, running lines
// marked, each row marked kSqueezedRowOrigin (ReadSqueezedGapRows). Text
// without a tab has its layout
// recognised (runs of spaces,
// drawn tables, wrapped paragraphs: text_layout.h), with character-column
// positions in each cell's x0/x1. A line that is nothing but Word's empty
// text form field (five en spaces, as LibreOffice's "Save as text" writes one;
// five plain spaces, as MuPDF's text does, in a text with three such lines or
// more) keeps that fact in its origin, kEmptyFormFieldOrigin: an empty cell that is
// there, which the normaliser's tidied spaces would make a blank line. The
// code of a Word text form field left in the text (`catdoc`'s "Titel
// FORMTEXT  Enhetschef") is no text of the document: the words before it
// and the field's result after it are cells of their own, the field's end
// (a space) taken off where it is certain; links' dots around a field
// ("..30.dagar") and after a box ("☒.") are taken off too (field_marks.h). A
// text quoted in an e-mail reply ('>' before every line, or before ten or
// more and at least a third of them: the questions a reply answers under each)
// loses one level of quoting at a time first (a form feed after a line's
// quote stays in the line: the spaces after it are the line's own); a
// laid-out text so quoted, or forwarded unquoted under a mail's header (a
// line of five dashes or more each side of its words, then three lines or
// more of a field's name, a colon and its value, one holding an '@'),
// whose lines the mail re-wrapped at its width (no quoted line with a
// space between words past 80 columns, eight lines of two cells or more,
// three or more lines followed at column 0 by a word that would not have
// fitted on them) has each line's leading spaces taken off too: the wrap
// left every broken line's tail at column 0, in no cell's column, so it is
// read as a layout text whose margin was stripped
// (text_cells.h's MarginStripped: a line at column 0 under a row may be any
// cell's, and says so), and a line of two cells or more that may have been
// broken inside its last cell ends in kUndecidedWrap; then a
// text with every line indented (a tab, or spaces, before each line that is
// not blank) loses the indentation its lines share, which is no column and
// no cell. A text `fold -s` wrapped narrow has its lines joined where the
// wrap is proven, before it is decoded (folded_lines.h), and so has a text
// whose paragraphs and rows, parted by blank lines, are wrapped at one width
// in bytes (catdoc's dump of a Word file: a row's last cell going on on the
// next line); a line keeps the number of the first line it was joined from.
// Where `fold -s` may have broken a row after a tab or the row may have
// ended there (UnfoldedText::undecided), kUndecidedWrap stands in the empty
// cell the tab opens, when the row holds a value past its first cell or the
// next line is one cell, and in a last cell added to the next line, when it
// holds a cell past its first (a column header's words at the wrong index).
// A tabbed text refilled narrow (fmt, fold without -s) is read as far as
// fmt left its lines alone (refilled_tabs.h), with the note that gives the
// finding "refilled_text". A
// spreadsheet saved as CSV (';' or ',' between fields, quoted fields:
// delimited_text.h) is read as its rows, a field a cell.
//
// Registered in read/registry.cc as "text", the format of whatever no other
// format claims. Never throws, never prints, reads nothing but `bytes`. An
// encoding it had to judge by the text's letters, or repaired, is named in
// Document::encoding and explained in a warning (IsEncodingNote). In a text
// decoded from a code page without ¹ (Mac OS Roman, CP437:
// HoldsSuperscriptOne) a line opening with a lone digit, a space and a
// capital is a footnote's body (LineRole::kFootnote): iconv's //TRANSLIT
// wrote its mark "¹" as "1".
#ifndef REDOVIS_READ_TEXT_TEXT_READER_H_
#define REDOVIS_READ_TEXT_TEXT_READER_H_

#include <string>
#include <string_view>

#include "read/text/refilled_layout.h"
#include "redovis/document.h"
#include "redovis/readers.h"
#include "redovis/status.h"

namespace redovis {

/// The origin (Line::origin) of a text line that is nothing but an empty Word
/// text form field: five U+2002 EN SPACE, Word's result for a field left
/// empty.
inline constexpr char kEmptyFormFieldOrigin[] = "empty form field";

/// The origin of a line the reader left blank though the file's line holds
/// text (a paragraph `fmt` refilled, a table a reflow refilled, a line whose
/// tab stops cannot be told): its note says why. The matcher names a
/// question whose answer may stand there as unreadable, never blank.
inline constexpr char kUnreadLineOrigin[] = "unread line";

/// The origin of a row with no text in a sheet saved as CSV whose rows are
/// padded to its width (delimited_text.h): an empty table row or a blank
/// line, which such a sheet does not tell apart. Its line is one empty cell.
inline constexpr char kEmptySheetRowOrigin[] = "empty sheet row";

/// When `warning` (one of a Document's warnings) is the text reader's note
/// on what it assumed about the encoding (a legacy code page told by its
/// letters, a repaired double encoding: text_decoder.h), sets `*message` to
/// the note and returns true; the extractor makes it an `encoding` finding.
bool IsEncodingNote(const std::string& warning, std::string* message);

/// Plain text in any common encoding (UTF-8/16 with or without BOM,
/// windows-1252, ISO-8859-1, ...) into `*out`, format "text". Fails with
/// "empty_file", "binary_file", "lost_characters" for UTF-8 encoded twice
/// with characters lost (text_decoder.h), or "typesetting_source" for the source of
/// a typesetting program (roff, Texinfo, LaTeX, DocBook: typesetting.h), which it
/// does not read, "mail_without_text" for a saved e-mail message with no
/// text part, "lost_line_breaks" for a text whose line breaks were lost
/// (folded_lines.h: nearly all of it one line), or "pdftohtml_page"
/// for pdftohtml's HTML page of a PDF (pdf_markup.h: its lines join cells), or
/// "ocr_word_table" for Tesseract's TSV of a scan's words (word_tsv.h) (then `*out` is
/// unspecified). A saved e-mail message is read as its body's text (mail_message.h); a PDF's text
/// as pdftohtml -xml or pdftotext -bbox write it, as the text of its runs (pdf_markup.h), and as
/// pdftotext -tsv writes it, as the text of its words' boxes (word_tsv.h).
Status ReadText(std::string_view bytes, Document* out);
/// The same, with the words the patterns know and the form's labels:
/// `known` proves a hard fold's cut words (folded_lines.h's
/// UnfoldHardLines; unset, none is), and so does `language`, the
/// language's word list, its own way; `label_at` gives back the rows of a
/// laid-out page fmt refilled that stood under a column header
/// (refilled_layout.h's LabelAt; unset, they stay unread), and
/// `heading_at` the form's section headings there (unset, unread).
Status ReadText(std::string_view bytes, Document* out, const KnownWord& known,
                const LabelAt& label_at, const KnownWord& language = KnownWord(),
                const LabelAt& heading_at = LabelAt());

/// Marks as a footnote's body (LineRole::kFootnote) each content line whose
/// first cell opens with a lone digit 1-9, a space and a capital ("1 Anges
/// med två decimaler."): its mark "¹" written as a plain digit (no sentence
/// starts so; a section's number has its point, "1. Ombud"). ReadText calls
/// it for a text from a code page without ¹; the extractor for a text whose
/// diacritics were stripped and that holds no superscript digit
/// (`iconv -t ASCII//TRANSLIT`).
void MarkPlainFootnoteMarks(std::vector<Line>* lines);

}  // namespace redovis

#endif  // REDOVIS_READ_TEXT_TEXT_READER_H_
