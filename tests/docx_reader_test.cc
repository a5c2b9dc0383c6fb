// The Word reader: small .docx files built in memory for each construct.
// The hostile files are in docx_reader_hostile_test.cc, the generated
// samples against their seed texts in docx_reader_samples_test.cc.
#include "read/office/docx_reader.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "docx_test_support.h"
#include "read/glyphs.h"
#include "read/office/placed_boxes.h"
#include "redovis/readers.h"

namespace docx_reader_test {

using namespace redovis;
using namespace redovis::testing::docx;
using redovis::testing::MakeZip;
using redovis::testing::OfficeTestFile;

// ------------------------------------------------------------- paragraphs

TEST_CASE("docx: paragraphs become lines in reading order") {
  Document d =
      Read(P(R("Statsbidrag avseende år 2020")) + "<w:p/>" + P(R("1. ") + R("Personliga ombud")));
  CHECK(d.format == "docx");
  CHECK(d.page_count == 0);
  REQUIRE(d.lines.size() == 3);
  CHECK(d.lines[0].cells[0].text == "Statsbidrag avseende år 2020");
  CHECK(d.lines[1].Blank());
  CHECK(d.lines[2].cells[0].text == "1. Personliga ombud");
  for (size_t i = 0; i < d.lines.size(); ++i) {
    CHECK(d.lines[i].number == static_cast<int>(i) + 1);
    CHECK(d.lines[i].page == 0);
  }
  CHECK(d.lines[0].origin == "paragraph 1");
  CHECK(d.lines[2].origin == "paragraph 3");
  CHECK(d.lines[0].cells[0].checkbox == CheckboxState::kNone);
}

TEST_CASE("docx: breaks are newlines, symbols and hyphens kept; a tab in a cell is a space") {
  const std::string runs =
      "<w:r><w:t>Kommun</w:t><w:tab/><w:t>Timrå</w:t><w:br/><w:t>rad två</w:t>"
      "<w:noBreakHyphen/><w:t>x</w:t></w:r>";
  Document d = Read(Tbl(1, "<w:tr>" + Tc(P(runs)) + "</w:tr>"));
  REQUIRE(d.lines.size() == 1);
  REQUIRE(d.lines[0].cells.size() == 1);
  CHECK(d.lines[0].cells[0].text == "Kommun Timrå\nrad två-x");
}

TEST_CASE("docx: tabs part a paragraph of its own into cells (a table turned into text)") {
  // Word's "Convert Table to Text" with tabs: a row a paragraph, its cells
  // parted by tabs. Read as one cell, a value ran into the next label.
  Document d = Read(P(R("Kontaktperson Inga-Lill Nilsson") + "<w:r><w:tab/></w:r>" +
                      R("Avdelning/Enhet Socialförvaltningen") + "<w:r><w:tab/></w:r>") +
                    P("<w:r><w:tab/><w:t>Kommun</w:t><w:tab/><w:tab/><w:t xml:space=\"preserve\">"
                      "Timrå </w:t></w:r>") +
                    P("<w:r><w:tab/><w:tab/></w:r>"));
  REQUIRE(d.lines.size() == 3);
  CHECK(Texts(d.lines[0]) == std::vector<std::string>{"Kontaktperson Inga-Lill Nilsson",
                                                      "Avdelning/Enhet Socialförvaltningen", ""});
  // An empty stretch is an empty cell: the columns after it stay in place.
  CHECK(Texts(d.lines[1]) == std::vector<std::string>{"", "Kommun", "", "Timrå"});
  CHECK(d.lines[2].Blank());
  // A check box keeps its cell between tabs.
  Document boxes =
      Read(P(R("Handledning") + "<w:r><w:tab/></w:r>" + SdtCheckbox(true, "\u2612") + R(" Ja") +
             "<w:r><w:tab/></w:r>" + SdtCheckbox(false, "\u2610") + R(" Nej")));
  REQUIRE(boxes.lines.size() == 1);
  REQUIRE(boxes.lines[0].cells.size() == 3);
  CHECK(boxes.lines[0].cells[1].checkbox == CheckboxState::kChecked);
  CHECK(boxes.lines[0].cells[1].text == "Ja");
  CHECK(boxes.lines[0].cells[2].checkbox == CheckboxState::kUnchecked);
}

TEST_CASE("docx: tab stops in paragraph properties are not text") {
  Cell c =
      OnlyCell("<w:pPr><w:tabs><w:tab w:val=\"left\" w:pos=\"720\"/></w:tabs></w:pPr>" + R("Text"));
  CHECK(c.text == "Text");
}

TEST_CASE("docx: hyperlinks and smart tags keep their text, never their targets") {
  Cell c = OnlyCell("<w:hyperlink r:id=\"rId5\" w:history=\"1\">" + R("sociala@timra.se") +
                    "</w:hyperlink><w:smartTag w:uri=\"urn:x\" w:element=\"place\">" + R(" Timrå") +
                    "</w:smartTag>");
  CHECK(c.text == "sociala@timra.se Timrå");
}

TEST_CASE("docx: field instructions are dropped, field results kept") {
  Cell c = OnlyCell(
      "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
      "<w:r><w:instrText xml:space=\"preserve\"> HYPERLINK \"mailto:a@b.se\" </w:instrText></w:r>"
      "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>" +
      R("a@b.se") + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>" + R(" sid ") +
      "<w:fldSimple w:instr=\" PAGE \">" + R("3") + "</w:fldSimple>");
  CHECK(c.text == "a@b.se sid 3");
}

TEST_CASE("docx: footnote and comment references, hidden text and ruby guides are not text") {
  Cell c = OnlyCell(R("decimaler") +
                    "<w:r><w:rPr><w:vertAlign w:val=\"superscript\"/></w:rPr>"
                    "<w:footnoteReference w:id=\"1\"/></w:r>"
                    "<w:commentRangeStart w:id=\"0\"/>" +
                    R(":") +
                    "<w:commentRangeEnd w:id=\"0\"/><w:r><w:commentReference w:id=\"0\"/></w:r>"
                    "<w:r><w:rPr><w:vanish/></w:rPr><w:t>dold instruktion</w:t></w:r>"
                    "<w:r><w:rPr><w:vanish w:val=\"0\"/></w:rPr><w:t> synlig</w:t></w:r>"
                    "<w:r><w:ruby><w:rt><w:r><w:t>guide</w:t></w:r></w:rt><w:rubyBase><w:r>"
                    "<w:t> bas</w:t></w:r></w:rubyBase></w:ruby></w:r>");
  CHECK(c.text == "decimaler: synlig bas");
}

TEST_CASE("docx: only the main story is read, not section header references") {
  Document d = Read(P(R("Brödtext")) +
                    "<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rId8\"/></w:sectPr>");
  REQUIRE(d.lines.size() == 1);
  CHECK(d.lines[0].cells[0].text == "Brödtext");
}

TEST_CASE("docx: a Strict OOXML document is read") {
  std::string xml =
      "<?xml version=\"1.0\"?><w:document "
      "xmlns:w=\"http://purl.oclc.org/ooxml/wordprocessingml/main\"><w:body><w:p><w:r>"
      "<w:t>Strikt</w:t></w:r></w:p></w:body></w:document>";
  Document d;
  REQUIRE(ReadDocx(MakeZip({{"word/document.xml", xml}}, false), ReadOptions(), &d).ok());
  REQUIRE(d.lines.size() == 1);
  CHECK(d.lines[0].cells[0].text == "Strikt");
}

TEST_CASE("docx: the main part is found through the package relationships") {
  std::string rels =
      "<?xml version=\"1.0\"?><Relationships "
      "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship "
      "Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
      "officeDocument\" Target=\"/word/document2.xml\"/></Relationships>";
  Document d;
  Status s = ReadDocx(
      MakeZip({{"_rels/.rels", rels}, {"word/document2.xml", DocumentXml(P(R("Annan del")))}},
              false),
      ReadOptions(), &d);
  REQUIRE_MESSAGE(s.ok(), s.ToString());
  CHECK(d.lines[0].cells[0].text == "Annan del");
}

// ----------------------------------------------------------------- tables

TEST_CASE("docx: table rows become lines, one cell per grid column, empty cells kept") {
  Document d = Read(P(R("Före")) +
                    Tbl(3, "<w:tr>" + Tc(P("")) + Tc(P(R("Kvinnor"))) + Tc(P(R("Män"))) +
                               "</w:tr>" + "<w:tr>" + Tc(P(R("Totalt antal klienter"))) +
                               Tc(P(R("29"))) + Tc(P("")) + "</w:tr>") +
                    P(R("Efter")));
  REQUIRE(d.lines.size() == 4);
  CHECK(Texts(d.lines[1]) == Strings{"", "Kvinnor", "Män"});
  CHECK(Texts(d.lines[2]) == Strings{"Totalt antal klienter", "29", ""});
  CHECK(d.lines[1].origin == "table 1 row 1");
  CHECK(d.lines[2].origin == "table 1 row 2");
  CHECK(d.lines[3].cells[0].text == "Efter");
  CHECK(d.lines[3].number == 4);
}

TEST_CASE("docx: gridSpan adds empty cells after the spanning cell") {
  Document d = Read(Tbl(4, "<w:tr>" + Tc(P(R("Rubrik")), "<w:gridSpan w:val=\"3\"/>") +
                               Tc(P(R("Sist"))) + "</w:tr>"));
  REQUIRE(d.lines.size() == 1);
  CHECK(Texts(d.lines[0]) == Strings{"Rubrik", "", "", "Sist"});
}

TEST_CASE("docx: vMerge continuation cells are empty, restart cells keep their text") {
  Document d =
      Read(Tbl(2, "<w:tr>" + Tc(P(R("Sammanslagen")), "<w:vMerge w:val=\"restart\"/>") +
                      Tc(P(R("a"))) + "</w:tr><w:tr>" + Tc(P(R("dold kopia")), "<w:vMerge/>") +
                      Tc(P(R("b"))) + "</w:tr><w:tr>" +
                      Tc(P(""), "<w:vMerge w:val=\"continue\"/>") + Tc(P(R("c"))) + "</w:tr>"));
  REQUIRE(d.lines.size() == 3);
  CHECK(Texts(d.lines[0]) == Strings{"Sammanslagen", "a"});
  CHECK(Texts(d.lines[1]) == Strings{"", "b"});
  CHECK(Texts(d.lines[2]) == Strings{"", "c"});
}

TEST_CASE("docx: gridBefore and gridAfter hold column positions; short rows are padded") {
  Document d = Read(Tbl(4,
                        "<w:tr><w:trPr><w:gridBefore w:val=\"1\"/><w:gridAfter w:val=\"1\"/>"
                        "</w:trPr>" +
                            Tc(P(R("Ja"))) + Tc(P(R("Nej"))) + "</w:tr><w:tr>" + Tc(P(R("Fråga"))) +
                            "</w:tr>"));
  REQUIRE(d.lines.size() == 2);
  CHECK(Texts(d.lines[0]) == Strings{"", "Ja", "Nej", ""});
  CHECK(Texts(d.lines[1]) == Strings{"Fråga", "", "", ""});
}

TEST_CASE("docx: several paragraphs in a cell are joined with newlines") {
  Document d =
      Read(Tbl(1, "<w:tr>" + Tc(P(R("Rad ett")) + P(R("Rad två")) + "<w:p/>") + "</w:tr>"));
  REQUIRE(d.lines.size() == 1);
  CHECK(d.lines[0].cells[0].text == "Rad ett\nRad två\n");
}

TEST_CASE("docx: a nested table's rows follow the outer row; the outer cell keeps its text") {
  std::string inner = Tbl(2, "<w:tr>" + Tc(P(R("i1"))) + Tc(P(R("i2"))) + "</w:tr><w:tr>" +
                                 Tc(P(R("i3"))) + Tc(P(R("i4"))) + "</w:tr>");
  Document d = Read(Tbl(2, "<w:tr>" + Tc(P(R("Yttre")) + inner + P(R("efter"))) + Tc(P(R("B"))) +
                               "</w:tr><w:tr>" + Tc(P(R("C"))) + Tc(P(R("D"))) + "</w:tr>"));
  REQUIRE(d.lines.size() == 4);
  CHECK(Texts(d.lines[0]) == Strings{"Yttre\nefter", "B"});
  CHECK(d.lines[0].origin == "table 1 row 1");
  CHECK(Texts(d.lines[1]) == Strings{"i1", "i2"});
  CHECK(d.lines[1].origin == "table 2 row 1");
  CHECK(Texts(d.lines[2]) == Strings{"i3", "i4"});
  CHECK(Texts(d.lines[3]) == Strings{"C", "D"});
  CHECK(d.lines[3].origin == "table 1 row 2");
}

TEST_CASE("docx: row-level and cell-level content controls are transparent") {
  Document d = Read(Tbl(2, "<w:sdt><w:sdtPr/><w:sdtContent><w:tr><w:sdt><w:sdtPr/><w:sdtContent>" +
                               Tc(P(R("a"))) + "</w:sdtContent></w:sdt>" + Tc(P(R("b"))) +
                               "</w:tr></w:sdtContent></w:sdt>"));
  REQUIRE(d.lines.size() == 1);
  CHECK(Texts(d.lines[0]) == Strings{"a", "b"});
}

// ------------------------------------------------------ form fields, boxes

TEST_CASE("docx: a legacy text field's result is the answer; the blank default is kept") {
  Cell c = OnlyCell(R("Kontaktperson ") + FormText("Inga-Lill Nilsson"));
  CHECK(c.text == "Kontaktperson Inga-Lill Nilsson");
  Cell blank = OnlyCell(R("Kommun ") + FormText(kEn5));
  CHECK(blank.text == "Kommun " + kEn5);
}

TEST_CASE("docx: legacy check boxes: w:checked, then w:default") {
  struct Case {
    const char* state;
    CheckboxState want;
  } cases[] = {
      {"<w:default w:val=\"0\"/><w:checked/>", CheckboxState::kChecked},
      {"<w:default w:val=\"0\"/><w:checked w:val=\"1\"/>", CheckboxState::kChecked},
      {"<w:default w:val=\"0\"/><w:checked w:val=\"true\"/>", CheckboxState::kChecked},
      {"<w:default w:val=\"1\"/><w:checked w:val=\"0\"/>", CheckboxState::kUnchecked},
      {"<w:default w:val=\"1\"/><w:checked w:val=\"false\"/>", CheckboxState::kUnchecked},
      {"<w:default w:val=\"1\"/>", CheckboxState::kChecked},
      {"<w:default w:val=\"0\"/>", CheckboxState::kUnchecked},
      {"", CheckboxState::kUnchecked},
  };
  for (const Case& k : cases) {
    std::string state = k.state;
    CAPTURE(state);
    Cell c = OnlyCell(FormCheckbox(k.state));
    CHECK(c.checkbox == k.want);
    CHECK(c.text.empty());
  }
}

TEST_CASE("docx: content-control check boxes set the state and drop their glyph") {
  Cell on = OnlyCell(SdtCheckbox(true, "\u2612"));
  CHECK(on.checkbox == CheckboxState::kChecked);
  CHECK(on.text.empty());
  Cell off = OnlyCell(SdtCheckbox(false, "\u2610"));
  CHECK(off.checkbox == CheckboxState::kUnchecked);
  CHECK(off.text.empty());
  // The state is the control's, even when its glyph disagrees.
  CHECK(OnlyCell(SdtCheckbox(false, "\u2612")).checkbox == CheckboxState::kUnchecked);
}

TEST_CASE("docx: plain-text content controls are text; placeholders are not") {
  Cell c = OnlyCell(R("Kommun ") + "<w:sdt><w:sdtPr><w:text/></w:sdtPr><w:sdtContent>" +
                    R("Tyresö") + "</w:sdtContent></w:sdt>");
  CHECK(c.text == "Kommun Tyresö");
  Cell p = OnlyCell(R("Kommun ") +
                    "<w:sdt><w:sdtPr><w:showingPlcHdr/><w:text/></w:sdtPr><w:sdtContent>" +
                    R("Klicka eller tryck här för att ange text.") + "</w:sdtContent></w:sdt>");
  CHECK(p.text == "Kommun ");
}

TEST_CASE("docx: check-box glyphs set the state and leave the text") {
  struct Case {
    const char* glyph;
    CheckboxState want;
  } cases[] = {{"\u2612", CheckboxState::kChecked},
               {"\u2611", CheckboxState::kChecked},
               {"\u2713", CheckboxState::kChecked},
               {"\u2714", CheckboxState::kChecked},
               {"\u2610", CheckboxState::kUnchecked}};
  for (const Case& k : cases) {
    std::string glyph = k.glyph;
    CAPTURE(glyph);
    Cell c = OnlyCell(R(std::string(k.glyph) + " Ja"));
    CHECK(c.checkbox == k.want);
    CHECK(c.text == "Ja");
  }
  // Other symbols in the same block are ordinary text.
  CHECK(OnlyCell(R("\u2192 pil")).text == "\u2192 pil");
}

TEST_CASE("docx: a Wingdings check-box symbol is a check box") {
  CHECK(OnlyCell("<w:r><w:sym w:font=\"Wingdings\" w:char=\"F0FE\"/></w:r>").checkbox ==
        CheckboxState::kChecked);
  CHECK(OnlyCell("<w:r><w:sym w:font=\"Wingdings\" w:char=\"F0A8\"/></w:r>").checkbox ==
        CheckboxState::kUnchecked);
}

TEST_CASE("docx: every symbol-font character of the glyph table is a check box") {
  char code[8];
  for (const char* font : {"Wingdings", "Wingdings 2"}) {
    for (const BoxGlyph& g : SymbolFontBoxGlyphs(font)) {
      for (int area : {0xF000, 0}) {  // as Word writes it, and as the font's byte
        std::snprintf(code, sizeof code, "%04X", static_cast<unsigned>(area + g.code));
        CAPTURE(font);
        CAPTURE(code);
        Cell c = OnlyCell(std::string("<w:r><w:sym w:font=\"") + font + "\" w:char=\"" + code +
                          "\"/></w:r>");
        CHECK(c.checkbox == g.state);
      }
    }
  }
  // Another character of a symbol font is dropped, not read as text.
  Cell other = OnlyCell("<w:r><w:sym w:font=\"Wingdings\" w:char=\"F041\"/></w:r>");
  CHECK(other.checkbox == CheckboxState::kNone);
  CHECK(other.text.empty());
}

TEST_CASE("docx: several check boxes in one cell become one cell each") {
  Document d = Read(Tbl(
      2, "<w:tr>" + Tc(P(R("Har ni haft kö?"))) + Tc(P(R("\u2612 Ja \u2610 Nej"))) + "</w:tr>"));
  REQUIRE(d.lines.size() == 1);
  const Line& l = d.lines[0];
  REQUIRE(l.cells.size() == 3);
  CHECK(l.cells[0].text == "Har ni haft kö?");
  CHECK(l.cells[1].text == "Ja");
  CHECK(l.cells[1].checkbox == CheckboxState::kChecked);
  CHECK(l.cells[2].text == "Nej");
  CHECK(l.cells[2].checkbox == CheckboxState::kUnchecked);
}

TEST_CASE("docx: several mixed check boxes in a paragraph split it, leading text kept") {
  Document d = Read(P(R("Svar: ") + FormCheckbox("<w:checked/>") + R(" Ja ") +
                      SdtCheckbox(false, "\u2610") + R(" Nej ") + R("\u2610 Kan inte bedöma")));
  REQUIRE(d.lines.size() == 1);
  const Line& l = d.lines[0];
  REQUIRE(l.cells.size() == 4);
  CHECK(l.cells[0].text == "Svar:");
  CHECK(l.cells[0].checkbox == CheckboxState::kNone);
  CHECK(l.cells[1].text == "Ja");
  CHECK(l.cells[1].checkbox == CheckboxState::kChecked);
  CHECK(l.cells[2].text == "Nej");
  CHECK(l.cells[2].checkbox == CheckboxState::kUnchecked);
  CHECK(l.cells[3].text == "Kan inte bedöma");
  CHECK(l.cells[3].checkbox == CheckboxState::kUnchecked);
}

TEST_CASE("docx: check boxes in separate paragraphs of one cell split the cell") {
  Document d = Read(Tbl(1, "<w:tr>" + Tc(P(R("\u2610 Ja")) + P(R("\u2612 Nej"))) + "</w:tr>"));
  REQUIRE(d.lines[0].cells.size() == 2);
  CHECK(d.lines[0].cells[0].text == "Ja");
  CHECK(d.lines[0].cells[0].checkbox == CheckboxState::kUnchecked);
  CHECK(d.lines[0].cells[1].text == "Nej");
  CHECK(d.lines[0].cells[1].checkbox == CheckboxState::kChecked);
}

TEST_CASE("docx: a check box outside any paragraph stays in its own cell") {
  std::string box =
      "<w:sdt><w:sdtPr><w14:checkbox><w14:checked w14:val=\"1\"/></w14:checkbox></w:sdtPr>"
      "<w:sdtContent/></w:sdt>";
  Document d = Read(Tbl(2, "<w:tr>" + Tc(box) + Tc(P(R("b"))) + "</w:tr>"));
  REQUIRE(d.lines.size() == 1);
  REQUIRE(d.lines[0].cells.size() == 2);
  CHECK(d.lines[0].cells[0].checkbox == CheckboxState::kChecked);
  CHECK(d.lines[0].cells[1].checkbox == CheckboxState::kNone);
  CHECK(d.lines[0].cells[1].text == "b");
}

TEST_CASE("docx: a legacy drop-down shows its chosen entry") {
  Cell c = OnlyCell(
      "<w:r><w:fldChar w:fldCharType=\"begin\"><w:ffData><w:ddList><w:result w:val=\"1\"/>"
      "<w:listEntry w:val=\"Ja\"/><w:listEntry w:val=\"Nej\"/></w:ddList></w:ffData></w:fldChar>"
      "</w:r><w:r><w:instrText> FORMDROPDOWN </w:instrText></w:r>"
      "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>");
  CHECK(c.text == "Nej");
}

TEST_CASE("docx: ActiveX controls are noted, not guessed") {
  Document d =
      Read(P("<w:r><w:object><w:control r:id=\"rId4\" w:name=\"CheckBox1\"/></w:object></w:r>"));
  REQUIRE(d.lines.size() == 1);
  CHECK(d.lines[0].cells[0].checkbox == CheckboxState::kNone);
  REQUIRE(d.warnings.size() == 1);
  CHECK(d.warnings[0].find("ActiveX") != std::string::npos);
}

// ------------------------------------------------------- tracked changes

TEST_CASE("docx: insertions are kept, deletions and moved-away text dropped") {
  Document d = Read(P(R("en ") +
                      "<w:del w:id=\"1\" w:author=\"a\"><w:r><w:delText>permanent "
                      "</w:delText></w:r></w:del><w:ins w:id=\"2\" w:author=\"a\">" +
                      R("tillfällig") + "</w:ins>" + R(" utökning") + "<w:moveFrom w:id=\"3\">" +
                      R(" gammal plats") + "</w:moveFrom><w:moveTo w:id=\"4\">" + R(" ny plats") +
                      "</w:moveTo>"));
  REQUIRE(d.lines.size() == 1);
  CHECK(d.lines[0].cells[0].text == "en tillfällig utökning ny plats");
  REQUIRE_FALSE(d.warnings.empty());
  CHECK(d.warnings[0].find("tracked changes") != std::string::npos);
}

TEST_CASE("docx: a deleted paragraph mark joins the paragraph to the next") {
  Document d = Read("<w:p><w:pPr><w:rPr><w:del w:id=\"1\" w:author=\"a\"/></w:rPr></w:pPr>" +
                    R("Första ") + "</w:p>" + P(R("andra")) + P(R("tredje")));
  REQUIRE(d.lines.size() == 2);
  CHECK(d.lines[0].cells[0].text == "Första andra");
  CHECK(d.lines[1].cells[0].text == "tredje");
}

TEST_CASE("docx: a deleted table row is dropped") {
  Document d =
      Read(Tbl(1, "<w:tr>" + Tc(P(R("kvar"))) +
                      "</w:tr><w:tr><w:trPr><w:del w:id=\"1\" w:author=\"a\"/></w:trPr>" +
                      Tc(P("<w:del w:id=\"2\"><w:r><w:delText>borta</w:delText></w:r></w:del>")) +
                      "</w:tr>"));
  REQUIRE(d.lines.size() == 1);
  CHECK(d.lines[0].cells[0].text == "kvar");
}

// ---------------------------------------------------------- text boxes

TEST_CASE("docx: a text box is read once, after the paragraph that holds it") {
  std::string box = "<w:txbxContent>" + P(R("I rutan")) + "</w:txbxContent>";
  Document d =
      Read(P(R("Ankare") +
             "<w:r><mc:AlternateContent><mc:Choice Requires=\"wps\">"
             "<w:drawing><wps:txbx>" +
             box +
             "</wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape>"
             "<v:textbox>" +
             box + "</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>") +
           P(R("Nästa")));
  REQUIRE(d.lines.size() == 3);
  CHECK(d.lines[0].cells[0].text == "Ankare");
  CHECK(d.lines[1].cells[0].text == "I rutan");
  CHECK(d.lines[2].cells[0].text == "Nästa");
}

TEST_CASE("docx: a document of text boxes placed on its pages is refused, a form's few are read") {
  // LibreOffice's PDF import saved as Word: every line of every page a text
  // box placed where it stood, all in one paragraph.
  auto boxes = [](int n) {
    std::string runs;
    for (int i = 0; i < n; ++i)
      runs += "<w:r><w:drawing><wps:txbx><w:txbxContent>" + P(R("Rad " + std::to_string(i))) +
              "</w:txbxContent></wps:txbx></w:drawing></w:r>";
    return runs;
  };
  CHECK(Code(DocxBytes(P(boxes(40)))) == "placed_text_boxes");
  // Text boxes that hold little of a form's text (a caption, a stamp's
  // field), or too few to be a page's lines, are read.
  std::string text;
  for (int i = 0; i < 40; ++i) text += P(R("Frågan nummer " + std::to_string(i) + " i formuläret"));
  auto filled = [](const Document& d) {
    return std::count_if(d.lines.begin(), d.lines.end(), [](const Line& l) { return !l.Blank(); });
  };
  CHECK(filled(Read(text + P(boxes(40)))) == 80);
  CHECK(filled(Read(P(boxes(19)))) == 19);
}

TEST_CASE("docx: text boxes anchored at their places, page after page, are read by them") {
  // LibreOffice's PDF import saved as Word: every run of every line a text
  // box anchored in the one paragraph at its offsets (EMU), written page
  // after page, each page top down; the page a box is on is named nowhere.
  auto box = [](double x_in, double y_in, const std::string& text,
                const std::string& from_v = "paragraph") {
    auto emu = [](double in) { return std::to_string(static_cast<long>(in * 914400)); };
    return "<w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wp:anchor>"
           "<wp:positionH relativeFrom=\"column\"><wp:posOffset>" +
           emu(x_in) + "</wp:posOffset></wp:positionH><wp:positionV relativeFrom=\"" + from_v +
           "\"><wp:posOffset>" + emu(y_in) + "</wp:posOffset></wp:positionV><wp:extent cx=\"" +
           emu(2) + "\" cy=\"" + emu(0.163) + "\"/><wps:txbx><w:txbxContent>" + P(R(text)) +
           "</w:txbxContent></wps:txbx></wp:anchor></w:drawing></mc:Choice><mc:Fallback>"
           "<w:pict><v:shape><v:textbox><w:txbxContent>" +
           P(R(text)) +
           "</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>"
           "</mc:AlternateContent></w:r>";
  };
  std::string runs;
  for (int page = 0; page < 2; ++page)
    for (int i = 0; i < 12; ++i) {
      const std::string n = std::to_string(page * 12 + i);
      runs += box(0.8, 1 + 0.8 * i, "Rad " + n) + box(4, 1 + 0.8 * i, n);
    }
  Document d = Read(P(runs));
  CHECK(d.format == "text");
  std::vector<std::string> rows;
  for (const Line& l : d.lines)
    if (!l.Blank()) rows.push_back(std::to_string(l.page) + " " + l.Text());
  REQUIRE(rows.size() == 24);
  CHECK(rows[0] == "1 Rad 0\t0");
  CHECK(rows[11] == "1 Rad 11\t11");
  CHECK(rows[12] == "2 Rad 12\t12");
  REQUIRE(!d.warnings.empty());
  std::string format;
  CHECK(IsPlacedBoxesNote(d.warnings.back(), &format));
  CHECK(format == "docx");
  // The note that text boxes are read in the flow is not given: they are not.
  for (const std::string& w : d.warnings) CHECK(w.find("read as lines after") == std::string::npos);
  // A box that rises from a page's foot to its middle: no page order; refused.
  CHECK(Code(DocxBytes(P(runs + box(0.8, 6, "Mitt på")))) == "placed_text_boxes");
  // Text outside the boxes: refused.
  CHECK(Code(DocxBytes(P(R("Inledning")) + P(runs))) == "placed_text_boxes");
  // Boxes anchored in two paragraphs stand where their paragraphs do: refused.
  CHECK(Code(DocxBytes(P(runs) + P(box(0.8, 1, "Rad")))) == "placed_text_boxes");
  // Boxes placed relative to different things: refused.
  CHECK(Code(DocxBytes(P(runs + box(0.8, 9.9, "Sidan", "page")))) == "placed_text_boxes");
}

// -------------------------------------------------------------- hostile

TEST_CASE("docx: a large document is read whole") {
  // Its time is measured beside pandoc's in bench/run.sh, not here: a unit
  // test is never timed.
  std::string rows;
  for (int i = 0; i < 5000; ++i)
    rows += "<w:tr>" + Tc(P(R("därav mellan 18 och 29 år " + std::to_string(i)))) +
            Tc(P(FormText(std::to_string(i)))) + Tc(P(FormCheckbox("<w:checked/>"))) + "</w:tr>";
  std::string bytes = DocxBytes(Tbl(3, rows));
  Document d;
  REQUIRE(ReadDocx(bytes, ReadOptions(), &d).ok());
  REQUIRE(d.lines.size() == 5000);
  CHECK(d.lines[4999].cells[1].text == "4999");
  CHECK(d.lines[4999].cells[2].checkbox == CheckboxState::kChecked);
}

// ------------------------------------- check boxes under tracked changes

TEST_CASE("docx: a check-box control whose content was deleted gives no check box") {
  // Word's record of an answer changed with tracking on: the old, ticked
  // control's glyph deleted, a new unticked one inserted. Only the new one shows.
  std::string old_box =
      "<w:sdt><w:sdtPr><w14:checkbox><w14:checked w14:val=\"1\"/></w14:checkbox></w:sdtPr>"
      "<w:sdtContent><w:del w:id=\"1\" w:author=\"a\"><w:r><w:delText>\u2612</w:delText></w:r>"
      "</w:del></w:sdtContent></w:sdt>";
  std::string new_box =
      "<w:ins w:id=\"2\" w:author=\"a\">" + SdtCheckbox(false, "\u2610") + "</w:ins>";
  Document d = Read(Tbl(2, "<w:tr>" + Tc(P(R("Ja"))) + Tc(P(old_box + new_box)) + "</w:tr>"));
  REQUIRE(d.lines.size() == 1);
  REQUIRE(d.lines[0].cells.size() == 2);
  CHECK(d.lines[0].cells[1].checkbox == CheckboxState::kUnchecked);
  // A control whose glyph is hidden text shows nothing either.
  std::string hidden =
      "<w:sdt><w:sdtPr><w14:checkbox><w14:checked w14:val=\"1\"/></w14:checkbox></w:sdtPr>"
      "<w:sdtContent><w:r><w:rPr><w:vanish/></w:rPr><w:t>\u2612</w:t></w:r></w:sdtContent>"
      "</w:sdt>";
  CHECK(OnlyCell(R("Ja ") + hidden).checkbox == CheckboxState::kNone);
  // An empty control (no glyph run at all) still has its state.
  CHECK(OnlyCell("<w:sdt><w:sdtPr><w14:checkbox><w14:checked w14:val=\"1\"/></w14:checkbox>"
                 "</w:sdtPr><w:sdtContent/></w:sdt>")
            .checkbox == CheckboxState::kChecked);
}

TEST_CASE("docx: an embedded document (altChunk) is noted, not read") {
  Document d = Read(P(R("Före")) + "<w:altChunk r:id=\"rIdChunk1\"/>" + P(R("Efter")));
  REQUIRE(d.lines.size() == 2);
  REQUIRE(d.warnings.size() == 1);
  CHECK(d.warnings[0].find("w:altChunk rIdChunk1") != std::string::npos);
  CHECK(d.warnings[0].find("not read") != std::string::npos);
}

}  // namespace docx_reader_test
