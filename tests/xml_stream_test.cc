// The streaming XML reader (read/office/xml_stream): events, attributes,
// encodings, and DOCTYPEs refused however they are hidden.
#include "read/office/xml_stream.h"

#include <doctest/doctest.h>

#include <string>

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