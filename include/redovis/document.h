// The document model every reader yields and every later stage consumes.
//
// A Document is the text of one input file as pages of lines of cells, in
// reading order. A line is a paragraph (one cell) or a table row (one cell per
// column, empty cells kept so that column positions hold). Each cell keeps its
// original text, a case-folded copy for matching, its horizontal position when
// the format has one (PDF; plain text laid out without tabs), and the state of
// a form check box when the format has one (Word, OpenDocument). A line of a
// PDF (its text layer or OCR) keeps its vertical place (Line::foot).
//
// Memory: a document is held whole while it is read, so its lines and cells
// are kept small (a cell is 64 bytes and a line 48, besides their text): the
// strings that are often empty (a cell's folded copy, a line's origin) are
// LeanStrings, one pointer when empty.
//
// The model knows nothing about reports or forms: no Swedish, no keys.
#ifndef REDOVIS_DOCUMENT_H_
#define REDOVIS_DOCUMENT_H_

#include <cstdint>
#include <string>
#include <vector>

#include "redovis/lean_string.h"

namespace redovis {

/// The state of a form check box found in a cell (Word FORMCHECKBOX,
/// content-control check box, ODF check box, or a ☒/☐ glyph).
enum class CheckboxState : std::uint8_t { kNone, kChecked, kUnchecked };

/// Put in a cell's text by a reader between two pieces of a word that may
/// have been cut over lines when the layout does not tell whether the pieces
/// are one word or two (a narrow grid cell's "VÄ" / "ST" / "ER" / "ÅS":
/// read/text/drawn_tables.h): U+E000, a private-use character no report
/// holds. It never reaches output: a value holding it is not taken, the
/// matcher gives null and a finding showing the pieces (value_unreadable,
/// cut_word).
inline constexpr char kUndecidedCut[] = "\xEE\x80\x80";

/// Put by the text reader at the end of a line of two cells or more in a
/// quoted text the mail re-wrapped (its lines broken at the mail's width:
/// read/text/text_reader.h), where the next line, at column 0, opens with a
/// word that would not have fitted on it: the line may have been broken at a
/// space inside its last cell ("Postnummer 721" / "87  Postort"), whose words
/// would then go on there. U+E001, a private-use character no report holds.
/// It never reaches output: a value holding it is not taken, the matcher
/// gives null and a finding (value_unreadable, rewrapped_line).
inline constexpr char kUndecidedWrap[] = "\xEE\x80\x81";

/// Put by the text reader at the end of a line that `fmt` ended inside a
/// paragraph of a text written a cell a line (LibreOffice's text export
/// refilled: read/text/folded_lines.h): the line's last words may go on at
/// the next line's start, and the next cell's words may have been run onto
/// it. U+E003, a private-use character no report holds. It never reaches
/// output: a value holding it is not taken, the matcher gives null and a
/// finding (value_unreadable, refilled_line); so where it stands right after
/// the label, whose own words may go on at the next line.
inline constexpr char kRefilledBreak[] = "\xEE\x80\x83";

/// `*s` without the readers' marks: U+E000 to U+E004 (kUndecidedCut,
/// kUndecidedWrap, read/text/cut_lines.h's kCutLine and kFoldBreak,
/// kRefilledBreak), each a
/// private-use character a reader put in a line's text, none the document's.
/// The one eraser of them all: for output (the extractor) and for the
/// segmenter, which reads a form's wording as evidence across them.
void EraseReaderMarks(std::string* s);

/// One cell of a line: a table cell, or the whole of a paragraph.
struct Cell {
  std::string text;  ///< original text, normalised (NFC, spaces tidied); kept for output
  /// Case-folded copy of `text`, for matching only. The normaliser stores it
  /// for the lines of a file that holds a report (what the matcher reads);
  /// in a file that holds none it stays empty, and Folded() folds on demand.
  LeanString fold;
  CheckboxState checkbox = CheckboxState::kNone;
  /// OCR's confidence in the cell's text, 0-100: the lowest of its words'
  /// (a drawn check box counts 100); -1 when the text was not read by OCR.
  signed char ocr_confidence = -1;
  /// OCR's confidence in the words that end the cell after its last word
  /// holding a letter (a number read after its label in one cell,
  /// "decimaler!: 1,0"), the lowest of theirs: the value's own, where the
  /// label's words read less surely; -1 when the cell ends in a word with a
  /// letter or was not read by OCR. A cell that takes in another's text
  /// takes the lower of the two's where both end so (JoinOcrConfidence).
  signed char ocr_tail_confidence = -1;
  /// Horizontal extent; -1 when unknown (Word, OpenDocument, text with tabs).
  /// PDF: points from the page's left edge. Plain text without tabs: character
  /// columns (code points from the start of the text line, x1 exclusive), the
  /// column's extent for a drawn table (pandoc grid, pipe and dashed tables).
  /// Only positions within one document compare; never across formats.
  double x0 = -1, x1 = -1;

  /// `fold` when it is stored (or `text` is empty), else `text` folded now.
  std::string Folded() const;
};

/// Why a line is not ordinary content. Set by the normaliser and segmenter.
enum class LineRole : std::uint8_t {
  kContent,
  kFootnote,   ///< a footnote body: skipped by answers, kept for provenance
  kFurniture,  ///< running header/footer or page number: never an answer
};

/// One line: a paragraph or a table row.
struct Line {
  std::vector<Cell> cells;
  int page = 0;       ///< 1-based page number; 0 for formats without pages
  int number = 0;     ///< 1-based line number within the file (text) or reading order
  LeanString origin;  ///< source place, e.g. "table 3 row 2"; text: "" or kEmptyFormFieldOrigin
  LineRole role = LineRole::kContent;
  bool ocr = false;  ///< text came from OCR
  /// Word and OpenDocument: a paragraph of its own whose text held a run of
  /// two spaces or more between words, which the normaliser squeezes: a
  /// laid-out text's line saved as a document (LibreOffice's text import
  /// keeps each line's gaps), whose cells may have run together in it. Set
  /// by the office readers' LineBuilder; the matcher looks inside such a
  /// paragraph's values for another question's label (MatchRun::LabelInside).
  bool spaced = false;
  /// Plain text that is a dump of pdftohtml's runs (read/text/run_dumps.h):
  /// the line is one run whose PDF line wrapped (it ended in a space) and
  /// that no join took its rest into; the rest is a later line, after the
  /// row's other runs. The matcher gives a row's such lines their rests by
  /// the form's labels (match/run_rests.h).
  bool run_goes_on = false;
  /// PDF, from its text layer or OCR: the line's foot (its words' lowest
  /// bottom; a paragraph's or a ruled row's lines joined into one, the last
  /// one's) in points from its page's top, y growing downwards. -1 for
  /// formats without a vertical place (text, Word, OpenDocument). Only
  /// lines of one page compare: the matcher counts a gap between a stacked
  /// cell's lines as rows (MatchRun::StackedGap), as a text's blank lines.
  float foot = -1;

  /// The cells' texts joined by tabs.
  std::string Text() const;
  /// The texts of the cells that are not blank, each trimmed (Trim: ASCII
  /// and Unicode spaces), joined by single spaces (a line as read aloud:
  /// page numbers, running lines, notes, a line's words after a label).
  std::string SpacedText() const;
  /// The cells' folded texts (Cell::Folded) joined by tabs.
  std::string FoldedText() const;
  /// True when every cell is empty after trimming.
  bool Blank() const;
};

/// One input file's text.
struct Document {
  std::string format;    ///< "text", "docx", "odt", "pdf"
  std::string encoding;  ///< decided encoding for text files ("UTF-8", "windows-1252", ...)
  int confidence = 100;  ///< confidence of the encoding decision, 0-100
  int page_count = 0;    ///< 0 for formats without pages
  /// Text: its pages were given back from a browser's running page count
  /// ("file:///...html 2/5"; read/text/page_edges.h), not told by form feeds.
  bool pages_from_count = false;
  /// Text whose words stood as far apart as its columns (`pdftotext -layout
  /// -fixed` at a pitch narrower than its letters; read/text/wide_gaps.h):
  /// each line was read as one cell, its runs of spaces one space, but it is
  /// still one line of the page as laid out, a row's cells in their order.
  bool wide_word_gaps = false;
  std::vector<Line> lines;
  std::vector<std::string> warnings;  ///< reader notes that are not failures
};

}  // namespace redovis

#endif  // REDOVIS_DOCUMENT_H_
