// Helpers for the Word reader's tests: a .docx built in memory from the
// body of its document.xml, and the runs, cells and fields that body is made
// of. Test code only.
#ifndef REDOVIS_TESTS_DOCX_TEST_SUPPORT_H_
#define REDOVIS_TESTS_DOCX_TEST_SUPPORT_H_

#include <doctest/doctest.h>
#include <unistd.h>

#include <cstdio>
#include <string>
#include <utility>
#include <vector>

#include "read/office/docx_reader.h"
#include "redovis/document.h"
#include "redovis/readers.h"

namespace redovis::testing {

// Defined in zip_archive_test.cc.
std::string MakeZip(const std::vector<std::pair<std::string, std::string>>& files, bool store);
std::string OfficeTestFile(const std::string& name);

namespace docx {

inline constexpr const char* kNs =
    "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
    "xmlns:w14=\"http://schemas.microsoft.com/office/word/2010/wordml\" "
    "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" "
    "xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\" "
    "xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\" "
    "xmlns:v=\"urn:schemas-microsoft-com:vml\" "
    "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";

inline const std::string kEn5 = "\u2002\u2002\u2002\u2002\u2002";

inline std::string DocumentXml(const std::string& body) {
  return std::string(
             "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document ") +
         kNs + "><w:body>" + body + "</w:body></w:document>";
}

inline std::string DocxBytes(const std::string& body) {
  return MakeZip({{"[Content_Types].xml", "<Types/>"}, {"word/document.xml", DocumentXml(body)}},
                 false);
}

inline Document Read(const std::string& body, const ReadOptions& options = ReadOptions()) {
  Document d;
  Status s = ReadDocx(DocxBytes(body), options, &d);
  REQUIRE_MESSAGE(s.ok(), s.ToString());
  return d;
}

inline std::string Code(const std::string& bytes, const ReadOptions& options = ReadOptions()) {
  Document d;
  Status s = ReadDocx(bytes, options, &d);
  if (!s.ok()) CHECK(d.lines.empty());
  return s.code();
}

inline std::string P(const std::string& runs) {
  return "<w:p>" + runs + "</w:p>";
}
inline std::string R(const std::string& text) {
  return "<w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r>";
}
inline std::string Tc(const std::string& content, const std::string& props = "") {
  return "<w:tc>" + (props.empty() ? "" : "<w:tcPr>" + props + "</w:tcPr>") + content + "</w:tc>";
}
inline std::string Tbl(int columns, const std::string& rows) {
  std::string grid;
  for (int i = 0; i < columns; ++i) grid += "<w:gridCol w:w=\"1000\"/>";
  return "<w:tbl><w:tblPr/><w:tblGrid>" + grid + "</w:tblGrid>" + rows + "</w:tbl>";
}

inline std::string FormText(const std::string& result) {
  return "<w:r><w:fldChar w:fldCharType=\"begin\"><w:ffData><w:name w:val=\"Text1\"/>"
         "<w:textInput/></w:ffData></w:fldChar></w:r>"
         "<w:r><w:instrText xml:space=\"preserve\"> FORMTEXT </w:instrText></w:r>"
         "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>" +
         R(result) + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>";
}

inline std::string FormCheckbox(const std::string& state) {
  return "<w:r><w:fldChar w:fldCharType=\"begin\"><w:ffData><w:name w:val=\"Kryss1\"/>"
         "<w:checkBox><w:sizeAuto/>" +
         state +
         "</w:checkBox></w:ffData></w:fldChar></w:r>"
         "<w:r><w:instrText xml:space=\"preserve\"> FORMCHECKBOX </w:instrText></w:r>"
         "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>";
}

inline std::string SdtCheckbox(bool checked, const std::string& glyph) {
  return std::string("<w:sdt><w:sdtPr><w:id w:val=\"1\"/><w14:checkbox><w14:checked w14:val=\"") +
         (checked ? "1" : "0") +
         "\"/><w14:checkedState w14:val=\"2612\" w14:font=\"MS Gothic\"/>"
         "<w14:uncheckedState w14:val=\"2610\" w14:font=\"MS Gothic\"/></w14:checkbox></w:sdtPr>"
         "<w:sdtContent>" +
         R(glyph) + "</w:sdtContent></w:sdt>";
}

/// The single paragraph's single cell, for constructs inside a paragraph.
inline Cell OnlyCell(const std::string& runs) {
  Document d = Read(P(runs));
  REQUIRE(d.lines.size() == 1);
  REQUIRE(d.lines[0].cells.size() == 1);
  return d.lines[0].cells[0];
}

inline std::vector<std::string> Texts(const Line& line) {
  std::vector<std::string> out;
  for (const Cell& c : line.cells) out.push_back(c.text);
  return out;
}

using Strings = std::vector<std::string>;

}  // namespace docx
}  // namespace redovis::testing

#endif  // REDOVIS_TESTS_DOCX_TEST_SUPPORT_H_
