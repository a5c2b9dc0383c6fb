// DecodeText: wide text told by its NUL pattern, legacy code pages told by
// their letters, double encoding repaired, each assumption noted.
#include "read/text/text_decoder.h"

#include <doctest/doctest.h>
#include <unicode/ucnv.h>
#include <unicode/unistr.h>

#include <string>

namespace text_decoder_test {

using namespace redovis;

namespace {

/// A few lines of a report, in UTF-8, with the letters a report is full of.
const std::string kReport =
    "Kommun: Timrå\nFörvaltning: Socialförvaltningen\n"
    "Antal ärenden under året: 12 kvinnor och 7 män\n"
    "Ombuden har erbjudits utbildning. Länsstyrelsen i Västernorrlands län.\n"
    "Övriga kommentarer: Verksamheten är väl förankrad i kommunen.\n";

/// `utf8` in code page `charset`, by ICU.
std::string Encode(const std::string& utf8, const char* charset) {
  UErrorCode status = U_ZERO_ERROR;
  UConverter* to = ucnv_open(charset, &status);
  REQUIRE(U_SUCCESS(status));
  UConverter* from = ucnv_open("UTF-8", &status);
  std::string out(utf8.size() * 4 + 16, '\0');
  char* target = out.data();
  const char* source = utf8.data();
  ucnv_convertEx(to, from, &target, out.data() + out.size(), &source, utf8.data() + utf8.size(),
                 nullptr, nullptr, nullptr, nullptr, true, true, &status);
  ucnv_close(to);
  ucnv_close(from);
  REQUIRE(U_SUCCESS(status));
  out.resize(static_cast<size_t>(target - out.data()));
  return out;
}

DecodedText Decode(const std::string& bytes) {
  DecodedText d;
  Status s = DecodeText(bytes, &d);
  REQUIRE_MESSAGE(s.ok(), s.ToString());
  return d;
}

}  // namespace

TEST_CASE("text decoder: ASCII with NUL bytes is not UTF-16 without their pattern") {
  // The first 40 bytes look like UTF-16BE to ICU's detector (it reads 30).
  std::string ascii = "Kommun: Timra\nForvaltning: Socialforvaltningen\nAntal arenden: 12\n";
  for (int i = 0; i < 200; ++i) ascii += "Ombuden har erbjudits utbildning under aret.\n";
  std::string bytes;
  for (size_t i = 0; i < 20; ++i) bytes += std::string(1, '\0') + ascii[i];
  bytes += ascii.substr(20);
  DecodedText d = Decode(bytes);
  CHECK(d.encoding == "UTF-8");
  CHECK(d.Text() == ascii);
  CHECK(d.note.empty());
}

TEST_CASE("text decoder: UTF-16 and UTF-32 without a BOM are told by their NUL pattern") {
  std::string text = kReport + kReport;
  for (const char* charset : {"UTF-16LE", "UTF-16BE", "UTF-32LE", "UTF-32BE"}) {
    CAPTURE(charset);
    DecodedText d = Decode(Encode(text, charset));
    CHECK(d.encoding == charset);
    CHECK(d.Text() == text);
    CHECK(d.note.empty());
  }
}

TEST_CASE("text decoder: CP850, CP437 and Mac Roman are told from windows-1252 by their letters") {
  struct Case {
    const char* charset;
    const char* name;
  } cases[] = {{"ibm-850", "CP850"}, {"ibm-437", "CP850"}, {"macintosh", "macintosh"}};
  for (const Case& k : cases) {
    CAPTURE(k.charset);
    DecodedText d = Decode(Encode(kReport, k.charset));
    // CP437 and CP850 agree on every letter here: the Western page is named.
    CHECK(d.encoding == k.name);
    CHECK(d.Text() == kReport);
    CHECK(d.note.find(k.name) != std::string::npos);
    CHECK(d.note.find("å, ä or ö") != std::string::npos);
  }
  // What windows-1252 would have made of the CP850 text is named: ö is ”.
  CHECK(Decode(Encode(kReport, "ibm-850")).note.find("”") != std::string::npos);
}

TEST_CASE("text decoder: windows-1252 stays windows-1252, with no note") {
  DecodedText d = Decode(Encode(kReport, "windows-1252"));
  CHECK(d.encoding == "windows-1252");
  CHECK(d.Text() == kReport);
  CHECK(d.note.empty());
  // Curly quotes around words (” is ö in CP850) are no reason to leave it.
  std::string quoted = "Projektet ”Ombud” och ”Stod” heter sa.\nDet ”Nya” ar ”Bra”.\n";
  DecodedText q = Decode(Encode(quoted, "windows-1252"));
  CHECK(q.encoding == "windows-1252");
  CHECK(q.Text() == quoted);
}

TEST_CASE("text decoder: a single-byte text is windows-1252 assumed, at confidence 30") {
  // ICU's charset detector names no page but windows-1252 (or ISO-8859-1,
  // read as it) among the Latin ones, so it is not asked: its confidence
  // (here above 40) was the only thing its answer changed. A legacy page is
  // still told by its letters, at 60.
  std::string text = kReport + kReport + kReport;
  for (const char* charset : {"windows-1252", "ISO-8859-1", "ISO-8859-15"}) {
    CAPTURE(charset);
    DecodedText d = Decode(Encode(text, charset));
    CHECK(d.encoding == "windows-1252");
    CHECK(d.confidence == 30);
    CHECK(d.Text() == text);
  }
  CHECK(Decode(Encode(text, "ibm-850")).confidence == 60);
}

TEST_CASE("text decoder: double-encoded UTF-8 is repaired, through windows-1252 or ISO-8859-1") {
  for (const char* via : {"windows-1252", "ISO-8859-1"}) {
    CAPTURE(via);
    // UTF-8 bytes read as `via` and written as UTF-8 again.
    std::string twice;
    icu::UnicodeString(kReport.data(), static_cast<int32_t>(kReport.size()), via)
        .toUTF8String(twice);
    CHECK(twice.find("TimrÃ¥") != std::string::npos);
    DecodedText d = Decode(twice);
    CHECK(d.Text() == kReport);
    CHECK(d.encoding == "UTF-8 (double-encoded, repaired)");
    CHECK(d.note.find("encoded twice") != std::string::npos);
  }
}

TEST_CASE("text decoder: UTF-8 encoded twice with characters lost on the way is refused") {
  // A report with an empty box (☐, E2 98 90) read as windows-1252: its 0x90
  // is undefined there, so a decoder put U+FFFD for it ("â˜�") or dropped it.
  const std::string report = kReport + "Handledning: \u2612 Ja \u2610 Nej\n";
  std::string twice;
  for (unsigned char byte : report) {
    if (byte == 0x90) {
      twice += "\uFFFD";
      continue;
    }
    std::string one(1, static_cast<char>(byte));
    icu::UnicodeString(one.data(), 1, "windows-1252").toUTF8String(twice);
  }
  REQUIRE(twice.find("Timr\u00C3\u00A5") != std::string::npos);
  REQUIRE(twice.find("\u00E2\u02DC\uFFFD") != std::string::npos);
  std::string dropped = twice;
  for (size_t at; (at = dropped.find("\uFFFD")) != std::string::npos;) dropped.erase(at, 3);
  for (const std::string* bytes : {&twice, &dropped}) {
    DecodedText d;
    Status status = DecodeText(*bytes, &d);
    CHECK_FALSE(status.ok());
    CHECK(status.code() == "lost_characters");
    CHECK(status.message().find("encoded twice") != std::string::npos);
  }
}

TEST_CASE("text decoder: UTF-8 stays UTF-8, with no note") {
  DecodedText d = Decode(kReport);
  CHECK(d.encoding == "UTF-8");
  CHECK(d.Text() == kReport);
  CHECK(d.note.empty());
}

TEST_CASE("decoder: UTF-8 is viewed where it stands, not copied; a NUL to drop makes a copy") {
  std::string bytes = "Kommun: Timrå\nÅr: 2021\n";
  DecodedText d;
  REQUIRE(DecodeText(bytes, &d).ok());
  CHECK(d.in_place);
  CHECK(d.Text().data() == bytes.data());
  CHECK(d.utf8.empty());
  std::string bom = "\xEF\xBB\xBF" + bytes;
  REQUIRE(DecodeText(bom, &d).ok());
  CHECK(d.Text().data() == bom.data() + 3);
  std::string with_nul = bytes + bytes + std::string(1, '\0') + bytes;
  REQUIRE(DecodeText(with_nul, &d).ok());
  CHECK_FALSE(d.in_place);
  CHECK(d.Text() == bytes + bytes + bytes);
}

TEST_CASE("decoder: control characters a converter passed on are spaces, or join two words") {
  // LibreOffice's HTML of a Word form field, through pandoc -t plain: BEL, ETX
  // and BS around the field's text; a check box glyph with SOH after it.
  std::string bytes =
      "Ange antal dagar: \x07\x03 \x08\nVäntetid \x07\x03"
      "30\x08"
      "dagar\n| \xE2\x98\x92\x01 |\n";
  DecodedText d;
  REQUIRE(DecodeText(bytes, &d).ok());
  CHECK_FALSE(d.in_place);
  CHECK(d.Text() == "Ange antal dagar:     \nVäntetid   30dagar\n| ☒  |\n");
  // Tabs, line ends and form feeds stay.
  REQUIRE(DecodeText("a\tb\r\nc\fd\ve", &d).ok());
  CHECK(d.in_place);
  // An escape is no marker of Word's: it stays, for the writers to show as a
  // picture (a document's escapes are evidence an officer should see).
  REQUIRE(DecodeText("Datum 20\x1b[2J/209\x7f\n", &d).ok());
  CHECK(d.Text() == "Datum 20\x1b[2J/209\x7f\n");
}

TEST_CASE("text decoder: which encodings can hold a footnote's superscript one") {
  CHECK_FALSE(HoldsSuperscriptOne("macintosh"));
  CHECK_FALSE(HoldsSuperscriptOne("CP437"));
  CHECK(HoldsSuperscriptOne("CP850"));
  CHECK(HoldsSuperscriptOne("windows-1252"));
  CHECK(HoldsSuperscriptOne("UTF-8"));
  CHECK(HoldsSuperscriptOne("UTF-16LE"));
}

TEST_CASE("text decoder: UTF-8 cut in bytes inside a letter is UTF-8, the half letter '?'") {
  // `cut -b1-12`: "Postort Timrå" loses the second byte of its å, "Ort:
  // Köping" keeps it whole.
  const std::string cut = "Ort: K\xC3\xB6ping\nPostort Timr\xC3\nKort rad\n";
  std::string mended;
  CHECK(MendSplitLetters(cut, &mended) == 1);
  CHECK(mended == "Ort: K\xC3\xB6ping\nPostort Timr?\nKort rad\n");
  DecodedText out;
  REQUIRE(DecodeText(cut, &out).ok());
  CHECK(out.encoding == "UTF-8");
  CHECK(out.Text() == mended);
  // Of a three-byte box two bytes left, at the text's end.
  CHECK(MendSplitLetters("Ja \xE2\x98\x92\nNej \xE2\x98", &mended) == 1);
  CHECK(mended == "Ja \xE2\x98\x92\nNej ??");
  // A hard fold's split (the letter's rest opens the next line), a bad
  // byte inside a line, or no whole letter to show UTF-8: not mended.
  mended = "unchanged";
  CHECK(MendSplitLetters("Ort: K\xC3\xB6ping\nTimr\xC3\n\xA5 kommun\n", &mended) == 0);
  CHECK(MendSplitLetters("Ort: K\xC3\xB6ping\nTimr\xE5 kommun\nX\xC3\n", &mended) == 0);
  CHECK(MendSplitLetters("Postort Timr\xC3\nKort rad\n", &mended) == 0);
  // Bytes no letter starts with before a line feed (E0 80: an overlong
  // form's; ED A0: a surrogate's) are no cut letter.
  CHECK(MendSplitLetters("Ort: K\xC3\xB6ping\nTimr\xE0\x80\nKort rad\n", &mended) == 0);
  CHECK(MendSplitLetters("Ort: K\xC3\xB6ping\nTimr\xED\xA0\nKort rad\n", &mended) == 0);
  CHECK(mended == "unchanged");
  // A U+FFFD the text holds is a whole letter like any other.
  CHECK(MendSplitLetters("Ort: \xEF\xBF\xBD\nTimr\xC3\n", &mended) == 1);
  CHECK(mended == "Ort: \xEF\xBF\xBD\nTimr?\n");
}

TEST_CASE("text decoder: a box cut to two bytes inside a line (html2text's cell) is UTF-8") {
  // html2text cuts a cell to its column's width in bytes: of a box "☐"
  // (E2 98 90) in a narrow cell two bytes are left, the next cell after it.
  const std::string cut = "Har Coronapandemin p\xC3\xA5verkat er?\n\xE2\x98Ja\n\xE2\x98Nej\n";
  std::string mended;
  CHECK(MendSplitLetters(cut, &mended) == 2);
  CHECK(mended == "Har Coronapandemin p\xC3\xA5verkat er?\n??Ja\n??Nej\n");
  DecodedText out;
  REQUIRE(DecodeText(cut, &out).ok());
  CHECK(out.encoding == "UTF-8");
  CHECK(out.Text() == mended);
  // A lead byte alone inside a line is a single-byte page's letter
  // (windows-1252's "å" before ASCII), not a cut: not mended.
  mended = "unchanged";
  CHECK(MendSplitLetters("Ort: K\xC3\xB6ping\nTimr\xE5 kommun\n", &mended) == 0);
  CHECK(mended == "unchanged");
  // Except the lead byte of å, ä, ö or é, 'Ã' on such a page, which no
  // Swedish word holds: "Södertörn" cut in bytes before the next cell.
  const std::string lone =
      "Ort: K\xC3\xB6ping\nS\xC3\xB6"
      "dert\xC3"
      "Se bilaga\n";
  CHECK(MendSplitLetters(lone, &mended) == 1);
  CHECK(mended ==
        "Ort: K\xC3\xB6ping\nS\xC3\xB6"
        "dert?Se bilaga\n");
  REQUIRE(DecodeText(lone, &out).ok());
  CHECK(out.encoding == "UTF-8");
  CHECK(out.Text() == mended);
}

}  // namespace text_decoder_test
