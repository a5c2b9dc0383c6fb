// The plain-text reader: decoded text split into lines at \n, \r\n or \r,
// pages at form feeds (or padded to one length, page_edges.h). Text with tabs: cells at tabs
// (and where leader dots follow a cell's text, text_cells.h's PartedAtLeaders);
// untabbed lines right after a line that is one tab-prefixed cell continue that cell (not after
// catdoc's tab alone ending a row of several cells). Text without
// a tab: its layout (columns of spaces, drawn tables, wrapped paragraphs) is
// recognised by text_layout.h, as is text that opens with HTML markup (tabs
// indenting markup are white space). A text quoted in an e-mail reply (every
// line after '>', or ten or more and at least a third of them: questions
// quoted, each answered under it) loses its quoting first. HTML character references (`&#64;`,
// `&amp;`: Textile escapes `@`, `-` and `*` so; html2text leaves an XHTML page's `&#xf6;`) are
// decoded in a text that is no markup before its layout is read, and in every cell, and Muse's
// `<verbatim>` tags taken off. A PDF's text in the markup of pdftohtml -xml
// or -s or pdftotext -bbox is read as its runs laid out by their positions
// (pdf_markup.h), and pdftotext -tsv's word list by its words' boxes (word_tsv.h);
// pdftohtml's <br/> page is refused, "pdftohtml_page", and Tesseract's word list of
// a scan, "ocr_word_table". The source of a
// typesetting program (roff, Texinfo, LaTeX: typesetting.h) is refused,
// "typesetting_source". A text `fold -s` wrapped is joined again first where
// the wrap is proven (folded_lines.h).
#include "read/text/text_reader.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "base/swapped_ascii.h"
#include "base/text_util.h"
#include "base/utf8.h"
#include "read/pdf/page_notes.h"
#include "read/text/cut_lines.h"
#include "read/text/delimited_text.h"
#include "read/text/double_spacing.h"
#include "read/text/drawn_tables.h"
#include "read/text/field_marks.h"
#include "read/text/folded_lines.h"
#include "read/text/html_markup.h"
#include "read/text/line_numbers.h"
#include "read/text/lost_line_breaks.h"
#include "read/text/mail_message.h"
#include "read/text/page_edges.h"
#include "read/text/pdf_markup.h"
#include "read/text/quoted_text.h"
#include "read/text/refilled_layout.h"
#include "read/text/refilled_tabs.h"
#include "read/text/tab_stops.h"
#include "read/text/text_cells.h"
#include "read/text/text_decoder.h"
#include "read/text/text_layout.h"
#include "read/text/typesetting.h"
#include "read/text/wide_gaps.h"
#include "read/text/word_tsv.h"

namespace redovis {
namespace {

// The line break at t[end] ('\r', '\n' or '\f'; "\r\n" is one break):
// returns its character and sets *next to the index after it.
char PastBreak(std::string_view t, size_t end, size_t* next) {
  char c = t[end];
  *next = end + 1;
  if (c == '\r' && *next < t.size() && t[*next] == '\n') ++*next;
  return c;
}

// The lines of `t` with their pages; a form feed ends a page (one at the very
// end starts none); they view `t`. Line numbers are an editor's: a form feed starts a page
// but not a line, so the text after it keeps the line's number
// (pdftotext's "\fFirst line" is the line after the previous \n).
std::vector<TextLine> SplitLines(std::string_view t, int* pages) {
  std::vector<TextLine> lines;
  // Reserved exactly: a vector grown by doubling holds up to twice the lines,
  // and while it grows both copies, in a large file some tens of MiB.
  size_t breaks = 0;
  for (char c : t) breaks += c == '\n' || c == '\r' || c == '\f';
  lines.reserve(breaks + 1);
  int page = 1, number = 1;
  size_t i = 0;
  while (i <= t.size()) {
    size_t end = FindAnyOf(t, "\r\n\f", i);
    if (end == std::string_view::npos) end = t.size();
    TextLine l;
    l.text = t.substr(i, end - i);
    l.page = page;
    l.number = number;
    bool last = end == t.size();
    if (!(last && l.text.empty() && !lines.empty())) lines.push_back(std::move(l));
    if (last) break;
    char c = PastBreak(t, end, &i);
    if (c == '\f' && i < t.size()) ++page;
    if (c != '\f') ++number;
  }
  *pages = page;
  return lines;
}

// Muse's literal-text tags (pandoc -t muse): `<verbatim>=</verbatim>` is
// `=`, and an empty pair, which Muse writes for an empty paragraph (a blank
// form's empty cell), is nothing.
constexpr std::string_view kVerbatimOpen = "<verbatim>";
constexpr std::string_view kVerbatimClose = "</verbatim>";

// `text` without Muse's verbatim tags (their content kept).
std::string Unverbatim(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t k = 0; k < text.size();) {
    if (text.compare(k, kVerbatimOpen.size(), kVerbatimOpen) == 0) {
      k += kVerbatimOpen.size();
    } else if (text.compare(k, kVerbatimClose.size(), kVerbatimClose) == 0) {
      k += kVerbatimClose.size();
    } else {
      out += text[k++];
    }
  }
  return out;
}

// Decodes the HTML character references left in the cells' text (a cell of
// an HTML table has been decoded already; once more changes nothing but a
// doubly escaped `&amp;#45;`) and takes off Muse's verbatim tags.
void DecodeReferences(std::vector<Line>* lines) {
  for (Line& l : *lines)
    for (Cell& c : l.cells) {
      if (c.text.find(kVerbatimOpen) != std::string::npos) c.text = Unverbatim(c.text);
      if (c.text.find('&') != std::string::npos) c.text = DecodeHtmlEntities(c.text);
    }
}

// The indentation every line of `t` that is not blank starts with, as a
// text saved with each line indented has it (a copy pasted into a note, a
// quotation set off by spaces or a tab): one tab when every such line
// starts with a tab, else the fewest spaces any such line starts with
// (none when one starts at the margin or with a tab). `t`'s lines end at
// \n or \r; a page's form feed stands before a line's indentation or after
// it (`sed 's/^/    /'` of pdftotext's "\fText"), and is not counted.
std::string CommonIndent(std::string_view t) {
  size_t spaces = std::string_view::npos;
  bool tabs = true;
  for (size_t b = 0; b <= t.size();) {
    size_t e = FindAnyOf(t, "\r\n", b);
    if (e == std::string_view::npos) e = t.size();
    std::string_view line = t.substr(b, e - b);
    b = e + 1;
    if (!line.empty() && line[0] == '\f') line.remove_prefix(1);
    if (line.find_first_not_of(" \t\f") == std::string_view::npos) continue;  // blank
    tabs = tabs && line[0] == '\t';
    size_t s = line.find_first_not_of(' ');
    spaces = std::min(spaces, line[s] == '\t' ? 0 : s);
    if (!tabs && spaces == 0) return {};
  }
  if (spaces == std::string_view::npos) return {};  // no line with text
  return tabs ? std::string("\t") : std::string(spaces, ' ');
}

// `t` with `indent` taken off the start of each line that has it (after a
// form feed that starts the line). Line breaks, form feeds and blank lines
// stay where they were.
std::string Dedent(std::string_view t, std::string_view indent) {
  std::string out;
  out.reserve(t.size());
  for (size_t b = 0; b <= t.size();) {
    size_t e = FindAnyOf(t, "\r\n", b);
    if (e == std::string_view::npos) e = t.size();
    std::string_view line = t.substr(b, e - b);
    if (!line.empty() && line[0] == '\f') {
      out += '\f';
      line.remove_prefix(1);
    }
    if (line.substr(0, indent.size()) == indent) line.remove_prefix(indent.size());
    out.append(line);
    if (e < t.size()) out += t[e];
    b = e + 1;
  }
  return out;
}

/// What starts the warning that carries the decoder's note on the encoding.
const std::string kEncodingMarker = "encoding: ";

// Word's result for an empty text form field: five EN SPACEs (U+2002).
constexpr std::string_view kEmptyFormField =
    "\xE2\x80\x82\xE2\x80\x82\xE2\x80\x82\xE2\x80\x82\xE2\x80\x82";

// A line that is nothing but an empty form field keeps that in its origin
// (the normaliser makes its text blank).
void MarkEmptyFormFields(std::vector<Line>* lines) {
  for (Line& l : *lines)
    if (l.cells.size() == 1 && l.cells[0].text == kEmptyFormField) l.origin = kEmptyFormFieldOrigin;
}

// MuPDF's text writes Word's empty form field as five plain spaces, a line of
// its own. In a text with kSpaceFieldLines such lines or more (one alone is
// a stray blank), each keeps that in its origin, as five en spaces do.
constexpr size_t kSpaceFieldLines = 3;
// The numbers of the file's lines that are five plain spaces, as split
// (before any marker is put on a line): none where fewer than kSpaceFieldLines.
std::set<int> SpaceFieldLines(const std::vector<TextLine>& raw) {
  std::set<int> numbers;
  for (const TextLine& t : raw)
    if (t.text == "     ") numbers.insert(t.number);
  if (numbers.size() < kSpaceFieldLines) numbers.clear();
  return numbers;
}
void MarkSpaceFormFields(const std::set<int>& numbers, std::vector<Line>* lines) {
  if (numbers.empty()) return;
  for (Line& l : *lines)
    if (l.origin.empty() && l.Blank() && numbers.count(l.number)) l.origin = kEmptyFormFieldOrigin;
}

// The lines the reader left blank (their numbers in `unread`) keep that in
// their origin: blank here, not blank in the file.
void MarkUnreadLines(const std::set<int>& unread, std::vector<Line>* lines) {
  if (unread.empty()) return;
  for (Line& l : *lines)
    if (l.Blank() && l.origin.empty() && unread.count(l.number)) l.origin = kUnreadLineOrigin;
}

}  // namespace

bool IsEncodingNote(const std::string& warning, std::string* message) {
  if (warning.compare(0, kEncodingMarker.size(), kEncodingMarker) != 0) return false;
  *message = warning.substr(kEncodingMarker.size());
  return true;
}

namespace {

// The text's bytes (an e-mail's body) into `*out`: ReadText after the mail;
// `gap_folds` and `fold_width` are UnprovenGapFolds', read as cut_lines'
// UnprovenFoldCut where no cut is found; or, when `hard_fold`, the lines
// UnfoldHardLines could not join, read so with no cut looked for.
// `label_at` and `heading_at` are ReadText's.
Status ReadBody(std::string_view bytes, const std::vector<int>& gap_folds, int fold_width,
                bool hard_fold, const LabelAt& label_at, const LabelAt& heading_at, Document* out) {
  DecodedText decoded;
  Status s = DecodeText(bytes, &decoded);
  if (!s.ok()) return s;
  *out = Document();
  out->format = "text";
  out->encoding = decoded.encoding;
  out->confidence = decoded.confidence;
  if (!decoded.note.empty()) out->warnings.push_back(kEncodingMarker + decoded.note);
  std::string_view t = decoded.Text();
  // A font's Unicode map written in the wrong byte order ("f\u6600\u6C00era"
  // for "flera") survives a PDF's conversion to text: read as the ASCII it
  // stands for, as the PDF reader reads it (swapped_ascii.h).
  std::string unswapped;
  if (HoldsSwappedAscii(t)) {
    unswapped = UnswapAscii(t);
    t = unswapped;
  }
  // A PDF's text as pdftohtml -xml or -s, pdftotext -bbox or mutool's
  // -F html or -F stext write it in markup: its runs laid out by their positions, a form feed after
  // each page (pdf_markup.h), read as the laid-out text it is made; pdftotext -htmlmeta's page read
  // as the text in its <pre>, laid out or not; pdftohtml's <br/> page, whose lines join cells, is
  // refused.
  std::string from_markup;
  std::vector<int> turned_pages;  // MuPDF's HTML: pages left out
  switch (PdfMarkupText(t, &from_markup, &turned_pages)) {
    case PdfMarkup::kPdf2Xml:
    case PdfMarkup::kRunsPage:
    case PdfMarkup::kBbox:
    case PdfMarkup::kTextPage:
    case PdfMarkup::kMuPdfHtml:
    case PdfMarkup::kMuPdfStext:
      t = from_markup;
      for (int page : turned_pages)
        out->warnings.push_back(LeftOutPageNote(LeftOutPage::kTurned, page));
      break;
    case PdfMarkup::kLinesPage:
      return Status::Error(
          "pdftohtml_page",
          "the page is pdftohtml's HTML of a PDF, which joins the text of a line's cells into "
          "one line, so where an answer ends cannot be told; read the PDF itself, or the text "
          "pdftotext writes of it");
    case PdfMarkup::kNone:
      break;
  }
  // A table of words with their boxes, not a spreadsheet of a word a row
  // (word_tsv.h): `pdftotext -tsv`'s words laid out by their boxes, a form
  // feed after each page; Tesseract's, a scan's words without the scan,
  // refused.
  std::string from_words;
  switch (WordTsvText(t, &from_words)) {
    case WordTable::kPoppler:
      t = from_words;
      break;
    case WordTable::kTesseract:
      return Status::Error(
          "ocr_word_table",
          "the text is Tesseract's table of the words it read on a scan (tsv), without the scan: "
          "its drawn boxes, rules and skew, by which a word's row and column are told, are not in "
          "it; read the scanned PDF itself, which redovis reads by OCR");
    case WordTable::kNone:
      break;
  }
  // The source of a typesetting program (pandoc's man, ms, texinfo, LaTeX, docbook):
  // its tables and letters are commands; read as text it would give values
  // from the wrong place.
  if (TypesettingVerdict ts = TypesettingSource(t); !ts.language.empty())
    return Status::Error(
        "typesetting_source",
        "the text is " + ts.language + " source, not a document (" +
            std::to_string(ts.command_lines) + " of its " + std::to_string(ts.lines) +
            " lines are " + ts.language +
            " commands): its tables and letters are written as commands; typeset it or "
            "convert it to a document (PDF, Word, text) and read that");
  // A text quoted in an e-mail reply ("> " before every line, perhaps more
  // than once, or before the questions a reply answers line by line) is
  // read without its quoting.
  // A laid-out text whose quoted lines, or lines forwarded under a mail's
  // header (ForwardedInMail), the mail re-wrapped (Rewrapped) left
  // each broken line's tail at column 0, in no cell's column: read as a
  // layout text whose margin was stripped (text_cells.h's MarginStripped),
  // where a line at column 0 under a row may be any cell's.
  std::string unquoted, stripped;
  const std::string_view as_sent = t;
  for (int level = 0; level < 8 && Quoted(t); ++level) {
    unquoted = Unquote(t);
    t = unquoted;
  }
  if (std::vector<size_t> broken; t.find('\t') == std::string_view::npos &&
                                  (t.data() != as_sent.data() || ForwardedInMail(t)) &&
                                  Rewrapped(as_sent, t, &broken)) {
    stripped = StripMargins(t, broken);
    t = stripped;
  }
  // A mail's quoting or re-wrap (its own joins of lines) is read as above,
  // never as fmt's refill of a laid-out page.
  const bool mailed = t.data() != as_sent.data();
  // HTML (a page's source as text) indents its markup with tabs: they are
  // white space there, not cells.
  size_t first = t.find_first_not_of(" \t\r\n\f");
  bool html = first != std::string_view::npos &&
              OpensHtmlMarkup(t.substr(first, t.find('\n', first) - first));
  // A spreadsheet saved as CSV: its fields are the cells (delimited_text.h).
  if (std::vector<Line> rows; !html && DelimitedRows(t, &rows)) {
    out->lines = std::move(rows);
    MarkEmptyFormFields(&out->lines);
    return Status();
  }
  // A sheet of one column, a line of text a cell: read as the text its rows
  // are (delimited_text.h), not with a script's `""` for an empty row nor a
  // cell's quotes as its text.
  std::string sheet_lines;
  if (!html && OneColumnSheet(t, &sheet_lines)) t = sheet_lines;
  // Character references left in a text that is no markup (html2text's dump
  // of an XHTML page: "F&#xf6;rening &#x2610; &#x2612;") are decoded before
  // its layout is read: a column is counted in characters, not in a
  // reference's bytes. Not where one stands for a line break (`&#10;`): the
  // lines keep their numbers in the file.
  std::string referenced;
  auto breaks = [](std::string_view s) {
    return std::count_if(s.begin(), s.end(),
                         [](char c) { return c == '\n' || c == '\r' || c == '\f'; });
  };
  if (!html && t.find('&') != std::string_view::npos &&
      (referenced = DecodeHtmlEntities(t)).size() != t.size() && breaks(referenced) == breaks(t))
    t = referenced;
  // Tabs that stand for the spaces between words (every run of spaces of
  // a page made a tab) are spaces again: the lines are read as text in
  // reading order, not a word a cell (tab_stops.h).
  std::string spaced_words;
  if (!html && t.find('\t') != std::string_view::npos && TabsAreWordSpaces(t)) {
    spaced_words = std::string(t);
    std::replace(spaced_words.begin(), spaced_words.end(), '\t', ' ');
    t = spaced_words;
  }
  // Tabs that only save spaces are spaces again, so the layout is read: at
  // the tab stops that line the columns up (tab_stops.h).
  ExpandedTabs expanded;
  if (!html && t.find('\t') != std::string_view::npos && TabsAreSpacing(t)) {
    expanded = ExpandTabStops(t);
    t = expanded.text;
  }
  // A table padded in bytes (html2text's): its cells put in their byte's column.
  std::string padded;
  if (!html && expanded.text.empty() && !(padded = GapsPaddedInBytes(t)).empty()) t = padded;
  // A text saved with every line indented (spaces or a tab before each
  // line: pasted into a note, set off as a quotation) is read as it was
  // before: the indentation all its lines share (after tabs that only save
  // spaces are spaces again) is no column and no cell.
  std::string dedented;
  if (std::string indent = CommonIndent(t); !indent.empty()) {
    dedented = Dedent(t, indent);
    t = dedented;
  }
  // A text whose words stand as far apart as its columns (`pdftotext
  // -layout -fixed` at a pitch narrower than its letters: wide_gaps.h): a
  // run of spaces parts no cells, each line is read as one, as reading-order
  // text is, and a note says so.
  std::string closed;
  if (!html && t.find('\t') == std::string_view::npos) {
    if (const WordGaps gaps = CountWordGaps(t); WordGapsAreWide(gaps)) {
      closed = CloseWordGaps(t);
      t = closed;
      out->warnings.push_back(WideGapsNote(gaps));
      out->wide_word_gaps = true;
    }
  }
  // Tabs that are a laid-out page's gaps squeezed to one tab each stand at
  // no tab stop: each parts two cells, read by their index (a column
  // header's words over a row's values), a row's cell that may go on at the
  // next line and a page's running lines marked, and a note says so
  // (tab_stops.h).
  const bool squeezed = !html && expanded.text.empty() && TabsAreSqueezedGaps(t);
  if (squeezed)
    out->warnings.push_back(
        "the text's tabs are a laid-out page's gaps squeezed to one tab each (no two tabs "
        "meet, lines open with one tab, pages at form feeds): its cells are read by their "
        "order, a column header's words over a row's values; a row's text that may go on at "
        "the next line, and a mark alone on its line, are not read");
  if (html || t.find('\t') == std::string_view::npos) {
    int pages = 1;
    std::vector<TextLine> raw = SplitLines(t, &pages);
    const std::set<int> space_fields = SpaceFieldLines(raw);
    if (pages == 1) {
      for (TextLine& l : raw) l.page = 0;
      // Pages padded to one length, without form feeds (`pr`).
      if (int counted = PagesByLineCount(&raw); counted > 0) pages = counted;
    }
    // Lines left blank below (their numbers kept, MarkUnreadLines).
    std::set<int> unread;
    auto leave_out = [&](size_t k) {
      unread.insert(raw[k].number);
      raw[k].text = {};
    };
    // Lines whose columns no reading of the tab stops could tell are left
    // blank (their numbers kept), and a note names them.
    for (size_t k : expanded.undecided) {
      if (k >= raw.size()) break;
      out->warnings.push_back("line " + std::to_string(raw[k].number) +
                              ": its tabs stand for spaces, and the tab stops that would put its "
                              "columns under those of the lines around it cannot be told (every "
                              "8 or 4 columns, counted in characters or in bytes), so the line is "
                              "not read");
      leave_out(k);
    }
    // A table a reflow refilled cannot be placed: its lines are left blank
    // (their numbers kept), and a note names them.
    for (const LineSpan& span : FindReflowedTables(raw)) {
      out->warnings.push_back(
          UnreadTableNote(false, raw[span.first].number, raw[span.last].number));
      for (size_t k = span.first; k <= span.last; ++k) leave_out(k);
    }
    for (const LineSpan& span : FindRefilledGrids(raw)) {
      out->warnings.push_back(UnreadTableNote(true, raw[span.first].number, raw[span.last].number));
      for (size_t k = span.first; k <= span.last; ++k) leave_out(k);
    }
    // A laid-out page fmt refilled (refilled_layout.h): the lines of each
    // paragraph it may have joined are left blank (their numbers kept), a
    // line of words alone among them ends in kRefilledBreak instead, the
    // rows it gives back are read each before the line its label stood in
    // (that line's number and page), and a note says so.
    std::vector<std::string> refilled_texts;
    RefilledLayout refilled;  // its rows' texts, which raw views, must hold
    if (!mailed && FindRefilledLayout(raw, label_at, heading_at, &refilled)) {
      for (size_t k : refilled.lines) leave_out(k);
      refilled_texts.reserve(refilled.marked.size());  // views into it must hold
      for (size_t k : refilled.marked) {
        refilled_texts.push_back(std::string(raw[k].text) + kRefilledBreak);
        raw[k].text = refilled_texts.back();
      }
      if (!refilled.rows.empty()) {
        std::vector<TextLine> with_rows;
        with_rows.reserve(raw.size() + refilled.rows.size());
        size_t r = 0;
        for (size_t k = 0; k < raw.size(); ++k) {
          for (; r < refilled.rows.size() && refilled.rows[r].line == k; ++r) {
            with_rows.push_back(raw[k]);
            with_rows.back().text = refilled.rows[r].text;
          }
          with_rows.push_back(raw[k]);
        }
        raw = std::move(with_rows);
      }
      out->warnings.push_back(RefilledLayoutNote(refilled.width, refilled.lines.size(),
                                                 refilled.marked.size(), refilled.rows.size()));
    }
    // Lines cut at one column (cut_lines.h): each line reaching it ends in
    // kCutLine, and a note names the column.
    std::vector<std::string> cut_texts;
    // Else lines a fold -s that is not proven broke inside a gap.
    LineCut cut = hard_fold ? LineCut() : CutColumn(raw);
    if (cut.column == 0) cut = UnprovenFoldCut(raw, gap_folds, fold_width);
    if (MarkCutLines(cut, &raw, &cut_texts) > 0) out->warnings.push_back(CutLinesNote(cut));
    // links' dots around a form field (field_marks.h): a box's dot a space
    // before the layout, the fields' dots off the cells after it.
    std::vector<std::string> box_texts;
    const bool field_dots = ShowsFieldDots(raw);
    BoxDotsAsSpaces(&raw, &box_texts);
    out->lines = LayOutText(raw);
    // A hard fold's unproven rows: none of their cells read.
    if (hard_fold) MarkCutRows(cut, raw, &out->lines);
    SplitFormTextFields(&out->lines);
    if (field_dots) TakeOffFieldDots(&out->lines);
    // w3m's field marks, spaces (field_marks.h): the layout trimmed the
    // end's, which the raw lines keep.
    if (ShowsFieldEnds(raw)) W3mFieldMarks(raw, &out->lines);
    InputBoxes(&out->lines);
    Html2textInputBoxes(&out->lines);
    MarkEmptyFormFields(&out->lines);
    MarkSpaceFormFields(space_fields, &out->lines);
    MarkUnreadLines(unread, &out->lines);
    MarkPageEdges(&out->lines);
    DecodeReferences(&out->lines);
    // Pages a browser's page counts gave back (page_edges.h).
    if (pages == 1 && !out->lines.empty()) {
      pages = std::max(1, out->lines.back().page);
      out->pages_from_count = pages > 1;
    }
    out->page_count = pages == 1 ? 0 : pages;
    return Status();
  }
  int page = 1, number = 1;  // numbered as in SplitLines: a form feed starts no line
  bool saw_form_feed = false;
  bool prev_was_cell_start = false;
  size_t i = 0;
  while (i <= t.size()) {
    size_t end = FindAnyOf(t, "\r\n\f", i);
    if (end == std::string_view::npos) end = t.size();
    Line line;
    line.page = page;
    line.number = number;
    size_t b = i;
    for (size_t k = i; k <= end; ++k) {
      if (k == end || t[k] == '\t') {
        // Leader dots after a cell's text part it as a tab does; each cell
        // made as a laid-out text's are (markdown's strong markers dropped,
        // a lone check-box glyph's state), without columns.
        for (std::string& piece : PartedAtLeaders(t.substr(b, k - b)))
          line.cells.push_back(MakeCell(std::move(piece), -1, -1));
        b = k + 1;
      }
    }
    // A text export of a Word table may put each cell on its own line after a
    // tab, wrapping the cell's text onto following untabbed lines: those lines
    // continue that cell ("\tAntal" + "kvinnor").
    bool continues = !squeezed && !out->lines.empty() && line.cells.size() == 1 &&
                     !line.cells[0].text.empty() && prev_was_cell_start;
    // A tab alone right after a row of several cells on one line opens no
    // cell: catdoc ends a table's row so, and the lines after it are the
    // document's own, past the table. (One cell a line, LibreOffice's text
    // export, a tab alone opens a cell whose text goes on below.)
    bool ends_row = line.cells.size() == 2 && line.cells[1].text.empty() && !out->lines.empty() &&
                    out->lines.back().cells.size() > 2;
    bool cell_start = line.cells.size() == 2 && line.cells[0].text.empty() && !ends_row;
    bool last = end == t.size();
    if (continues) {
      Cell& cell = out->lines.back().cells.back();
      cell.text += (cell.text.empty() ? "" : "\n") + line.cells[0].text;
    } else if (!(last && line.cells.size() == 1 && line.cells[0].text.empty() &&
                 !out->lines.empty())) {
      out->lines.push_back(std::move(line));
    }
    if (last) break;
    char c = PastBreak(t, end, &i);
    if (c == '\f') {
      ++page;
      saw_form_feed = true;
    } else {
      ++number;
    }
    // A continued cell goes on at the next line, but not across a page.
    prev_was_cell_start = continues ? c != '\f' : cell_start;
  }
  SplitFormTextFields(&out->lines);
  if (squeezed) {
    MarkPageEdges(&out->lines);
    ReadSqueezedGapRows(&out->lines, label_at);
  }
  DecodeReferences(&out->lines);
  if (saw_form_feed) {
    out->page_count = page;
  } else {
    for (Line& l : out->lines) l.page = 0;
  }
  return Status();
}

// True when a cell of `l` past its first holds text: a row whose cells are
// read by their index (a header's column words, a row's values), not a line
// whose one cell holds its label and answer.
bool HoldsCellPastFirst(const Line& l) {
  return std::any_of(l.cells.begin() + (l.cells.empty() ? 0 : 1), l.cells.end(),
                     [](const Cell& c) { return !c.text.empty(); });
}

// True when `l`'s cells were parted at its tabs (no cell has a column).
bool ReadAtTabs(const Line& l) {
  return std::all_of(l.cells.begin(), l.cells.end(), [](const Cell& c) { return c.x0 < 0; });
}

// The lines `undecided` names (by number; UnfoldedText::undecided), read at
// their tabs, were maybe broken after their last tab by `fold -s`, the
// row's later cells on the next line. The empty cell the tab opens holds
// kUndecidedWrap where the row holds a value past its first cell (that
// row's value there may be the next line's first) or the next line is one
// cell (a value below a label may be the cell beside it). The next line,
// when it holds a cell past its first, gets a last cell holding it: its
// cells may be the row's later ones, at other indices (a column header's
// words under the row's label, not over its values).
void MarkUndecidedTabBreaks(const std::vector<int>& undecided, std::vector<Line>* lines) {
  for (size_t k = 0; k < lines->size(); ++k) {
    Line& l = (*lines)[k];
    if (l.cells.size() < 2 || !ReadAtTabs(l) ||
        !std::binary_search(undecided.begin(), undecided.end(), l.number))
      continue;
    Line* next = k + 1 < lines->size() && (*lines)[k + 1].number == l.number + 1 &&
                         ReadAtTabs((*lines)[k + 1])
                     ? &(*lines)[k + 1]
                     : nullptr;
    if ((HoldsCellPastFirst(l) || (next && next->cells.size() == 1)) && l.cells.back().text.empty())
      l.cells.back().text = kUndecidedWrap;
    if (next && HoldsCellPastFirst(*next)) {
      Cell mark;
      mark.text = kUndecidedWrap;
      next->cells.push_back(mark);
    }
  }
}

}  // namespace

// A line
// opening with a lone digit, a space and a capital ("1 Anges med två
// decimaler.") is a footnote's body, its mark written as a plain digit (no
// sentence starts so; a section's number has its point, "1. Ombud").
void MarkPlainFootnoteMarks(std::vector<Line>* lines) {
  for (Line& l : *lines) {
    if (l.role != LineRole::kContent) continue;
    for (const Cell& c : l.cells) {
      if (c.text.empty()) continue;
      const std::string& t = c.text;
      size_t at = 2;
      if (t.size() > 2 && t[0] >= '1' && t[0] <= '9' && t[1] == ' ' &&
          u_isupper(NextCodePoint(t, &at)))
        l.role = LineRole::kFootnote;
      break;
    }
  }
}

Status ReadText(std::string_view bytes, Document* out) {
  return ReadText(bytes, out, KnownWord(), LabelAt());
}

Status ReadText(std::string_view bytes, Document* out, const KnownWord& known,
                const LabelAt& label_at, const KnownWord& language, const LabelAt& heading_at) {
  // A saved e-mail message: its body's text, decoded (quoted-printable,
  // base64), without its headers (mail_message.h).
  std::string mail;
  switch (MailBodyText(bytes, &mail)) {
    case MailText::kText:
      bytes = mail;
      break;
    case MailText::kNoText:
      return Status::Error("mail_without_text",
                           "an e-mail message with no text part: its report is perhaps an "
                           "attachment; save the attachment and read that");
    case MailText::kNotMail:
      break;
  }
  // A text whose lines were numbered (`cat -n`, `nl`): read without the
  // numbers, each line in its place (line_numbers.h).
  std::string unnumbered;
  if (StripLineNumbers(bytes, &unnumbered)) bytes = unnumbered;
  // A text with an empty line after each line ("\r\r\n" line ends, `sed G`):
  // read without them, each line numbered as in the file (double_spacing.h).
  std::string single_spaced;
  const bool doubled = UndoDoubleSpacing(bytes, &single_spaced);
  if (doubled) bytes = single_spaced;
  // A text whose line breaks were lost: its cells and questions run
  // together on one line, where no answer's end can be told.
  if (size_t longest = 0; LostLineBreaks(bytes, &longest))
    return Status::Error("lost_line_breaks",
                         "the text has lost its line breaks: " + std::to_string(longest) +
                             " of its " + std::to_string(bytes.size()) +
                             " bytes stand on one line, its cells and questions run together "
                             "(as docx2txt writes some Word files), so where an answer ends "
                             "cannot be told; read the file it was made from");
  // A text `fold -s` wrapped narrow: its lines joined where the wrap is
  // proven, on the bytes fold counted (folded_lines.h); each line keeps the
  // number of the first line it was joined from.
  UnfoldedText unfolded;
  // Else a text whose paragraphs are parted by blank lines and wrapped at one
  // width, a tab one byte (catdoc's), joined where every wrap is proven.
  bool folded = UnfoldLines(bytes, &unfolded) || UnwrapParagraphs(bytes, &unfolded);
  // Else a text folded hard at a width (`fold -w`), joined where each break
  // is proven (a letter's bytes split, a word's pieces spelling a word the
  // patterns know, a blank at the width); the lines at
  // the width that may have been whole lines named, read as a cut's.
  std::vector<int> hard_cuts;
  const bool hard = !folded && UnfoldHardLines(bytes, &unfolded, &hard_cuts, known, language);
  folded = folded || hard;
  if (folded) bytes = unfolded.text;
  // A tabbed text refilled narrow: the lines fmt left alone read, a block
  // it joined read in words alone with each line's end marked, or not at
  // all where it ran cells together, a count table's rows given back where
  // the form's labels tell them (refilled_tabs.h), and a note saying so.
  RefilledTabs tabs;
  if (FindRefilledTabs(bytes, label_at, &tabs)) bytes = tabs.text;
  // Else the rows of a laid-out text a fold -s may have broken, not proven.
  int fold_width = hard ? unfolded.width : 0;
  const std::vector<int> gap_folds = hard     ? hard_cuts
                                     : folded ? std::vector<int>()
                                              : UnprovenGapFolds(bytes, &fold_width);
  // A text without tabs between words whose paragraphs fmt refilled: each line it ended
  // inside a paragraph marked (folded_lines.h), and a note saying so.
  RefilledText refilled;
  if (!folded && RefilledParagraphs(bytes, &refilled)) bytes = refilled.text;
  // Its count tables' rows given back where the form's labels tell them
  // (refilled_tabs.h).
  CountTables tables;
  if (refilled.breaks > 0 && GiveBackCountTables(bytes, label_at, &tables)) bytes = tables.text;
  Status s = ReadBody(bytes, gap_folds, fold_width, hard, label_at, heading_at, out);
  if (s.ok() && refilled.breaks > 0)
    out->warnings.push_back(RefilledParagraphsNote(refilled.width, refilled.breaks));
  if (s.ok() && tabs.width > 0)
    out->warnings.push_back(RefilledLayoutNote(tabs.width, tabs.unread, tabs.marked, tabs.rows));
  if (s.ok() && !tables.numbers.empty())
    for (Line& l : out->lines)
      if (l.number > 0 && static_cast<size_t>(l.number) <= tables.numbers.size())
        l.number = tables.numbers[l.number - 1];
  if (s.ok() && !tabs.numbers.empty())
    for (Line& l : out->lines)
      if (l.number > 0 && static_cast<size_t>(l.number) <= tabs.numbers.size())
        l.number = tabs.numbers[l.number - 1];
  if (s.ok()) MarkUndecidedTabBreaks(unfolded.undecided, &out->lines);
  if (s.ok() && folded)
    for (Line& l : out->lines) l.number = unfolded.FoldedNumber(l.number);
  if (s.ok() && doubled)
    for (Line& l : out->lines) l.number = OriginalLineNumber(l.number);
  if (s.ok() && !HoldsSuperscriptOne(out->encoding)) MarkPlainFootnoteMarks(&out->lines);
  return s;
}

}  // namespace redovis
