#include "read/text/text_decoder.h"

#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>
#include <unicode/unistr.h>

#include <memory>

#include "base/utf8.h"

namespace redovis {

namespace {

constexpr size_t kDetectBytes = 64 * 1024;
constexpr size_t kMinDetectLength = 32;
constexpr int32_t kMinConfidence = 40;

bool Convert(std::string_view bytes, const char* charset, std::string* out) {
  UErrorCode status = U_ZERO_ERROR;
  UConverter* conv = ucnv_open(charset, &status);
  if (U_FAILURE(status)) return false;
  icu::UnicodeString u(bytes.data(), static_cast<int32_t>(bytes.size()), conv, status);
  ucnv_close(conv);
  if (U_FAILURE(status)) return false;
  out->clear();
  u.toUTF8String(*out);
  return true;
}

/// Counts bytes that no text file holds: NUL and C0 controls other than
/// tab, newline, carriage return and form feed.
size_t CountControl(std::string_view bytes, size_t* nul) {
  size_t n = 0;
  *nul = 0;
  for (unsigned char c : bytes) {
    if (c == 0) ++*nul;
    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x0b) ++n;
  }
  return n;
}

/// Text that was UTF-8, read as windows-1252 and written as UTF-8 again
/// ("hÃ¤r") is turned back, when that gives valid UTF-8.
bool RepairDoubleEncoding(std::string* utf8) {
  size_t suspicious = 0;
  for (size_t i = 0; i + 1 < utf8->size(); ++i) {
    unsigned char a = (*utf8)[i], b = (*utf8)[i + 1];
    if ((a == 0xC3 && (b == 0x83 || b == 0x82))) ++suspicious;  // "Ã" or "Â" as UTF-8
  }
  if (suspicious < 2) return false;
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(*utf8);
  int32_t need = u.extract(nullptr, 0, nullptr, status);
  (void)need;
  status = U_ZERO_ERROR;
  UConverter* conv = ucnv_open("windows-1252", &status);
  if (U_FAILURE(status)) return false;
  ucnv_setFromUCallBack(conv, UCNV_FROM_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
  std::string bytes(static_cast<size_t>(u.length()) * 2 + 16, '\0');
  int32_t len = ucnv_fromUChars(conv, bytes.data(), static_cast<int32_t>(bytes.size()),
                                u.getBuffer(), u.length(), &status);
  ucnv_close(conv);
  if (U_FAILURE(status)) return false;
  bytes.resize(static_cast<size_t>(len));
  if (!IsValidUtf8(bytes)) return false;
  *utf8 = bytes;
  return true;
}

}  // namespace

Status DecodeText(std::string_view bytes, DecodedText* out) {
  *out = DecodedText();
  if (bytes.empty()) return Status::Error("empty_file", "the file is empty (0 bytes)");
  auto starts = [&](std::string_view magic) { return bytes.substr(0, magic.size()) == magic; };
  if (starts("\xEF\xBB\xBF")) {
    std::string_view rest = bytes.substr(3);
    if (!IsValidUtf8(rest)) {
      // A BOM promised UTF-8 but the body is not: read what can be read.
      Convert(rest, "UTF-8", &out->utf8);
      out->confidence = 50;
    } else {
      out->utf8.assign(rest);
    }
    out->encoding = "UTF-8";
  } else if (starts(std::string_view("\xFF\xFE\x00\x00", 4))) {
    if (!Convert(bytes.substr(4), "UTF-32LE", &out->utf8))
      return Status::Error("binary_file", "not text");
    out->encoding = "UTF-32LE";
  } else if (starts("\xFF\xFE")) {
    if (!Convert(bytes.substr(2), "UTF-16LE", &out->utf8))
      return Status::Error("binary_file", "not text");
    out->encoding = "UTF-16LE";
  } else if (starts("\xFE\xFF")) {
    if (!Convert(bytes.substr(2), "UTF-16BE", &out->utf8))
      return Status::Error("binary_file", "not text");
    out->encoding = "UTF-16BE";
  } else {
    size_t nul = 0;
    size_t control = CountControl(bytes.substr(0, kDetectBytes), &nul);
    size_t sample = std::min(bytes.size(), kDetectBytes);
    bool utf8 = nul == 0 && IsValidUtf8(bytes);
    if (utf8) {
      out->utf8.assign(bytes);
      out->encoding = "UTF-8";
    } else {
      std::string charset = "windows-1252";
      int confidence = 30;
      if (bytes.size() >= kMinDetectLength) {
        UErrorCode status = U_ZERO_ERROR;
        UCharsetDetector* det = ucsdet_open(&status);
        ucsdet_setText(det, bytes.data(), static_cast<int32_t>(sample), &status);
        const UCharsetMatch* match = ucsdet_detect(det, &status);
        if (U_SUCCESS(status) && match) {
          const char* name = ucsdet_getName(match, &status);
          int32_t conf = ucsdet_getConfidence(match, &status);
          std::string n = name ? name : "";
          bool wide = n.rfind("UTF-16", 0) == 0 || n.rfind("UTF-32", 0) == 0;
          // NUL bytes are only text in UTF-16/32; then detection must say so.
          if (U_SUCCESS(status) && conf >= kMinConfidence && (nul == 0 || wide) && n != "UTF-8") {
            charset = n;
            confidence = conf;
          }
        }
        ucsdet_close(det);
      }
      bool wide = charset.rfind("UTF-16", 0) == 0 || charset.rfind("UTF-32", 0) == 0;
      if (!wide && ((nul * 100 > sample && nul > 4) || control * 20 > sample))
        return Status::Error("binary_file", "the file is binary, not text (" + std::to_string(nul) +
                                                " NUL and " + std::to_string(control) +
                                                " control bytes in the first " +
                                                std::to_string(sample) + ")");
      // Single-byte detections other than the Latin ones are unreliable on Swedish text.
      if (!wide && charset != "ISO-8859-1" && charset != "windows-1252" &&
          charset.rfind("ISO-8859-15", 0) != 0) {
        charset = "windows-1252";
        confidence = 30;
      }
      if (charset == "ISO-8859-1") charset = "windows-1252";  // a superset for text
      if (!Convert(bytes, charset.c_str(), &out->utf8))
        return Status::Error("binary_file", "cannot decode the text as " + charset);
      out->encoding = charset;
      out->confidence = confidence;
    }
  }
  if (RepairDoubleEncoding(&out->utf8)) out->encoding += " (double-encoded, repaired)";
  // Stray NULs in otherwise readable text are dropped.
  std::string clean;
  clean.reserve(out->utf8.size());
  for (char c : out->utf8)
    if (c != '\0') clean += c;
  out->utf8.swap(clean);
  return Status();
}

}  // namespace redovis
