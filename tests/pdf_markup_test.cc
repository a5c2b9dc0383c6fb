// A PDF's text in Poppler's markups (pdf_markup.h): pdf2xml and the word
// boxes and pdftohtml -s's page made the text pdftotext -layout writes, by
// their runs' positions; pdftohtml's <br/> page told apart.
#include "read/text/pdf_markup.h"

#include <doctest/doctest.h>

#include <string>

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
