// The PDF reader: poppler-cpp's positioned words and the drawing on each page
// (drawing.h), or OCR of rendered pages (ocr_page.h), through the layout
// passes (pdf_layout.h) into a Document.
//
// Poppler hazards on Debian 12's 22.12 (see the shared library-hazards notes):
// loading returns null on failure; a user password shows as is_locked(); a
// page may be null even when pages() counts it; an image-only page's text is
// whitespace; poppler prints to stderr unless given a debug function, and
// libjpeg (decoding a PDF's JPEG images for Poppler) prints its warnings
// unless its error manager is changed: see jpeg_std_error at the end.
#include "read/pdf/pdf_reader.h"

#include <dlfcn.h>
#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-image.h>
#include <poppler/cpp/poppler-page-renderer.h>
#include <poppler/cpp/poppler-page.h>
// clang-format off
#include <cstdio>  // jpeglib.h needs FILE and size_t first
#include <jpeglib.h>
// clang-format on

#include <algorithm>
#include <climits>
#include <cmath>
#include <cstdlib>
#include <memory>
#include <mutex>
#include <new>
#include <string>
#include <vector>

#include "read/ocr/ocr.h"
#include "read/pdf/drawing.h"
#include "read/pdf/ink_bitmap.h"
#include "read/pdf/ocr_page.h"
#include "read/pdf/pdf_layout.h"

namespace redovis {

namespace {

/// The resolution pages are rendered at to find check boxes drawn as graphics.
constexpr double kBoxDpi = 100;

/// libjpeg's messages while this thread reads a PDF (ReadPdfUnguarded), or
/// nullptr: then they go nowhere.
thread_local std::vector<std::string>* jpeg_messages = nullptr;

/// Sets where libjpeg's messages go for its lifetime.
class JpegMessages {
 public:
  explicit JpegMessages(std::vector<std::string>* to) : saved_(jpeg_messages) {
    jpeg_messages = to;
  }
  ~JpegMessages() { jpeg_messages = saved_; }
  JpegMessages(const JpegMessages&) = delete;
  JpegMessages& operator=(const JpegMessages&) = delete;

 private:
  std::vector<std::string>* saved_;
};

/// Makes poppler quiet for the whole process; idempotent and thread-safe.
void SilencePoppler() {
  static std::once_flag once;
  std::call_once(
      once, [] { poppler::set_debug_error_function([](const std::string&, void*) {}, nullptr); });
}

/// `u` as UTF-8.
std::string ToUtf8(const poppler::ustring& u) {
  poppler::byte_array b = u.to_utf8();
  return std::string(b.begin(), b.end());
}

/// True when some character of `s` is not white space.
bool HasInk(const std::string& s) {
  for (unsigned char c : s)
    if (c > ' ') return true;
  return false;
}

/// The page's size in points as its text is laid out (the /Rotate of the
/// page applied).
void PageSize(const poppler::page& p, double* width, double* height) {
  poppler::rectf r = p.page_rect(poppler::crop_box);
  *width = std::fabs(r.width());
  *height = std::fabs(r.height());
  poppler::page::orientation_enum o = p.orientation();
  if (o == poppler::page::landscape || o == poppler::page::seascape) std::swap(*width, *height);
}

/// The words of the page's text layer.
void TextLayerWords(const poppler::page& p, std::vector<PositionedWord>* out) {
  std::vector<poppler::text_box> boxes = p.text_list(poppler::page::text_list_include_font);
  out->reserve(boxes.size());
  for (const poppler::text_box& b : boxes) {
    PositionedWord w;
    w.text = ToUtf8(b.text());
    if (!HasInk(w.text)) continue;
    poppler::rectf r = b.bbox();
    w.x0 = r.left();
    w.x1 = r.right();
    w.y0 = r.top();
    w.y1 = r.bottom();
    w.font_size = b.has_font_info() ? b.get_font_size() : 0;
    w.space_after = b.has_space_after();
    w.rotation = b.rotation();
    out->push_back(std::move(w));
  }
}

/// Sets `renderer` up for grey pixels, smoothed or not, thin lines solid.
void SetUpGreyRenderer(bool smooth, poppler::page_renderer* renderer) {
  renderer->set_render_hint(poppler::page_renderer::antialiasing, smooth);
  renderer->set_render_hint(poppler::page_renderer::text_antialiasing, smooth);
  renderer->set_line_mode(poppler::page_renderer::line_solid);
  renderer->set_image_format(poppler::image::format_gray8);
}

/// True when the page, rendered small, shows anything but background: a blank
/// page is not worth an OCR engine's time.
bool PageHasInk(const poppler::page& p) {
  double width = 0, height = 0;
  PageSize(p, &width, &height);
  if (width <= 0 || height <= 0) return false;
  double dpi = 24;
  double pixels = (width / 72 * dpi) * (height / 72 * dpi);
  if (pixels > 4e6) dpi *= std::sqrt(4e6 / pixels);
  poppler::page_renderer renderer;
  SetUpGreyRenderer(true, &renderer);
  poppler::image img = renderer.render_page(&p, dpi, dpi);
  if (!img.is_valid()) return true;  // cannot tell: let OCR decide
  const unsigned char* px = reinterpret_cast<const unsigned char*>(img.const_data());
  for (int y = 0; y < img.height(); ++y)
    for (int x = 0; x < img.width(); ++x)
      if (px[static_cast<size_t>(y) * img.bytes_per_row() + x] < 200) return true;
  return false;
}

/// `img` as a GreyImage rendered at `dpi`.
GreyImage AsGrey(const poppler::image& img, double dpi) {
  GreyImage g;
  g.pixels = reinterpret_cast<const unsigned char*>(img.const_data());
  g.width = img.width();
  g.height = img.height();
  g.stride = img.bytes_per_row();
  g.dpi = dpi;
  return g;
}

/// The page's ink at kBoxDpi: rendered in one bit per pixel, which costs a
/// fraction of grey, when that rendering can be trusted. poppler's one-bit
/// image pads its rows to four bytes but reports the unpadded row length, so
/// where a row's bytes are not a multiple of four (a US Letter page: 850
/// pixels, 107 bytes) the rows would be read sheared, every table rule broken
/// into slanted pieces: such a page is rendered in grey instead. An empty
/// bitmap when the page cannot be rendered.
InkBitmap RenderInk(const poppler::page& p) {
  poppler::page_renderer renderer;
  renderer.set_render_hint(poppler::page_renderer::antialiasing, false);
  renderer.set_line_mode(poppler::page_renderer::line_solid);
  renderer.set_image_format(poppler::image::format_mono);
  poppler::image img = renderer.render_page(&p, kBoxDpi, kBoxDpi);
  if (!img.is_valid() || img.format() != poppler::image::format_mono || img.width() <= 0 ||
      img.height() <= 0)
    return InkBitmap();
  if (img.bytes_per_row() % 4 == 0)
    return InkOfMonoRows(reinterpret_cast<const unsigned char*>(img.const_data()), img.width(),
                         img.height(), img.bytes_per_row(), kBoxDpi);
  SetUpGreyRenderer(false, &renderer);
  poppler::image grey = renderer.render_page(&p, kBoxDpi, kBoxDpi);
  if (!grey.is_valid() || grey.format() != poppler::image::format_gray8 || grey.width() <= 0 ||
      grey.height() <= 0 || grey.bytes_per_row() < grey.width())
    return InkBitmap();
  return InkOfGrey(AsGrey(grey, kBoxDpi));
}

/// Adds to `words` the check boxes drawn as graphics on the page (office
/// suites draw form check boxes so): they are not in the text layer; and sets
/// `rules` to the table rules drawn on it (RenderInk).
void ReadDrawing(const poppler::page& p, std::vector<PositionedWord>* words,
                 std::vector<RuleSegment>* rules) {
  rules->clear();
  double width = 0, height = 0;
  PageSize(p, &width, &height);
  if (width <= 0 || height <= 0 || width * height > 4e6) return;
  const InkBitmap ink = RenderInk(p);
  if (!WellFormed(ink)) return;
  *rules = FindRules(ink);
  for (PositionedWord& b : FindDrawnCheckboxes(ink, *words)) words->push_back(std::move(b));
}

/// Renders the page in colour at the resolution OCR wants, keeps its black
/// print (BlackPrintOf: stamps, signatures and highlighter in colour go) and
/// reads it with `engine` (ocr_page.h): `out` gets the words and the check
/// boxes drawn on the page, `rules` the table rules seen; `*width` and
/// `*height` (the page's size in points) are swapped when the page was
/// turned a quarter to stand upright. Fails with "ocr_failed".
Status OcrPage(const poppler::page& p, OcrEngine* engine, std::vector<PositionedWord>* out,
               std::vector<RuleSegment>* rules, double* width, double* height) {
  rules->clear();
  double dpi = 0;
  Status s = OcrResolution(*width, *height, &dpi);
  if (!s.ok()) return s;
  poppler::page_renderer renderer;
  renderer.set_render_hint(poppler::page_renderer::antialiasing, true);
  renderer.set_render_hint(poppler::page_renderer::text_antialiasing, true);
  renderer.set_line_mode(poppler::page_renderer::line_solid);
  renderer.set_image_format(poppler::image::format_argb32);
  poppler::image img = renderer.render_page(&p, dpi, dpi);
  if (!img.is_valid() || img.format() != poppler::image::format_argb32 || img.width() <= 0 ||
      img.height() <= 0)
    return Status::Error("ocr_failed", "the page could not be rendered for OCR");
  GreyImage grey;
  std::vector<unsigned char> pixels =
      BlackPrintOf(reinterpret_cast<const unsigned char*>(img.const_data()), img.width(),
                   img.height(), img.bytes_per_row(), dpi, &grey);
  img = poppler::image();
  if (pixels.empty()) return Status::Error("ocr_failed", "the page could not be rendered for OCR");
  int turned = 0;
  s = ReadScannedPage(grey, engine, out, rules, &turned);
  if (turned == 90 || turned == 270) std::swap(*width, *height);
  return s;
}

Status ReadPdfUnguarded(std::string_view bytes, const ReadOptions& options, Document* out) {
  const std::string& mode = options.ocr;
  if (mode != "auto" && mode != "always" && mode != "never")
    return Status::Error("bad_option", "OCR must be auto, always or never, not '" + mode + "'");
  if (bytes.size() > static_cast<size_t>(INT_MAX))
    return Status::Error("too_large", "the PDF is larger than 2 GiB");
  SilencePoppler();
  std::vector<std::string> jpeg;
  JpegMessages route(&jpeg);
  std::unique_ptr<poppler::document> doc(
      poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
  if (!doc) return Status::Error("corrupt", "the PDF could not be opened (damaged or not a PDF)");
  if (doc->is_locked())
    return Status::Error("encrypted", "the PDF needs a password to open; save it without one");
  int total = doc->pages();
  if (total <= 0) return Status::Error("corrupt", "the PDF has no pages");

  Document d;
  d.format = "pdf";
  int limit = total;
  if (options.max_pdf_pages >= 0 && total > options.max_pdf_pages) {
    limit = options.max_pdf_pages;
    d.warnings.push_back("the PDF has " + std::to_string(total) + " pages; only the first " +
                         std::to_string(limit) + " were read");
  }
  d.page_count = total;

  std::vector<PositionedPage> pages;
  std::vector<std::unique_ptr<poppler::page>> needs_ocr_page;  // parallel to `pages`
  pages.reserve(limit);
  int unreadable = 0, with_text = 0, without_text = 0;
  for (int i = 0; i < limit; ++i) {
    std::unique_ptr<poppler::page> p(doc->create_page(i));
    if (!p) {
      ++unreadable;
      continue;
    }
    PositionedPage pp;
    pp.number = i + 1;
    PageSize(*p, &pp.width, &pp.height);
    if (mode != "always") TextLayerWords(*p, &pp.words);
    bool has_text = !pp.words.empty();
    if (has_text) ReadDrawing(*p, &pp.words, &pp.rules);
    if (has_text)
      ++with_text;
    else
      ++without_text;
    bool ocr = mode == "always" || (mode == "auto" && !has_text && PageHasInk(*p));
    pages.push_back(std::move(pp));
    needs_ocr_page.push_back(ocr ? std::move(p) : nullptr);
  }
  if (pages.empty() && limit > 0)
    return Status::Error("corrupt", "no page of the PDF could be read");
  if (unreadable > 0)
    d.warnings.push_back(std::to_string(unreadable) +
                         " page(s) could not be read and were skipped");

  bool any_ocr = std::any_of(needs_ocr_page.begin(), needs_ocr_page.end(),
                             [](const auto& p) { return p != nullptr; });
  if (mode == "never" && with_text == 0 && !pages.empty())
    return Status::Error("no_text_layer",
                         "the PDF has no text layer (scanned pages) and OCR is turned off");
  if (any_ocr) {
    std::unique_ptr<OcrEngine> engine;
    Status s = OcrEngine::Create(options.ocr_language, &engine);
    if (!s.ok()) {
      if (with_text == 0 || mode == "always") {
        return Status::Error(
            "ocr_unavailable",
            (with_text == 0 ? "the PDF has no text layer (scanned pages) and " : "") + s.message());
      }
      d.warnings.push_back(std::to_string(without_text) +
                           " page(s) without a text layer were not read: " + s.message());
    } else {
      int failed = 0;
      for (size_t i = 0; i < pages.size(); ++i) {
        if (!needs_ocr_page[i]) continue;
        pages[i].words.clear();
        pages[i].ocr = true;
        if (!OcrPage(*needs_ocr_page[i], engine.get(), &pages[i].words, &pages[i].rules,
                     &pages[i].width, &pages[i].height)
                 .ok())
          ++failed;
        needs_ocr_page[i].reset();
      }
      if (failed > 0) d.warnings.push_back("OCR failed on " + std::to_string(failed) + " page(s)");
    }
  } else if (without_text > 0 && mode == "never") {
    d.warnings.push_back(std::to_string(without_text) +
                         " page(s) have no text layer and were not read (OCR is off)");
  }

  std::vector<LaidOutPage> laid = LayOutPages(pages);
  int number = 0;
  for (LaidOutPage& p : laid) {
    for (LaidOutLine& l : p.lines) {
      l.line.number = ++number;
      l.line.origin = "page " + std::to_string(p.number);
      d.lines.push_back(std::move(l.line));
    }
  }
  if (d.lines.empty()) d.warnings.push_back("no text was found on any page");
  if (!jpeg.empty())
    d.warnings.push_back("an image in the PDF is damaged (the JPEG decoder said: " + jpeg[0] + ")");
  *out = std::move(d);
  return Status();
}

}  // namespace

namespace {

/// libjpeg's output_message: keeps the first distinct messages for the PDF
/// being read, else drops them; never prints.
void KeepJpegMessage(j_common_ptr cinfo) {
  if (jpeg_messages == nullptr || jpeg_messages->size() >= 3) return;
  char buffer[JMSG_LENGTH_MAX] = {};
  (*cinfo->err->format_message)(cinfo, buffer);
  std::string m(buffer);
  if (std::find(jpeg_messages->begin(), jpeg_messages->end(), m) == jpeg_messages->end())
    jpeg_messages->push_back(std::move(m));
}

}  // namespace

Status ReadPdf(std::string_view bytes, const ReadOptions& options, Document* out) {
  try {
    return ReadPdfUnguarded(bytes, options, out);
  } catch (const std::bad_alloc&) {
    return Status::Error("corrupt", "the PDF needs more memory than reading it allows");
  } catch (const std::exception& e) {
    return Status::Error("corrupt", std::string("the PDF could not be read: ") + e.what());
  } catch (...) {
    return Status::Error("corrupt", "the PDF could not be read");
  }
}

}  // namespace redovis

// libjpeg's default error manager prints its warnings ("Corrupt JPEG data:
// premature end of data segment") to stderr, and Poppler decodes a PDF's JPEG
// images with it without routing them: nothing in poppler-cpp's API reaches
// them. The program's own jpeg_std_error comes first in symbol lookup, so
// Poppler's (and Leptonica's) call lands here: the real one sets the manager
// up, and its messages go to the PDF reader's warnings, or nowhere.
extern "C" struct jpeg_error_mgr* jpeg_std_error(struct jpeg_error_mgr* err) {
  using StdError = struct jpeg_error_mgr* (*)(struct jpeg_error_mgr*);
  static const StdError real = reinterpret_cast<StdError>(dlsym(RTLD_NEXT, "jpeg_std_error"));
  if (real == nullptr) std::abort();  // libjpeg is loaded whenever Poppler is
  real(err);
  err->output_message = redovis::KeepJpegMessage;
  return err;
}
