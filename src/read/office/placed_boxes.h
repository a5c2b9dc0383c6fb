// A word processor's document whose every line is a text box placed on its
// page: a PDF converted by its positions (LibreOffice's PDF import saved as
// .odt: each run of a line a draw:frame anchored to its page, at its x and
// y, grown to its line's height). Read in the order they are written, a
// wrapped cell's lines and a table's cells stand apart and out of order (27
// wrong values on the 33 never-seen PDFs so saved, before TextBoxTally
// refused them); read by their places, they are the page the PDF drew.
//
//   PlacedBox         one box: its page, its place and height, its
//                     paragraphs' text
//   PlacedBoxTally    the boxes a format's parser places as it streams a
//                     document, and how much text stands outside them
//   LengthInPoints    an OpenDocument length ("0.789in", "2.3cm") in points
//   PagesFromOrder    the pages of boxes that name none, from the order
//                     they are written in
//   ReadPlacedBoxes   the boxes laid out as the text `pdftotext -layout`
//                     would write of their pages (positioned_runs.h), then
//                     read as that text is (text_reader.h)
//   PlacedBoxesNote   the reader note saying so, which keeps the record's
//                     format the file's (the Document's is "text")
//
// The format's own knowledge (which element is a box, where its place is
// written) stays in its reader. Nothing here prints or keeps state; never
// throws on its own.
#ifndef REDOVIS_READ_OFFICE_PLACED_BOXES_H_
#define REDOVIS_READ_OFFICE_PLACED_BOXES_H_

#include <string>
#include <string_view>
#include <vector>

#include "redovis/document.h"
#include "redovis/status.h"

namespace redovis {

/// One text box placed on a page: its page (1-based), its left edge and top
/// and its height in points from the page's top left corner, and the text
/// of each of its paragraphs (UTF-8, white space as the document gives it).
struct PlacedBox {
  int page = 0;
  double left = 0, top = 0, height = 0;
  std::vector<std::string> paragraphs;
};

/// Numbers the pages of `boxes` (in the order written) that name none, as
/// Word's text boxes anchored in one paragraph name none (LibreOffice's PDF
/// import saved as .docx): written page by page, each page's top down, a
/// box whose top lies above the one before it by more than that box's
/// height starts the next page. Such a rise must go from the lower three
/// fifths of the boxes' span of tops to its upper two fifths (a page's head
/// after the last one's foot): then each box's page is set (from 1) and
/// true returned. Any other rise says the boxes are not written in page
/// order: false, the boxes untouched. A rise within a box's height (a box
/// of the same line) starts nothing.
bool PagesFromOrder(std::vector<PlacedBox>* boxes);

/// The text boxes a format's parser meets as it streams a document: those
/// whose place it knows kept with their paragraphs' text, and the bytes of
/// text that stand in none of them. The parser calls Open and Close around
/// each box's content (`box` unset for a box it cannot place),
/// BeginParagraph at each paragraph and Add for each piece of text. At most
/// a million boxes, a thousand paragraphs a box and 64 KiB a paragraph are
/// kept; past that a box is not placed and text is cut.
class PlacedBoxTally {
 public:
  /// A box's content begins; `box` (its place, no paragraphs yet) when the
  /// parser knows where it stands, else a box that is not placed.
  void Open(const PlacedBox* box);
  /// The innermost box's content ends.
  void Close();
  /// True while a box's content (placed or not) is open.
  bool InBox() const { return !open_.empty(); }
  /// A paragraph begins: inside a placed box, that box's next paragraph.
  void BeginParagraph();
  /// A piece of the document's text: the paragraph's open in the placed box
  /// holding it, or text outside the placed boxes.
  void Add(std::string_view text);
  /// The boxes placed, as written, when no text stood outside them; else none.
  std::vector<PlacedBox> Alone() const;

 private:
  std::vector<PlacedBox> boxes_;
  std::vector<int> open_;  // per open box: its boxes_ index, or -1
  size_t outside_ = 0;     // bytes of text outside the placed boxes
};

/// The most pages a document of placed boxes is read over: a box on a page
/// past it is not read.
constexpr int kMaxPlacedPages = 10000;

/// Sets `*points` to the OpenDocument length `s` (a decimal number and a
/// unit: in, cm, mm, pt, pc, px) in points and returns true; false (and
/// `*points` 0) for anything else: no number, no unit or another, a number
/// not finite or past a million points.
bool LengthInPoints(std::string_view s, double* points);

/// Reads `boxes` into `*out`: each page's boxes (pages 1 to the last that
/// holds one; a page with none a form feed alone) made lines by their
/// places as LayOutPage lays out runs (positioned_runs.h), a box's k-th of
/// n paragraphs a run at its top plus k n-ths of its height, its font's
/// size taken as 0.85 of its line's height (what LibreOffice grows a box to
/// for its font: 0.163 in for DejaVu Sans at 10 points); that text then
/// read by ReadText (text_reader.h), format "text" (the matcher reads it as
/// the laid-out text it is), its warnings ending with
/// PlacedBoxesNote(`format`, the boxes read). A box on no page (0 or less,
/// or past kMaxPlacedPages) or of no height is left out. Fails with
/// "empty_file" when no box read holds text, else as ReadText does.
Status ReadPlacedBoxes(const std::vector<PlacedBox>& boxes, const std::string& format,
                       Document* out);

/// The reader note saying the `format` file's `boxes` placed text boxes
/// were read by their places: the extractor keeps its record's format
/// `format` (the Document's is "text").
std::string PlacedBoxesNote(const std::string& format, size_t boxes);

/// True when `warning` is a note PlacedBoxesNote wrote; sets `*format` to
/// the format it names.
bool IsPlacedBoxesNote(const std::string& warning, std::string* format);

}  // namespace redovis

#endif  // REDOVIS_READ_OFFICE_PLACED_BOXES_H_
