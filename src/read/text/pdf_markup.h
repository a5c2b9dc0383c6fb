// A PDF's text as Poppler's and MuPDF's converters write it in markup, told
// from a document:
//
//   - `pdftohtml -xml` (pdf2xml): a `<page>` element a page, a `<text>`
//     element a run of text on one line, with its position (`top`, `left`)
//     and font (a `<fontspec>`'s `size`); runs in the PDF's reading order.
//   - `pdftohtml -s` (with or without -noframes): an HTML page holding a
//     division a page (`<div id="page1-div" style="position:relative;...">`)
//     whose runs are paragraphs placed absolutely (`<p
//     style="position:absolute;top:173px;left:85px;..." class="ft10">`), a
//     class a font (`.ft10{font-size:15px;line-height:22px;...}` in the
//     page's style), the lines pdftohtml merged into one paragraph parted
//     by `<br/>`.
//   - `pdftotext -bbox-layout`: XHTML whose `<doc>` holds a `<page>` a page,
//     its `<flow>`s, `<block>`s, `<line>`s and `<word>`s, each with its box
//     (`xMin` ... `yMax`); `pdftotext -bbox`: the same without flows, blocks
//     and lines, a page's words one after another.
//   - `pdftotext -htmlmeta`: an XHTML page, the PDF's metadata in its head,
//     whose body is one `<pre>` holding the text pdftotext writes (with
//     -layout or without: columns and form feeds as in its plain text),
//     not escaped.
//   - `pdftohtml -noframes` (without -s): one HTML page, each text line
//     ended by `<br/>`, an `<a name=N>` anchor at each page's start and an
//     `<hr/>` after it; no paragraph, division or table element.
//   - `mutool draw -F html` (MuPDF): an HTML page holding a division a page
//     (`<div id="page1" style="width:595.3pt;height:841.9pt">`) whose
//     paragraphs are MuPDF's lines placed absolutely (`<p
//     style="top:120.8pt;left:56.8pt;line-height:11.0pt">`), their text in
//     spans that give the font's size (`<span
//     style="font-family:...;font-size:11.0pt">`).
//   - `mutool draw -F stext` (MuPDF's structured text): XML whose
//     `<document>` holds a `<page width height>` a page, its `<block>`s,
//     `<line bbox wmode dir>`s, `<font name size>`s and `<char quad x y
//     color c>`s, a character each with its quad (its four corners).
//
// Read as markup, none of them is a document: pdf2xml's runs and the boxes'
// words are elements the text reader would take for lines of markup,
// LibreOffice's HTML import makes the `<br/>` page one paragraph and the
// placed paragraphs of -s one paragraph each, in no column (101 wrong values
// over the 33 never-seen PDFs). Before, pdf2xml and the boxes each read as a
// blank form (nothing answered): the tool's failure to read reported as the
// municipality's omission.
//
// pdf2xml, pdftohtml -s's page and the boxes are made the text `pdftotext
// -layout` would write, by their runs' positions (positioned_runs.h): a run
// is a `<text>` element, a `<p>`'s line (a `<br/>` starts the next line one
// line height lower, at the same left), or the words of one `<line>` (in
// `-bbox` output without lines, of one `yMin`) each less than half the
// words' height from the last (a wider gap parts cells); its size the
// font's (pdf2xml's fontspec, the -s class's `font-size`) or, for a box,
// 0.75 of its height. Tags are dropped, character references decoded (a
// no-break space a space), a form feed ends each page that holds text. The
// text reader then reads that text's columns as it reads pdftotext's: on
// the 33 never-seen PDFs, -s 0.246 to 0.983 of the values (101 wrong to
// none), -xml 0.804 to 0.983 (its two wrong values, a browser print's
// footer URL joined to the answer above it, gone: the footer now shares its
// page count's line), -bbox-layout 0.598 and -bbox 0.601 to 0.991; no
// wrong value.
//
// MuPDF's pages are read the same way: a `<p>` of -F html a run at its top
// and left (points), its size its first span's font's (else its line
// height); a `<line>` of -F stext a run of its characters' text (a blank
// character a space), parted where a character stands half its height or
// more from the last one's end along the line (as -bbox's words), its top
// the line's, its left its first character's, its size its `<font>`'s. On
// the 33 never-seen PDFs both give 3382 of 3411 values, none wrong (read
// as a web page, -F html gave 970 and 33 wrong, a cell's wrapped line lost
// and its first kept as the whole value; -F stext was read as a text
// without a report, `no_report`).
//
// A page MuPDF turned by its rotation reads down or up: stext's lines say
// so (`dir="0 1"`), and the page is read in the frame its lines read in
// (the direction most of them have; a line in another, a margin's note
// turned on its side, is left out). -F html writes no direction: its
// turned lines stand at a top and a left, those of one column at one top
// side by side; such a page (runs of one top that overlap, their text at
// 0.4 of the size a character reaching past the next one's left by more
// than a size, three pairs or more and a quarter of the page's) is left
// out, a form feed alone in its place, and its number given back for the
// reader's `page_turned` note (read/pdf/page_notes.h). On the 33 PDFs
// turned a page (make_renderings' pdf-rotated): stext 3382 / 29 / 0, as
// upright; -F html 2459 / 952 / 0 with page 2 left out (29 wrong before).
//
// pdftotext -htmlmeta's page is made the text in its `<pre>` (the line
// break after `<pre>` dropped, character references decoded, as any page
// of one `<pre>` writes `<` and `&`): read as the text reader reads that
// text (laid out or in reading order, as it shows). Read as a web page, the
// converter would lose its columns and its form feeds.
//
// pdftohtml's `<br/>` page is not made text: pdftohtml joins the runs of
// one line into one, across the table's columns, with a space or two
// ("Kontaktperson Susanne Aspling Björkstén 021-39": a name and the phone
// of the next column), and writes no position, so no line says where a
// cell ends; the text reader refuses it (`pdftohtml_page`) rather than read
// answers from joined cells.
//
// Told by the markup's own elements, never by a file name: pdf2xml's
// `<pdf2xml` element, or the `<doc>` element with `<page width=` and
// `<word xMin=` (the boxes), within the text's first 4 KiB; MuPDF's
// structured text by its `<document name=` and `<page id="page` in its
// first 4 KiB and a `<char quad=` anywhere; the -s page by
// its `<body>`: its first layout element the first page's division `<div
// id="page1-div" style="position:relative;`, its next a paragraph `<p
// style="position:absolute;top:`; MuPDF's HTML page by its `<body>`: its
// first layout element the first page's division `<div id="page1"
// style="width:`, then (after other pages' divisions and images, a page
// without text) a paragraph `<p style="top:...pt;left:`; the `<pre>` page by a `<body>` holding
// nothing but one `<pre>` element; the `<br/>` page by its `<body>`: eight
// or more `<br>` tags, a named anchor, and none of `<p>`, `<div>`,
// `<table>`, `<td>`, `<li>`, `<span>`, `<pre>` (which word processors and
// browsers write). Knows nothing about forms. A pure function of the text,
// linear in its length (but for each page's sort of its runs): never
// fails, never throws.
#ifndef REDOVIS_READ_TEXT_PDF_MARKUP_H_
#define REDOVIS_READ_TEXT_PDF_MARKUP_H_

#include <string>
#include <string_view>
#include <vector>

namespace redovis {

/// Which of Poppler's and MuPDF's markups PdfMarkupText found.
enum class PdfMarkup {
  kNone,        ///< none of them: `*out` is left empty
  kPdf2Xml,     ///< `pdftohtml -xml`
  kBbox,        ///< `pdftotext -bbox` or `-bbox-layout`
  kRunsPage,    ///< `pdftohtml -s` (an HTML page of runs placed absolutely)
  kLinesPage,   ///< `pdftohtml -noframes` (an HTML page of `<br/>` lines): not made text
  kTextPage,    ///< `pdftotext -htmlmeta` (the text in a page's one `<pre>`)
  kMuPdfHtml,   ///< `mutool draw -F html` (an HTML page of lines placed absolutely)
  kMuPdfStext,  ///< `mutool draw -F stext` (MuPDF's structured text: a line's characters)
};

/// Which of the markups above the decoded text `text` (UTF-8) is. For
/// kPdf2Xml, kRunsPage, kBbox, kMuPdfHtml and kMuPdfStext sets `*out` to its runs laid out by their
/// positions (a form feed after each page), for kTextPage to the text in
/// its `<pre>`; otherwise leaves `*out` empty.
/// For kMuPdfHtml, a page MuPDF turned by its rotation is left out (an
/// empty page, a form feed alone, in its place) and its number in `*out`
/// (1-based, a form feed a page) added to `*turned` when given.
PdfMarkup PdfMarkupText(std::string_view text, std::string* out,
                        std::vector<int>* turned = nullptr);

}  // namespace redovis

#endif  // REDOVIS_READ_TEXT_PDF_MARKUP_H_
