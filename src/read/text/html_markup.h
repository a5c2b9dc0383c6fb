// HTML markup inside plain text, read row by row for the text layout
// (text_layout.h), which makes the rows Lines, as it does the markup tables
// of markup_tables.h. Converters write HTML tables where their own markup has
// no table of the shape: `pandoc -t gfm` for a table with several paragraphs
// in a cell or merged cells, `-t commonmark` for every table, `-t textile`;
// and a page's source copied as text (`pandoc -t html` without a page around
// it, a word processor's "Save as web page" body) is HTML throughout.
//
//   - A run of markup starts at a line that opens (after spaces) with a tag
//     of the elements converters and word processors write (`<table`, `<p>`,
//     `</div>`, `<h2>`, `<strong>`, ..., any case) or a comment. It goes on
//     while a table, a tag or a comment is open, and over each following
//     line that opens with such a tag, or that continues a paragraph
//     element left open (`<p>Vård och` / `omsorgsförvaltningen</p>`); a
//     blank line, or a line of text outside any element, ends it and is left
//     to the caller. A markdown autolink (`<https://...>`) opens nothing.
//   - Outside tables, each paragraph is a row of one cell over the whole
//     width (0 to 100): `<p>`, `<div>`, `<li>`, `<h1>`...`<h6>`, `<br>` and
//     a table end one.
//   - A table ends at the `</table>` that closes it. A table that is never
//     closed (HTML lets a browser close it at the end) ends after the last
//     line holding one of its row or cell tags, so the text after it is read
//     as text.
//   - `<tr>` starts a row, `<td>` and `<th>` a cell; a cell or row left open
//     is closed by the next one, as HTML allows. `colspan` widens a cell over
//     its columns (one cell with their extent, as a merged cell in a PDF);
//     `rowspan` keeps its columns covered in the rows below, whose cells
//     then stand in the columns after them (as in a PDF, the merged cell is
//     text in its first row only). Spans are capped (100 columns, 1000
//     rows), a span past the table's columns ends at its edge, and a cell
//     past the 1000th column is dropped, so a typing slip cannot make
//     millions of cells nor squeeze the others.
//   - `<caption>` is a row of its own, one cell over the table's width.
//   - A cell's text: runs of white space (line ends included) are one space;
//     other control characters are dropped (HTML has none). Word's field
//     and cell marks (`\x07\x03 \x08` for an empty form field, as
//     LibreOffice writes one) never reach it: the decoder made them spaces
//     (text_decoder.h, their one home).
//     `<p>`, `<div>`, `<li>`, `<h1>`...`<h6>` and `<br>` are paragraph breaks
//     ("\n"); every other tag (`<strong>`, `<span>`, `<a>`, `<col>`, ...) is
//     dropped with its attributes; `<script>`/`<style>` contents and
//     comments are dropped (in a paragraph too); `<input type="checkbox">`
//     is a check-box glyph,
//     ticked (☒) when `checked`, else ☐ (a word processor's form check box).
//     Entities are decoded: `&amp; &lt; &gt; &quot; &apos;`, numeric
//     (`&#8230;`, `&#x2026;`), `&nbsp;` as a space, and a few named ones
//     word processors write (Latin-1 letters, dashes, quotes, `&hellip;`);
//     an unknown name is kept as it stands. No tag ever reaches a cell. A
//     cell or paragraph of more than 1 MiB of text is read empty (no form's
//     answer is that long, and a cut text would be a wrong value); a tag of
//     more than 4 KiB is dropped, ending at its next '>'.
//   - A table inside a cell is flattened into that cell: its cells are
//     paragraphs of the outer cell. Nesting costs a counter, never a stack
//     frame, so 10,000 nested tables are read in one pass.
//   - A cell's extent is its columns' share of the table's width on a scale
//     of 0 to 100: the `<col>` widths (`width="49%"`, `style="width: 13%"`,
//     `width="128"`, weighed against each other) when there is one per
//     column, else equal columns.
//
// Why a small scanner and not libxml2's HTML parser: the markup is a
// fragment inside markdown or textile, and each row must keep the line it
// starts on; libxml2's parser takes a whole document, wraps the text around
// the table in elements of its own, builds a tree whose depth a hostile
// nesting exhausts (../shared notes on library hazards), and returns no
// line of the source for text nodes. Only a handful of tags matter here;
// everything else is dropped, which a scanner does in one linear pass with
// memory bounded by the text it keeps.
//
// Decides by what the text shows; knows nothing about forms. Never fails.
#ifndef REDOVIS_READ_TEXT_HTML_MARKUP_H_
#define REDOVIS_READ_TEXT_HTML_MARKUP_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "read/text/markup_tables.h"
#include "read/text/text_layout.h"

namespace redovis {

/// Reads the run of HTML markup opening at lines[i] (see above), appending
/// its rows in order: one per paragraph outside tables (its `line` the line
/// its text starts on) and one per table row with a cell (the line its first
/// cell opens on). Returns the index after the run's last line, or i
/// (nothing appended) when lines[i] opens no markup.
size_t ReadHtmlMarkup(const std::vector<TextLine>& lines, size_t i, std::vector<MarkupRow>* rows);

/// True when `line` opens (after spaces) a run of HTML markup (see above):
/// a tag of the elements converters and word processors write, or a comment.
bool OpensHtmlMarkup(std::string_view line);

/// A whole HTML page's source with each `<input>` tag (any case, any
/// attributes; its quoted values may hold '>') replaced by what a cell reads
/// for it above: the check-box glyph's character reference, `&#9746; ` when
/// `checked`, `&#9744; ` for any other check box, nothing for another input
/// (a text box's typed value is in its `value`, which no converter shows
/// either). Everything else is kept byte for byte, in whatever encoding the
/// page is (the references are ASCII). For a page read by converting it
/// (convert/converted_reader.h's ReadHtml): LibreOffice's HTML import drops
/// form controls, so a form saved as a web page would lose its marks. A tag
/// never closed, or longer than 4 KiB, is kept as it stands. Never fails.
std::string CheckboxInputsAsGlyphs(std::string_view html);

/// `text` with its HTML character references decoded (as in a cell, above);
/// a `&` that starts no known reference is kept. Never fails.
std::string DecodeHtmlEntities(std::string_view text);

}  // namespace redovis

#endif  // REDOVIS_READ_TEXT_HTML_MARKUP_H_
