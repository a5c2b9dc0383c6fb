// The streaming XML reader (read/office/xml_stream): events, attributes,
// encodings, and DOCTYPEs refused however they are hidden.
#include "read/office/xml_stream.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace xml_stream_test {

using namespace redovis;

TEST_CASE("xml stream: a DOCTYPE hidden behind a long prolog comment is still refused") {
  std::string xml = "<?xml version=\"1.0\"?>\n<!--" + std::string(70000, 'c') +
                    "-->\n<!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 "
                    "\"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">]><r>&lol2;</r>";
  XmlStream x(xml, "part.xml", 256);
  int events = 0;
  while (x.Next()) ++events;
  CHECK(x.status().code() == "xml_dtd");
  CHECK(events == 0);
}

TEST_CASE("xml stream: events, empty elements and attributes") {
  std::string xml = "<a xmlns=\"urn:a\" xmlns:b=\"urn:b\"><b:c b:k=\"v\" k=\"plain\"/>text</a>";
  XmlStream x(xml, "p.xml", 10);
  REQUIRE(x.Next());
  CHECK(x.event() == XmlStream::Event::kStart);
  CHECK(x.local_name() == "a");
  CHECK(x.ns() == "urn:a");
  CHECK(x.depth() == 1);
  REQUIRE(x.Next());
  CHECK(x.local_name() == "c");
  CHECK(x.ns() == "urn:b");
  CHECK(x.depth() == 2);
  std::string v;
  CHECK(x.Attribute("urn:b", "k", &v));
  CHECK(v == "v");
  CHECK(x.Attribute("", "k", &v));
  CHECK(v == "plain");
  CHECK_FALSE(x.Attribute("urn:a", "k", &v));
  REQUIRE(x.Next());
  CHECK(x.event() == XmlStream::Event::kEnd);
  CHECK(x.local_name() == "c");
  REQUIRE(x.Next());
  CHECK(x.event() == XmlStream::Event::kText);
  CHECK(x.text() == "text");
  REQUIRE(x.Next());
  CHECK(x.event() == XmlStream::Event::kEnd);
  CHECK_FALSE(x.Next());
  CHECK(x.status().ok());
}

TEST_CASE("xml stream: a UTF-16 part is read, and its DOCTYPE refused") {
  auto utf16 = [](const std::string& ascii) {
    std::string s = "\xFF\xFE";
    for (char c : ascii) {
      s.push_back(c);
      s.push_back('\0');
    }
    return s;
  };
  std::string ok = utf16("<?xml version=\"1.0\" encoding=\"UTF-16\"?><r>hej</r>");
  XmlStream a(ok, "p.xml", 10);
  std::string text;
  while (a.Next())
    if (a.event() == XmlStream::Event::kText) text += a.text();
  CHECK(a.status().ok());
  CHECK(text == "hej");
  std::string bad = utf16(
      "<?xml version=\"1.0\" encoding=\"UTF-16\"?><!DOCTYPE r [<!ENTITY e "
      "SYSTEM \"file:///etc/passwd\">]><r>&e;</r>");
  XmlStream b(bad, "p.xml", 10);
  while (b.Next()) {
  }
  CHECK(b.status().code() == "xml_dtd");
}
TEST_CASE("xml stream: text, references and comments read as a tree's text nodes hold them") {
  // A run of text longer than the slices the parser is fed is one event.
  std::string long_text = std::string(100000, 'a') + "&amp;" + std::string(100000, 'b');
  std::string whole = "<r>" + long_text + "</r>";  // the part outlives its stream
  XmlStream a(whole, "p.xml", 10);
  std::vector<std::string> texts;
  while (a.Next())
    if (a.event() == XmlStream::Event::kText) texts.emplace_back(a.text());
  CHECK(a.status().ok());
  REQUIRE(texts.size() == 1);
  CHECK(texts[0] == std::string(100000, 'a') + "&" + std::string(100000, 'b'));
  // References join the text around them; a comment parts it.
  std::string xml = "<r k=\"a &amp; b &lt; &#38; &#x41; &quot;\">x&amp;y&#65;<!--c-->z</r>";
  XmlStream b(xml, "p.xml", 10);
  REQUIRE(b.Next());
  std::string v;
  REQUIRE(b.Attribute("", "k", &v));
  CHECK(v == "a & b < & A \"");
  texts.clear();
  while (b.Next())
    if (b.event() == XmlStream::Event::kText) texts.emplace_back(b.text());
  CHECK(texts == std::vector<std::string>{"x&yA", "z"});
}

TEST_CASE("xml stream: many elements over many slices, then an error after them") {
  std::string xml = "<r>";
  for (int i = 0; i < 20000; ++i) xml += "<p n=\"" + std::to_string(i) + "\">t</p>";
  std::string good = xml + "</r>", bad_xml = xml + "</q>";
  XmlStream x(good, "p.xml", 10);
  int starts = 0, ends = 0, last = -1;
  bool in_order = true;
  while (x.Next()) {
    if (x.event() == XmlStream::Event::kStart && x.depth() == 2) {
      std::string n;
      REQUIRE(x.Attribute("", "n", &n));
      in_order = in_order && std::stoi(n) == last + 1;
      last = std::stoi(n);
      ++starts;
    }
    if (x.event() == XmlStream::Event::kEnd) ++ends;
  }
  CHECK(x.status().ok());
  CHECK(in_order);
  CHECK(starts == 20000);
  CHECK(ends == 20001);
  XmlStream bad(bad_xml, "p.xml", 10);
  starts = 0;
  while (bad.Next())
    if (bad.event() == XmlStream::Event::kStart) ++starts;
  CHECK(starts == 20001);  // every element before the error
  CHECK(bad.status().code() == "xml_error");
  CHECK(bad.status().message().find("mismatch") != std::string::npos);
}

TEST_CASE("line builder: a paragraph of its own with a gap of spaces between words is spaced") {
  // LibreOffice's text import keeps a laid-out line's gaps inside its
  // paragraph; the normaliser squeezes them, so the builder says so.
  Document d;
  LineBuilder b(&d);
  const char* texts[] = {"Kontaktperson Inga-Lill          Avdelning/Enhet Socialförvaltningen",
                         "Kontaktperson Inga-Lill Nilsson", "   Nilsson  "};
  for (const char* t : texts) {
    b.BeginParagraph();
    b.AddText(t);
    b.EndParagraph();
  }
  // A cell's paragraph is no line of its own: never spaced.
  b.BeginTable();
  REQUIRE(b.BeginRow());
  REQUIRE(b.BeginCell());
  b.BeginParagraph();
  b.AddText("Kommun    Timrå");
  b.EndParagraph();
  b.EndCell();
  b.EndRow();
  b.EndTable();
  b.Finish();
  REQUIRE(d.lines.size() == 4);
  CHECK(d.lines[0].spaced);
  CHECK_FALSE(d.lines[1].spaced);  // single spaces
  CHECK_FALSE(d.lines[2].spaced);  // spaces at the edges only
  CHECK(d.lines[3].cells[0].text == "Kommun    Timrå");
  CHECK_FALSE(d.lines[3].spaced);
}

}  // namespace xml_stream_test
