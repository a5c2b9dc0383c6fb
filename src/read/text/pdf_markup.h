// A PDF's text as Poppler's converters write it in markup, told from a
// document:
//
//   - `pdftohtml -xml` (pdf2xml): a `<page>` element a page, a `<text>`
//     element a run of text on one line, with its position (`top`, `left`)
//     and font; runs in the PDF's reading order.
//   - `pdftotext -bbox-layout`: XHTML whose `<doc>` holds a `<page>` a page,
//     its `<flow>`s, `<block>`s, `<line>`s and `<word>`s, each with its box
//     (`xMin` ... `yMax`); `pdftotext -bbox`: the same without flows, blocks
//     and lines, a page's words one after another.
//   - `pdftotext -htmlmeta`: an XHTML page, the PDF's metadata in its head,
//     whose body is one `<pre>` holding the text pdftotext writes (with
//     -layout or without: columns and form feeds as in its plain text),
//     not escaped.
//   - `pdftohtml -noframes`: one HTML page, each text line ended by `<br/>`,
//     an `<a name=N>` anchor at each page's start and an `<hr/>` after it;
//     no paragraph, division or table element.
//
// Read as markup, none of them is a document: pdf2xml's runs and the boxes'
// words are elements the text reader would take for lines of markup, and
// LibreOffice's HTML import makes the `<br/>` page one paragraph. Before,
// each read as a blank form (nothing answered): the tool's failure to read
// reported as the municipality's omission.
//
// pdf2xml and the boxes are made the text `pdftotext` would write: a line
// per `<text>` element or per `<line>` (its words joined by one space; in
// `-bbox` output without lines, the words with the same `yMin` one after
// another, each less than half the words' height from the last: a wider gap
// parts cells), tags dropped, character references decoded (a no-break
// space a space), empty lines left out, a form feed after each page that
// holds text. That text is reading-order text (what `pdftotext` without
// -layout writes: match/reading_order.h), where the order decides no
// column; the positions are not read.
//
// pdftotext -htmlmeta's page is made the text in its `<pre>` (the line
// break after `<pre>` dropped, character references decoded, as any page
// of one `<pre>` writes `<` and `&`): read as the text reader reads that
// text (laid out or in reading order, as it shows). Read as a web page, the
// converter would lose its columns and its form feeds.
//
// pdftohtml's HTML page is not made text: pdftohtml joins the runs of one
// line into one, across the table's columns, with a space or two
// ("Kontaktperson Susanne Aspling Björkstén 021-39": a name and the phone
// of the next column), so no line says where a cell ends; the text reader
// refuses it (`pdftohtml_page`) rather than read answers from joined cells.
//
// Told by the markup's own elements, never by a file name: pdf2xml's
// `<pdf2xml` element, or the `<doc>` element with `<page width=` and
// `<word xMin=` (the boxes), within the text's first 4 KiB; the `<pre>`
// page by a `<body>` holding nothing but one `<pre>` element; the `<br/>`
// page by its `<body>`: eight or more `<br>` tags, a named anchor, and none
// of `<p>`, `<div>`, `<table>`, `<td>`, `<li>`, `<span>`, `<pre>` (which
// word processors and browsers write). Knows nothing about forms. A pure
// function of the text, linear in its length: never fails, never throws.
#ifndef REDOVIS_READ_TEXT_PDF_MARKUP_H_
#define REDOVIS_READ_TEXT_PDF_MARKUP_H_

#include <string>
#include <string_view>

namespace redovis {

/// Which of Poppler's markups PdfMarkupText found.
enum class PdfMarkup {
  kNone,       ///< none of them: `*out` is left empty
  kPdf2Xml,    ///< `pdftohtml -xml`
  kBbox,       ///< `pdftotext -bbox` or `-bbox-layout`
  kLinesPage,  ///< `pdftohtml -noframes` (an HTML page of `<br/>` lines): not made text
  kTextPage,   ///< `pdftotext -htmlmeta` (the text in a page's one `<pre>`)
};

/// Which of the markups above the decoded text `text` (UTF-8) is. For
/// kPdf2Xml and kBbox sets `*out` to its text (a line a run, a form feed
/// after each page), for kTextPage to the text in its `<pre>`; otherwise
/// leaves `*out` empty.
PdfMarkup PdfMarkupText(std::string_view text, std::string* out);

}  // namespace redovis

#endif  // REDOVIS_READ_TEXT_PDF_MARKUP_H_
