// A PDF's text in Poppler's markups (pdf_markup.h): pdf2xml and the word
// boxes and pdftohtml -s's page made the text pdftotext -layout writes, by
// their runs' positions; pdftohtml's <br/> page told apart.
#include "read/text/pdf_markup.h"

#include <doctest/doctest.h>

#include <string>
#include <utility>
#include <vector>

namespace pdf_markup_test {

using namespace redovis;

TEST_CASE("pdf markup: pdftohtml -xml is its runs a line, a form feed after each page") {
  std::string xml =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE pdf2xml SYSTEM \"pdf2xml.dtd\">\n\n"
      "<pdf2xml producer=\"poppler\" version=\"22.12.0\">\n"
      "<page number=\"1\" position=\"absolute\" top=\"0\" left=\"0\" height=\"1262\" "
      "width=\"892\">\n"
      "\t<fontspec id=\"0\" size=\"15\" family=\"NimbusSans\" color=\"#000000\"/>\n"
      "<text top=\"242\" left=\"85\" width=\"105\" height=\"20\" "
      "font=\"1\"><b>REDOVISNING</b></text>\n"
      "<text top=\"581\" left=\"85\" width=\"60\" height=\"20\" font=\"0\">Kommun</text>\n"
      "<text top=\"581\" left=\"300\" width=\"60\" height=\"20\" font=\"0\">Timr&#229; &amp; "
      "H&#xe4;rn&#246;sand</text>\n"
      "<text top=\"600\" left=\"85\" width=\"60\" height=\"20\" font=\"0\"> </text>\n"
      "</page>\n<page number=\"2\">\n"
      "<text top=\"86\" left=\"85\" width=\"18\" height=\"20\" font=\"0\">Ja&#160;tack</text>\n"
      "</page>\n</pdf2xml>\n";
  std::string text;
  CHECK(PdfMarkupText(xml, &text) == PdfMarkup::kPdf2Xml);
  // Laid out by position: a column is 0.4 of the font size (15: 6 units),
  // so left 85 is column 14 and left 300 column 50; "REDOVISNING"'s font 1
  // has no fontspec: its size is 0.75 of its height. The gap of 339 down to
  // "Kommun" leaves three blank lines, the most; the blank run none.
  std::string margin(14, ' ');
  CHECK(text == margin + "REDOVISNING\n\n\n\n" + margin + "Kommun" + std::string(30, ' ') +
                    "Timrå & Härnösand\n\f" + margin + "Ja tack\n\f");
}

TEST_CASE("pdf markup: pdftotext -bbox-layout is its lines, -bbox its words by top and gap") {
  std::string head =
      "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\" "
      "\"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd\"><html "
      "xmlns=\"http://www.w3.org/1999/xhtml\">\n<head>\n<title></title>\n</head>\n<body>\n<doc>\n"
      "  <page width=\"595.303937\" height=\"841.889764\">\n";
  std::string layout =
      head +
      "    <flow>\n      <block xMin=\"56.8\" yMin=\"418.0\" xMax=\"194.6\" yMax=\"431.0\">\n"
      "        <line xMin=\"56.8\" yMin=\"418.0\" xMax=\"194.6\" yMax=\"431.0\">\n"
      "          <word xMin=\"56.8\" yMin=\"418.0\" xMax=\"121.3\" "
      "yMax=\"431.0\">Kontaktperson</word>\n"
      "          <word xMin=\"124.1\" yMin=\"418.0\" xMax=\"159.1\" "
      "yMax=\"431.0\">Inga-Lill</word>\n"
      "        </line>\n      </block>\n    </flow>\n  </page>\n</doc>\n</body>\n</html>\n";
  std::string text;
  CHECK(PdfMarkupText(layout, &text) == PdfMarkup::kBbox);
  // A size of 0.75 of the words' height (9.75), a column of 3.9 points:
  // xMin 56.8 is column 15.
  std::string margin(15, ' ');
  CHECK(text == margin + "Kontaktperson Inga-Lill\n\f");
  // Without lines: the words of one top a word space apart are a line; a
  // gap of half their height or more (the next column) starts another.
  std::string words =
      head +
      "    <word xMin=\"56.8\" yMin=\"418.0\" xMax=\"121.3\" yMax=\"431.0\">Kontaktperson</word>\n"
      "    <word xMin=\"124.1\" yMin=\"418.0\" xMax=\"159.1\" yMax=\"431.0\">Inga-Lill</word>\n"
      "    <word xMin=\"161.9\" yMin=\"418.0\" xMax=\"194.6\" yMax=\"431.0\">Nilsson</word>\n"
      "    <word xMin=\"205.6\" yMin=\"418.0\" xMax=\"278.3\" "
      "yMax=\"431.0\">Avdelning/Enhet</word>\n"
      "    <word xMin=\"56.8\" yMin=\"433.0\" xMax=\"80.0\" yMax=\"446.0\">Postort</word>\n"
      "  </page>\n</doc>\n</body>\n</html>\n";
  CHECK(PdfMarkupText(words, &text) == PdfMarkup::kBbox);
  CHECK(text == margin + "Kontaktperson Inga-Lill Nilsson" + std::string(7, ' ') +
                    "Avdelning/Enhet\n" + margin + "Postort\n\f");
}

TEST_CASE("pdf markup: pdftohtml -s's page is its placed paragraphs laid out by position") {
  std::string page =
      "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"\" xml:lang=\"\">\n"
      "<head>\n<meta name=\"generator\" content=\"pdftohtml 0.36\"/>\n</head>\n"
      "<body bgcolor=\"#A0A0A0\" vlink=\"blue\" link=\"blue\">\n<!-- Page 1 -->\n"
      "<a name=\"1\"></a>\n<style type=\"text/css\">\n<!--\n"
      "\tp {margin: 0; padding: 0;}\t.ft10{font-size:15px;font-family:X;color:#000000;}\n"
      "\t.ft11{font-size:15px;line-height:22px;font-family:X;color:#000000;}\n-->\n</style>\n"
      "<div id=\"page1-div\" style=\"position:relative;width:892px;height:1262px;\">\n"
      "<p style=\"position:absolute;top:100px;left:60px;white-space:nowrap\" "
      "class=\"ft11\">Kommun<br/>Utdelningsadress</p>\n"
      "<p style=\"position:absolute;top:122px;left:300px;white-space:nowrap\" "
      "class=\"ft10\">Postnummer&#160;123</p>\n</div>\n"
      "<!-- Page 2 -->\n<a name=\"2\"></a>\n<style type=\"text/css\">\n<!--\n"
      "\tp {margin: 0; padding: 0;}-->\n</style>\n"
      "<div id=\"page2-div\" style=\"position:relative;width:892px;height:1262px;\">\n"
      "<p style=\"position:absolute;top:50px;left:60px;white-space:nowrap\" "
      "class=\"ft20\"><b>Ja</b></p>\n"
      "<p style=\"position:absolute;top:50px;left:120px;white-space:nowrap\" "
      "class=\"ft20\">Nej</p>\n</div>\n</body>\n</html>\n";
  std::string text;
  CHECK(PdfMarkupText(page, &text) == PdfMarkup::kRunsPage);
  // Size 15, a column of 6: left 60 is column 10, left 300 column 50, left
  // 120 column 20. The paragraph's second line is one line height (its
  // class's 22) lower, on the line of the run at top 122. Page 2's class
  // "ft20" has no rule: it is font 0, "ft10" on page 1.
  std::string margin(10, ' ');
  CHECK(text == margin + "Kommun\n" + margin + "Utdelningsadress" + std::string(24, ' ') +
                    "Postnummer 123\n\f" + margin + "Ja" + std::string(8, ' ') + "Nej\n\f");
}

TEST_CASE("pdf markup: pdftohtml's <br/> page is told, and given no text") {
  std::string page =
      "<!DOCTYPE html>\n<html>\n<head>\n<meta name=\"generator\" content=\"pdftohtml 0.36\"/>\n"
      "<style type=\"text/css\">\n.xflip { filter: fliph; }\n</style>\n</head>\n"
      "<body bgcolor=\"#A0A0A0\">\n<a name=1></a>Länsstyrelsen<br/>Västernorrland<br/>\n";
  for (int i = 0; i < 8; ++i)
    page += "Kontaktperson&#160;Inga-Lill&#160;Nilsson&#160;060-16<br/>\n";
  page += "<hr/>\n</body>\n</html>\n";
  std::string text = "left over";
  CHECK(PdfMarkupText(page, &text) == PdfMarkup::kLinesPage);
  CHECK(text.empty());
  // A page with paragraphs or tables, or without a page's anchor, is a
  // web page (read through the converter).
  std::string with_p = page;
  with_p.replace(with_p.find("Västernorrland"), 0, "<p>");
  CHECK(PdfMarkupText(with_p, &text) == PdfMarkup::kNone);
  std::string no_anchor = page;
  no_anchor.erase(no_anchor.find("<a name=1></a>"), 14);
  CHECK(PdfMarkupText(no_anchor, &text) == PdfMarkup::kNone);
  // Fewer than eight line breaks: a short note, not a PDF's page.
  CHECK(PdfMarkupText("<html><body><a name=1></a>a<br/>b<br/></body></html>", &text) ==
        PdfMarkup::kNone);
}

TEST_CASE("pdf markup: text and other XML are none of them") {
  std::string text;
  CHECK(PdfMarkupText("REDOVISNING\nKommun Tyresö\n<text>Ja</text>\n", &text) == PdfMarkup::kNone);
  CHECK(text.empty());
  CHECK(PdfMarkupText("<?xml version=\"1.0\"?><w:document><w:body/></w:document>", &text) ==
        PdfMarkup::kNone);
}

TEST_CASE("pdf markup: pdftotext -htmlmeta's page is the text in its <pre>") {
  // As pdftotext -layout -htmlmeta writes it: the text not escaped, its
  // columns and form feeds as in the plain text.
  std::string page =
      "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\" "
      "\"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd\">"
      "<html xmlns=\"http://www.w3.org/1999/xhtml\">\n<head>\n<title></title>\n"
      "<meta name=\"Producer\" content=\"LibreOffice 7.4\"/>\n</head>\n<body>\n<pre>\n"
      "REDOVISNING\n\n  Kommun        Tyresö\n  Styrgrupp     Ja\n\f</pre>\n</body>\n</html>\n";
  std::string text;
  CHECK(PdfMarkupText(page, &text) == PdfMarkup::kTextPage);
  CHECK(text == "REDOVISNING\n\n  Kommun        Tyresö\n  Styrgrupp     Ja\n\f");
  // A character reference, as any page of one <pre> writes '&' and '<'.
  CHECK(PdfMarkupText("<html><body><pre>A &amp; B</pre></body></html>", &text) ==
        PdfMarkup::kTextPage);
  CHECK(text == "A & B");
  // A <pre> among other elements of a body is a page's, not its text.
  CHECK(PdfMarkupText("<html><body><p>Svar</p><pre>Kommun  Tyresö</pre></body></html>", &text) ==
        PdfMarkup::kNone);
  CHECK(PdfMarkupText("<html><body><pre>Kommun</pre><p>Svar</p></body></html>", &text) ==
        PdfMarkup::kNone);
}

TEST_CASE("pdf markup: mutool -F html's page is its placed lines laid out by position") {
  std::string page =
      "<!DOCTYPE html>\n<html>\n<head>\n<style>\nbody{background-color:slategray}\n"
      "div{position:relative;background-color:white;margin:1em auto;box-shadow:1px 1px 8px -2px "
      "black}\np{position:absolute;white-space:pre;margin:0}\n</style>\n</head>\n<body>\n"
      "<div id=\"page1\" style=\"width:595.3pt;height:841.9pt\">\n"
      "<p style=\"top:435.3pt;left:56.8pt;line-height:11.0pt\"><span "
      "style=\"font-family:LiberationSerif,serif;font-size:11.0pt\">Kontaktperson Inga-Lill "
      "</span></p>\n"
      "<p style=\"top:435.3pt;left:205.6pt;line-height:11.0pt\"><span "
      "style=\"font-family:LiberationSerif,serif;font-size:11.0pt\">Avdelning/Enhet</span></p>\n"
      "<p style=\"top:447.9pt;left:56.8pt;line-height:11.0pt\"><span "
      "style=\"font-family:LiberationSerif,serif;font-size:11.0pt\">Nilsson</span></p>\n"
      "</div>\n<div id=\"page2\" style=\"width:595.3pt;height:841.9pt\">\n"
      "<p style=\"top:58.7pt;left:56.8pt;line-height:11.0pt\"><b><span "
      "style=\"font-family:DejaVuSans,serif;font-size:11.0pt\">&#x2612;</span><span "
      "style=\"font-family:LiberationSerif,serif;font-size:11.0pt\">L&#xe4;n</span></b></p>\n"
      "</div>\n</body>\n</html>\n";
  std::string text;
  CHECK(PdfMarkupText(page, &text) == PdfMarkup::kMuPdfHtml);
  // Size 11, a column of 4.4 points: left 56.8 is column 13, left 205.6
  // column 47. The cell's wrapped second line is on a line of its own, under
  // its first (read as a web page, "Nilsson" was a paragraph of no cell).
  std::string margin(13, ' ');
  CHECK(text == margin + "Kontaktperson Inga-Lill" + std::string(11, ' ') + "Avdelning/Enhet\n" +
                    margin + "Nilsson\n\f" + margin + "☒Län\n\f");
  // A first page with no text: its division, then the next page's.
  std::string empty_first = page;
  empty_first.replace(empty_first.find("id=\"page2\""), 10, "id=\"page3\"");
  empty_first.replace(empty_first.find("id=\"page1\""), 10, "id=\"page2\"");
  empty_first.replace(empty_first.find("<div id=\"page2\""), 0,
                      "<div id=\"page1\" style=\"width:595.3pt;height:841.9pt\">\n</div>\n");
  CHECK(PdfMarkupText(empty_first, &text) == PdfMarkup::kMuPdfHtml);
  // A page MuPDF turned by its rotation: its lines read down the page, each
  // written at a top and a left with no direction, those of one column at
  // one top, side by side a line's height apart, each overlapping the next.
  // Left out, an empty page in its place, and its number told.
  std::string turned = page;
  std::string lines = "<div id=\"page2\" style=\"width:841.9pt;height:595.3pt\">\n";
  for (double left : {725.6, 709.4, 693.8, 677.9})
    lines += "<p style=\"top:48.0pt;left:" + std::to_string(left) +
             "pt;line-height:11.0pt\"><span style=\"font-size:11.0pt\">Den eller de kommuner, "
             "f&#xf6;rutom redovisande kommun</span></p>\n";
  turned.replace(turned.find("<div id=\"page2\""), 0, lines + "</div>\n");
  turned.replace(turned.rfind("id=\"page2\""), 10, "id=\"page3\"");
  std::vector<int> left_out;
  CHECK(PdfMarkupText(turned, &text, &left_out) == PdfMarkup::kMuPdfHtml);
  CHECK(text == margin + "Kontaktperson Inga-Lill" + std::string(11, ' ') + "Avdelning/Enhet\n" +
                    margin + "Nilsson\n\f\f" + margin + "☒Län\n\f");
  CHECK(left_out == std::vector<int>{2});
  // A page whose divisions hold paragraphs not placed is a web page.
  std::string web = page;
  for (size_t at = web.find("<p style=\"top:"); at != std::string::npos;
       at = web.find("<p style=\"top:", at))
    web.replace(at, 14, "<p style=\"margin:");
  CHECK(PdfMarkupText(web, &text) == PdfMarkup::kNone);
}

namespace {

// MuPDF's structured text of one character: its quad (left, top, right,
// bottom of an upright box) and its text as written.
std::string StextChar(double x0, double y0, double x1, double y1, const std::string& c) {
  auto n = [](double v) { return std::to_string(v); };
  return "<char quad=\"" + n(x0) + " " + n(y0) + " " + n(x1) + " " + n(y0) + " " + n(x0) + " " +
         n(y1) + " " + n(x1) + " " + n(y1) + "\" x=\"" + n(x0) + "\" y=\"" + n(y1) +
         "\" color=\"#000000\" c=\"" + c + "\"/>\n";
}

// A line of characters 5 points wide from `x`, 12 high from `y`, left to
// right (dir "1 0"), in a font of size 10.
std::string StextLine(double x, double y, const std::vector<std::string>& chars) {
  std::string line = "<line bbox=\"" + std::to_string(x) + " " + std::to_string(y) + " " +
                     std::to_string(x + 5.0 * static_cast<double>(chars.size())) + " " +
                     std::to_string(y + 12) +
                     "\" wmode=\"0\" dir=\"1 0\">\n<font name=\"LiberationSans\" size=\"10\">\n";
  for (const std::string& c : chars) {
    if (!c.empty()) line += StextChar(x, y, x + 5, y + 12, c);
    x += 5;
  }
  return line + "</font>\n</line>\n";
}

}  // namespace

TEST_CASE("pdf markup: mutool -F stext is its lines, parted where characters stand apart") {
  std::string xml =
      "<?xml version=\"1.0\"?>\n<document name=\"report.pdf\">\n"
      "<page id=\"page1\" width=\"595.3\" height=\"841.9\">\n<block bbox=\"60 100 160 112\">\n" +
      // "Ja Nej", then a gap of 9 characters (more than half a character's
      // height): "X", the next cell.
      StextLine(60, 100, {"J", "a", " ", "N", "e", "j", "", "", "", "", "", "", "", "", "", "X"}) +
      StextLine(60, 114, {"L", "&#xe4;", "n"}) + "</block>\n</page>\n";
  // Page 2, turned by its rotation (842 wide): its text reads down the page
  // (dir "0 1"), a line's top its right edge's distance from the page's
  // right; a margin's line read across it is left out.
  std::string down = "<page id=\"page2\" width=\"842\" height=\"595\">\n<block bbox=\"0 0 1 1\">\n";
  for (auto [x, word] :
       {std::pair{700.0, std::string("Ja")}, std::pair{680.0, std::string("Nej")}}) {
    down += "<line bbox=\"" + std::to_string(x) + " 52 " + std::to_string(x + 12) +
            " 70\" wmode=\"0\" dir=\"0 1\">\n<font name=\"LiberationSans\" size=\"10\">\n";
    double y = 52;
    for (char c : word) {
      down += StextChar(x, y, x + 12, y + 6, std::string(1, c));
      y += 6;
    }
    down += "</font>\n</line>\n";
  }
  down += StextLine(20, 20, {"S", "i", "d", "a"}) + "</block>\n</page>\n</document>\n";
  std::string text;
  CHECK(PdfMarkupText(xml + down, &text) == PdfMarkup::kMuPdfStext);
  // Size 10, a column of 4 points: left 60 is column 15, "X" at 135 column
  // 34; "Län" 14 points lower is the next line. Page 2's lines at 52 points
  // down the page are column 13, the second 20 points further from the
  // right edge the next line.
  std::string margin(15, ' ');
  CHECK(text == margin + "Ja Nej" + std::string(13, ' ') + "X\n" + margin + "Län\n\f" +
                    std::string(13, ' ') + "Ja\n" + std::string(13, ' ') + "Nej\n\f");
  // Without characters (a PDF of images) or without its root, none of them.
  CHECK(PdfMarkupText("<?xml version=\"1.0\"?>\n<document name=\"a.pdf\">\n<page id=\"page1\" "
                      "width=\"595\" height=\"842\">\n</page>\n</document>\n",
                      &text) == PdfMarkup::kNone);
  CHECK(PdfMarkupText("<?xml version=\"1.0\"?>\n<doc>\n<page id=\"page1\">\n" +
                          StextLine(60, 100, {"J", "a"}) + "</page>\n</doc>\n",
                      &text) == PdfMarkup::kNone);
}

}  // namespace pdf_markup_test
