// The OpenDocument reader: small .odt files built in memory for each
// construct, the generated samples against their seed texts, LibreOffice's
// own forms of Word fields and content controls, and the hostile files.
#include "read/office/odt_reader.h"

#include <doctest/doctest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "read/office/placed_boxes.h"
#include "read/text/text_reader.h"
#include "redovis/readers.h"
#include "test_support.h"

namespace redovis::testing {
// Defined in zip_archive_test.cc.
std::string MakeZip(const std::vector<std::pair<std::string, std::string>>& files, bool store);
std::string OfficeTestFile(const std::string& name);
}  // namespace redovis::testing

namespace odt_reader_test {

using namespace redovis;
using redovis::testing::IsSeedMark;
using redovis::testing::MakeZip;
using redovis::testing::OfficeTestFile;
using redovis::testing::SampleFile;

namespace {

const char* kNs =
    "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
    "xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\" "
    "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "
    "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" "
    "xmlns:draw=\"urn:oasis:names:tc:opendocument:xmlns:drawing:1.0\" "
    "xmlns:svg=\"urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0\" "
    "xmlns:form=\"urn:oasis:names:tc:opendocument:xmlns:form:1.0\" "
    "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" "
    "xmlns:field=\"urn:openoffice:names:experimental:ooo-ms-interop:xmlns:field:1.0\" "
    "xmlns:loext=\"urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0\" "
    "office:version=\"1.3\"";

std::string ContentXml(const std::string& text_body, const std::string& before_body = "") {
  return std::string("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-content ") +
         kNs + ">" + before_body +
         "<office:automatic-styles><style:style style:name=\"P1\" style:family=\"paragraph\">"
         "<style:text-properties/></style:style></office:automatic-styles>"
         "<office:body><office:text>" +
         text_body + "</office:text></office:body></office:document-content>";
}

std::string OdtBytes(const std::string& text_body, const std::string& before_body = "") {
  return MakeZip({{"mimetype", "application/vnd.oasis.opendocument.text"},
                  {"content.xml", ContentXml(text_body, before_body)}},
                 false);
}

Document Read(const std::string& text_body) {
  Document d;
  Status s = ReadOdt(OdtBytes(text_body), ReadOptions(), &d);
  REQUIRE_MESSAGE(s.ok(), s.ToString());
  return d;
}

std::string Code(const std::string& bytes) {
  Document d;
  Status s = ReadOdt(bytes, ReadOptions(), &d);
  if (!s.ok()) CHECK(d.lines.empty());
  return s.code();
}

std::string P(const std::string& content) {
  return "<text:p text:style-name=\"P1\">" + content + "</text:p>";
}
std::string Cell_(const std::string& content, const std::string& attrs = "") {
  return "<table:table-cell office:value-type=\"string\"" + attrs + ">" + content +
         "</table:table-cell>";
}
std::string Table(int columns, const std::string& rows) {
  return "<table:table table:name=\"T\"><table:table-column table:number-columns-repeated=\"" +
         std::to_string(columns) + "\"/>" + rows + "</table:table>";
}
std::string Row(const std::string& cells) {
  return "<table:table-row>" + cells + "</table:table-row>";
}

Cell OnlyCell(const std::string& paragraph_content) {
  Document d = Read(P(paragraph_content));
  REQUIRE(d.lines.size() == 1);
  REQUIRE(d.lines[0].cells.size() == 1);
  return d.lines[0].cells[0];
}

using Strings = std::vector<std::string>;

std::vector<std::string> Texts(const Line& line) {
  std::vector<std::string> out;
  for (const Cell& c : line.cells) out.push_back(c.text);
  return out;
}

std::string Forms(const std::string& controls) {
  return "<office:forms form:automatic-focus=\"false\" form:apply-design-mode=\"false\">"
         "<form:form form:name=\"Standard\">" +
         controls + "</form:form></office:forms>";
}

std::string Control(const std::string& id) {
  return "<draw:control text:anchor-type=\"as-char\" svg:width=\"0.4cm\" svg:height=\"0.4cm\" "
         "draw:control=\"" +
         id + "\"/>";
}

}  // namespace

TEST_CASE("odt: paragraphs and headings become lines") {
  Document d = Read(
      "<text:sequence-decls><text:sequence-decl text:name=\"Table\"/>"
      "</text:sequence-decls>" +
      P("Statsbidrag avseende år 2020") + P("") +
      "<text:h text:outline-level=\"1\">1. Personliga ombud</text:h>");
  CHECK(d.format == "odt");
  CHECK(d.page_count == 0);
  REQUIRE(d.lines.size() == 3);
  CHECK(d.lines[0].cells[0].text == "Statsbidrag avseende år 2020");
  CHECK(d.lines[1].Blank());
  CHECK(d.lines[2].cells[0].text == "1. Personliga ombud");
  CHECK(d.lines[2].number == 3);
  CHECK(d.lines[0].origin == "paragraph 1");
}

TEST_CASE("odt: white space collapses; text:s and text:line-break are literal") {
  Cell c = OnlyCell(
      "  Kommun   <text:span text:style-name=\"T1\"> Timrå</text:span>"
      "<text:s text:c=\"3\"/>x y<text:line-break/>z\n  w");
  CHECK(c.text == "Kommun Timrå   x y\nz w");
  // EN SPACEs are not XML white space: a blank form field survives.
  CHECK(OnlyCell("Kommun \u2002\u2002\u2002\u2002\u2002").text ==
        "Kommun \u2002\u2002\u2002\u2002\u2002");
}

TEST_CASE("odt: text:tab parts a paragraph of its own into cells (a table turned into text)") {
  Document d = Read(P("Kontaktperson Inga-Lill Nilsson<text:tab/>Avdelning/Enhet "
                      "Socialförvaltningen") +
                    P("<text:tab/>Kommun<text:tab/> <text:tab/>Timrå"));
  REQUIRE(d.lines.size() == 2);
  REQUIRE(d.lines[0].cells.size() == 2);
  CHECK(d.lines[0].cells[0].text == "Kontaktperson Inga-Lill Nilsson");
  CHECK(d.lines[0].cells[1].text == "Avdelning/Enhet Socialförvaltningen");
  REQUIRE(d.lines[1].cells.size() == 4);
  CHECK(d.lines[1].cells[0].text.empty());
  CHECK(d.lines[1].cells[1].text == "Kommun");
  CHECK(d.lines[1].cells[2].text.empty());
  CHECK(d.lines[1].cells[3].text == "Timrå");
}

TEST_CASE("odt: notes, annotations, ruby guides and tracked deletions are not text") {
  Cell c = OnlyCell(
      "decimaler<text:note text:note-class=\"footnote\"><text:note-citation>1</text:note-citation>"
      "<text:note-body><text:p>Anges med två decimaler.</text:p></text:note-body></text:note>:"
      "<office:annotation><dc:creator>A</dc:creator><text:p>kommentar</text:p></office:annotation>"
      "<text:ruby><text:ruby-base> bas</text:ruby-base><text:ruby-text>guide</text:ruby-text>"
      "</text:ruby><text:a xlink:href=\"http://x\" xmlns:xlink=\"http://www.w3.org/1999/xlink\"> "
      "länk</text:a>");
  CHECK(c.text == "decimaler: bas länk");
}

TEST_CASE("odt: tracked changes are read as accepted") {
  Document d = Read(
      "<text:tracked-changes><text:changed-region text:id=\"ct1\"><text:deletion>"
      "<office:change-info><dc:creator>A</dc:creator></office:change-info>"
      "<text:p>permanent </text:p></text:deletion></text:changed-region>"
      "<text:changed-region text:id=\"ct2\"><text:insertion><office:change-info>"
      "<dc:creator>A</dc:creator></office:change-info></text:insertion></text:changed-region>"
      "</text:tracked-changes>" +
      P("en <text:change text:change-id=\"ct1\"/><text:change-start text:change-id=\"ct2\"/>"
        "tillfällig<text:change-end text:change-id=\"ct2\"/> utökning"));
  REQUIRE(d.lines.size() == 1);
  CHECK(d.lines[0].cells[0].text == "en tillfällig utökning");
  REQUIRE_FALSE(d.warnings.empty());
}

TEST_CASE("odt: styles and other parts outside the body are not read") {
  Document d;
  std::string before =
      "<office:font-face-decls><style:font-face style:name=\"Arial\"/></office:font-face-decls>"
      "<office:scripts><office:script>text that is not the document</office:script>"
      "</office:scripts>";
  REQUIRE(ReadOdt(OdtBytes(P("Brödtext"), before), ReadOptions(), &d).ok());
  REQUIRE(d.lines.size() == 1);
  CHECK(d.lines[0].cells[0].text == "Brödtext");
}

TEST_CASE("odt: a hidden section is not read") {
  Document d =
      Read("<text:section text:name=\"S\" text:display=\"none\">" + P("dold") +
           "</text:section><text:section text:name=\"S2\">" + P("synlig") + "</text:section>");
  REQUIRE(d.lines.size() == 1);
  CHECK(d.lines[0].cells[0].text == "synlig");
}

TEST_CASE("odt: lists are paragraphs") {
  Document d = Read("<text:list><text:list-item>" + P("ett") + "</text:list-item><text:list-item>" +
                    P("två") + "</text:list-item></text:list>");
  REQUIRE(d.lines.size() == 2);
  CHECK(d.lines[1].cells[0].text == "två");
}

// ---------------------------------------------------------------- tables

TEST_CASE("odt: table rows become lines with one cell per column") {
  Document d = Read(
      Table(3, Row(Cell_(P("")) + Cell_(P("Kvinnor")) + Cell_(P("Män"))) + "<table:table-rows>" +
                   Row(Cell_(P("Totalt antal klienter")) + Cell_(P("29")) + Cell_(P(""))) +
                   "</table:table-rows>"));
  REQUIRE(d.lines.size() == 2);
  CHECK(Texts(d.lines[0]) == Strings{"", "Kvinnor", "Män"});
  CHECK(Texts(d.lines[1]) == Strings{"Totalt antal klienter", "29", ""});
  CHECK(d.lines[1].origin == "table 1 row 2");
}

TEST_CASE("odt: spanned and covered cells hold the grid; repeated cells repeat") {
  Document d = Read(Table(
      4, Row(Cell_(P("Rubrik"), " table:number-columns-spanned=\"3\"") +
             "<table:covered-table-cell/><table:covered-table-cell/>" + Cell_(P("Sist"))) +
             Row(Cell_(P("a"), " table:number-rows-spanned=\"2\"") +
                 Cell_(P(""), " table:number-columns-repeated=\"2\"") + Cell_(P("b"))) +
             Row("<table:covered-table-cell><text:p>dold</text:p></table:covered-table-cell>" +
                 Cell_(P("c")) + Cell_(P("d")) + Cell_(P("e")))));
  REQUIRE(d.lines.size() == 3);
  CHECK(Texts(d.lines[0]) == Strings{"Rubrik", "", "", "Sist"});
  CHECK(Texts(d.lines[1]) == Strings{"a", "", "", "b"});
  CHECK(Texts(d.lines[2]) == Strings{"", "c", "d", "e"});
}

TEST_CASE("odt: a span without covered cells still holds the grid") {
  Document d =
      Read(Table(3, Row(Cell_(P("Bred"), " table:number-columns-spanned=\"2\"") + Cell_(P("x")))));
  CHECK(Texts(d.lines[0]) == Strings{"Bred", "", "x"});
}

TEST_CASE("odt: repeated rows repeat; short rows are padded") {
  Document d = Read(Table(2, "<table:table-row table:number-rows-repeated=\"2\">" +
                                 Cell_(P("igen")) + "</table:table-row>"));
  REQUIRE(d.lines.size() == 2);
  CHECK(Texts(d.lines[1]) == Strings{"igen", ""});
}

TEST_CASE("odt: several paragraphs in a cell join; a nested table follows its row") {
  std::string inner = Table(2, Row(Cell_(P("i1")) + Cell_(P("i2"))));
  Document d =
      Read(Table(2, Row(Cell_(P("Rad ett") + inner + P("Rad två")) + Cell_(P("B")))) + P("Efter"));
  REQUIRE(d.lines.size() == 3);
  CHECK(Texts(d.lines[0]) == Strings{"Rad ett\nRad två", "B"});
  CHECK(Texts(d.lines[1]) == Strings{"i1", "i2"});
  CHECK(d.lines[1].origin == "table 2 row 1");
  CHECK(d.lines[2].cells[0].text == "Efter");
}

TEST_CASE("odt: a text box follows the paragraph that anchors it") {
  Document d = Read(P("Ankare<draw:frame draw:name=\"F\" text:anchor-type=\"as-char\">"
                      "<svg:title>alt-text</svg:title><draw:text-box>" +
                      P("I rutan") + "</draw:text-box></draw:frame>") +
                    P("Nästa"));
  REQUIRE(d.lines.size() == 3);
  CHECK(d.lines[0].cells[0].text == "Ankare");
  CHECK(d.lines[1].cells[0].text == "I rutan");
  CHECK(d.lines[2].cells[0].text == "Nästa");
}

TEST_CASE("odt: a document of text boxes placed on its pages is refused, a form's few are read") {
  // Frames anchored to a page that say not where on it they stand.
  auto boxes = [](int n) {
    std::string frames;
    for (int i = 0; i < n; ++i)
      frames +=
          "<draw:frame text:anchor-type=\"page\" text:anchor-page-number=\"1\">"
          "<draw:text-box>" +
          P("Rad " + std::to_string(i)) + "</draw:text-box></draw:frame>";
    return frames;
  };
  CHECK(Code(OdtBytes(boxes(40))) == "placed_text_boxes");
  std::string text;
  for (int i = 0; i < 40; ++i) text += P("Frågan nummer " + std::to_string(i) + " i formuläret");
  CHECK(Read(text + boxes(40)).lines.size() == 80);
  CHECK(Read(boxes(19)).lines.size() == 19);
}

TEST_CASE("odt: a document of text boxes placed on its pages is read by their places") {
  // LibreOffice's PDF import saved as OpenDocument: every run of every line
  // a frame anchored to its page at its svg:x and svg:y, written in drawing
  // order (here bottom up, the pages mixed).
  auto frame = [](int page, double x, double y, const std::string& text) {
    return "<draw:frame text:anchor-type=\"page\" text:anchor-page-number=\"" +
           std::to_string(page) + "\" svg:width=\"2in\" svg:height=\"0.163in\" svg:x=\"" +
           std::to_string(x) + "in\" svg:y=\"" + std::to_string(y) + "in\"><draw:text-box>" +
           P(text) + "</draw:text-box></draw:frame>";
  };
  std::string frames;
  for (int i = 19; i >= 0; --i) {
    frames += frame(1 + i / 10, 4, 1 + 0.25 * (i % 10), std::to_string(i));
    frames += frame(1 + i / 10, 0.8, 1 + 0.25 * (i % 10), "Rad " + std::to_string(i));
  }
  Document d = Read(frames);
  CHECK(d.format == "text");
  std::vector<std::string> rows;
  for (const Line& l : d.lines)
    if (!l.Blank()) rows.push_back(std::to_string(l.page) + " " + l.Text());
  REQUIRE(rows.size() == 20);
  CHECK(rows[0] == "1 Rad 0\t0");
  CHECK(rows[9] == "1 Rad 9\t9");
  CHECK(rows[10] == "2 Rad 10\t10");
  REQUIRE(!d.warnings.empty());
  std::string format;
  CHECK(IsPlacedBoxesNote(d.warnings.back(), &format));
  CHECK(format == "odt");
  // Text outside the boxes (a paragraph of the body): the order of the
  // boxes' text and the rest cannot be told; refused.
  CHECK(Code(OdtBytes(P("Inledning") + frames)) == "placed_text_boxes");
  // Frames anchored to paragraphs stand where their paragraph does: refused.
  std::string anchored = frames;
  const std::string page = "anchor-type=\"page\"", para = "anchor-type=\"paragraph\"";
  for (size_t at = 0; (at = anchored.find(page, at)) != std::string::npos; at += para.size())
    anchored.replace(at, page.size(), para);
  CHECK(Code(OdtBytes(anchored)) == "placed_text_boxes");
}

// --------------------------------------------------- controls and fields

TEST_CASE("odt: form check boxes placed by draw:control give their state") {
  std::string forms = Forms(
      "<form:checkbox form:name=\"a\" xml:id=\"control1\" form:id=\"control1\" "
      "form:current-state=\"checked\"/>"
      "<form:checkbox form:name=\"b\" xml:id=\"control2\" form:id=\"control2\" "
      "form:current-state=\"unchecked\" form:state=\"checked\"/>"
      "<form:checkbox form:name=\"c\" form:id=\"control3\" form:state=\"checked\"/>"
      "<form:checkbox form:name=\"d\" xml:id=\"control4\"/>"
      "<form:checkbox form:name=\"e\" xml:id=\"control5\" form:label=\"Ja\" "
      "form:current-state=\"checked\"/>"
      "<form:text form:name=\"t\" xml:id=\"control6\" form:current-value=\"Timrå\"/>");
  Document d =
      Read(forms + Table(6, Row(Cell_(P(Control("control1"))) + Cell_(P(Control("control2"))) +
                                Cell_(P(Control("control3"))) + Cell_(P(Control("control4"))) +
                                Cell_(P(Control("control5"))) +
                                Cell_(P("Kommun " + Control("control6"))))));
  REQUIRE(d.lines.size() == 1);
  const Line& l = d.lines[0];
  REQUIRE(l.cells.size() == 6);
  CHECK(l.cells[0].checkbox == CheckboxState::kChecked);
  CHECK(l.cells[1].checkbox == CheckboxState::kUnchecked);  // current-state wins
  CHECK(l.cells[2].checkbox == CheckboxState::kChecked);    // form:state, ODF 1.1 id
  CHECK(l.cells[3].checkbox == CheckboxState::kUnchecked);
  CHECK(l.cells[4].checkbox == CheckboxState::kChecked);
  CHECK(l.cells[4].text == "Ja");
  CHECK(l.cells[5].text == "Kommun Timrå");
  CHECK(l.cells[5].checkbox == CheckboxState::kNone);
}

TEST_CASE("odt: Word check boxes and text fields as LibreOffice keeps them") {
  Document d = Read(Table(
      3,
      Row(Cell_(
              P("Har ni haft kö? <field:fieldmark-start text:name=\"Text7\" "
                "field:type=\"vnd.oasis.opendocument.field.FORMTEXT\"/><field:fieldmark-separator/>"
                "3-4 månader<field:fieldmark-end/>")) +
          Cell_(P("<field:fieldmark text:name=\"k1\" field:type=\"vnd.oasis.opendocument.field."
                  "FORMCHECKBOX\"><field:param field:name=\"Checkbox_Checked\" "
                  "field:value=\"true\"/></field:fieldmark>")) +
          Cell_(P("<field:fieldmark text:name=\"k2\" field:type=\"vnd.oasis.opendocument.field."
                  "FORMCHECKBOX\"/>")))));
  const Line& l = d.lines[0];
  CHECK(l.cells[0].text == "Har ni haft kö? 3-4 månader");
  CHECK(l.cells[1].checkbox == CheckboxState::kChecked);
  CHECK(l.cells[2].checkbox == CheckboxState::kUnchecked);
}

TEST_CASE("odt: a fieldmark's command before its separator is not text") {
  Cell c = OnlyCell(
      "Sida <field:fieldmark-start text:name=\"f\" "
      "field:type=\"vnd.oasis.opendocument.field.UNHANDLED\"/> PAGE \\* MERGEFORMAT "
      "<field:fieldmark-separator/>3<field:fieldmark-end/> av 4");
  CHECK(c.text == "Sida 3 av 4");
  Cell no_sep = OnlyCell(
      "Svar: <field:fieldmark-start text:name=\"f\" "
      "field:type=\"vnd.oasis.opendocument.field.FORMTEXT\"/>Timrå"
      "<field:fieldmark-end/>.");
  CHECK(no_sep.text == "Svar: Timrå.");
}

TEST_CASE("odt: LibreOffice content-control check boxes set the state and drop the glyph") {
  Document d =
      Read(P("<loext:content-control loext:checkbox=\"true\" loext:checked=\"true\" "
             "loext:checked-state=\"\u2612\" loext:unchecked-state=\"\u2610\">"
             "<text:span>\u2612</text:span></loext:content-control> Ja "
             "<loext:content-control loext:checkbox=\"true\"><text:span>\u2610"
             "</text:span></loext:content-control> Nej"));
  const Line& l = d.lines[0];
  REQUIRE(l.cells.size() == 2);
  CHECK(l.cells[0].text == "Ja");
  CHECK(l.cells[0].checkbox == CheckboxState::kChecked);
  CHECK(l.cells[1].text == "Nej");
  CHECK(l.cells[1].checkbox == CheckboxState::kUnchecked);
}

TEST_CASE("odt: check-box glyphs set the state and leave the text") {
  Cell c = OnlyCell("\u2611 Ja");
  CHECK(c.checkbox == CheckboxState::kChecked);
  CHECK(c.text == "Ja");
  Document d = Read(P("\u2612 Ja \u2610 Nej"));
  REQUIRE(d.lines[0].cells.size() == 2);
  CHECK(d.lines[0].cells[1].checkbox == CheckboxState::kUnchecked);
  CHECK(d.lines[0].cells[1].text == "Nej");
}

// --------------------------------------------------------------- hostile

TEST_CASE("odt: hostile and broken files give their exact codes") {
  std::string deep;  // 100000 nested elements
  for (int i = 0; i < 100000; ++i) deep += "<a>";
  for (int i = 0; i < 100000; ++i) deep += "</a>";
  struct Case {
    std::string name;
    std::string bytes;
    const char* code;
  } cases[] = {
      {"empty", "", "not_a_zip"},
      {"random", OfficeTestFile("random.docx"), "not_a_zip"},
      {"truncated", OdtBytes(P("x")).substr(0, 100), "not_a_zip"},
      {"no_content.odt", OfficeTestFile("no_content.odt"), "missing_part"},
      {"xxe.odt", OfficeTestFile("xxe.odt"), "xml_dtd"},
      {"invalid_xml.odt", OfficeTestFile("invalid_xml.odt"), "xml_error"},
      {"deep", MakeZip({{"content.xml", ContentXml(deep)}}, false), "xml_too_deep"},
  };
  for (const Case& k : cases) {
    CAPTURE(k.name);
    CHECK(Code(k.bytes) == k.code);
  }
}

TEST_CASE(
    "odt: a zip bomb in content.xml is zip_bomb; a large, compressible one under the limits is "
    "read") {
  std::string body(8u << 20, 'a');
  std::string z = MakeZip({{"content.xml", ContentXml(P(body))}}, false);
  ReadOptions tight;
  tight.max_part_bytes = 4u << 20;
  Document d;
  CHECK(ReadOdt(z, tight, &d).code() == "zip_bomb");
  CHECK(Code(z) == "");
}

TEST_CASE("odt: a package that says it is not a text document is read with a warning") {
  Document d;
  REQUIRE(ReadOdt(MakeZip({{"mimetype", "application/vnd.oasis.opendocument.spreadsheet"},
                           {"content.xml", ContentXml(P("x"))}},
                          false),
                  ReadOptions(), &d)
              .ok());
  REQUIRE(d.warnings.size() == 1);
  CHECK(d.warnings[0].find("spreadsheet") != std::string::npos);
}

TEST_CASE("odt: the document reader sniffs OpenDocument by its mimetype") {
  Document d;
  REQUIRE(ReadDocument(OdtBytes(P("Hej")), "utan-namn", ReadOptions(), &d).ok());
  CHECK(d.format == "odt");
  CHECK(d.lines[0].cells[0].text == "Hej");
}

TEST_CASE("odt: a flat ODT (.fodt) is read as its body, whatever the file is named") {
  // LibreOffice's flat XML: office:document, its styles and settings before the body.
  std::string flat = std::string("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document ") +
                     kNs +
                     " office:mimetype=\"application/vnd.oasis.opendocument.text\">"
                     "<office:meta><dc:title>Kommun Fel</dc:title></office:meta>"
                     "<office:styles><style:style style:name=\"S\" style:family=\"text\"/>"
                     "</office:styles><office:body><office:text>" +
                     P("Kommun Tyresö") +
                     "<table:table><table:table-column table:number-columns-repeated=\"2\"/>"
                     "<table:table-row>" +
                     Cell_(P("Ja")) + Cell_(P("\u2612")) +
                     "</table:table-row></table:table></office:text></office:body>"
                     "</office:document>";
  for (const char* name : {"rapport.fodt", "utan-namn", "rapport.txt"}) {
    Document d;
    Status s = ReadDocument(flat, name, ReadOptions(), &d);
    REQUIRE_MESSAGE(s.ok(), s.ToString());
    CHECK(d.format == "fodt");
    REQUIRE(d.lines.size() == 2);
    CHECK(d.lines[0].cells[0].text == "Kommun Tyresö");
    REQUIRE(d.lines[1].cells.size() == 2);
    CHECK(d.lines[1].cells[1].checkbox == CheckboxState::kChecked);
  }
  CHECK(IsReadableExtension(".fodt"));
  // Broken XML is the XML error, never text read as a report.
  Document d;
  CHECK(ReadFlatOdt(flat.substr(0, flat.size() - 40), ReadOptions(), &d).code() == "xml_error");
  CHECK(d.lines.empty());
}

// --------------------------------------------------------------- samples

namespace {

/// Checks that `d` holds the lines the text reader makes of the seed text
/// (which joins a cell's wrapped lines): the same cells in the same columns,
/// white space squeezed as ODF does, trailing padding allowed, and a check box
/// where the text has a mark or an empty mark cell. Returns the check boxes seen.
int CheckMatchesSeed(const Document& d, const std::string& seed) {
  Document t;
  REQUIRE(ReadText(seed, &t).ok());
  REQUIRE(d.lines.size() == t.lines.size());
  auto squeeze = [](const std::string& s) {
    std::string o;
    for (char ch : s)
      if (ch != ' ' || (!o.empty() && o.back() != ' ' && o.back() != '\n')) o.push_back(ch);
    size_t k;
    while ((k = o.find(" \n")) != std::string::npos) o.erase(k, 1);
    while (!o.empty() && o.back() == ' ') o.pop_back();
    return o;
  };
  int boxes = 0;
  for (size_t i = 0; i < t.lines.size(); ++i) {
    const Line& l = d.lines[i];
    CAPTURE(i);
    std::string text_line = t.lines[i].Text();
    CAPTURE(text_line);
    REQUIRE(l.cells.size() >= t.lines[i].cells.size());
    for (size_t c = 0; c < l.cells.size(); ++c) {
      std::string want = c < t.lines[i].cells.size() ? t.lines[i].cells[c].text : "";
      if (l.cells[c].checkbox != CheckboxState::kNone) {
        ++boxes;
        CHECK(l.cells[c].text.empty());
        CHECK((l.cells[c].checkbox == CheckboxState::kChecked) == IsSeedMark(squeeze(want)));
      } else {
        CHECK(squeeze(l.cells[c].text) == squeeze(want));
      }
    }
  }
  return boxes;
}

}  // namespace

TEST_CASE("odt samples: every sample reads back as its text") {
  const char* stems[] = {"000_2b37c49d4415161a", "001_6c9c6f8633700f23", "002_b542900f2722aa90",
                         "003_9905a62abaf84389", "2023_filled"};
  for (const char* stem : stems) {
    std::string name = stem;
    CAPTURE(name);
    Document d;
    Status s = ReadOdt(SampleFile(name + ".odt"), ReadOptions(), &d);
    REQUIRE_MESSAGE(s.ok(), s.ToString());
    int boxes = CheckMatchesSeed(d, SampleFile(name + ".txt"));
    if (name[0] == '0' && name[2] != '2') {
      CHECK(boxes > 40);
    } else {
      CHECK(boxes == 0);
    }
  }
}

}  // namespace odt_reader_test
