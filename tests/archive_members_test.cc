// The files inside a zip archive of reports (read/office/archive_members.h),
// and the extractor's records of such an archive.
#include "read/office/archive_members.h"

#include <doctest/doctest.h>

#include "docx_test_support.h"
#include "redovis/extractor.h"
#include "test_support.h"

namespace archive_members_test {

using namespace redovis;
using redovis::testing::MakeZip;
using namespace redovis::testing::docx;

namespace {

const std::string kLetter = "Hej,\nhär kommer vår redovisning.\n";

}  // namespace

TEST_CASE(
    "archive members: the files a walk would read, in order; others named, system files not") {
  const std::string zip = MakeZip({{"2023/", ""},
                                   {"2023/Timrå.txt", kLetter},
                                   {"__MACOSX/2023/._Timrå.txt", "mac"},
                                   {"2023/._Timrå.txt", "mac"},
                                   {"2023/~$rapport.docx", "lock"},
                                   {".DS_Store", "ds"},
                                   {"bild.JPG", "\xff\xd8\xff"},
                                   {"Rapport.PDF", "%PDF-1.4"},
                                   {"Thumbs.db", "t"}},
                                  true);
  std::vector<ArchiveMember> members;
  std::vector<std::string> left_out;
  REQUIRE(ReadArchiveMembers(zip, ReadOptions(), &members, &left_out).ok());
  REQUIRE(members.size() == 2);
  CHECK(members[0].name == "2023/Timrå.txt");
  CHECK(members[0].bytes == kLetter);
  CHECK(members[0].status.ok());
  CHECK(members[1].name == "Rapport.PDF");  // the extension in any case
  REQUIRE(left_out.size() == 1);
  CHECK(left_out[0] == "bild.JPG");
}

TEST_CASE("archive members: a member past the limits says why; the rest are taken") {
  ReadOptions small;
  small.max_part_bytes = 100;
  const std::string zip =
      MakeZip({{"stor.txt", std::string(5000, 'a')}, {"liten.txt", kLetter}}, false);
  std::vector<ArchiveMember> members;
  std::vector<std::string> left_out;
  REQUIRE(ReadArchiveMembers(zip, small, &members, &left_out).ok());
  REQUIRE(members.size() == 2);
  CHECK(!members[0].status.ok());
  CHECK(members[0].bytes.empty());
  CHECK(members[1].status.ok());
  CHECK(members[1].bytes == kLetter);
  // Not a zip at all: the archive's own failure, nothing taken.
  CHECK(ReadArchiveMembers("PK\x05\x06 broken", ReadOptions(), &members, &left_out).code() ==
        "not_a_zip");
  CHECK(members.empty());
}

TEST_CASE("an Office package is no archive of files") {
  CHECK(IsOfficePackage(
      MakeZip({{"[Content_Types].xml", "<Types/>"}, {"xl/workbook.xml", "<w/>"}}, true),
      ReadOptions()));
  CHECK(IsOfficePackage(MakeZip({{"mimetype", "application/vnd.oasis.opendocument.spreadsheet"},
                                 {"content.xml", "<c/>"}},
                                true),
                        ReadOptions()));
  CHECK_FALSE(IsOfficePackage(MakeZip({{"a.txt", "x"}}, true), ReadOptions()));
  CHECK_FALSE(IsOfficePackage("not a zip", ReadOptions()));
}

TEST_CASE("extract: each report file of a zip archive is read as a file, named inside it") {
  Extractor ex(testing::ProjectPatterns());
  const std::string report =
      DocxBytes(P(R("REDOVISNING")) + P(R("Statsbidrag avseende år 2021")) + P(R("Kommun: Timrå")));
  const std::string inner = MakeZip({{"a.txt", kLetter}}, true);
  const std::string zip = MakeZip({{"inkorg/Timrå 2021.docx", report},
                                   {"följebrev.txt", kLetter},
                                   {"bild.jpg", "\xff\xd8\xff"},
                                   {"gamla.zip", inner}},
                                  false);
  auto recs = ex.ExtractBytes(zip, "inkorg.zip", ExtractOptions());
  REQUIRE(recs.size() == 3);
  CHECK(recs[0].source.file == "inkorg.zip/inkorg/Timrå 2021.docx");
  CHECK(recs[0].source.format == "docx");
  CHECK(recs[0].source.sha256 == Sha256Hex(report));
  CHECK(recs[0].source.archive == "inkorg.zip");
  CHECK(recs[0].source.archive_sha256 == Sha256Hex(zip));
  CHECK(recs[0].status != "unreadable");
  CHECK(recs[0].Get("report.year").ToDisplay() == "2021");
  // The same bytes given alone give the same record, but for the name.
  auto alone = ex.ExtractBytes(report, "Timrå 2021.docx", ExtractOptions());
  REQUIRE(alone.size() == 1);
  CHECK(alone[0].status == recs[0].status);
  CHECK(alone[0].Get("report.municipality").ToDisplay() ==
        recs[0].Get("report.municipality").ToDisplay());
  CHECK(recs[1].source.file == "inkorg.zip/följebrev.txt");
  CHECK(recs[1].status == "no_report");
  // A zip inside is not opened: it says so, by its own name.
  CHECK(recs[2].source.file == "inkorg.zip/gamla.zip");
  CHECK(recs[2].status == "unreadable");
  REQUIRE(!recs[2].findings.empty());
  CHECK(recs[2].findings[0].code == "nested_archive");
}

TEST_CASE("extract: a zip archive with no report file is unreadable and says what it holds") {
  Extractor ex(testing::ProjectPatterns());
  auto recs = ex.ExtractBytes(MakeZip({{"bild.jpg", "\xff\xd8\xff"}, {"kalkyl.xlsx", "x"}}, true),
                              "bilder.zip", ExtractOptions());
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].source.file == "bilder.zip");
  CHECK(recs[0].source.format == "zip");
  CHECK(recs[0].status == "unreadable");
  REQUIRE(recs[0].findings.size() == 1);
  CHECK(recs[0].findings[0].code == "archive_without_report");
  CHECK(recs[0].findings[0].message.find("bild.jpg, kalkyl.xlsx") != std::string::npos);
  auto empty = ex.ExtractBytes(MakeZip({{"tom/", ""}}, true), "tom.zip", ExtractOptions());
  REQUIRE(empty.size() == 1);
  CHECK(empty[0].findings[0].code == "archive_without_report");
  // A .docx that is a plain zip stays the Word reader's: not a Word document.
  auto named =
      ex.ExtractBytes(MakeZip({{"a.txt", kLetter}}, true), "rapport.docx", ExtractOptions());
  REQUIRE(named.size() == 1);
  CHECK(named[0].findings[0].code == "missing_part");
  // An .xlsx (an Office package) is no archive of reports either.
  auto sheet = ex.ExtractBytes(
      MakeZip({{"[Content_Types].xml", "<Types/>"}, {"xl/workbook.xml", "<w/>"}}, true),
      "tabell.xlsx", ExtractOptions());
  REQUIRE(sheet.size() == 1);
  CHECK(sheet[0].status == "unreadable");
  CHECK(sheet[0].findings[0].code != "archive_without_report");
}

}  // namespace archive_members_test
