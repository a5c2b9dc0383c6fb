// OCR with the Tesseract C++ API: the OCR module (redovis-ocr.so), loaded
// on first use by ocr_loader.cc. See ocr.h for what it does and ocr_module.h
// for the boundary; only RedovisOcrModule() is exported.
#include "read/ocr/ocr.h"

#include <dlfcn.h>
#include <leptonica/allheaders.h>
#include <tesseract/baseapi.h>
#include <tesseract/resultiterator.h>

#include <algorithm>
#include <cmath>
#include <mutex>

#include "base/utf8.h"
#include "read/ocr/ocr_module.h"
#include "read/ocr/second_reading.h"

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

/// Keeps Tesseract's OpenMP loops on the calling thread: on a small machine
/// their worker threads spin and make OCR several times slower, and callers
/// read documents in parallel anyway. Tesseract asks for its thread counts
/// explicitly, so only making every parallel region inactive (max active
/// levels 0, an OpenMP runtime setting for the whole process) holds it to
/// one thread. Looked up at run time: libgomp comes in only with Tesseract.
/// Idempotent and thread-safe.
void OneOpenMpThread() {
  static std::once_flag once;
  std::call_once(once, [] {
    using SetLevels = void (*)(int);
    auto set = reinterpret_cast<SetLevels>(dlsym(RTLD_DEFAULT, "omp_set_max_active_levels"));
    if (set) set(0);
  });
}

/// The skew of the text lines of `image` in degrees (positive: turned
/// clockwise), or 0 when Leptonica cannot tell.
double SkewDegrees(const GreyImage& image) {
  PIX* grey = pixCreate(image.width, image.height, 8);
  if (!grey) return 0;
  l_uint32* data = pixGetData(grey);
  int wpl = pixGetWpl(grey);
  for (int y = 0; y < image.height; ++y) {
    const unsigned char* row = image.pixels + static_cast<size_t>(y) * image.stride;
    l_uint32* line = data + static_cast<size_t>(y) * wpl;
    for (int x = 0; x < image.width; ++x) SET_DATA_BYTE(line, x, row[x]);
  }
  PIX* binary = pixConvertTo1(grey, 160);
  pixDestroy(&grey);
  if (!binary) return 0;
  l_float32 angle = 0, conf = 0;
  l_ok bad = pixFindSkew(binary, &angle, &conf);
  pixDestroy(&binary);
  if (bad || conf < 2.5) return 0;
  return angle;
}

/// Confidence (0-100) below which a word of one or two characters is dropped.
constexpr float kLeastConfidence = 55;
/// Confidence (0-100) a word read on a second look at a small place needs,
/// and a number read so.
constexpr float kRegionConfidence = 70;
constexpr float kNumberConfidence = 50;

/// True for the marks OCR makes of a rule's remnant or a speck next to a
/// word: quotes, brackets, bars.
bool IsStrayMark(UChar32 c) {
  return c == '"' || c == '\'' || c == '|' || c == '[' || c == ']' || c == '`' || c == 0xB4 ||
         c == 0x2018 || c == 0x2019 || c == 0x201C || c == 0x201D || c == 0x201E;
}

/// `word` without stray marks at its ends, unless they pair up ("quoted"),
/// and unless nothing else is left.
std::string TrimStrayMarks(const std::string& word) {
  std::vector<UChar32> u;
  std::vector<size_t> at;  // the byte where each code point starts, then the end
  for (size_t i = 0; i < word.size();) {
    at.push_back(i);
    u.push_back(NextCodePoint(word, &i));
  }
  at.push_back(word.size());
  size_t b = 0, e = u.size();
  while (e - b >= 2 && IsStrayMark(u[b]) && IsStrayMark(u[e - 1]) &&
         !(u[b] == '"' && u[e - 1] == '"'))
    ++b, --e;
  while (e - b >= 2 && IsStrayMark(u[b]) && !(u[b] == '"' && IsStrayMark(u[e - 1]))) ++b;
  while (e - b >= 2 && IsStrayMark(u[e - 1]) && !(u[e - 1] == '"' && IsStrayMark(u[b]))) --e;
  if (b == 0 && e == u.size()) return word;
  return word.substr(at[b], at[e] - at[b]);
}

/// The superscript form of what OCR reads for a raised small digit ("1",
/// "!", "l", "I", "|", "'" for a one), or 0 for anything else.
UChar32 SuperscriptFor(const std::string& symbol) {
  if (symbol == "1" || symbol == "!" || symbol == "l" || symbol == "I" || symbol == "|" ||
      symbol == "'" || symbol == "i")
    return SuperscriptDigit(1);
  if (symbol.size() == 1 && symbol[0] >= '2' && symbol[0] <= '9')
    return SuperscriptDigit(symbol[0] - '0');
  return 0;
}

/// The symbols of the word at `word` (an iterator at a word's start) with
/// their boxes' horizontal extents and their confidences; none when a box
/// cannot be had.
std::vector<ReadSymbol> SymbolsOf(const tesseract::ResultIterator& word) {
  std::vector<ReadSymbol> symbols;
  tesseract::ResultIterator it(word);
  do {
    std::unique_ptr<char[]> t(it.GetUTF8Text(tesseract::RIL_SYMBOL));
    int l, top, r, bottom;
    if (!t || !it.BoundingBox(tesseract::RIL_SYMBOL, &l, &top, &r, &bottom)) return {};
    symbols.push_back(ReadSymbol{t.get(), l, r, it.Confidence(tesseract::RIL_SYMBOL)});
  } while (it.Next(tesseract::RIL_SYMBOL) && !it.IsAtBeginningOf(tesseract::RIL_WORD));
  return symbols;
}

/// The text of the word at `word` (an iterator at a word's start), with a
/// raised small digit written as a superscript: a note reference such as
/// "decimaler¹:", which OCR reads "decimaler!:". `plain` is the word's text
/// as OCR gave it, returned when nothing is raised.
std::string WithSuperscripts(const tesseract::ResultIterator& word, const std::string& plain) {
  struct Symbol {
    std::string text;
    int top, bottom;
  };
  std::vector<Symbol> symbols;
  tesseract::ResultIterator it(word);
  do {
    std::unique_ptr<char[]> t(it.GetUTF8Text(tesseract::RIL_SYMBOL));
    int l, top, r, bottom;
    if (!t || !it.BoundingBox(tesseract::RIL_SYMBOL, &l, &top, &r, &bottom)) return plain;
    symbols.push_back(Symbol{t.get(), top, bottom});
  } while (it.Next(tesseract::RIL_SYMBOL) && !it.IsAtBeginningOf(tesseract::RIL_WORD));
  if (symbols.size() < 3) return plain;
  std::vector<int> bottoms, heights;
  for (const Symbol& s : symbols) {
    bottoms.push_back(s.bottom);
    heights.push_back(s.bottom - s.top);
  }
  std::nth_element(bottoms.begin(), bottoms.begin() + bottoms.size() / 2, bottoms.end());
  std::nth_element(heights.begin(), heights.begin() + heights.size() / 2, heights.end());
  const int base = bottoms[bottoms.size() / 2], height = heights[heights.size() / 2];
  std::string out;
  bool changed = false;
  for (size_t i = 0; i < symbols.size(); ++i) {
    const Symbol& s = symbols[i];
    UChar32 sup = SuperscriptFor(s.text);
    // Raised: its foot well above the line's, and not at the word's start.
    if (i > 0 && sup && s.bottom < base - height / 3 && s.bottom - s.top < height) {
      AppendUtf8(sup, &out);
      changed = true;
      continue;
    }
    out += s.text;
  }
  return changed ? out : plain;
}

}  // namespace

namespace {

/// Deskew (ocr.h), with Leptonica.
std::vector<unsigned char> DeskewPage(const GreyImage& image, GreyImage* out) {
  *out = GreyImage();
  std::vector<unsigned char> pixels;
  if (image.pixels == nullptr || image.width <= 0 || image.height <= 0 ||
      image.stride < image.width)
    return pixels;
  const int w = image.width, h = image.height;
  pixels.resize(static_cast<size_t>(w) * h);
  out->width = w;
  out->height = h;
  out->stride = w;
  out->dpi = image.dpi;
  double degrees = 0;
  try {
    SilenceOcrLibraries();
    degrees = SkewDegrees(image);
  } catch (...) {
    degrees = 0;
  }
  if (std::fabs(degrees) < 0.05 || std::fabs(degrees) > 5) {
    for (int y = 0; y < h; ++y)
      std::copy_n(image.pixels + static_cast<size_t>(y) * image.stride, w,
                  pixels.begin() + static_cast<size_t>(y) * w);
    out->pixels = pixels.data();
    return pixels;
  }
  // Leptonica's angle is the one to turn the page by to straighten it.
  // Each output pixel samples the input bilinearly.
  const double a = -degrees * M_PI / 180, c = std::cos(a), s = std::sin(a);
  const double cx = (w - 1) / 2.0, cy = (h - 1) / 2.0;
  for (int y = 0; y < h; ++y) {
    for (int x = 0; x < w; ++x) {
      double dx = x - cx, dy = y - cy;
      double sx = c * dx - s * dy + cx, sy = s * dx + c * dy + cy;
      int x0 = static_cast<int>(std::floor(sx)), y0 = static_cast<int>(std::floor(sy));
      unsigned char v = 255;
      if (x0 >= 0 && y0 >= 0 && x0 + 1 < w && y0 + 1 < h) {
        double fx = sx - x0, fy = sy - y0;
        const unsigned char* p = image.pixels + static_cast<size_t>(y0) * image.stride + x0;
        double top = p[0] * (1 - fx) + p[1] * fx;
        double bottom = p[image.stride] * (1 - fx) + p[image.stride + 1] * fx;
        v = static_cast<unsigned char>(top * (1 - fy) + bottom * fy + 0.5);
      }
      pixels[static_cast<size_t>(y) * w + x] = v;
    }
  }
  out->pixels = pixels.data();
  return pixels;
}

/// The orientation confidence (Tesseract's scale) a turn other than none
/// needs: an upright page of a form scores 0 or a turn under 1, a sideways
/// page of text 10 or more.
constexpr float kOrientationConfidence = 3;

/// OcrEngine (ocr.h) over one Tesseract instance.
class TesseractEngine final : public OcrEngine {
 public:
  ~TesseractEngine() override {
    api_.End();
    if (osd_ready_) osd_.End();
  }
  Status Recognize(const GreyImage& image, std::vector<PositionedWord>* words) override;
  Status UprightTurn(const GreyImage& image, int* degrees) override;
  Status RecognizeRegions(const GreyImage& image, const std::vector<PositionedWord>& regions,
                          std::vector<PositionedWord>* words) override;
  tesseract::TessBaseAPI api_;
  /// Orientation detection (the "osd" data), made when first needed;
  /// `osd_tried_` says it was, `osd_ready_` that it loaded.
  tesseract::TessBaseAPI osd_;
  bool osd_tried_ = false, osd_ready_ = false;
};

/// OcrEngine::Create (ocr.h), once the module is loaded.
Status CreateEngine(const std::string& language, std::unique_ptr<OcrEngine>* out) {
  out->reset();
  if (language.empty())
    return Status::Error("ocr_unavailable", "OCR is unavailable: no OCR language is configured");
  try {
    SilenceOcrLibraries();
    auto engine = std::make_unique<TesseractEngine>();
    if (engine->api_.Init(nullptr, language.c_str(), tesseract::OEM_LSTM_ONLY) != 0) {
      return Status::Error("ocr_unavailable",
                           "OCR is unavailable: Tesseract could not load the '" + language +
                               "' language data; install the Debian package tesseract-ocr-" +
                               language);
    }
    // Automatic layout analysis keeps each table row's cells apart as words
    // with their positions; line_layout.h rebuilds rows and cells from those.
    engine->api_.SetPageSegMode(tesseract::PSM_AUTO);
    *out = std::move(engine);
    return Status();
  } catch (const std::exception& e) {
    return Status::Error("ocr_unavailable", std::string("OCR is unavailable: ") + e.what());
  } catch (...) {
    return Status::Error("ocr_unavailable", "OCR is unavailable: Tesseract failed to start");
  }
}

/// Appends the words of Tesseract's last recognition to `*words`, boxes
/// turned into points by `scale` (points per pixel). A word of one or two
/// characters needs `short_confidence`, any word `confidence` (0-100).
void CollectWords(tesseract::TessBaseAPI* api, double scale, float short_confidence,
                  float confidence, std::vector<PositionedWord>* words) {
  std::unique_ptr<tesseract::ResultIterator> it(api->GetIterator());
  if (!it) return;
  double line_fs = 0;
  do {
    if (it->Empty(tesseract::RIL_WORD)) continue;
    if (it->IsAtBeginningOf(tesseract::RIL_TEXTLINE)) {
      // The row's height (x-height plus ascenders and descenders) is about
      // the font size, whichever letters the line holds.
      float row_height = 0, descenders = 0, ascenders = 0;
      it->RowAttributes(&row_height, &descenders, &ascenders);
      line_fs = row_height > 0 ? row_height * scale : 0;
    }
    std::unique_ptr<char[]> text(it->GetUTF8Text(tesseract::RIL_WORD));
    if (!text) continue;
    PositionedWord w;
    w.text = WithSuperscripts(*it, text.get());
    float conf = it->Confidence(tesseract::RIL_WORD);
    const std::vector<ReadSymbol> symbols = SymbolsOf(*it);
    if (std::string undoubled = WithoutDoubledDigits(symbols); !undoubled.empty()) {
      // A digit read twice from one ink: the number is what the ink holds,
      // and it is read again before it is believed (second_reading.h).
      w.text = undoubled;
      conf = std::min(conf, kVerifyNumberBelow - 1);
    } else if (std::string letter = WithoutDoubledLetter(symbols, &conf); !letter.empty()) {
      // A letter read in both cases from one ink ("Xx" for a typed "X"):
      // the letter, as sure as its symbols are.
      w.text = letter;
    }
    if (IsStrokeOnly(w.text)) continue;
    w.text = TrimStrayMarks(w.text);
    if (w.text.empty()) continue;
    // One or two characters read with little confidence are what OCR makes
    // of a table rule, a check box or a speck, not text.
    if (conf < confidence || (conf < short_confidence && CodePointCount(w.text) <= 2)) continue;
    int l, t, r, b;
    if (!it->BoundingBox(tesseract::RIL_WORD, &l, &t, &r, &b)) continue;
    w.x0 = l * scale;
    w.x1 = r * scale;
    w.y0 = t * scale;
    w.y1 = b * scale;
    w.font_size = line_fs;
    w.space_after = true;
    w.confidence = conf;
    words->push_back(std::move(w));
  } while (it->Next(tesseract::RIL_WORD));
}

/// DigitReader (second_reading.h) over the image `api` holds: a place read
/// as one line with only digits allowed. Sets that mode on its first
/// reading and puts the page mode and character set back when it goes.
class TesseractDigitReader final : public DigitReader {
 public:
  explicit TesseractDigitReader(tesseract::TessBaseAPI* api) : api_(api) {}
  ~TesseractDigitReader() override {
    if (!set_) return;
    api_->SetVariable("tessedit_char_whitelist", "");
    api_->SetPageSegMode(tesseract::PSM_AUTO);
  }
  TesseractDigitReader(const TesseractDigitReader&) = delete;
  TesseractDigitReader& operator=(const TesseractDigitReader&) = delete;

  void ReadDigits(int left, int top, int width, int height, std::string* text,
                  float* confidence) override {
    text->clear();
    *confidence = 0;
    if (!set_) {
      api_->SetPageSegMode(tesseract::PSM_SINGLE_LINE);
      api_->SetVariable("tessedit_char_whitelist", "0123456789,.-");
      set_ = true;
    }
    api_->SetRectangle(left, top, width, height);
    std::unique_ptr<char[]> t(api_->GetUTF8Text());
    if (t) *text = t.get();
    *confidence = static_cast<float>(api_->MeanTextConf());
  }

 private:
  tesseract::TessBaseAPI* api_;
  bool set_ = false;
};

/// The second reading (second_reading.h) of the numbers among
/// `(*words)[from..]` on the image `api` holds.
void VerifyNumbers(tesseract::TessBaseAPI* api, int width, int height, double scale, size_t from,
                   std::vector<PositionedWord>* words) {
  TesseractDigitReader reader(api);
  VerifyNumbers(&reader, width, height, scale, from, words);
}

/// True when `image` has pixels, a size and a resolution OCR can use.
bool Usable(const GreyImage& image) {
  return image.pixels != nullptr && image.width > 0 && image.height > 0 &&
         image.stride >= image.width && image.dpi > 0;
}

/// Gives `api` the page `image` (grey, Usable) at its resolution, to be
/// read in page segmentation `mode`, on one OpenMP thread: what every
/// recognition of a page image starts with.
void SetPageImage(tesseract::TessBaseAPI* api, const GreyImage& image,
                  tesseract::PageSegMode mode) {
  OneOpenMpThread();
  api->SetPageSegMode(mode);
  api->SetImage(image.pixels, image.width, image.height, 1, image.stride);
  api->SetSourceResolution(static_cast<int>(image.dpi + 0.5));
}

Status TesseractEngine::Recognize(const GreyImage& image, std::vector<PositionedWord>* words) {
  words->clear();
  if (!Usable(image)) return Status::Error("ocr_failed", "OCR was given an empty page image");
  try {
    tesseract::TessBaseAPI& api = api_;
    SetPageImage(&api, image, tesseract::PSM_AUTO);
    if (api.Recognize(nullptr) != 0) {
      api.Clear();
      return Status::Error("ocr_failed", "Tesseract could not recognise the page image");
    }
    CollectWords(&api, 72.0 / image.dpi, kLeastConfidence, 0, words);
    // The numbers read unsurely are read again alone, black on white
    // (second_reading.h: a small place of scanned grey misleads Tesseract's
    // own threshold).
    if (std::any_of(words->begin(), words->end(), [](const PositionedWord& w) {
          return w.confidence < kVerifyNumberBelow && IsNumberWord(w.text);
        })) {
      GreyImage bw_image;
      std::vector<unsigned char> bw = BlackOnWhite(image, &bw_image);
      SetPageImage(&api, bw_image, tesseract::PSM_AUTO);
      VerifyNumbers(&api, image.width, image.height, 72.0 / image.dpi, 0, words);
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

Status TesseractEngine::UprightTurn(const GreyImage& image, int* degrees) {
  *degrees = 0;
  if (!Usable(image)) return Status::Error("ocr_failed", "OCR was given an empty page image");
  try {
    if (!osd_tried_) {
      osd_tried_ = true;
      osd_ready_ = osd_.Init(nullptr, "osd", tesseract::OEM_TESSERACT_ONLY) == 0;
      if (osd_ready_) osd_.SetPageSegMode(tesseract::PSM_OSD_ONLY);
    }
    if (!osd_ready_)
      return Status::Error("ocr_unavailable",
                           "Tesseract's orientation data is not installed (install the Debian "
                           "package tesseract-ocr-osd): pages are read as they lie");
    OneOpenMpThread();
    // Half the size is plenty to tell which way the lines run, at a quarter
    // of the cost.
    const int step = image.dpi >= 250 ? 2 : 1;
    const int w = image.width / step, h = image.height / step;
    std::vector<unsigned char> small(static_cast<size_t>(w) * h);
    for (int y = 0; y < h; ++y)
      for (int x = 0; x < w; ++x) {
        int sum = 0;
        for (int dy = 0; dy < step; ++dy)
          for (int dx = 0; dx < step; ++dx)
            sum += image.pixels[static_cast<size_t>(y * step + dy) * image.stride + x * step + dx];
        small[static_cast<size_t>(y) * w + x] = static_cast<unsigned char>(sum / (step * step));
      }
    osd_.SetImage(small.data(), w, h, 1, w);
    osd_.SetSourceResolution(static_cast<int>(image.dpi / step + 0.5));
    int orientation = 0;
    float confidence = 0, script_confidence = 0;
    const char* script = nullptr;
    bool found =
        osd_.DetectOrientationScript(&orientation, &confidence, &script, &script_confidence);
    osd_.Clear();
    // Tesseract gives how far the page lies turned clockwise from upright;
    // turning it on clockwise to a full turn undoes that.
    if (found && confidence >= kOrientationConfidence &&
        (orientation == 90 || orientation == 180 || orientation == 270))
      *degrees = (360 - orientation) % 360;
    return Status();
  } catch (const std::exception& e) {
    return Status::Error("ocr_failed", std::string("orientation detection failed: ") + e.what());
  } catch (...) {
    return Status::Error("ocr_failed", "orientation detection failed");
  }
}

Status TesseractEngine::RecognizeRegions(const GreyImage& image,
                                         const std::vector<PositionedWord>& regions,
                                         std::vector<PositionedWord>* words) {
  if (regions.empty()) return Status();
  if (!Usable(image)) return Status::Error("ocr_failed", "OCR was given an empty page image");
  try {
    tesseract::TessBaseAPI& api = api_;
    SetPageImage(&api, image, tesseract::PSM_SINGLE_LINE);
    const double px = image.dpi / 72.0;
    for (const PositionedWord& r : regions) {
      int left = std::max(0, static_cast<int>(r.x0 * px));
      int top = std::max(0, static_cast<int>(r.y0 * px));
      int right = std::min(image.width, static_cast<int>(r.x1 * px + 1));
      int bottom = std::min(image.height, static_cast<int>(r.y1 * px + 1));
      if (right - left < 4 || bottom - top < 4) continue;
      api.SetRectangle(left, top, right - left, bottom - top);
      if (api.Recognize(nullptr) != 0) continue;
      // A second look at a small place: only what is read with good
      // confidence, or a number read with fair confidence.
      std::vector<PositionedWord> found;
      CollectWords(&api, 72.0 / image.dpi, kNumberConfidence, kNumberConfidence, &found);
      const size_t from = words->size();
      for (PositionedWord& w : found) {
        bool number = std::all_of(w.text.begin(), w.text.end(), [](char c) {
          return (c >= '0' && c <= '9') || c == ',' || c == '.' || c == ' ';
        });
        if (number || w.confidence >= kRegionConfidence) words->push_back(std::move(w));
      }
      VerifyNumbers(&api, image.width, image.height, 72.0 / image.dpi, from, words);
      api.SetPageSegMode(tesseract::PSM_SINGLE_LINE);
    }
    api.Clear();
    api.SetPageSegMode(tesseract::PSM_AUTO);
    return Status();
  } catch (const std::exception& e) {
    return Status::Error("ocr_failed", std::string("OCR failed: ") + e.what());
  } catch (...) {
    return Status::Error("ocr_failed", "OCR failed");
  }
}

}  // namespace

}  // namespace redovis

extern "C" __attribute__((visibility("default"))) const redovis::OcrModule* RedovisOcrModule() {
  static const redovis::OcrModule module{REDOVIS_OCR_ABI, redovis::CreateEngine,
                                         redovis::DeskewPage};
  return &module;
}
