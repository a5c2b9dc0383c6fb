#include "read/registry.h"

#include <cstring>

#include "read/convert/converted_reader.h"
#include "read/office/docx_reader.h"
#include "read/office/odt_reader.h"
#include "read/pdf/pdf_reader.h"
#include "read/text/text_reader.h"

namespace redovis {

namespace {

// ------------------------------------------------------------------ sniffs

/// "%PDF-" may follow some junk bytes; PDF readers accept it within the first KiB.
Evidence SniffPdf(std::string_view b) {
  return b.substr(0, 1024).find("%PDF-") != std::string_view::npos ? Evidence::kStrong
                                                                   : Evidence::kNone;
}

/// The OLE2 compound-file signature: an old binary .doc, or any
/// password-protected Office file.
Evidence SniffOle2(std::string_view b) {
  return b.size() >= 8 && std::memcmp(b.data(), "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) == 0
             ? Evidence::kStrong
             : Evidence::kNone;
}

/// The bytes after a UTF-8 byte order mark and white space.
std::string_view AfterBomAndSpace(std::string_view b) {
  b = b.substr(0, 1024);
  if (b.substr(0, 3) == "\xEF\xBB\xBF") b.remove_prefix(3);
  while (!b.empty() && (b[0] == ' ' || b[0] == '\t' || b[0] == '\r' || b[0] == '\n'))
    b.remove_prefix(1);
  return b;
}

bool StartsWithIgnoringCase(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i) {
    char c = s[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != prefix[i]) return false;
  }
  return true;
}

/// RTF opens with "{\rtf" (Word writes "{\rtf1").
Evidence SniffRtf(std::string_view b) {
  return AfterBomAndSpace(b).substr(0, 5) == "{\\rtf" ? Evidence::kStrong : Evidence::kNone;
}

/// HTML (Word's "Save as Web Page", often named .doc) opens with its
/// doctype or <html>, perhaps after an XML declaration or a comment.
Evidence SniffHtml(std::string_view b) {
  std::string_view s = AfterBomAndSpace(b);
  for (int skipped = 0;
       skipped < 4 && (StartsWithIgnoringCase(s, "<?xml") || StartsWithIgnoringCase(s, "<!--"));
       ++skipped) {
    size_t end = s.find('>');
    if (end == std::string_view::npos) return Evidence::kNone;
    s = AfterBomAndSpace(s.substr(end + 1));
  }
  return StartsWithIgnoringCase(s, "<!doctype html") || StartsWithIgnoringCase(s, "<html")
             ? Evidence::kStrong
             : Evidence::kNone;
}

/// A Word package has its parts under word/; the name may sit anywhere in
/// the zip's headers, so it is only weak evidence.
Evidence SniffDocx(std::string_view b) {
  return StartsAsZip(b) && b.find("word/") != std::string_view::npos ? Evidence::kWeak
                                                                     : Evidence::kNone;
}

/// An ODF package stores its mimetype first, uncompressed.
Evidence SniffOdt(std::string_view b) {
  return StartsAsZip(b) && b.substr(0, 200).find("application/vnd.oasis.opendocument.text") !=
                               std::string_view::npos
             ? Evidence::kStrong
             : Evidence::kNone;
}

/// A flat ODT text: an XML file whose root is office:document with the
/// mimetype of an OpenDocument text (LibreOffice writes both in the first
/// few hundred bytes).
Evidence SniffFlatOdt(std::string_view b) {
  std::string_view head = AfterBomAndSpace(b);
  if (!StartsWithIgnoringCase(head, "<?xml") && !StartsWithIgnoringCase(head, "<office:document"))
    return Evidence::kNone;
  head = b.substr(0, 4096);
  return head.find("<office:document") != std::string_view::npos &&
                 head.find("application/vnd.oasis.opendocument.text") != std::string_view::npos
             ? Evidence::kStrong
             : Evidence::kNone;
}

/// Word 2003's XML document (WordprocessingML 2003, "Word XML Document",
/// one file, no zip): its processing instruction `<?mso-application
/// progid="Word.Document"?>` or its root `<w:wordDocument` in the first
/// 4 KiB, after an XML declaration. Never claimed by its name: any XML file
/// may be named .xml.
Evidence SniffWordXml(std::string_view b) {
  std::string_view head = AfterBomAndSpace(b);
  if (!StartsWithIgnoringCase(head, "<?xml") && !StartsWithIgnoringCase(head, "<w:wordDocument"))
    return Evidence::kNone;
  head = b.substr(0, 4096);
  return head.find("progid=\"Word.Document\"") != std::string_view::npos ||
                 head.find("<w:wordDocument") != std::string_view::npos
             ? Evidence::kStrong
             : Evidence::kNone;
}

// ------------------------------------------------------------------ reads

Status ReadTextEntry(std::string_view bytes, const ReadOptions& options, Document* out) {
  return ReadText(bytes, out, options.known_word, options.label_at, options.language_word,
                  options.heading_at);
}

// ------------------------------------------------------------------ table

constexpr std::string_view kPdfExtensions[] = {".pdf"};
// Word's macro-enabled documents and templates are the same package.
constexpr std::string_view kDocxExtensions[] = {".docx", ".docm", ".dotx", ".dotm"};
constexpr std::string_view kOdtExtensions[] = {".odt", ".ott"};
constexpr std::string_view kFlatOdtExtensions[] = {".fodt"};
constexpr std::string_view kDocExtensions[] = {".doc"};
constexpr std::string_view kRtfExtensions[] = {".rtf"};
constexpr std::string_view kTextExtensions[] = {".txt", ".text"};

// One entry a format, in sniffing order: format, name, extensions, package,
// sniff, read.
// clang-format off
constexpr ReaderEntry kReaders[] = {
  {InputFormat::kPdf,  "pdf",  kPdfExtensions,  Package::kNone, SniffPdf,  ReadPdf},
  {InputFormat::kOle2, "doc",  kDocExtensions,  Package::kNone, SniffOle2, ReadDoc},
  {InputFormat::kRtf,  "rtf",  kRtfExtensions,  Package::kNone, SniffRtf,  ReadRtf},
  {InputFormat::kHtml, "html", {},              Package::kNone, SniffHtml, ReadHtml},
  {InputFormat::kDocx, "docx", kDocxExtensions, Package::kZip,  SniffDocx, ReadDocx},
  {InputFormat::kOdt,  "odt",  kOdtExtensions,  Package::kZip,  SniffOdt,  ReadOdt},
  {InputFormat::kFlatOdt, "fodt", kFlatOdtExtensions, Package::kNone, SniffFlatOdt, ReadFlatOdt},
  {InputFormat::kWordXml, "wordml", {}, Package::kNone, SniffWordXml, ReadWordXml},
  {InputFormat::kText, "text", kTextExtensions, Package::kNone, nullptr,   ReadTextEntry},
};
// clang-format on

constexpr bool HasOneFallback() {
  int n = 0;
  for (const ReaderEntry& r : kReaders) n += r.sniff == nullptr ? 1 : 0;
  return n == 1;
}
static_assert(HasOneFallback(), "exactly one entry (plain text) reads what no sniff claims");

bool EndsWithIgnoringCase(std::string_view s, std::string_view suffix) {
  if (s.size() < suffix.size()) return false;
  for (size_t i = 0; i < suffix.size(); ++i) {
    char c = s[s.size() - suffix.size() + i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != suffix[i]) return false;
  }
  return true;
}

}  // namespace

bool StartsAsZip(std::string_view b) {
  return b.size() >= 4 && std::memcmp(b.data(), "PK\x03\x04", 4) == 0;
}

std::span<const ReaderEntry> Readers() {
  return kReaders;
}

const ReaderEntry* ReaderFor(InputFormat format) {
  for (const ReaderEntry& r : kReaders)
    if (r.format == format) return &r;
  return nullptr;
}

const ReaderEntry* ReaderNamedBy(std::string_view file_name) {
  for (const ReaderEntry& r : kReaders)
    for (std::string_view ext : r.extensions)
      if (EndsWithIgnoringCase(file_name, ext)) return &r;
  return nullptr;
}

const ReaderEntry& FallbackReader() {
  for (const ReaderEntry& r : kReaders)
    if (r.sniff == nullptr) return r;
  return kReaders[std::size(kReaders) - 1];
}

const ReaderEntry& ZipReaderFor(std::string_view file_name) {
  const ReaderEntry* named = ReaderNamedBy(file_name);
  if (named && named->package == Package::kZip) return *named;
  for (const ReaderEntry& r : kReaders)
    if (r.package == Package::kZip) return r;
  return FallbackReader();
}

}  // namespace redovis
