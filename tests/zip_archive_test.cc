// ZipArchive: opening, reading and every limit, on zips built in memory with
// libzip and on the hostile files in tests/data/office. Also defines
// MakeZip(), the in-memory zip builder the Word and OpenDocument reader tests
// use (declared again in those files).
#include "read/office/zip_archive.h"

#include <doctest/doctest.h>
#include <zip.h>

#include <cstdio>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "test_paths.h"

namespace redovis::testing {

/// A zip archive holding `files` (name, bytes) in order, deflated unless `store`.
std::string MakeZip(const std::vector<std::pair<std::string, std::string>>& files, bool store) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* src = zip_source_buffer_create(nullptr, 0, 0, &error);
  REQUIRE(src != nullptr);
  zip_source_keep(src);
  zip_t* za = zip_open_from_source(src, ZIP_TRUNCATE, &error);
  REQUIRE(za != nullptr);
  for (const auto& [name, data] : files) {
    zip_source_t* s = zip_source_buffer(za, data.data(), data.size(), 0);
    REQUIRE(s != nullptr);
    zip_int64_t i = zip_file_add(za, name.c_str(), s, ZIP_FL_ENC_UTF_8);
    REQUIRE(i >= 0);
    if (store || name == "mimetype")
      zip_set_file_compression(za, static_cast<zip_uint64_t>(i), ZIP_CM_STORE, 0);
  }
  REQUIRE(zip_close(za) == 0);
  REQUIRE(zip_source_open(src) == 0);
  zip_source_seek(src, 0, SEEK_END);
  zip_int64_t n = zip_source_tell(src);
  zip_source_seek(src, 0, SEEK_SET);
  std::string out(static_cast<size_t>(n), '\0');
  REQUIRE(zip_source_read(src, out.data(), static_cast<zip_uint64_t>(n)) == n);
  zip_source_close(src);
  zip_source_free(src);
  zip_error_fini(&error);
  return out;
}

/// The bytes of a file under tests/data/office.
std::string OfficeTestFile(const std::string& name) {
  std::ifstream f(std::string(redovis::testing::SourceDir()) + "/tests/data/office/" + name,
                  std::ios::binary);
  REQUIRE_MESSAGE(f.good(), "missing test file " << name
                                                 << "; run scripts/make_office_samples.py "
                                                    "--bad tests/data/office");
  std::stringstream ss;
  ss << f.rdbuf();
  return ss.str();
}

}  // namespace redovis::testing

namespace zip_archive_test {

using namespace redovis;
using redovis::testing::MakeZip;
using redovis::testing::OfficeTestFile;

namespace {

/// An open archive together with the bytes it reads from (which must outlive it).
struct Opened {
  std::unique_ptr<std::string> bytes;
  std::unique_ptr<ZipArchive> zip;
  ZipArchive* operator->() { return zip.get(); }
};

Opened Open(std::string bytes, const ZipLimits& limits = ZipLimits()) {
  Opened o;
  o.bytes = std::make_unique<std::string>(std::move(bytes));
  Status s = ZipArchive::Open(*o.bytes, limits, &o.zip);
  REQUIRE_MESSAGE(s.ok(), s.ToString());
  return o;
}

std::string OpenCode(const std::string& bytes, const ZipLimits& limits = ZipLimits()) {
  std::unique_ptr<ZipArchive> zip;
  Status s = ZipArchive::Open(bytes, limits, &zip);
  CHECK((s.ok() == (zip != nullptr)));
  return s.code();
}

/// Rewrites the uncompressed size of every entry named `name`, in its local
/// header and its central directory record, to `size` (a lying archive).
std::string WithDeclaredSize(std::string z, const std::string& name, uint32_t size) {
  auto put32 = [&](size_t at) {
    for (int k = 0; k < 4; ++k) z[at + k] = static_cast<char>((size >> (8 * k)) & 0xFF);
  };
  auto u16 = [&](size_t at) {
    return static_cast<size_t>(static_cast<unsigned char>(z[at])) |
           static_cast<size_t>(static_cast<unsigned char>(z[at + 1])) << 8;
  };
  for (size_t i = z.find("PK\x03\x04"); i != std::string::npos; i = z.find("PK\x03\x04", i + 4))
    if (z.compare(i + 30, name.size(), name) == 0 && u16(i + 26) == name.size()) put32(i + 22);
  for (size_t i = z.find("PK\x01\x02"); i != std::string::npos; i = z.find("PK\x01\x02", i + 4))
    if (z.compare(i + 46, name.size(), name) == 0 && u16(i + 28) == name.size()) put32(i + 24);
  return z;
}

}  // namespace

TEST_CASE("zip archive: reads named entries of a zip held in memory") {
  std::string z = MakeZip({{"a.xml", "<a/>"}, {"dir/b.txt", std::string(100000, 'b')}}, false);
  auto zip = Open(z);
  CHECK(zip->entry_count() == 2);
  CHECK(zip->Contains("a.xml"));
  CHECK(zip->Contains("dir/b.txt"));
  CHECK_FALSE(zip->Contains("b.txt"));
  std::string out;
  REQUIRE(zip->Read("dir/b.txt", &out).ok());
  CHECK(out == std::string(100000, 'b'));
  REQUIRE(zip->Read("a.xml", &out).ok());
  CHECK(out == "<a/>");
  CHECK(zip->total_bytes_read() == 100004);
  CHECK(DeclaredZipEntries(z) == 2);
}

TEST_CASE("zip archive: a missing entry is missing_part") {
  auto zip = Open(MakeZip({{"a.xml", "<a/>"}}, false));
  std::string out;
  Status s = zip->Read("word/document.xml", &out);
  CHECK(s.code() == "missing_part");
  CHECK(s.message().find("word/document.xml") != std::string::npos);
}

TEST_CASE("zip archive: entry names are names, never paths") {
  auto zip = Open(MakeZip({{"../../evil.xml", "<x/>"}, {"/abs.xml", "<y/>"}}, false));
  std::string out;
  REQUIRE(zip->Read("../../evil.xml", &out).ok());
  CHECK(out == "<x/>");
  CHECK_FALSE(zip->Contains("evil.xml"));
}

TEST_CASE("zip archive: bytes that are not a zip are not_a_zip") {
  CHECK(OpenCode("") == "not_a_zip");
  CHECK(OpenCode("PK") == "not_a_zip");
  CHECK(OpenCode(std::string(5000, 'x')) == "not_a_zip");
  CHECK(OpenCode(OfficeTestFile("random.docx")) == "not_a_zip");
  CHECK(OpenCode(OfficeTestFile("not_a_zip.docx")) == "not_a_zip");
  CHECK(DeclaredZipEntries("hello") == -1);
}

TEST_CASE("zip archive: a truncated zip is not_a_zip") {
  std::string z = MakeZip({{"a.xml", std::string(20000, 'a')}, {"b.xml", "<b/>"}}, false);
  CHECK(OpenCode(z.substr(0, z.size() / 2)) == "not_a_zip");
  CHECK(OpenCode(z.substr(0, z.size() - 10)) == "not_a_zip");
  CHECK(OpenCode(OfficeTestFile("truncated.docx")) == "not_a_zip");
}

TEST_CASE("zip archive: more entries than allowed is zip_limits, before libzip reads them") {
  std::vector<std::pair<std::string, std::string>> files;
  for (int i = 0; i < 10000; ++i) files.emplace_back("e/" + std::to_string(i), "");
  std::string z = MakeZip(files, true);
  CHECK(DeclaredZipEntries(z) == 10000);
  ZipLimits limits;  // 5000 by default
  std::string code;
  code = OpenCode(z, limits);
  CHECK(code == "zip_limits");
  limits.max_entries = 20000;
  CHECK(OpenCode(z, limits) == "");
}

TEST_CASE("zip archive: a part larger than max_part_bytes is zip_limits") {
  ZipLimits limits;
  limits.max_part_bytes = 1u << 20;
  auto zip = Open(MakeZip({{"big.xml", std::string(2u << 20, 'q')}}, true), limits);
  std::string out;
  Status s = zip->Read("big.xml", &out);
  CHECK(s.code() == "zip_limits");
  CHECK(out.empty());
}

TEST_CASE("zip archive: a part that runs past its declared size and then ends is corrupt") {
  // The directory says 100 bytes; libzip would hand out all 3 MiB. Stored data
  // cannot be a bomb: the entry does not match its directory.
  std::string z =
      WithDeclaredSize(MakeZip({{"big.xml", std::string(3u << 20, 'q')}}, true), "big.xml", 100);
  auto zip = Open(z);
  std::string out;
  Status s = zip->Read("big.xml", &out);
  CAPTURE(s.ToString());
  CHECK(s.code() == "corrupt");
  CHECK(s.message().find("damaged") != std::string::npos);
  CHECK(out.empty());
}

TEST_CASE("zip archive: all parts together are limited by max_total_bytes") {
  ZipLimits limits;
  limits.max_total_bytes = 1u << 20;
  auto zip = Open(MakeZip({{"a", std::string(600000, 'a')}, {"b", std::string(600000, 'b')}}, true),
                  limits);
  std::string out;
  Status first = zip->Read("a", &out);
  CHECK_MESSAGE(first.ok(), first.ToString());
  CHECK(zip->Read("b", &out).code() == "zip_limits");
}

TEST_CASE("zip archive: a part under the byte limits is read whatever its ratio") {
  // 8 MiB of one letter deflates about 1000:1: silly, but no threat under the limits.
  std::string big(8u << 20, 'a');
  auto zip = Open(MakeZip({{"big.xml", big}}, false));
  std::string out;
  Status s = zip->Read("big.xml", &out);
  CHECK_MESSAGE(s.ok(), s.ToString());
  CHECK(out == big);
}

TEST_CASE("zip archive: a deeply nested 2.2 MB XML part deflating 400:1 is read") {
  std::string xml = "<r>";
  while (xml.size() < 1100000) xml += "<w:sdt><w:sdtContent>";
  std::string close;
  while (close.size() + xml.size() < 2200000) close += "</w:sdtContent></w:sdt>";
  xml += close + "</r>";
  std::string z = MakeZip({{"word/document.xml", xml}}, false);
  CHECK(xml.size() > 200 * z.size());  // the ratio that was once called a bomb
  auto zip = Open(z);
  std::string out;
  Status s = zip->Read("word/document.xml", &out);
  CHECK_MESSAGE(s.ok(), s.ToString());
  CHECK(out == xml);
}

TEST_CASE("zip archive: past a byte limit, the ratio tells a bomb from a large part") {
  ZipLimits limits;
  limits.max_part_bytes = 4u << 20;
  std::string out;
  auto bomb = Open(MakeZip({{"big.xml", std::string(8u << 20, 'a')}}, false), limits);
  Status s = bomb->Read("big.xml", &out);
  CHECK(s.code() == "zip_bomb");
  CHECK(s.message().find("limit") != std::string::npos);
  // Letters that compress only a few times over: large, not a bomb.
  std::string text;
  uint32_t x = 12345;
  while (text.size() < (8u << 20)) {
    x = x * 1103515245u + 12345u;
    text += static_cast<char>('a' + (x >> 16) % 26);
  }
  auto large = Open(MakeZip({{"big.xml", text}}, false), limits);
  CHECK(large->Read("big.xml", &out).code() == "zip_limits");
  // The package's limit: a part that would take it past is judged the same way.
  ZipLimits total;
  total.max_total_bytes = 4u << 20;
  auto run =
      Open(MakeZip({{"a.xml", std::string(3u << 20, 'a')}, {"b.xml", std::string(3u << 20, 'b')}},
                   false),
           total);
  REQUIRE(run->Read("a.xml", &out).ok());
  CHECK(run->Read("b.xml", &out).code() == "zip_bomb");
}

TEST_CASE("zip archive: a flipped bit in a deflate stream is corrupt, never a bomb") {
  // About one flip in five makes the stream run past the size its entry
  // declares; that is damage (unzip -t sees a bad CRC), not a bomb.
  std::string xml;
  for (int i = 0; xml.size() < 60000; ++i)
    xml += "<w:p><w:r><w:t>Rad " + std::to_string(i * 7919 % 1000) + " av formul\xC3\xA4ret, " +
           std::to_string(i) + "</w:t></w:r></w:p>";
  std::string z = MakeZip({{"word/document.xml", xml}}, false);
  auto u16 = [&](size_t at) {
    return static_cast<size_t>(static_cast<unsigned char>(z[at])) |
           static_cast<size_t>(static_cast<unsigned char>(z[at + 1])) << 8;
  };
  size_t data = 30 + u16(26) + u16(28);  // the only entry's data, after its local header
  size_t length = z.find("PK\x01\x02") - data;
  int corrupt = 0;
  for (uint32_t k = 1; k <= 60; ++k) {
    std::string bad = z;
    size_t at = data + (k * 2654435761u) % length;
    bad[at] = static_cast<char>(bad[at] ^ (1 << (k % 8)));
    auto zip = Open(bad);
    std::string out;
    Status s = zip->Read("word/document.xml", &out);
    CAPTURE(at);
    CAPTURE(s.ToString());
    CHECK(s.code() != "zip_bomb");
    if (s.ok()) {
      CHECK(out == xml);  // only a flip that changes nothing can read well
    } else {
      CHECK(s.code() == "corrupt");
      CHECK(out.empty());
      ++corrupt;
    }
  }
  CHECK(corrupt > 50);
}

TEST_CASE("zip archive: the 300 MiB zip bomb is refused from its declared size, nothing inflated") {
  // Its time is measured beside unzip's in bench/run.sh, not here: a unit
  // test is never timed.
  std::string bomb = OfficeTestFile("bomb.docx");
  CHECK(bomb.size() < 400000);
  auto zip = Open(bomb);
  std::string out;
  Status s = zip->Read("word/document.xml", &out);
  CHECK(s.code() == "zip_bomb");
  CHECK(zip->total_bytes_read() == 0);
  CHECK(out.empty());
}

TEST_CASE("zip archive: a bomb that lies about its size is refused at the limit, bytes not kept") {
  std::string bomb = WithDeclaredSize(OfficeTestFile("bomb.docx"), "word/document.xml", 1000);
  auto zip = Open(bomb);
  std::string out;
  Status s = zip->Read("word/document.xml", &out);
  CHECK(s.code() == "zip_bomb");
  CHECK(s.message().find("declares 1000") != std::string::npos);
  CHECK(zip->total_bytes_read() <= ZipLimits().max_part_bytes + (64u << 10));
  CHECK(out.empty());
}

TEST_CASE("zip archive: an encrypted entry is encrypted") {
  auto zip = Open(OfficeTestFile("encrypted.docx"));
  std::string out;
  CHECK(zip->Read("word/document.xml", &out).code() == "encrypted");
  Status other = zip->Read("[Content_Types].xml", &out);
  CHECK_MESSAGE(other.ok(), other.ToString());
}

TEST_CASE("zip archive: an AES-encrypted entry made by libzip is encrypted") {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* src = zip_source_buffer_create(nullptr, 0, 0, &error);
  zip_source_keep(src);
  zip_t* za = zip_open_from_source(src, ZIP_TRUNCATE, &error);
  std::string data = "<secret/>";
  zip_int64_t i =
      zip_file_add(za, "content.xml", zip_source_buffer(za, data.data(), data.size(), 0), 0);
  bool supported =
      zip_file_set_encryption(za, static_cast<zip_uint64_t>(i), ZIP_EM_AES_256, "password") == 0;
  zip_close(za);
  std::string z;
  if (zip_source_open(src) == 0) {
    zip_source_seek(src, 0, SEEK_END);
    zip_int64_t n = zip_source_tell(src);
    zip_source_seek(src, 0, SEEK_SET);
    z.resize(static_cast<size_t>(n));
    zip_source_read(src, z.data(), static_cast<zip_uint64_t>(n));
    zip_source_close(src);
  }
  zip_source_free(src);
  zip_error_fini(&error);
  if (!supported) {
    MESSAGE("this libzip cannot write AES entries; covered by encrypted.docx instead");
    return;
  }
  auto zip = Open(z);
  std::string out;
  CHECK(zip->Read("content.xml", &out).code() == "encrypted");
}

TEST_CASE("zip archive: a damaged entry is corrupt, not a crash") {
  std::string z = MakeZip({{"a.xml", std::string(50000, 'a') + "tail"}}, false);
  // Flip bytes in the middle of the deflated data.
  size_t at = z.find("a.xml") + 5 + 10;
  for (size_t k = 0; k < 8 && at + k < z.size(); ++k) z[at + k] = static_cast<char>(~z[at + k]);
  std::unique_ptr<ZipArchive> zip;
  Status s = ZipArchive::Open(z, ZipLimits(), &zip);
  if (!s.ok()) {
    CHECK(s.code() == "not_a_zip");
    return;
  }
  std::string out;
  Status r = zip->Read("a.xml", &out);
  CHECK_FALSE(r.ok());
  CHECK(r.code() == "corrupt");
}

}  // namespace zip_archive_test
