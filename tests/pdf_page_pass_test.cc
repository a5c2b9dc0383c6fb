// Tests of one pass over a PDF page (src/read/pdf/pdf_page_pass.h): on a
// small generated PDF whose check boxes and rule are painted as vector paths,
// the pass gives the words and the paths, from which the boxes and the rule
// are found as a rendering of the page shows them; opening fails with the
// reader's codes.
#include "read/pdf/pdf_page_pass.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "pdf_test_support.h"
#include "read/pdf/drawing.h"
#include "read/pdf/ink_bitmap.h"
#include "read/pdf/vector_drawing.h"

namespace redovis {
namespace pdf_page_pass_test {
namespace {

/// A one-page A4 PDF with the content stream `content`, Helvetica as /F1
/// and, when `image` is set, a 1x1 grey image as /Im0.
std::string OnePagePdf(const std::string& content, bool image = false) {
  std::vector<std::string> objects = {
      "<< /Type /Catalog /Pages 2 0 R >>",
      "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
      std::string("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font "
                  "<< /F1 4 0 R >>") +
          (image ? " /XObject << /Im0 6 0 R >>" : "") + " >> /Contents 5 0 R >>",
      "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
      "<< /Length " + std::to_string(content.size()) + " >>\nstream\n" + content + "\nendstream",
      "<< /Type /XObject /Subtype /Image /Width 1 /Height 1 /ColorSpace /DeviceGray "
      "/BitsPerComponent 8 /Length 1 >>\nstream\n\x80\nendstream",
  };
  return testing::AssemblePdf(objects, 1);
}

/// Text, a crossed box and an empty one as `re` paths, and a rule as a thin
/// filled rectangle.
const char kForm[] =
    "BT /F1 10 Tf 100 720 Td (Ja) Tj 100 0 Td (Nej) Tj ET\n"
    "0.5 w 100 700 10 10 re S 102 702 m 108 708 l S 108 702 m 102 708 l S\n"
    "200 700 10 10 re S\n"
    "50 650 400 0.8 re f\n";

TEST_CASE("pdf page pass: words, and boxes and a rule from the paths, as a rendering shows them") {
  const std::string pdf = OnePagePdf(kForm);
  std::unique_ptr<PdfFile> file;
  REQUIRE(PdfFile::Open(pdf, &file).ok());
  REQUIRE(file->pages() == 1);
  double w = 0, h = 0;
  file->PageSize(0, &w, &h);
  CHECK(w == doctest::Approx(595));
  CHECK(h == doctest::Approx(842));

  std::vector<PositionedWord> words;
  PagePaths paths;
  REQUIRE(file->ReadPage(0, &words, &paths));
  REQUIRE(words.size() == 2);
  CHECK(words[0].text == "Ja");
  CHECK(words[0].x0 == doctest::Approx(100));
  CHECK(words[0].font_size == doctest::Approx(10));
  CHECK(words[1].text == "Nej");
  CHECK(paths.paths.size() == 5);  // two frames, two strokes of the cross, the rule
  CHECK_FALSE(PicturesMayHoldDrawing(paths, w, h));

  std::vector<RuleSegment> rules = RulesOfPaths(paths);
  REQUIRE(rules.size() == 1);
  CHECK(rules[0].horizontal);
  CHECK(rules[0].pos == doctest::Approx(842 - 650.4));
  CHECK(rules[0].from == doctest::Approx(50));
  CHECK(rules[0].to == doctest::Approx(450));

  std::vector<PositionedWord> boxes = CheckboxesOfPaths(paths, words);
  REQUIRE(boxes.size() == 2);
  CHECK(boxes[0].text == "\u2612");
  CHECK(boxes[1].text == "\u2610");

  // The same boxes and rule on a rendering at 100 dpi, within two pixels
  // (rasterising puts an edge on a whole pixel, a thin line one pixel wide).
  GreyRendering img = file->RenderGrey(0, 100, false);
  REQUIRE(img.width == 826);  // 595 points at 100 dpi
  const InkBitmap ink = InkOfGrey(img.view());
  std::vector<PositionedWord> seen = FindDrawnCheckboxes(ink, words);
  REQUIRE(seen.size() == 2);
  for (size_t i = 0; i < 2; ++i) {
    CHECK(seen[i].text == boxes[i].text);
    CHECK(std::fabs(seen[i].x0 - boxes[i].x0) <= 1.44);
    CHECK(std::fabs(seen[i].y0 - boxes[i].y0) <= 1.44);
    CHECK(std::fabs(seen[i].x1 - boxes[i].x1) <= 1.44);
    CHECK(std::fabs(seen[i].y1 - boxes[i].y1) <= 1.44);
  }
  std::vector<RuleSegment> drawn = FindRules(ink);
  REQUIRE(drawn.size() == 1);
  CHECK(std::fabs(drawn[0].pos - rules[0].pos) <= 1.44);
}

/// A one-page PDF form with two check-box fields beside "Ja" and "Nej"
/// (value /Yes and /Off), as LibreOffice exports an .odt's check boxes: the
/// widgets have no appearance state (/AS), so nothing is drawn for them;
/// `covered` puts the word "X" over the first box as its drawn mark.
std::string CheckboxFormPdf(bool covered) {
  const std::string content = std::string("BT /F1 10 Tf 100 720 Td (Ja) Tj 100 0 Td (Nej) Tj ET") +
                              (covered ? "\nBT /F1 8 Tf 101 702 Td (X) Tj ET" : "");
  std::vector<std::string> objects = {
      "<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [6 0 R 7 0 R] >> >>",
      "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> "
      ">> /Contents 5 0 R /Annots [6 0 R 7 0 R] >>",
      "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
      "<< /Length " + std::to_string(content.size()) + " >>\nstream\n" + content + "\nendstream",
      "<< /Type /Annot /Subtype /Widget /FT /Btn /T (Kryss1) /V /Yes /F 4 /P 3 0 R "
      "/Rect [100 700 110 710] /AP << /N << /Yes 8 0 R /Off 8 0 R >> >> >>",
      "<< /Type /Annot /Subtype /Widget /FT /Btn /T (Kryss2) /V /Off /F 4 /P 3 0 R "
      "/Rect [200 700 210 710] /AP << /N << /Yes 8 0 R /Off 8 0 R >> >> >>",
      "<< /Type /XObject /Subtype /Form /BBox [0 0 10 10] /Length 0 >>\nstream\n\nendstream",
  };
  return testing::AssemblePdf(objects, 1);
}

TEST_CASE("pdf page pass: a form's ticked check box that draws nothing is a glyph by its value") {
  std::unique_ptr<PdfFile> file;
  REQUIRE(PdfFile::Open(CheckboxFormPdf(false), &file).ok());
  std::vector<PositionedWord> words;
  PagePaths paths;
  REQUIRE(file->ReadPage(0, &words, &paths));
  std::vector<std::string> texts;
  for (const PositionedWord& w : words) texts.push_back(w.text);
  REQUIRE(texts ==
          std::vector<std::string>{"Ja", "Nej", "\u2612"});  // the box not ticked adds none
  // Over each widget, top-left origin: x 100-110 and 200-210, y 842-710.
  CHECK(words[2].x0 == doctest::Approx(100));
  CHECK(words[2].x1 == doctest::Approx(110));
  CHECK(words[2].y0 == doctest::Approx(132));
  CHECK(words[2].y1 == doctest::Approx(142));
  // A box whose mark the page draws as text is left to that text.
  REQUIRE(PdfFile::Open(CheckboxFormPdf(true), &file).ok());
  REQUIRE(file->ReadPage(0, &words, &paths));
  texts.clear();
  for (const PositionedWord& w : words) texts.push_back(w.text);
  std::sort(texts.begin(), texts.end());
  CHECK(texts == std::vector<std::string>{"Ja", "Nej", "X"});
}

TEST_CASE("pdf page pass: an image of a box's size sends the page to a rendering") {
  const std::string pdf =
      OnePagePdf("BT /F1 10 Tf 100 720 Td (Ja) Tj ET\nq 10 0 0 10 100 700 cm /Im0 Do Q\n", true);
  std::unique_ptr<PdfFile> file;
  REQUIRE(PdfFile::Open(pdf, &file).ok());
  std::vector<PositionedWord> words;
  PagePaths paths;
  REQUIRE(file->ReadPage(0, &words, &paths));
  REQUIRE(paths.pictures.size() == 1);
  CHECK(paths.pictures[0].x0 == doctest::Approx(100));
  CHECK(paths.pictures[0].y0 == doctest::Approx(842 - 710));
  CHECK(PicturesMayHoldDrawing(paths, 595, 842));
}

TEST_CASE("pdf page pass: what is not a PDF fails as corrupt, quietly") {
  std::unique_ptr<PdfFile> file;
  Status s = PdfFile::Open("not a PDF at all", &file);
  CHECK(s.code() == "corrupt");
  CHECK_FALSE(file);
  s = PdfFile::Open("", &file);
  CHECK(s.code() == "corrupt");
  // A page outside the document is not read.
  const std::string pdf = OnePagePdf(kForm);  // borrowed by the file: it must outlive it
  REQUIRE(PdfFile::Open(pdf, &file).ok());
  std::vector<PositionedWord> words;
  PagePaths paths;
  CHECK_FALSE(file->ReadPage(1, &words, &paths));
  CHECK(file->RenderGrey(-1, 100, true).width == 0);
}

}  // namespace
}  // namespace pdf_page_pass_test
}  // namespace redovis
