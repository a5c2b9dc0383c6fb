// One pass over each PDF page with Poppler's core API. See pdf_page_pass.h.
#include "read/pdf/pdf_page_pass.h"

#include <Annot.h>
#include <Error.h>
#include <ErrorCodes.h>
#include <Form.h>
#include <GfxState.h>
#include <GlobalParams.h>
#include <OutputDev.h>
#include <PDFDoc.h>
#include <Page.h>
#include <SplashOutputDev.h>
#include <Stream.h>
#include <TextOutputDev.h>
#include <goo/GooString.h>
#include <splash/SplashBitmap.h>
#include <splash/SplashTypes.h>

#include <algorithm>
#include <climits>
#include <cmath>
#include <cstring>
#include <mutex>
#include <optional>
#include <string>
#include <utility>

#include "read/pdf/ink_bitmap.h"
#include "read/pdf/pdf_module.h"

namespace redovis {

namespace {

/// Creates Poppler's GlobalParams and silences its error callback, once for
/// the process; thread-safe.
void InitialisePoppler() {
  static std::once_flag once;
  std::call_once(once, [] {
    globalParams = std::make_unique<GlobalParams>();
    setErrorCallback([](ErrorCategory, Goffset, const char*) {});
  });
}

/// True when `s` has a byte that is not white space.
bool HasInk(const char* s, size_t n) {
  for (size_t i = 0; i < n; ++i)
    if (static_cast<unsigned char>(s[i]) > ' ') return true;
  return false;
}

/// Poppler's text device, which also keeps what the page paints: the words
/// come from TextOutputDev exactly as poppler-cpp's text_list has them, the
/// paths and pictures from the same interpretation of the content stream.
class PassDevice : public TextOutputDev {
 public:
  PassDevice() : TextOutputDev(nullptr, false, 0, false, false) {}

  PagePaths paths;

  // Images, shadings and patterns are reported (as pictures), never decoded
  // or drawn.
  bool needNonText() override { return true; }

  void stroke(GfxState* state) override {
    TextOutputDev::stroke(state);
    Keep(state, true);
  }
  void fill(GfxState* state) override {
    TextOutputDev::fill(state);
    Keep(state, false);
  }
  void eoFill(GfxState* state) override {
    TextOutputDev::eoFill(state);
    Keep(state, false);
  }

  // A glyph with no Unicode (a Type 3 font made by a PostScript round trip
  // draws its box glyphs so) is ink the text layer does not show. Glyphs
  // drawn invisible are counted (vector_drawing.h's HiddenTextOverScan).
  void drawChar(GfxState* state, double x, double y, double dx, double dy, double origin_x,
                double origin_y, CharCode code, int bytes, const Unicode* u, int u_len) override {
    if (u_len == 0) ++paths.unmapped_glyphs;
    ++paths.glyphs;
    if ((state->getRender() & 3) == 3) ++paths.invisible_glyphs;  // modes 3 and 7
    TextOutputDev::drawChar(state, x, y, dx, dy, origin_x, origin_y, code, bytes, u, u_len);
  }

  void drawImageMask(GfxState* state, Object* ref, Stream* str, int width, int height, bool invert,
                     bool interpolate, bool inline_image) override {
    KeepPicture(state);
    // The base skips an inline image's data, which the parser must pass over.
    OutputDev::drawImageMask(state, ref, str, width, height, invert, interpolate, inline_image);
  }
  void drawImage(GfxState* state, Object* ref, Stream* str, int width, int height,
                 GfxImageColorMap* color_map, bool interpolate, const int* mask_colors,
                 bool inline_image) override {
    KeepPicture(state);
    OutputDev::drawImage(state, ref, str, width, height, color_map, interpolate, mask_colors,
                         inline_image);
  }
  // A tiling pattern is kept as a picture, never drawn tile by tile: slow on
  // some files, and text inside one would reach the text device, which
  // text_list (needNonText false: patterns skipped) never lets happen.
  bool useTilingPatternFill() override { return true; }
  bool tilingPatternFill(GfxState* state, Gfx*, Catalog*, GfxTilingPattern*, const double*, int,
                         int, int, int, double, double) override {
    return KeepShading(state);
  }
  bool useShadedFills(int type) override { return type >= 1 && type <= 7; }
  bool functionShadedFill(GfxState* state, GfxFunctionShading*) override {
    return KeepShading(state);
  }
  bool axialShadedFill(GfxState* state, GfxAxialShading*, double, double) override {
    return KeepShading(state);
  }
  bool radialShadedFill(GfxState* state, GfxRadialShading*, double, double) override {
    return KeepShading(state);
  }
  bool gouraudTriangleShadedFill(GfxState* state, GfxGouraudTriangleShading*) override {
    return KeepShading(state);
  }
  bool patchMeshShadedFill(GfxState* state, GfxPatchMeshShading*) override {
    return KeepShading(state);
  }

 private:
  /// Keeps the current path as painted (stroked or filled).
  void Keep(GfxState* state, bool stroked) {
    const GfxPath* path = state->getPath();
    if (path == nullptr || path->getNumSubpaths() == 0) return;
    PaintedPath p;
    p.stroked = stroked;
    GfxGray grey = 0;
    double opacity = 1;
    if (stroked) {
      state->getStrokeGray(&grey);
      opacity = state->getStrokeOpacity();
      p.line_width = state->getTransformedLineWidth();
      double start = 0;
      const std::vector<double>& dash = state->getLineDash(&start);
      const double* m = state->getCTM();
      const double scale = std::sqrt(std::fabs(m[0] * m[3] - m[1] * m[2]));
      for (size_t i = 1; i < dash.size(); i += 2)
        if (dash[i] * scale > 1) p.dashed = true;
    } else {
      state->getFillGray(&grey);
      opacity = state->getFillOpacity();
    }
    // As the rendering would show it over white paper.
    const double shown = 255 - (255 - colToByte(grey)) * std::clamp(opacity, 0.0, 1.0);
    p.dark = shown < kInkBelow;  // as the rendering's ink (ink_bitmap.h)
    p.subpaths.reserve(path->getNumSubpaths());
    for (int i = 0; i < path->getNumSubpaths(); ++i) {
      const GfxSubpath* s = path->getSubpath(i);
      Subpath out;
      out.points.reserve(s->getNumPoints());
      for (int j = 0; j < s->getNumPoints(); ++j) {
        PathPoint pt;
        state->transform(s->getX(j), s->getY(j), &pt.x, &pt.y);
        pt.control = s->getCurve(j);
        out.points.push_back(pt);
      }
      p.subpaths.push_back(std::move(out));
    }
    paths.paths.push_back(std::move(p));
  }

  /// Keeps the place of an image: the unit square under the current matrix.
  void KeepPicture(GfxState* state) {
    PositionedWord w;
    w.x0 = w.y0 = 1e300;
    w.x1 = w.y1 = -1e300;
    for (double u : {0.0, 1.0})
      for (double v : {0.0, 1.0}) {
        double x = 0, y = 0;
        state->transform(u, v, &x, &y);
        w.x0 = std::min(w.x0, x), w.x1 = std::max(w.x1, x);
        w.y0 = std::min(w.y0, y), w.y1 = std::max(w.y1, y);
      }
    paths.pictures.push_back(std::move(w));
  }

  /// Keeps the place of a shading or a pattern (its clip) and says it was
  /// drawn.
  bool KeepShading(GfxState* state) {
    PositionedWord w;
    state->getClipBBox(&w.x0, &w.y0, &w.x1, &w.y1);
    paths.pictures.push_back(std::move(w));
    return true;
  }
};

/// The page's ticked form check boxes (AcroForm check-box widgets, not
/// hidden, whose field's value is the widget's "on" state) whose appearance
/// puts no text on the page, as a word ☒ over each widget's rectangle. A
/// form exported with its fields (LibreOffice from an .odt) may give its
/// ticked box an appearance that names a font the stream does not hold, or
/// no appearance state, so that nothing is drawn where a viewer with the
/// form shows a tick; the value is the field's own. A box not ticked adds
/// nothing (its drawn frame, if any, is read as an empty box). A widget
/// that some word already overlaps is left to that word.
/// `ctm` maps the page's user space to the words' space.
void AddFormCheckboxes(Page* page, const double* ctm, std::vector<PositionedWord>* words) {
  std::unique_ptr<FormPageWidgets> widgets = page->getFormWidgets();
  if (!widgets) return;
  const size_t text_words = words->size();
  for (int i = 0; i < widgets->getNumWidgets(); ++i) {
    FormWidget* widget = widgets->getWidget(i);
    if (widget == nullptr || widget->getType() != formButton) continue;
    auto* button = static_cast<FormWidgetButton*>(widget);
    if (button->getButtonType() != formButtonCheck || !button->getState()) continue;
    AnnotWidget* annot = widget->getWidgetAnnotation();
    if (annot != nullptr && (annot->getFlags() & Annot::flagHidden)) continue;
    double ux0 = 0, uy0 = 0, ux1 = 0, uy1 = 0;
    widget->getRect(&ux0, &uy0, &ux1, &uy1);
    PositionedWord w;
    w.x0 = w.y0 = 1e300;
    w.x1 = w.y1 = -1e300;
    for (double ux : {ux0, ux1})
      for (double uy : {uy0, uy1}) {
        const double x = ctm[0] * ux + ctm[2] * uy + ctm[4];
        const double y = ctm[1] * ux + ctm[3] * uy + ctm[5];
        w.x0 = std::min(w.x0, x), w.x1 = std::max(w.x1, x);
        w.y0 = std::min(w.y0, y), w.y1 = std::max(w.y1, y);
      }
    if (!std::isfinite(w.x0) || !std::isfinite(w.y0) || w.x1 - w.x0 < 1 || w.y1 - w.y0 < 1 ||
        w.x1 - w.x0 > 100 || w.y1 - w.y0 > 100)
      continue;  // no box, or a field that is no check box's size
    bool covered = false;
    for (size_t k = 0; k < text_words && !covered; ++k) {
      const PositionedWord& t = (*words)[k];
      covered = t.x0 < w.x1 && w.x0 < t.x1 && t.y0 < w.y1 && w.y0 < t.y1;
    }
    if (covered) continue;
    w.text = "\u2612";
    w.font_size = w.y1 - w.y0;
    words->push_back(std::move(w));
  }
}

}  // namespace

/// A PDF opened with Poppler: PdfFile's one implementation.
class PopplerFile final : public PdfFile {
 public:
  explicit PopplerFile(std::unique_ptr<PDFDoc> doc) : doc_(std::move(doc)) {}

  int pages() const override { return std::max(0, doc_->getNumPages()); }
  bool has_page(int index) const override;
  void PageSize(int index, double* width, double* height) const override;
  bool ReadPage(int index, std::vector<PositionedWord>* words, PagePaths* paths) const override;
  GreyRendering RenderGrey(int index, double dpi, bool smooth) const override;
  ColourRendering RenderColour(int index, double dpi, bool smooth) const override;

 private:
  std::unique_ptr<PDFDoc> doc_;
};

/// PdfFile::Open's work (pdf_module.h's table).
Status OpenWithPoppler(std::string_view bytes, std::unique_ptr<PdfFile>* out) {
  out->reset();
  InitialisePoppler();
  if (bytes.size() > static_cast<size_t>(INT_MAX))
    return Status::Error("corrupt", "the PDF is larger than 2 GiB");
  // Poppler owns the stream, not its bytes.
  auto* stream =
      new MemStream(bytes.data(), 0, static_cast<Goffset>(bytes.size()), Object(objNull));
  auto doc = std::make_unique<PDFDoc>(stream, GooString(""), GooString(""));
  if (!doc->isOk()) {
    if (doc->getErrorCode() == errEncrypted)
      return Status::Error("encrypted", "the PDF needs a password to open; save it without one");
    return Status::Error("corrupt", "the PDF could not be opened (damaged or not a PDF)");
  }
  *out = std::make_unique<PopplerFile>(std::move(doc));
  return Status();
}

bool PopplerFile::has_page(int index) const {
  return index >= 0 && index < pages() && doc_->getPage(index + 1) != nullptr;
}

void PopplerFile::PageSize(int index, double* width, double* height) const {
  *width = *height = 0;
  if (!has_page(index)) return;
  Page* p = doc_->getPage(index + 1);
  *width = std::fabs(p->getCropWidth());
  *height = std::fabs(p->getCropHeight());
  int rotate = ((p->getRotate() % 360) + 360) % 360;
  if (rotate == 90 || rotate == 270) std::swap(*width, *height);
}

bool PopplerFile::ReadPage(int index, std::vector<PositionedWord>* words, PagePaths* paths) const {
  words->clear();
  *paths = PagePaths();
  if (!has_page(index)) return false;
  PassDevice device;
  // As poppler-cpp's text_list: 72 dpi, no rotation, the crop box unclipped.
  doc_->displayPageSlice(&device, index + 1, 72, 72, 0, false, false, false, -1, -1, -1, -1);
  std::unique_ptr<TextWordList> list = device.makeWordList();
  if (list) {
    words->reserve(list->getLength());
    for (int i = 0; i < list->getLength(); ++i) {
      const TextWord* tw = list->get(i);
      std::unique_ptr<GooString> text(tw->getText());
      if (!text || !HasInk(text->c_str(), text->getLength())) continue;
      PositionedWord w;
      w.text.assign(text->c_str(), text->getLength());
      tw->getBBox(&w.x0, &w.y0, &w.x1, &w.y1);
      w.font_size = tw->getFontSize();
      w.space_after = tw->hasSpaceAfter();
      w.rotation = tw->getRotation();
      words->push_back(std::move(w));
    }
  }
  Page* page = doc_->getPage(index + 1);
  double ctm[6];
  page->getDefaultCTM(ctm, 72, 72, 0, false, true);
  AddFormCheckboxes(page, ctm, words);
  *paths = std::move(device.paths);
  return true;
}

namespace {

/// Page `index` of `doc` drawn by Splash in `mode` (`bytes_per_pixel` bytes a
/// pixel) at `dpi`, as RenderGrey and RenderColour describe; fills the
/// rendering's fields and returns true, or false when nothing was drawn.
template <typename Rendering>
bool RenderPage(PDFDoc* doc, int index, double dpi, bool smooth, SplashColorMode mode,
                int bytes_per_pixel, Rendering* out) {
  SplashColor paper;
  paper[0] = paper[1] = paper[2] = paper[3] = 255;
  SplashOutputDev device(mode, 4, false, paper, true, splashThinLineSolid);
  device.setFontAntialias(smooth);
  device.setFreeTypeHinting(false, false);
  device.setVectorAntialias(smooth);
  device.startDoc(doc);
  doc->displayPageSlice(&device, index + 1, dpi, dpi, 0, false, true, false, -1, -1, -1, -1);
  SplashBitmap* bitmap = device.getBitmap();
  if (bitmap == nullptr || bitmap->getWidth() <= 0 || bitmap->getHeight() <= 0 ||
      bitmap->getRowSize() < bytes_per_pixel * bitmap->getWidth() ||
      bitmap->getDataPtr() == nullptr)
    return false;
  out->width = bitmap->getWidth();
  out->height = bitmap->getHeight();
  out->stride = bitmap->getRowSize();
  out->dpi = dpi;
  const size_t size = static_cast<size_t>(out->stride) * out->height;
  out->pixels.assign(bitmap->getDataPtr(), bitmap->getDataPtr() + size);
  return true;
}

}  // namespace

GreyRendering PopplerFile::RenderGrey(int index, double dpi, bool smooth) const {
  GreyRendering out;
  if (has_page(index) && dpi > 0)
    RenderPage(doc_.get(), index, dpi, smooth, splashModeMono8, 1, &out);
  return out;
}

ColourRendering PopplerFile::RenderColour(int index, double dpi, bool smooth) const {
  ColourRendering out;
  if (has_page(index) && dpi > 0)
    RenderPage(doc_.get(), index, dpi, smooth, splashModeXBGR8, 4, &out);
  return out;
}

}  // namespace redovis

extern "C" __attribute__((visibility("default"))) const redovis::PdfModule* RedovisPdfModule() {
  static const redovis::PdfModule module{REDOVIS_PDF_ABI, redovis::OpenWithPoppler};
  return &module;
}
