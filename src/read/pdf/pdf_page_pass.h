// One PDF document opened with Poppler's core API (libpoppler-private-dev,
// pinned to Debian 12's 22.12), read one page at a time: each page's content
// stream is interpreted once, and that one pass yields both the words of its
// text layer (as poppler-cpp's text_list gives them: the same words, boxes,
// font sizes and spaces) and the paths it paints (vector_drawing.h), from
// which rules and drawn check boxes are found without rendering. Pages are
// rendered only on request: for OCR, and where the drawing cannot be read
// from paths (pictures, see vector_drawing.h).
//
// In: the PDF's bytes, borrowed: they must outlive the PdfFile. Out: words
// and paths in points, top-left origin, the page's /Rotate not applied (as
// text_list); grey renderings that own their pixels.
//
// Poppler keeps process-global state: its GlobalParams and its error
// callback. The first PdfFile::Open creates them once for the whole process
// (std::call_once: thread-safe) and never frees them; the error callback
// drops Poppler's messages (it would print them to stderr; a damaged file is
// reported by the outcome of Open and by the reader's warnings instead).
// Nothing else of Poppler's global state is touched, and nothing else in the
// program may create or replace GlobalParams (poppler-cpp would: it is not
// linked). This is the only module that includes Poppler's headers.
//
// A PdfFile is used by one thread at a time. Nothing here throws on its own
// (Poppler may throw std::bad_alloc); nothing prints.
#ifndef REDOVIS_READ_PDF_PDF_PAGE_PASS_H_
#define REDOVIS_READ_PDF_PDF_PAGE_PASS_H_

#include <memory>
#include <string_view>
#include <vector>

#include "read/pdf/layout_types.h"
#include "read/pdf/vector_drawing.h"
#include "redovis/status.h"

namespace redovis {

/// A page rendered in grey: one byte per pixel, rows `stride` bytes apart.
struct GreyRendering {
  std::vector<unsigned char> pixels;
  int width = 0, height = 0, stride = 0;
  double dpi = 0;
  /// A view of the pixels, valid while this rendering lives unchanged.
  GreyImage view() const { return GreyImage{pixels.data(), width, height, stride, dpi}; }
};

/// A page rendered in colour: four bytes per pixel (blue, green, red and
/// one unused, as Splash's XBGR8 lays them out), rows `stride` bytes apart.
struct ColourRendering {
  std::vector<unsigned char> pixels;
  int width = 0, height = 0, stride = 0;
  double dpi = 0;
};

class PdfFile {
 public:
  /// Opens the PDF in `bytes` (borrowed) into `*out`. Fails with "corrupt"
  /// (not a PDF, damaged past repair, larger than Poppler can address) or
  /// "encrypted" (a user password is needed).
  static Status Open(std::string_view bytes, std::unique_ptr<PdfFile>* out);
  ~PdfFile();
  PdfFile(const PdfFile&) = delete;
  PdfFile& operator=(const PdfFile&) = delete;

  /// The number of pages the document says it has (0 or more).
  int pages() const;
  /// True when page `index` (0-based) can be read: a page tree may count
  /// pages it cannot deliver.
  bool has_page(int index) const;
  /// The size of page `index` in points, its /Rotate applied (a landscape
  /// page is wider than high); 0 x 0 for a page that cannot be read.
  void PageSize(int index, double* width, double* height) const;
  /// Interprets page `index` once: `*words` gets its text layer's words
  /// (those with ink), `*paths` what it paints. False, with both empty, when
  /// the page cannot be read.
  bool ReadPage(int index, std::vector<PositionedWord>* words, PagePaths* paths) const;
  /// Page `index` rendered in grey at `dpi`, smoothed (text and vectors) or
  /// not, thin lines drawn solid: poppler-cpp's page_renderer with the same
  /// settings gives the same pixels. An empty rendering (width 0) when the
  /// page cannot be rendered.
  GreyRendering RenderGrey(int index, double dpi, bool smooth) const;
  /// Page `index` rendered in colour at `dpi`, as RenderGrey draws it (for
  /// OCR: coloured ink is told from black print by its colour). An empty
  /// rendering (width 0) when the page cannot be rendered.
  ColourRendering RenderColour(int index, double dpi, bool smooth) const;

 private:
  struct Impl;
  explicit PdfFile(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace redovis

#endif  // REDOVIS_READ_PDF_PDF_PAGE_PASS_H_
