// A page's words as a table of boxes, a word a row of tab-separated fields,
// told from a spreadsheet and made the text `pdftotext -layout` would write:
//
//   - `pdftotext -tsv` (Poppler): the header `level page_num par_num
//     block_num line_num word_num left top width height conf text`, a row
//     for each page (level 1, "###PAGE###"), flow (3), line (4,
//     "###LINE###") and word (5), each with its box in points (`left`,
//     `top`, `width`, `height`, top-left origin); a word's `conf` is 100,
//     the others' -1.
//   - Tesseract's `tsv` output: the same fields, `block_num` before
//     `par_num`, rows for blocks (2) and paragraphs (3) too, boxes in the
//     scan's pixels, a word's `conf` its confidence (0-100).
//
// Read as a spreadsheet (delimited_text.h), each word would be a row of its
// own, no line a sentence and no column a column: no report (`no_report`),
// the tool's failure reported as a file without a form.
//
// Poppler's is made text here by the words' boxes (positioned_runs.h, as
// pdf_markup.h's `-bbox` words): the words of one line (one page, block,
// paragraph and line number) a word's space from the last are a run; a gap
// of half the word's height or more (a word space is about a quarter)
// parts two cells; a run's size 0.75 of its first word's height (a box is
// about 1.33 font sizes high); each page laid out on its own, a form feed
// after it, pages in the order the rows give them. Rows of other levels, a
// word with no text, and a row whose fields do not parse as numbers (fewer
// than 12 fields, a box not finite) are left out: a word so lost is a cell
// left empty, never a cell moved. On the 33 never-seen PDFs: 3382 of 3411
// values, none wrong (as `-bbox`; read as a spreadsheet, none).
//
// Tesseract's is told, not made text: a scan's words laid out by their
// boxes alone, without the scan (its drawn boxes and rules, its skew, which
// the PDF reader's OCR reads from the pixels), gave 9 wrong values of 92 on
// the sample 000's scan at 300 dpi (counts a row off, a note's lines taken
// for an answer): the caller refuses it and asks for the scan.
//
// Told only by the header, the text's first line, exactly as either program
// writes it (a byte-order mark before it and a carriage return after it
// allowed). Knows nothing about forms. A pure function of the text, linear
// in its length but for each page's sort of its runs: never fails, never
// throws.
#ifndef REDOVIS_READ_TEXT_WORD_TSV_H_
#define REDOVIS_READ_TEXT_WORD_TSV_H_

#include <string>
#include <string_view>

namespace redovis {

/// Which table of words WordTsvText found.
enum class WordTable {
  kNone,       ///< neither: `*out` is left untouched
  kPoppler,    ///< `pdftotext -tsv`: `*out` holds its pages laid out as text
  kTesseract,  ///< Tesseract's `tsv`: `*out` is left untouched
};

/// Which table of words with their boxes (see above) `text` (decoded
/// UTF-8) is; for kPoppler `*out` holds its pages laid out as text, a form
/// feed after each page that holds a word (kNone where no row holds one).
WordTable WordTsvText(std::string_view text, std::string* out);

}  // namespace redovis

#endif  // REDOVIS_READ_TEXT_WORD_TSV_H_
