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
// Poppler lives in a module of its own, redovis-pdf.so (pdf_page_pass.cc,
// built as that module, is the only file that includes Poppler's headers),
// loaded the first time a PDF is opened (pdf_loader.cc; where it is looked
// for and its table: pdf_module.h). A run that opens no PDF (--version, text,
// Word) never loads Poppler nor the 21 libraries it brings. A missing, broken or
// foreign module makes Open fail with "pdf_unavailable", naming the module's
// path; it is never a crash. PdfFile is the whole boundary: a new operation
// is one pure virtual method here and its definition in pdf_page_pass.cc
// (this header's hash is part of the module's ABI stamp, so a stale module
// is refused, not called).
//
// Poppler keeps process-global state: its GlobalParams and its error
// callback. The module's first Open creates them once for the whole process
// (std::call_once: thread-safe) and never frees them; the error callback
// drops Poppler's messages (it would print them to stderr; a damaged file is
// reported by the outcome of Open and by the reader's warnings instead).
// Nothing else of Poppler's global state is touched, and nothing else in the
// program may create or replace GlobalParams (poppler-cpp would: it is not
// linked).
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
  /// Opens the PDF in `bytes` (borrowed) into `*out`, loading the module on
  /// the first call. Fails with "corrupt" (not a PDF, damaged past repair,
  /// larger than Poppler can address), "encrypted" (a user password is
  /// needed) or "pdf_unavailable" (the module is missing, cannot be loaded
  /// or is from another build: the message names its path).
  static Status Open(std::string_view bytes, std::unique_ptr<PdfFile>* out);
  virtual ~PdfFile() = default;
  PdfFile(const PdfFile&) = delete;
  PdfFile& operator=(const PdfFile&) = delete;

  /// The number of pages the document says it has (0 or more).
  virtual int pages() const = 0;
  /// True when page `index` (0-based) can be read: a page tree may count
  /// pages it cannot deliver.
  virtual bool has_page(int index) const = 0;
  /// The size of page `index` in points, its /Rotate applied (a landscape
  /// page is wider than high); 0 x 0 for a page that cannot be read.
  virtual void PageSize(int index, double* width, double* height) const = 0;
  /// Interprets page `index` once: `*words` gets its text layer's words
  /// (those with ink), then a word ☒ over each of the page's ticked form
  /// check boxes (AcroForm check-box widgets, not hidden, ticked by the
  /// field's own value) that no text word overlaps: a form exported with its
  /// fields may draw nothing where a viewer shows its tick (an appearance
  /// naming a font it lacks, or no appearance state);
  /// `*paths` what it paints. False, with both empty, when the page cannot
  /// be read.
  virtual bool ReadPage(int index, std::vector<PositionedWord>* words, PagePaths* paths) const = 0;
  /// Page `index` rendered in grey at `dpi`, smoothed (text and vectors) or
  /// not, thin lines drawn solid: poppler-cpp's page_renderer with the same
  /// settings gives the same pixels. An empty rendering (width 0) when the
  /// page cannot be rendered.
  virtual GreyRendering RenderGrey(int index, double dpi, bool smooth) const = 0;
  /// Page `index` rendered in colour at `dpi`, as RenderGrey draws it (for
  /// OCR: coloured ink is told from black print by its colour). An empty
  /// rendering (width 0) when the page cannot be rendered.
  virtual ColourRendering RenderColour(int index, double dpi, bool smooth) const = 0;

 protected:
  PdfFile() = default;
};

}  // namespace redovis

#endif  // REDOVIS_READ_PDF_PDF_PAGE_PASS_H_
