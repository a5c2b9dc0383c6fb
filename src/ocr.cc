// OCR with the Tesseract C++ API. See ocr.h.
#include "ocr.h"

#include <leptonica/allheaders.h>
#include <tesseract/baseapi.h>
#include <tesseract/resultiterator.h>

#include <algorithm>
#include <mutex>

namespace redovis {

namespace {

/// Silences Tesseract's and Leptonica's messages for the whole process
/// (both libraries print to stderr by default). Idempotent and thread-safe.
void SilenceOcrLibraries() {
  static std::once_flag once;
  std::call_once(once, [] {
    setMsgSeverity(L_SEVERITY_NONE);
    // "debug_file" is a process-wide Tesseract parameter; setting it through
    // a throwaway instance makes every later instance write its chatter there.
    tesseract::TessBaseAPI api;
    api.SetVariable("debug_file", "/dev/null");
  });
}

/// True when `s` holds only table rules and similar strokes that OCR reads
/// off the lines of a form: '|', '_', '[', ']', box-drawing characters.
bool IsStrokeOnly(const std::string& s) {
  if (s.empty()) return true;
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = s[i];
    if (c == '|' || c == '_' || c == '[' || c == ']' || c == ' ') continue;
    // U+2500..U+257F box drawing (E2 94 80 .. E2 95 BF), U+2014 em dash (E2 80 94).
    if (c == 0xE2 && i + 2 < s.size()) {
      unsigned char b1 = s[i + 1];
      if (b1 == 0x94 || b1 == 0x95) {
        i += 2;
        continue;
      }
    }
    return false;
  }
  return true;
}

}  // namespace

struct OcrEngine::Impl {
  tesseract::TessBaseAPI api;
};

OcrEngine::OcrEngine(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
OcrEngine::~OcrEngine() {
  if (impl_) impl_->api.End();
}

Status OcrEngine::Create(const std::string& language, std::unique_ptr<OcrEngine>* out) {
  out->reset();
  try {
    SilenceOcrLibraries();
    auto impl = std::make_unique<Impl>();
    if (impl->api.Init(nullptr, language.c_str(), tesseract::OEM_LSTM_ONLY) != 0) {
      return Status::Error("ocr_unavailable",
                           "OCR is unavailable: Tesseract could not load the '" + language +
                               "' language data; install the Debian package tesseract-ocr-" +
                               language);
    }
    // Automatic layout analysis keeps each table row's cells apart as words
    // with their positions; pdf_layout.h rebuilds rows and cells from those.
    impl->api.SetPageSegMode(tesseract::PSM_AUTO);
    out->reset(new OcrEngine(std::move(impl)));
    return Status();
  } catch (const std::exception& e) {
    return Status::Error("ocr_unavailable", std::string("OCR is unavailable: ") + e.what());
  } catch (...) {
    return Status::Error("ocr_unavailable", "OCR is unavailable: Tesseract failed to start");
  }
}

Status OcrEngine::Recognize(const GreyImage& image, std::vector<PositionedWord>* words) {
  words->clear();
  if (image.pixels == nullptr || image.width <= 0 || image.height <= 0 ||
      image.stride < image.width || image.dpi <= 0)
    return Status::Error("ocr_failed", "OCR was given an empty page image");
  try {
    tesseract::TessBaseAPI& api = impl_->api;
    api.SetImage(image.pixels, image.width, image.height, 1, image.stride);
    api.SetSourceResolution(static_cast<int>(image.dpi + 0.5));
    if (api.Recognize(nullptr) != 0) {
      api.Clear();
      return Status::Error("ocr_failed", "Tesseract could not recognise the page image");
    }
    const double scale = 72.0 / image.dpi;
    std::unique_ptr<tesseract::ResultIterator> it(api.GetIterator());
    double line_fs = 0;
    if (it) {
      do {
        if (it->Empty(tesseract::RIL_WORD)) continue;
        if (it->IsAtBeginningOf(tesseract::RIL_TEXTLINE)) {
          int l, t, r, b;
          line_fs =
              it->BoundingBox(tesseract::RIL_TEXTLINE, &l, &t, &r, &b) ? (b - t) * scale * 0.8 : 0;
        }
        std::unique_ptr<char[]> text(it->GetUTF8Text(tesseract::RIL_WORD));
        if (!text) continue;
        PositionedWord w;
        w.text = text.get();
        if (IsStrokeOnly(w.text)) continue;
        int l, t, r, b;
        if (!it->BoundingBox(tesseract::RIL_WORD, &l, &t, &r, &b)) continue;
        w.x0 = l * scale;
        w.x1 = r * scale;
        w.y0 = t * scale;
        w.y1 = b * scale;
        w.font_size = line_fs;
        w.space_after = true;
        words->push_back(std::move(w));
      } while (it->Next(tesseract::RIL_WORD));
    }
    api.Clear();
    return Status();
  } catch (const std::exception& e) {
    words->clear();
    return Status::Error("ocr_failed", std::string("OCR failed: ") + e.what());
  } catch (...) {
    words->clear();
    return Status::Error("ocr_failed", "OCR failed");
  }
}

}  // namespace redovis
