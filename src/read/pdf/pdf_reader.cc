// The PDF reader: each page's positioned words and drawing from one pass over
// it (pdf_page_pass.h, vector_drawing.h), or OCR of rendered pages
// (ocr_page.h), through the layout passes (pdf_layout.h) into a Document.
//
// Poppler hazards on Debian 12's 22.12 (see the shared library-hazards notes):
// a page may be missing even when the page count includes it; an image-only
// page's text is whitespace; Poppler's own messages are dropped by
// pdf_page_pass.h (in the module redovis-pdf.so); libjpeg (decoding a PDF's JPEG images for
// Poppler) prints its warnings unless its error manager is changed: see jpeg_std_error at the end.
#include "read/pdf/pdf_reader.h"

#include <dlfcn.h>
// clang-format off
#include <cstdio>  // jpeglib.h needs FILE and size_t first
#include <jpeglib.h>
// clang-format on

#include <algorithm>
#include <climits>
#include <cmath>
#include <cstdlib>
#include <map>
#include <memory>
#include <new>
#include <string>
#include <vector>

#include "base/running_lines.h"
#include "read/ocr/ocr.h"
#include "read/ocr/page_pixels.h"
#include "read/pdf/cut_pages.h"
#include "read/pdf/drawing.h"
#include "read/pdf/ink_bitmap.h"
#include "read/pdf/ocr_page.h"
#include "read/pdf/page_notes.h"
#include "read/pdf/page_turn.h"
#include "read/pdf/pdf_layout.h"
#include "read/pdf/pdf_page_pass.h"
#include "read/pdf/printed_text.h"
#include "read/pdf/vector_drawing.h"
#include "read/pdf/word_text.h"
#include "read/text/text_reader.h"

namespace redovis {

namespace {

/// The resolution a page is rendered at to find rules and check boxes on it
/// where its paths cannot show them (PicturesMayHoldDrawing).
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

/// True when the words' text is not letters (GarbledLetters), or shows next
/// to none of the glyphs the page draws (UnshownGlyphs, `paths`' count of
/// glyphs without Unicode): a font whose Unicode map was lost. Such a text
/// layer cannot be read; the page is read as a scan instead.
bool GarbledText(const std::vector<PositionedWord>& words, const PagePaths& paths) {
  LetterCounts counts;
  for (const PositionedWord& w : words) CountLetters(w.text, &counts);
  return GarbledLetters(counts) || UnshownGlyphs(counts, paths.unmapped_glyphs);
}

/// True when the page, rendered small, shows anything but background: a blank
/// page is not worth an OCR engine's time.
bool PageHasInk(const PdfFile& file, int index) {
  double width = 0, height = 0;
  file.PageSize(index, &width, &height);
  if (width <= 0 || height <= 0) return false;
  double dpi = 24;
  double pixels = (width / 72 * dpi) * (height / 72 * dpi);
  if (pixels > 4e6) dpi *= std::sqrt(4e6 / pixels);
  GreyRendering img = file.RenderGrey(index, dpi, true);
  if (img.width <= 0) return true;  // cannot tell: let OCR decide
  for (int y = 0; y < img.height; ++y)
    for (int x = 0; x < img.width; ++x)
      if (img.pixels[static_cast<size_t>(y) * img.stride + x] < 200) return true;
  return false;
}

/// Moves left, into the place of the struck `words[at]`, the words that
/// followed it on its line as words of one cell do (each less than the
/// layout's cell gap from the one before it; `gone` marks the struck ones,
/// which are not moved): taken off as it stands, its room would part the
/// line into two cells, and the words after it would be read as another
/// cell ("en permanent tillfällig utökning" read as "en" ... "tillfällig
/// utökning").
void CloseStruckGap(size_t at, const std::vector<bool>& gone, std::vector<PositionedWord>* words) {
  const PositionedWord& w = (*words)[at];
  if (w.rotation != 0) return;
  const double size = w.font_size > 0 ? w.font_size : w.y1 - w.y0;
  const double cell_gap = LayoutOptions{}.cell_gap_em * size;
  std::vector<size_t> after;  // the words right of it on its line, by x
  for (size_t i = 0; i < words->size(); ++i) {
    const PositionedWord& o = (*words)[i];
    const double overlap = std::min(o.y1, w.y1) - std::max(o.y0, w.y0);
    if (!gone[i] && o.rotation == 0 && o.x0 >= w.x1 - 0.5 &&
        overlap > 0.5 * std::min(o.y1 - o.y0, w.y1 - w.y0))
      after.push_back(i);
  }
  std::sort(after.begin(), after.end(),
            [&](size_t a, size_t b) { return (*words)[a].x0 < (*words)[b].x0; });
  double edge = w.x1;
  size_t run = 0;
  while (run < after.size() && (*words)[after[run]].x0 - edge < cell_gap)
    edge = (*words)[after[run++]].x1;
  if (run == 0) return;
  const double shift = (*words)[after[0]].x0 - w.x0;
  for (size_t k = 0; k < run; ++k) {
    (*words)[after[k]].x0 -= shift;
    (*words)[after[k]].x1 -= shift;
  }
}

/// Takes the words at `gone` (indices in order) off `words`, closing the
/// room each leaves in its line (CloseStruckGap, right to left).
void TakeStruckWords(const std::vector<size_t>& gone, std::vector<PositionedWord>* words) {
  std::vector<bool> struck(words->size(), false);
  for (size_t i : gone) struck[i] = true;
  std::vector<size_t> by_x = gone;
  std::sort(by_x.begin(), by_x.end(),
            [&](size_t a, size_t b) { return (*words)[a].x0 > (*words)[b].x0; });
  for (size_t i : by_x) CloseStruckGap(i, struck, words);
  for (size_t k = gone.size(); k-- > 0;)
    words->erase(words->begin() + static_cast<std::ptrdiff_t>(gone[k]));
}

/// Takes off `rules` each horizontal rule that lies along one of `strikes`
/// (a strike is no table's rule), whether the rules came from the paths or
/// from a rendering's ink.
void DropStrikes(const std::vector<RuleSegment>& strikes, std::vector<RuleSegment>* rules) {
  if (strikes.empty()) return;
  std::erase_if(*rules, [&](const RuleSegment& r) {
    for (const RuleSegment& s : strikes)
      if (r.horizontal && std::fabs(r.pos - s.pos) <= 1 && r.from >= s.from - 1 && r.to <= s.to + 1)
        return true;
    return false;
  });
}

/// Adds to the page's words the check boxes drawn on it (office suites draw
/// form check boxes so): they are not in the text layer; and sets its rules
/// to the table rules drawn on it. Both come from the paths the page paints
/// (vector_drawing.h); only a page whose pictures may show them is rendered
/// and searched for its ink instead (drawing.h), the rendering turned by
/// `turned` quarters counter-clockwise as the page was (page_turn.h). Words
/// its paths strike through are taken off the page first, on either way
/// (a page that draws a glyph without Unicode, as a print dialog's PDF does,
/// is rendered, yet its strikes are paths all the same), their strikes off
/// its rules; `*struck` counts them (vector_drawing.h's StruckWords).
void ReadDrawing(const PdfFile& file, int index, const PagePaths& paths, int turned,
                 PositionedPage* page, int* struck) {
  std::vector<PositionedWord>* words = &page->words;
  std::vector<RuleSegment>* rules = &page->rules;
  rules->clear();
  const double width = page->width, height = page->height;
  if (width <= 0 || height <= 0 || width * height > 4e6) return;
  std::vector<RuleSegment> strikes;
  const std::vector<size_t> gone = StruckWords(paths, *words, &strikes);
  TakeStruckWords(gone, words);
  *struck += static_cast<int>(gone.size());
  if (!PicturesMayHoldDrawing(paths, width, height)) {
    *rules = RulesOfPaths(paths);
    DropStrikes(strikes, rules);
    for (PositionedWord& b : CheckboxesOfPaths(paths, *words)) words->push_back(std::move(b));
    return;
  }
  GreyRendering img = file.RenderGrey(index, kBoxDpi, false);
  if (img.width <= 0) return;
  GreyImage view = img.view();
  std::vector<unsigned char> upright;
  if (turned % 4 != 0) upright = Turned(img.view(), (4 - turned % 4) * 90, &view);
  const InkBitmap ink = InkOfGrey(view);
  if (!WellFormed(ink)) return;
  *rules = FindRules(ink);
  DropStrikes(strikes, rules);
  for (PositionedWord& b : FindDrawnCheckboxes(ink, *words)) words->push_back(std::move(b));
}

/// Renders the page in colour at the resolution OCR wants, keeps its black
/// print (BlackPrintOf: stamps, signatures and highlighter in colour go) and
/// reads it with `engine` (ocr_page.h): `out` gets the words and the check
/// boxes drawn on the page, `rules` the table rules seen; `*width` and
/// `*height` (the page's size in points) are swapped when the page was
/// turned a quarter to stand upright; `*unreadable` is set when no way up of
/// the page reads as text (its words are then none). Fails with "ocr_failed".
Status OcrPage(const PdfFile& file, int index, OcrEngine* engine, std::vector<PositionedWord>* out,
               std::vector<RuleSegment>* rules, double* width, double* height, bool* unreadable) {
  rules->clear();
  double dpi = 0;
  Status s = OcrResolution(*width, *height, &dpi);
  if (!s.ok()) return s;
  GreyImage grey;
  std::vector<unsigned char> pixels;
  {
    ColourRendering img = file.RenderColour(index, dpi, true);
    pixels = BlackPrintOf(img.pixels.data(), img.width, img.height, img.stride, dpi, &grey);
  }
  if (pixels.empty()) return Status::Error("ocr_failed", "the page could not be rendered for OCR");
  int turned = 0;
  s = ReadScannedPage(grey, engine, out, rules, &turned, unreadable);
  if (turned == 90 || turned == 270) std::swap(*width, *height);
  return s;
}

/// Adds to `d`'s warnings the note on a damaged image, when libjpeg said
/// anything (`jpeg`: its first messages).
void AddJpegNote(const std::vector<std::string>& jpeg, Document* d) {
  if (!jpeg.empty())
    d->warnings.push_back("an image in the PDF is damaged (the JPEG decoder said: " + jpeg[0] +
                          ")");
}

Status ReadPdfUnguarded(std::string_view bytes, const ReadOptions& options,
                        const std::vector<int>& page_order, Document* out) {
  const std::string& mode = options.ocr;
  if (mode != "auto" && mode != "always" && mode != "never")
    return Status::Error("bad_option", "OCR must be auto, always or never, not '" + mode + "'");
  if (bytes.size() > static_cast<size_t>(INT_MAX))
    return Status::Error("too_large", "the PDF is larger than 2 GiB");
  std::vector<std::string> jpeg;
  JpegMessages route(&jpeg);
  std::unique_ptr<PdfFile> doc;
  Status opened = PdfFile::Open(bytes, &doc);
  if (!opened.ok()) return opened;
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
  std::vector<int> needs_ocr_page;  // parallel to `pages`: the page's index, or -1
  pages.reserve(limit);
  int unreadable = 0, with_text = 0, without_text = 0;
  std::string hidden_pages;   // pages whose only text is another program's invisible OCR
  std::string garbled_pages;  // pages whose text is not letters (a font's Unicode map lost)
  std::string struck_pages;   // pages with words struck through, not read
  int struck_words = 0;
  for (int i = 0; i < limit; ++i) {
    if (!doc->has_page(i)) {
      ++unreadable;
      continue;
    }
    PositionedPage pp;
    pp.number = i + 1;
    doc->PageSize(i, &pp.width, &pp.height);
    PagePaths paths;
    if (mode != "always") doc->ReadPage(i, &pp.words, &paths);
    if (!pp.words.empty() && HiddenTextOverScan(paths, pp.width, pp.height)) {
      // A "searchable" scan: read as the scan it is, by our own OCR (its
      // confidences, second reading and check boxes), not by its invisible
      // layer, which carries none of them.
      pp.words.clear();
      hidden_pages += (hidden_pages.empty() ? "" : ", ") + std::to_string(pp.number);
    } else if (GarbledText(pp.words, paths)) {
      pp.words.clear();  // not letters: read as a scan
      garbled_pages += (garbled_pages.empty() ? "" : ", ") + std::to_string(pp.number);
    }
    bool has_text = !pp.words.empty();
    // Text set sideways (a page given /Rotate, a landscape page laid on its
    // side) is turned upright with the drawing under it.
    const int turned = has_text ? MainRotation(pp.words) : 0;
    TurnPageUpright(turned, &pp, &paths);
    if (has_text) {
      int struck = 0;
      ReadDrawing(*doc, i, paths, turned, &pp, &struck);
      if (struck > 0) {
        struck_pages += (struck_pages.empty() ? "" : ", ") + std::to_string(pp.number);
        struck_words += struck;
      }
    }
    if (has_text)
      ++with_text;
    else
      ++without_text;
    bool ocr = mode == "always" || (mode == "auto" && !has_text && PageHasInk(*doc, i));
    if (!ocr && RunsPastEdge(pp)) {
      // Cut at its edge: what is left of its values cannot be told from
      // whole ones (cut_pages.h).
      d.warnings.push_back(LeftOutPageNote(LeftOutPage::kCut, pp.number));
      pp.words.clear();
      pp.rules.clear();
    }
    pages.push_back(std::move(pp));
    needs_ocr_page.push_back(ocr ? i : -1);
  }
  if (pages.empty() && limit > 0)
    return Status::Error("corrupt", "no page of the PDF could be read");
  if (!garbled_pages.empty())
    d.warnings.push_back("page(s) " + garbled_pages +
                         ": the text layer is not letters (its fonts' Unicode maps are lost, as "
                         "a PostScript round trip leaves them); the page is read as a scan");
  if (!hidden_pages.empty())
    d.warnings.push_back("page(s) " + hidden_pages +
                         ": a scan whose only text is an invisible layer of another program's "
                         "OCR; that layer was not used, the page is read as a scan");
  if (struck_words > 0)
    d.warnings.push_back("page(s) " + struck_pages + ": " + std::to_string(struck_words) +
                         " word(s) struck through (a line drawn across their middle) were not "
                         "read, as a Word document's tracked deletions are not");
  if (unreadable > 0)
    d.warnings.push_back(std::to_string(unreadable) +
                         " page(s) could not be read and were skipped");

  bool any_ocr =
      std::any_of(needs_ocr_page.begin(), needs_ocr_page.end(), [](int i) { return i >= 0; });
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
        if (needs_ocr_page[i] < 0) continue;
        if (options.page_begun) options.page_begun();
        pages[i].words.clear();
        pages[i].ocr = true;
        bool unread = false;
        if (!OcrPage(*doc, needs_ocr_page[i], engine.get(), &pages[i].words, &pages[i].rules,
                     &pages[i].width, &pages[i].height, &unread)
                 .ok())
          ++failed;
        if (unread)
          d.warnings.push_back(LeftOutPageNote(LeftOutPage::kUnreadable, pages[i].number));
      }
      if (failed > 0) d.warnings.push_back("OCR failed on " + std::to_string(failed) + " page(s)");
    }
  } else if (without_text > 0 && mode == "never") {
    d.warnings.push_back(std::to_string(without_text) +
                         " page(s) have no text layer and were not read (OCR is off)");
  }

  // A text file printed in a fixed-width font is read as that text
  // (printed_text.h): its columns are character positions, not gaps.
  // Not when reading in an order asked: the text's pages are the file's.
  std::string printed;
  if (!any_ocr && unreadable == 0 && page_order.empty() && PrintedText(pages, &printed)) {
    Document text;
    if (ReadText(printed, &text).ok() && !text.lines.empty()) {
      text.page_count = total;
      text.warnings.insert(text.warnings.begin(), d.warnings.begin(), d.warnings.end());
      text.warnings.push_back(PrintedTextNote());
      AddJpegNote(jpeg, &text);
      *out = std::move(text);
      return Status();
    }
  }
  std::vector<int> file_numbers;  // by the place a page is laid out at, when ordered
  if (!page_order.empty()) {
    // Pages laid out in the order asked, before a page break's pieces are
    // joined; a page not named after those named.
    std::map<int, size_t> rank;
    for (size_t k = 0; k < page_order.size(); ++k) rank.emplace(page_order[k], k);
    auto rank_of = [&](const PositionedPage& p) {
      auto it = rank.find(p.number);
      return it == rank.end() ? page_order.size() : it->second;
    };
    std::stable_sort(
        pages.begin(), pages.end(),
        [&](const PositionedPage& a, const PositionedPage& b) { return rank_of(a) < rank_of(b); });
    // Laid out numbered as they now follow each other, so that the layout
    // takes them for pages next to each other (paragraphs.h joins only
    // those); each gets its own number back after. Not when a page of the
    // file is missing: a page break over it joins nothing.
    if (unreadable == 0)
      for (size_t k = 0; k < pages.size(); ++k) {
        file_numbers.push_back(pages[k].number);
        pages[k].number = static_cast<int>(k) + 1;
      }
  }
  std::vector<LaidOutPage> laid = LayOutPages(pages);
  int number = 0;
  for (LaidOutPage& p : laid) {
    if (p.number >= 1 && static_cast<size_t>(p.number) <= file_numbers.size()) {
      p.number = file_numbers[static_cast<size_t>(p.number) - 1];
      for (LaidOutLine& l : p.lines) l.line.page = p.number;
    }
    for (LaidOutLine& l : p.lines) {
      l.line.number = ++number;
      // (A page's number keeps the origin that says so: page_roles.h.)
      if (l.line.origin != kPageNumberOrigin) l.line.origin = "page " + std::to_string(p.number);
      l.line.foot = static_cast<float>(l.y1);
      d.lines.push_back(std::move(l.line));
    }
  }
  if (d.lines.empty()) d.warnings.push_back("no text was found on any page");
  AddJpegNote(jpeg, &d);
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
  return ReadPdfInOrder(bytes, options, {}, out);
}

Status ReadPdfInOrder(std::string_view bytes, const ReadOptions& options,
                      const std::vector<int>& page_order, Document* out) {
  try {
    return ReadPdfUnguarded(bytes, options, page_order, out);
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
// them. The program's own jpeg_std_error comes first in symbol lookup (the
// executable exports it: CMakeLists.txt), so Poppler's and Leptonica's calls
// from their modules land here; the modules are opened RTLD_GLOBAL, so the
// real one is found after it (RTLD_NEXT). The real one sets the manager up,
// and its messages go to the PDF reader's warnings, or nowhere.
extern "C" struct jpeg_error_mgr* jpeg_std_error(struct jpeg_error_mgr* err) {
  using StdError = struct jpeg_error_mgr* (*)(struct jpeg_error_mgr*);
  static const StdError real = reinterpret_cast<StdError>(dlsym(RTLD_NEXT, "jpeg_std_error"));
  if (real == nullptr) std::abort();  // libjpeg is loaded whenever Poppler is
  real(err);
  err->output_message = redovis::KeepJpegMessage;
  return err;
}
