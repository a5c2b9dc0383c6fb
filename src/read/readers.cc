// Format sniffing and dispatch to the reader for each format.
#include "redovis/readers.h"

#include <cstring>

namespace redovis {

namespace {

bool EndsWith(const std::string& s, const char* suffix) {
  size_t n = std::strlen(suffix);
  if (s.size() < n) return false;
  for (size_t i = 0; i < n; ++i)
    if (std::tolower(static_cast<unsigned char>(s[s.size() - n + i])) != suffix[i]) return false;
  return true;
}

}  // namespace

const char* FormatName(InputFormat f) {
  switch (f) {
    case InputFormat::kText:
      return "text";
    case InputFormat::kDocx:
      return "docx";
    case InputFormat::kOdt:
      return "odt";
    case InputFormat::kPdf:
      return "pdf";
    case InputFormat::kOle2:
      return "ole2";
    case InputFormat::kZip:
      return "zip";
    case InputFormat::kEmpty:
      return "empty";
    case InputFormat::kBinary:
      return "binary";
    case InputFormat::kUnknown:
      break;
  }
  return "unknown";
}

InputFormat SniffFormat(std::string_view b, const std::string& name) {
  if (b.empty()) return InputFormat::kEmpty;
  // "%PDF-" may follow some junk bytes; readers accept it within the first KiB.
  if (b.substr(0, 1024).find("%PDF-") != std::string_view::npos) return InputFormat::kPdf;
  if (b.size() >= 8 && std::memcmp(b.data(), "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) == 0)
    return InputFormat::kOle2;
  if (b.size() >= 4 && std::memcmp(b.data(), "PK\x03\x04", 4) == 0) {
    // An ODF package stores its mimetype first, uncompressed.
    if (b.substr(0, 200).find("application/vnd.oasis.opendocument.text") != std::string_view::npos)
      return InputFormat::kOdt;
    if (b.find("word/") != std::string_view::npos) return InputFormat::kDocx;
    if (EndsWith(name, ".odt")) return InputFormat::kOdt;
    if (EndsWith(name, ".docx")) return InputFormat::kDocx;
    return InputFormat::kZip;
  }
  if ((b.size() >= 2 && (std::memcmp(b.data(), "PK", 2) == 0)) &&
      (EndsWith(name, ".docx") || EndsWith(name, ".odt")))
    return InputFormat::kZip;  // a damaged zip: the zip readers report it
  return InputFormat::kText;   // the text reader decides whether it is binary
}

Status ReadDocument(std::string_view bytes, const std::string& name, const ReadOptions& options,
                    Document* out) {
  InputFormat f = SniffFormat(bytes, name);
  switch (f) {
    case InputFormat::kEmpty:
      return Status::Error("empty_file", "the file is empty (0 bytes)");
    case InputFormat::kPdf:
      return ReadPdf(bytes, options, out);
    case InputFormat::kDocx:
      return ReadDocx(bytes, options, out);
    case InputFormat::kOdt:
      return ReadOdt(bytes, options, out);
    case InputFormat::kOle2:
      return Status::Error("legacy_word",
                           "an OLE2 container: a password-protected Office file or an old binary "
                           ".doc, which redovis cannot read; save it as .docx without a password");
    case InputFormat::kZip:
      if (EndsWith(name, ".odt")) return ReadOdt(bytes, options, out);
      return ReadDocx(bytes, options, out);
    case InputFormat::kText:
    case InputFormat::kBinary:
    case InputFormat::kUnknown:
      break;
  }
  if (EndsWith(name, ".docx") || EndsWith(name, ".odt") || EndsWith(name, ".pdf")) {
    // Named as a document but not one: say so rather than reading bytes as text.
    return Status::Error("wrong_format", "the name says " + name.substr(name.rfind('.') + 1) +
                                             " but the content is not that format");
  }
  return ReadText(bytes, out);
}

}  // namespace redovis
