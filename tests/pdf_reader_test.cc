// Tests of the PDF reader (ReadPdf): PDFs written here at run time (text at
// known positions, drawn check boxes, ruled tables, an image-only page made by
// rendering a text page), and the broken and hostile files in tests/data/pdf
// (made by scripts/make_pdf_samples.py --bad) with their exact error codes.
#include "read/pdf/pdf_reader.h"

#include <doctest/doctest.h>
#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <functional>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "pdf_test_support.h"
#include "read/pdf/pdf_page_pass.h"
#include "read/pdf/printed_text.h"
#include "redovis/readers.h"
#include "test_paths.h"
#include "test_support.h"

using redovis::testing::CaptureStderr;

// Poppler looks up substitutes for fonts a PDF does not embed (the test PDFs
// use Helvetica) through fontconfig, which keeps a few hundred bytes of its own
// until exit. LeakSanitizer (scripts/test.sh --sanitize) would fail the run on
// that library's allocation; this hook, read only by LeakSanitizer, tells it to
// ignore leaks allocated inside fontconfig.
extern "C" const char* __lsan_default_suppressions() {
  return "leak:libfontconfig.so\n";
}

namespace redovis {
namespace pdf_reader_test {
namespace {

// ---------------------------------------------------------------- writing PDFs

/// One thing on a page: text at (x, top) in points, or a stroked line.
struct Item {
  double x = 0, top = 0, size = 10;
  std::string text;  ///< UTF-8 (Latin-1 letters only)
  bool line = false;
  double x2 = 0, top2 = 0;  ///< the line's end
  bool picture = false;     ///< a white inline image, `size` points square
};

Item Text(double x, double top, double size, const std::string& text) {
  Item i;
  i.x = x;
  i.top = top;
  i.size = size;
  i.text = text;
  return i;
}

/// A picture of a check box's size (white: it shows nothing), which makes
/// the reader render the page to find its drawing (PicturesMayHoldDrawing).
Item Picture(double x, double top, double size) {
  Item i;
  i.picture = true;
  i.x = x;
  i.top = top;
  i.size = size;
  return i;
}

Item Stroke(double x, double top, double x2, double top2) {
  Item i;
  i.line = true;
  i.x = x;
  i.top = top;
  i.x2 = x2;
  i.top2 = top2;
  return i;
}

/// A PDF literal string for UTF-8 `s` in WinAnsiEncoding (Latin-1 letters).
std::string PdfString(const std::string& s) {
  std::string out = "(";
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = s[i];
    unsigned code = c;
    if (c >= 0xC0 && i + 1 < s.size()) code = ((c & 0x1F) << 6) | (s[++i] & 0x3F);
    if (code == '(' || code == ')' || code == '\\') {
      out += '\\';
      out += static_cast<char>(code);
    } else if (code >= 32 && code < 127) {
      out += static_cast<char>(code);
    } else {
      char buf[8];
      snprintf(buf, sizeof buf, "\\%03o", code & 0xFF);
      out += buf;
    }
  }
  return out + ")";
}

std::string Stream(const std::string& dict, const std::string& data) {
  return "<< " + dict + " /Length " + std::to_string(data.size()) + " >>\nstream\n" + data +
         "\nendstream";
}

/// A PDF of A4 pages (or `w` x `h`) holding `pages`, in Helvetica (or `font`,
/// one of the PDF's standard fonts).
std::string TextPdf(const std::vector<std::vector<Item>>& pages, double w = 595, double h = 842,
                    const std::string& font = "Helvetica") {
  std::vector<std::string> objects;
  objects.push_back("<< /Type /Font /Subtype /Type1 /BaseFont /" + font +
                    " /Encoding /WinAnsiEncoding >>");  // 1
  objects.push_back("");                                // 2: the page tree
  std::string kids;
  for (const std::vector<Item>& items : pages) {
    std::string ops;
    for (const Item& it : items) {
      char buf[160];
      if (it.picture) {
        snprintf(buf, sizeof buf, "q %.2f 0 0 %.2f %.2f %.2f cm BI /W 1 /H 1 /BPC 8 /CS /G ID ",
                 it.size, it.size, it.x, h - it.top - it.size);
        ops += buf + std::string("\xff\nEI Q\n");
      } else if (it.line) {
        snprintf(buf, sizeof buf, "0.6 w %.2f %.2f m %.2f %.2f l S\n", it.x, h - it.top, it.x2,
                 h - it.top2);
        ops += buf;
      } else {
        // `top` is the top of the text: the baseline sits 0.8 of the size below.
        snprintf(buf, sizeof buf, "BT /F1 %.1f Tf %.2f %.2f Td ", it.size, it.x,
                 h - it.top - 0.8 * it.size);
        ops += buf + PdfString(it.text) + " Tj ET\n";
      }
    }
    objects.push_back(Stream("", ops));
    int content = static_cast<int>(objects.size());
    char page[200];
    snprintf(page, sizeof page,
             "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %.0f %.0f] "
             "/Resources << /Font << /F1 1 0 R >> >> /Contents %d 0 R >>",
             w, h, content);
    objects.push_back(page);
    kids += std::to_string(objects.size()) + " 0 R ";
  }
  objects[1] =
      "<< /Type /Pages /Kids [" + kids + "] /Count " + std::to_string(pages.size()) + " >>";
  objects.push_back("<< /Type /Catalog /Pages 2 0 R >>");
  return testing::AssemblePdf(objects, static_cast<int>(objects.size()));
}

/// A one-page image-only PDF: `grey` pixels (`w` x `h`, one byte each) shown
/// at `dpi`, uncompressed.
std::string ImagePdf(const std::vector<unsigned char>& grey, int w, int h, double dpi) {
  double pw = w * 72.0 / dpi, ph = h * 72.0 / dpi;
  std::vector<std::string> objects;
  objects.push_back(Stream("/Type /XObject /Subtype /Image /Width " + std::to_string(w) +
                               " /Height " + std::to_string(h) +
                               " /ColorSpace /DeviceGray /BitsPerComponent 8",
                           std::string(grey.begin(), grey.end())));
  char cm[80];
  snprintf(cm, sizeof cm, "q %.3f 0 0 %.3f 0 0 cm /Im0 Do Q", pw, ph);
  objects.push_back(Stream("", cm));
  char page[200];
  snprintf(page, sizeof page,
           "<< /Type /Page /Parent 4 0 R /MediaBox [0 0 %.3f %.3f] "
           "/Resources << /XObject << /Im0 1 0 R >> >> /Contents 2 0 R >>",
           pw, ph);
  objects.push_back(page);
  objects.push_back("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
  objects.push_back("<< /Type /Catalog /Pages 4 0 R >>");
  return testing::AssemblePdf(objects, 5);
}

/// `pdf`'s first page rendered at `dpi` in grey, as an image-only PDF: a scan.
std::string ScanOf(const std::string& pdf, double dpi) {
  std::unique_ptr<PdfFile> doc;
  REQUIRE(PdfFile::Open(pdf, &doc).ok());
  GreyRendering img = doc->RenderGrey(0, dpi, true);
  REQUIRE(img.width > 0);
  std::vector<unsigned char> grey;
  const unsigned char* px = img.pixels.data();
  for (int y = 0; y < img.height; ++y)
    grey.insert(grey.end(), px + static_cast<size_t>(y) * img.stride,
                px + static_cast<size_t>(y) * img.stride + img.width);
  return ImagePdf(grey, img.width, img.height, dpi);
}

// ---------------------------------------------------------------- helpers

std::string ReadDataFile(const std::string& name) {
  std::ifstream f(std::string(redovis::testing::SourceDir()) + "/tests/data/pdf/" + name,
                  std::ios::binary);
  REQUIRE_MESSAGE(f.good(),
                  "missing tests/data/pdf/" << name << " (scripts/make_pdf_samples.py --bad)");
  std::stringstream ss;
  ss << f.rdbuf();
  return ss.str();
}

/// The first line whose first cell starts with `prefix`, or nullptr.
const Line* Find(const Document& d, const std::string& prefix) {
  for (const Line& l : d.lines)
    if (!l.cells.empty() && l.cells[0].text.rfind(prefix, 0) == 0) return &l;
  return nullptr;
}

bool Overlap(const Cell& a, const Cell& b) {
  return a.x0 < b.x1 && b.x0 < a.x1;
}

/// The two-page form the reader tests use: a running header, a Ja/Nej table
/// with an X under Ja, numbers, a footnote, page numbers.
std::string FormPdf() {
  std::vector<Item> p1 = {
      Text(57, 30, 9, "Länsstyrelsen i Örebro län"),
      Text(57, 80, 14, "1. Personliga ombud"),
      Text(380, 120, 10, "Ja"),
      Text(460, 120, 10, "Nej"),
      Text(57, 140, 10, "Ombuden har erbjudits utbildning."),
      Text(383, 140, 10, "X"),
      Text(57, 160, 10, "Ombuden har erbjudits handledning."),
      Text(463, 160, 10, "X"),
      Text(57, 180, 10, "Totalt antal klienter"),
      Text(380, 180, 10, "29"),
      Text(460, 180, 10, "17"),
      Text(57, 760, 7, "1 Anges med två decimaler, till exempel 1,50."),
      Text(290, 805, 9, "1"),
  };
  std::vector<Item> p2 = {
      Text(57, 30, 9, "Länsstyrelsen i Örebro län"),
      Text(57, 80, 14, "2. Klienter"),
      Text(57, 100, 10, "Antal nya klienter"),
      Text(380, 100, 10, "9"),
      Text(460, 100, 10, "4"),
      Text(290, 805, 9, "2"),
  };
  return TextPdf({p1, p2});
}

// ---------------------------------------------------------------- tests

TEST_CASE("pdf reader: lines, cells and columns of a generated form") {
  std::string pdf = FormPdf();
  Document d;
  std::string err;
  Status s;
  err = CaptureStderr([&] { s = ReadPdf(pdf, ReadOptions(), &d); });
  REQUIRE_MESSAGE(s.ok(), s.ToString());
  CHECK(err.empty());
  CHECK(d.format == "pdf");
  CHECK(d.page_count == 2);
  for (size_t i = 0; i < d.lines.size(); ++i) {
    CHECK(d.lines[i].number == static_cast<int>(i) + 1);
    CHECK(d.lines[i].origin == "page " + std::to_string(d.lines[i].page));
    CHECK_FALSE(d.lines[i].ocr);
  }
  const Line* header = Find(d, "Ja");
  const Line* training = Find(d, "Ombuden har erbjudits utbildning.");
  const Line* supervision = Find(d, "Ombuden har erbjudits handledning.");
  const Line* clients = Find(d, "Totalt antal klienter");
  REQUIRE(header);
  REQUIRE(training);
  REQUIRE(supervision);
  REQUIRE(clients);
  REQUIRE(header->cells.size() == 2);
  REQUIRE(training->cells.size() == 2);
  CHECK(training->cells[1].text == "X");
  CHECK(Overlap(training->cells[1], header->cells[0]));
  CHECK_FALSE(Overlap(training->cells[1], header->cells[1]));
  REQUIRE(supervision->cells.size() == 2);
  CHECK(Overlap(supervision->cells[1], header->cells[1]));
  CHECK_FALSE(Overlap(supervision->cells[1], header->cells[0]));
  CHECK(clients->Text() == "Totalt antal klienter\t29\t17");
  CHECK(clients->page == 1);
  // Each line keeps its foot's place on its page (Line::foot), in points.
  REQUIRE(training->page == supervision->page);
  CHECK(training->foot > 0);
  CHECK(supervision->foot > training->foot);
  CHECK(Find(d, "Antal nya klienter")->page == 2);
  // Furniture and footnotes.
  int furniture = 0;
  for (const Line& l : d.lines) {
    if (l.Text() == "Länsstyrelsen i Örebro län" || l.Text() == "1" || l.Text() == "2") {
      CHECK(l.role == LineRole::kFurniture);
      ++furniture;
    }
  }
  CHECK(furniture == 4);
  const Line* note = Find(d, "\u00b9 Anges");
  if (!note) note = Find(d, "1 Anges");
  REQUIRE(note);
  CHECK(note->role == LineRole::kFootnote);
  CHECK(clients->role == LineRole::kContent);
}

TEST_CASE("pdf reader: check boxes drawn as graphics and ruled table rows") {
  // A table: header row 110..130, a row whose label wraps (130..160), ruled.
  std::vector<Item> p = {
      Text(300, 114, 10, "Ja"),
      Text(360, 114, 10, "Nej"),
      Text(57, 134, 10, "Har ni under året haft kö eller"),
      Text(57, 146, 10, "väntetid för personer?"),
  };
  for (double y : {110.0, 130.0, 160.0}) p.push_back(Stroke(50, y, 420, y));
  for (double x : {50.0, 290.0, 350.0, 420.0}) p.push_back(Stroke(x, 110, x, 160));
  // A crossed box under Ja, an empty one under Nej (10 points, 2 points in).
  auto box = [&](double x, double y, bool crossed) {
    p.push_back(Stroke(x, y, x + 10, y));
    p.push_back(Stroke(x + 10, y, x + 10, y + 10));
    p.push_back(Stroke(x + 10, y + 10, x, y + 10));
    p.push_back(Stroke(x, y + 10, x, y));
    if (crossed) {
      p.push_back(Stroke(x, y, x + 10, y + 10));
      p.push_back(Stroke(x + 10, y, x, y + 10));
    }
  };
  box(300, 136, true);
  box(362, 136, false);
  Document d;
  Status s = ReadPdf(TextPdf({p}), ReadOptions(), &d);
  REQUIRE_MESSAGE(s.ok(), s.ToString());
  const Line* header = Find(d, "Ja");
  const Line* row = Find(d, "Har ni");
  REQUIRE(header);
  REQUIRE(row);
  REQUIRE(row->cells.size() == 3);
  CHECK(row->cells[0].text == "Har ni under året haft kö eller väntetid för personer?");
  CHECK(row->cells[1].checkbox == CheckboxState::kChecked);
  CHECK(Overlap(row->cells[1], header->cells[0]));
  CHECK(row->cells[2].checkbox == CheckboxState::kUnchecked);
  CHECK(Overlap(row->cells[2], header->cells[1]));
}

TEST_CASE("pdf reader: a word struck through is not read, an underlined one is") {
  // "permanent" struck through its middle, "tillfällig" underlined under its
  // baseline (a tracked change as LibreOffice prints it); a table's rule far
  // below the line. Once more with a picture of a check box's size, which
  // makes the page rendered for its rules and boxes (a print dialog's PDF
  // draws glyphs without Unicode, which does the same: samples/003's printed
  // PDF): the strike is a path all the same.
  for (bool rendered : {false, true}) {
    CAPTURE(rendered);
    std::vector<Item> p = {
        Text(57, 100, 10, "Kommunen har utökat, en"),
        Text(180, 100, 10, "permanent"),
        Text(230, 100, 10, "tillfällig"),
        Text(270, 100, 10, "utökning."),
        Stroke(180, 104.5, 228, 104.5),
        Stroke(230, 109.5, 266, 109.5),
    };
    if (rendered) p.push_back(Picture(400, 300, 10));
    Document d;
    Status s = ReadPdf(TextPdf({p}), ReadOptions(), &d);
    REQUIRE_MESSAGE(s.ok(), s.ToString());
    const Line* line = Find(d, "Kommunen");
    REQUIRE(line);
    CHECK(line->SpacedText() == "Kommunen har utökat, en tillfällig utökning.");
    bool noted = false;
    for (const std::string& w : d.warnings) noted = noted || w.find("1 word(s) struck") != w.npos;
    CHECK(noted);
  }
}

TEST_CASE("pdf reader: the gap a struck word leaves closes, its line keeps its order") {
  // Report 003's PDF: "en permanent tillfällig utökning" at the end of a
  // full line, "permanent" struck; left open, its 50-point gap parted the
  // line into two cells and the words after it were read after the next
  // line ("en under ett år. tillfällig utökning").
  // Each word where that PDF sets it, in Helvetica (its font's metrics) a
  // little smaller, to leave a space between each word and the next.
  std::vector<Item> p = {
      Text(180.1, 100, 9.8, "en"),         Text(193.9, 100, 9.8, "biståndshandläggartjänst"),
      Text(307.7, 100, 9.8, "inom"),       Text(332.2, 100, 9.8, "socialpsykiatri,"),
      Text(399.8, 100, 9.8, "en"),         Text(414.2, 100, 9.8, "permanent"),
      Text(464.8, 100, 9.8, "tillfällig"), Text(497.6, 100, 9.8, "utökning"),
      Text(56.8, 112, 9.8, "under"),       Text(85.1, 112, 9.8, "ett"),
      Text(98.9, 112, 9.8, "år."),         Stroke(414.2, 104, 460, 104),
  };
  Document d;
  Status s = ReadPdf(TextPdf({p}), ReadOptions(), &d);
  REQUIRE_MESSAGE(s.ok(), s.ToString());
  const Line* line = Find(d, "en bist");
  REQUIRE(line);
  CHECK(line->cells.size() == 1);
  CHECK(line->SpacedText() ==
        "en biståndshandläggartjänst inom socialpsykiatri, en tillfällig utökning");
}

TEST_CASE("pdf reader: broken and hostile files fail with their codes, silently") {
  struct Case {
    const char* file;
    const char* code;
  };
  const Case cases[] = {
      {"truncated.pdf", "corrupt"},           {"random.pdf", "corrupt"},
      {"random_after_header.pdf", "corrupt"}, {"empty.pdf", "corrupt"},
      {"encrypted_user.pdf", "encrypted"},    {"self_loop.pdf", "corrupt"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.file);
    std::string bytes = ReadDataFile(c.file);
    Document d;
    Status s;
    std::string err;
    err = CaptureStderr([&] { s = ReadPdf(bytes, ReadOptions(), &d); });
    CHECK(s.code() == c.code);
    CHECK_FALSE(s.message().empty());
    CHECK(err.empty());
  }
  // Through the dispatcher: an empty file and bytes that are no PDF at all.
  Document d;
  CHECK(ReadDocument(ReadDataFile("empty.pdf"), "empty.pdf", ReadOptions(), &d).code() ==
        "empty_file");
  CHECK(ReadDocument(ReadDataFile("random.pdf"), "random.pdf", ReadOptions(), &d).code() ==
        "wrong_format");
  CHECK(ReadDocument(ReadDataFile("encrypted_user.pdf"), "x.pdf", ReadOptions(), &d).code() ==
        "encrypted");
}

TEST_CASE("pdf reader: an owner password alone and a broken xref table still read") {
  for (const char* file : {"encrypted_owner.pdf", "broken_xref.pdf", "text_table.pdf"}) {
    CAPTURE(file);
    Document d;
    Status s = ReadPdf(ReadDataFile(file), ReadOptions(), &d);
    REQUIRE_MESSAGE(s.ok(), s.ToString());
    const Line* clients = Find(d, "Totalt antal klienter");
    REQUIRE(clients);
    CHECK(clients->Text() == "Totalt antal klienter\t29\t17");
  }
}

TEST_CASE("pdf reader: at most max_pdf_pages pages are read, with a warning") {
  std::string bytes = ReadDataFile("many_pages.pdf");
  ReadOptions o;
  o.max_pdf_pages = 40;
  Document d;
  Status s;
  s = ReadPdf(bytes, o, &d);
  REQUIRE_MESSAGE(s.ok(), s.ToString());
  CHECK(d.page_count == 3000);
  CHECK(d.lines.size() == 40);
  CHECK(d.lines.back().page == 40);
  REQUIRE(d.warnings.size() == 1);
  CHECK(d.warnings[0].find("3000") != std::string::npos);
}

TEST_CASE("pdf reader: an image-only PDF without OCR has no text layer") {
  ReadOptions o;
  o.ocr = "never";
  Document d;
  CHECK(ReadPdf(ReadDataFile("image_only.pdf"), o, &d).code() == "no_text_layer");
  o.ocr = "sometimes";
  CHECK(ReadPdf(ReadDataFile("text_table.pdf"), o, &d).code() == "bad_option");
}

TEST_CASE("pdf reader: OCR reads back the digits of a scanned page") {
  // A page made here: text rendered to pixels, wrapped as an image-only PDF.
  std::vector<Item> items = {
      Text(40, 40, 14, "Totalt antal klienter"),
      Text(320, 40, 14, "4711"),
      Text(40, 80, 14, "Antal nya klienter"),
      Text(320, 80, 14, "2023"),
  };
  std::string scan = ScanOf(TextPdf({items}, 420, 130), 200);
  ReadOptions o;
  o.ocr_language = "swe";
  int pages_begun = 0;  // each OCR page is announced as it begins (a batch's progress note)
  o.page_begun = [&pages_begun] { ++pages_begun; };
  Document d;
  Status s;
  std::string err = CaptureStderr([&] { s = ReadPdf(scan, o, &d); });
  REQUIRE_MESSAGE(s.ok(), s.ToString());
  CHECK(err.empty());
  CHECK(pages_begun == 1);
  Document text;  // a page with a text layer is not read by OCR: nothing announced
  REQUIRE(ReadPdf(TextPdf({items}, 420, 130), o, &text).ok());
  CHECK(pages_begun == 1);
  const Line* total = Find(d, "Totalt antal klienter");
  const Line* fresh = Find(d, "Antal nya klienter");
  REQUIRE(total);
  REQUIRE(fresh);
  CHECK(total->ocr);
  CHECK(total->Text() == "Totalt antal klienter\t4711");
  CHECK(fresh->Text() == "Antal nya klienter\t2023");
  // The number's cell is where it was set, in points.
  CHECK(total->cells[1].x0 == doctest::Approx(320).epsilon(0.02));
  // So are the lines' feet, 40 points apart as set (Line::foot).
  CHECK(fresh->foot - total->foot == doctest::Approx(40).epsilon(0.1));
  // The scanned sample made by the script reads the same.
  Document d2;
  REQUIRE(ReadPdf(ReadDataFile("image_only.pdf"), o, &d2).ok());
  REQUIRE(Find(d2, "Totalt antal klienter"));
  CHECK(Find(d2, "Totalt antal klienter")->Text() == "Totalt antal klienter\t4711");
  CHECK(Find(d2, "Antal nya klienter")->Text() == "Antal nya klienter\t2023");
}

/// tests/data/pdf/`file` read with Swedish OCR in `mode`; the test fails
/// when it cannot be read.
Document ReadWithOcr(const std::string& file, const std::string& mode) {
  ReadOptions o;
  o.ocr = mode;
  o.ocr_language = "swe";
  Document d;
  Status s = ReadPdf(ReadDataFile(file), o, &d);
  REQUIRE_MESSAGE(s.ok(), s.ToString());
  return d;
}

TEST_CASE("pdf reader: a searchable scan is read by our OCR, not by its invisible layer") {
  // image_only.pdf's page with Tesseract's reading under it, drawn invisible
  // (make_pdf_samples.py --bad): a scan, read with OCR's confidences.
  Document d = ReadWithOcr("searchable.pdf", "auto");
  const Line* total = Find(d, "Totalt antal klienter");
  REQUIRE(total);
  CHECK(total->ocr);
  CHECK(total->Text() == "Totalt antal klienter\t4711");
  bool said = false;
  for (const std::string& w : d.warnings) said |= w.find("invisible layer") != std::string::npos;
  CHECK(said);
  // Without OCR it is a scan like any other: its layer is not taken instead.
  ReadOptions o;
  o.ocr = "never";
  CHECK(ReadPdf(ReadDataFile("searchable.pdf"), o, &d).code() == "no_text_layer");
}

TEST_CASE("pdf reader: answers kept only in form widgets are read where they stand") {
  // make_pdf_samples.py --bad: text fields with a value and no appearance
  // (Poppler draws one, NeedAppearances), check boxes with theirs; none of
  // it is in the page's content.
  Document d;
  Status s = ReadPdf(ReadDataFile("form_fields.pdf"), ReadOptions(), &d);
  REQUIRE_MESSAGE(s.ok(), s.ToString());
  const Line* clients = Find(d, "Totalt antal klienter");
  REQUIRE(clients);
  CHECK(clients->Text() == "Totalt antal klienter\t29\t17");
  CHECK(clients->cells[1].x0 == doctest::Approx(382).epsilon(0.02));
  const Line* training = Find(d, "Ombuden har erbjudits utbildning.");
  REQUIRE(training);
  REQUIRE(training->cells.size() == 2);
  CHECK(training->cells[1].checkbox == CheckboxState::kChecked);
  CHECK(training->cells[1].x0 < 400);  // under Ja, not Nej
}

TEST_CASE("pdf reader: without an OCR language a scanned PDF cannot be read") {
  Document d;
  Status s = ReadPdf(ReadDataFile("image_only.pdf"), ReadOptions(), &d);
  CHECK(s.code() == "ocr_unavailable");
  CHECK(s.message().find("no OCR language") != std::string::npos);
}

TEST_CASE("pdf reader: ocr always reads a text page by OCR") {
  Document d = ReadWithOcr("text_table.pdf", "always");
  const Line* clients = Find(d, "Totalt antal klienter");
  REQUIRE(clients);
  CHECK(clients->ocr);
  CHECK(clients->Text() == "Totalt antal klienter\t29\t17");
}

TEST_CASE("pdf reader: pages laid out in another order, what their new page break cut joined") {
  // The file's page 2 holds the paragraph's start, its page 1 the end.
  std::vector<Item> start = {
      Text(57, 80, 10, "Om ja, beskriv hur verksamheten har arbetat med samverkan under året"),
      Text(57, 94, 10, "tillsammans med kommunen och regionen och andra aktörer som arbetar"),
      Text(57, 108, 10, "med målgruppen i kommunen under hela verksamhetsåret och dessutom"),
  };
  std::vector<Item> end = {
      Text(57, 80, 10, "även med brukarorganisationerna i länet."),
      Text(57, 140, 14, "2. Klienter"),
  };
  std::string pdf = TextPdf({end, start});
  Document as_it_lies;
  REQUIRE(ReadPdf(pdf, ReadOptions(), &as_it_lies).ok());
  REQUIRE(Find(as_it_lies, "även med") != nullptr);  // apart: the pages are not in order
  Document d;
  REQUIRE(ReadPdfInOrder(pdf, ReadOptions(), {2, 1}, &d).ok());
  const Line* joined = Find(d, "Om ja, beskriv");
  REQUIRE(joined != nullptr);
  CHECK(joined->Text().find("även med brukarorganisationerna") != std::string::npos);
  CHECK(joined->page == 2);  // each line keeps its page's number in the file
  CHECK(Find(d, "även med") == nullptr);
  const Line* heading = Find(d, "2. Klienter");
  REQUIRE(heading != nullptr);
  CHECK(heading->page == 1);
  CHECK(heading == &d.lines.back());
}

TEST_CASE("pdf reader: a text printed in a fixed-width font is read as that text") {
  // enscript's 7-point Courier: 4.2 points a column, 8 a line. A row whose
  // name cell wrapped onto the next line, under its column header, then
  // prose enough to prove the grid.
  auto at = [](int column, int row, const std::string& text) {
    return Text(41 + column * 4.2, 22 + row * 8, 7, text);
  };
  std::vector<Item> page = {
      at(0, 0, "Kontaktperson"), at(30, 0, "Telefon"), at(0, 1, "Inga-Lill"),
      at(30, 1, "060-123 45"),   at(0, 2, "Nilsson"),
  };
  for (int row = 4; row < 10; ++row)
    page.push_back(at(0, row, "Ombudet har arbetat med klienter hela året."));
  Document d;
  REQUIRE(ReadPdf(TextPdf({page, page}, 595, 842, "Courier"), ReadOptions(), &d).ok());
  CHECK(d.format == "text");
  CHECK(d.page_count == 2);
  REQUIRE_FALSE(d.warnings.empty());
  CHECK(IsPrintedTextNote(d.warnings.back()));
  const Line* name = Find(d, "Inga-Lill");
  REQUIRE(name != nullptr);
  REQUIRE(name->cells.size() == 2);
  CHECK(name->cells[1].text == "060-123 45");
  CHECK(name->cells[1].x0 == 30);  // a character column, as a text's
  CHECK(name->page == 1);
  CHECK(d.lines.back().page == 2);
  // The same page in Helvetica is a PDF's free layout.
  Document free;
  REQUIRE(ReadPdf(TextPdf({page, page}), ReadOptions(), &free).ok());
  CHECK(free.format == "pdf");
  for (const std::string& w : free.warnings) CHECK_FALSE(IsPrintedTextNote(w));
}

}  // namespace
}  // namespace pdf_reader_test
}  // namespace redovis
