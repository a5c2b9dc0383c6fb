#include "redovis/extractor.h"

#include <doctest/doctest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "base/text_util.h"
#include "patterns/mark_free.h"
#include "read/pdf/page_notes.h"
#include "read/pdf/printed_text.h"
#include "redovis/readers.h"
#include "test_paths.h"
#include "test_support.h"

namespace extractor_test {

using namespace redovis;
namespace fs = std::filesystem;

namespace {

std::string ReadBytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

std::string Sample(const std::string& name) {
  return std::string(redovis::testing::SourceDir()) + "/samples/" + name;
}

}  // namespace

TEST_CASE("Sha256Hex is SHA-256 in lower-case hex") {
  CHECK(Sha256Hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  CHECK(Sha256Hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  // FIPS 180-2's two-block message, and a million 'a's (many blocks, one update).
  CHECK(Sha256Hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") ==
        "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
  CHECK(Sha256Hex(std::string(1000000, 'a')) ==
        "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

TEST_CASE("a file's records: source, edition, values, provenance, status") {
  Extractor ex(testing::ProjectPatterns());
  std::string path = Sample("001_6c9c6f8633700f23.txt");
  std::vector<Record> recs = ex.ExtractFile(path, ExtractOptions());
  REQUIRE(recs.size() == 1);
  const Record& r = recs[0];
  CHECK(r.source.file == path);
  CHECK(r.source.sha256 == Sha256Hex(ReadBytes(path)));
  CHECK(r.source.format == "text");
  CHECK(r.source.first_line >= 1);
  CHECK(r.source.last_line > r.source.first_line);
  CHECK(r.edition.rfind("po-", 0) == 0);
  CHECK(r.asked == testing::ProjectPatterns().catalogue().KeysFor(
                       testing::ProjectPatterns().FindEdition(r.edition)->tag));
  CHECK(r.Get("clients.total.women").as_int() == 267);
  CHECK(r.provenance.count("clients.total.women") == 1);
  CHECK((r.status == "complete" || r.status == "incomplete"));
  // The same bytes under another name give the same record but the name.
  std::vector<Record> again = ex.ExtractBytes(ReadBytes(path), "other.txt", ExtractOptions());
  REQUIRE(again.size() == 1);
  CHECK(again[0].source.file == "other.txt");
  CHECK(again[0].values == r.values);
}

TEST_CASE("what cannot be read is one unreadable record with an error finding") {
  Extractor ex(testing::ProjectPatterns());
  auto one = [&](const std::vector<Record>& recs, const std::string& code) {
    REQUIRE(recs.size() == 1);
    CHECK(recs[0].status == "unreadable");
    REQUIRE(recs[0].findings.size() == 1);
    CHECK(recs[0].findings[0].severity == "error");
    CHECK(recs[0].findings[0].code == code);
  };
  one(ex.ExtractFile("/nonexistent/report.txt", ExtractOptions()), "cannot_open");
  one(ex.ExtractFile(redovis::testing::SourceDir(), ExtractOptions()), "cannot_open");
  one(ex.ExtractBytes("", "empty.txt", ExtractOptions()), "empty_file");
  ExtractOptions small;
  small.max_file_bytes = 10;
  one(ex.ExtractFile(Sample("001_6c9c6f8633700f23.txt"), small), "too_large");
  Source src;
  src.file = "x.pdf";
  Record u = Extractor::Unreadable(src, "encrypted", "a password is needed");
  CHECK(u.findings[0].message == "x.pdf: a password is needed");
}

TEST_CASE("a file without a report is one no_report record") {
  Extractor ex(testing::ProjectPatterns());
  std::vector<Record> recs =
      ex.ExtractBytes("Hej!\nHär kommer protokollet från mötet.\n", "letter.txt", ExtractOptions());
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].status == "no_report");
  CHECK(recs[0].edition.empty());
  REQUIRE(recs[0].findings.size() == 1);
  CHECK(recs[0].findings[0].code == "no_report");
}

TEST_CASE("a file whose tables were left unread, with no report found, is unreadable") {
  // A grid table a reflow refilled holds the form's title: no report is
  // found in what was read, but the report may stand in what was not.
  Extractor ex(testing::ProjectPatterns());
  const std::string text =
      "+------+----------------------+\n"
      "|      | Statsbidrag avseende\n"
      "år 2023  | |   |\n"
      "+------+----------------------+\n"
      "\n"
      "Hej!\n";
  std::vector<Record> recs = ex.ExtractBytes(text, "refilled.txt", ExtractOptions());
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].status == "unreadable");
  REQUIRE(recs[0].findings.size() == 1);
  CHECK(recs[0].findings[0].code == "text_unread");
  CHECK(recs[0].findings[0].message.find("lines 1-4") != std::string::npos);
}

TEST_CASE("the findings of a file without a report, or unreadable, in the language asked") {
  Extractor ex(testing::ProjectPatterns());
  ExtractOptions sv;
  sv.language = "sv";
  std::vector<Record> letter =
      ex.ExtractBytes("Hej!\nHär kommer protokollet från mötet.\n", "letter.txt", sv);
  REQUIRE(letter.size() == 1);
  REQUIRE(letter[0].findings.size() == 1);
  CHECK(letter[0].findings[0].message ==
        "letter.txt: filen lästes men innehåller ingen redovisning på en känd blankett");
  std::vector<Record> broken = ex.ExtractBytes("not a PDF at all", "broken.pdf", sv);
  REQUIRE(broken.size() == 1);
  REQUIRE(broken[0].findings.size() == 1);
  CHECK(broken[0].findings[0].message.rfind("broken.pdf: filen kunde inte läsas: ", 0) == 0);
  // English, the default, is the message as the code writes it.
  std::vector<Record> en = ex.ExtractBytes("not a PDF at all", "broken.pdf", ExtractOptions());
  REQUIRE(en.size() == 1);
  CHECK(en[0].findings[0].message.rfind("broken.pdf: the name says", 0) == 0);
}

TEST_CASE("the OCR language is the patterns' ocr_language") {
  // Patterns naming a language without data: a scanned PDF cannot be read, and
  // the message names that language, not another.
  fs::path dir = fs::temp_directory_path() / ("redovis-extractor-" + std::to_string(getpid()));
  fs::remove_all(dir);
  fs::copy(std::string(redovis::testing::SourceDir()) + "/patterns", dir,
           fs::copy_options::recursive);
  std::ofstream(dir / "common.rules", std::ios::app) << "\nocr_language qqq\n";
  std::unique_ptr<PatternSet> ps;
  Status s = PatternSet::Load(dir.string(), &ps);
  fs::remove_all(dir);
  REQUIRE_MESSAGE(s.ok(), s.ToString());
  CHECK(ps->vocabulary().ocr_language == "qqq");
  std::string scan =
      ReadBytes(std::string(redovis::testing::SourceDir()) + "/tests/data/pdf/image_only.pdf");
  std::vector<Record> recs = Extractor(*ps).ExtractBytes(scan, "scan.pdf", ExtractOptions());
  REQUIRE(recs.size() == 1);
  REQUIRE(recs[0].findings.size() == 1);
  CHECK(recs[0].findings[0].code == "ocr_unavailable");
  CHECK(recs[0].findings[0].message.find("'qqq'") != std::string::npos);
  // A language the caller sets is used instead.
  ExtractOptions o;
  o.read.ocr_language = "qqr";
  recs = Extractor(*ps).ExtractBytes(scan, "scan.pdf", o);
  REQUIRE(recs.size() == 1);
  REQUIRE(recs[0].findings.size() == 1);
  CHECK(recs[0].findings[0].message.find("'qqr'") != std::string::npos);
}

TEST_CASE(
    "a large file that holds no report keeps no folded copies; one that holds a report does") {
  // The folds double a large file's text; only the segmenter and the matcher
  // read them. A small file is folded before it is segmented (the segmenter
  // reads the folds); a large one only when it holds a report.
  Extractor ex(testing::ProjectPatterns());
  const std::string sentence = "Kommunen har under året arbetat med uppföljning. ";
  Document prose;
  prose.format = "text";
  for (int i = 0; i < 3; ++i) {
    Line l;
    l.number = i + 1;
    l.cells.resize(1);
    l.cells[0].text = sentence;
    prose.lines.push_back(l);
  }
  Source src;
  src.file = "prose.txt";
  Document seen;
  std::vector<Record> recs = ex.ExtractDocument(prose, src, nullptr, &seen);
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].status == "no_report");
  REQUIRE(seen.lines.size() == 3);
  for (const Line& l : seen.lines) CHECK(l.cells[0].fold == Fold(l.cells[0].text));

  // Over 1 MiB of text: three lines of about 400 KB each.
  std::string long_text;
  while (long_text.size() < 400 * 1024) long_text += sentence;
  for (Line& l : prose.lines) l.cells[0].text = long_text;
  recs = ex.ExtractDocument(prose, src, nullptr, &seen);
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].status == "no_report");
  REQUIRE(seen.lines.size() == 3);
  for (const Line& l : seen.lines) CHECK(l.cells[0].fold.empty());

  std::string path = Sample("001_6c9c6f8633700f23.txt");
  Document report;
  REQUIRE(ReadDocument(ReadBytes(path), path, ReadOptions(), &report).ok());
  recs = ex.ExtractDocument(report, src, nullptr, &seen);
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].status != "no_report");
  size_t folded = 0;
  for (const Line& l : seen.lines)
    for (const Cell& c : l.cells) {
      CHECK(c.fold == c.Folded());
      folded += !c.fold.empty();
    }
  CHECK(folded > 10);
}

TEST_CASE("the reader's options: the patterns' OCR language and the words they know") {
  Extractor ex(testing::ProjectPatterns());
  const ReadOptions read = ex.ReadOptionsFor(ExtractOptions());
  CHECK(read.ocr_language == testing::ProjectPatterns().vocabulary().ocr_language);
  REQUIRE(read.known_word);
  // A label's word as the patterns write it, in any case; a piece of it
  // is none.
  CHECK(read.known_word("Kontaktperson"));
  CHECK(read.known_word("KONTAKTPERSON"));
  CHECK_FALSE(read.known_word("Kontaktpers"));
  // The language's words, where the patterns name a word list.
  CHECK(read.language_word);
  // The caller's own language is kept.
  ExtractOptions o;
  o.read.ocr_language = "qqr";
  CHECK(ex.ReadOptionsFor(o).ocr_language == "qqr");
}

TEST_CASE("a page OCR could not read: a page_unreadable warning, and the report is not complete") {
  Extractor ex(testing::ProjectPatterns());
  std::string path = Sample("001_6c9c6f8633700f23.txt");
  Document report;
  REQUIRE(ReadDocument(ReadBytes(path), path, ReadOptions(), &report).ok());
  Source src;
  src.file = "scan.pdf";
  std::vector<Record> recs = ex.ExtractDocument(report, src, nullptr, nullptr);
  REQUIRE(recs.size() == 1);
  REQUIRE(recs[0].status == "complete");
  report.warnings.push_back(LeftOutPageNote(LeftOutPage::kUnreadable, 2));
  recs = ex.ExtractDocument(report, src, nullptr, nullptr);
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].status == "incomplete");
  const Finding* f = nullptr;
  for (const Finding& g : recs[0].findings)
    if (g.code == "page_unreadable") f = &g;
  REQUIRE(f);
  CHECK(f->severity == "warning");
  CHECK(f->page == 2);
  CHECK(f->args.at("page") == "2");
  CHECK(f->message.find("page 2 could not be read by OCR") != std::string::npos);
}

TEST_CASE("a PDF read as the text it prints keeps its format and says how it was read") {
  Extractor ex(testing::ProjectPatterns());
  std::string path = Sample("001_6c9c6f8633700f23.txt");
  Document report;
  REQUIRE(ReadDocument(ReadBytes(path), path, ReadOptions(), &report).ok());
  REQUIRE(report.format == "text");
  Source src;
  src.file = "printed.pdf";
  report.warnings.push_back(PrintedTextNote());
  std::vector<Record> recs = ex.ExtractDocument(report, src, nullptr, nullptr);
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].source.format == "pdf");
  CHECK(recs[0].source.encoding.empty());
  CHECK(recs[0].Get("clients.total.women").as_int() == 267);
  bool noted = false;
  for (const Finding& f : recs[0].findings)
    noted = noted || (f.code == "reader_note" && IsPrintedTextNote(f.message));
  CHECK(noted);
}

TEST_CASE("a page cut at its edge: a page_cut warning, and the report is not complete") {
  Extractor ex(testing::ProjectPatterns());
  std::string path = Sample("001_6c9c6f8633700f23.txt");
  Document report;
  REQUIRE(ReadDocument(ReadBytes(path), path, ReadOptions(), &report).ok());
  Source src;
  src.file = "a5.pdf";
  report.warnings.push_back(LeftOutPageNote(LeftOutPage::kCut, 3));
  std::vector<Record> recs = ex.ExtractDocument(report, src, nullptr, nullptr);
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].status == "incomplete");
  const Finding* f = nullptr;
  for (const Finding& g : recs[0].findings) {
    if (g.code == "page_cut") f = &g;
    CHECK(g.code != "reader_note");
  }
  REQUIRE(f);
  CHECK(f->severity == "warning");
  CHECK(f->page == 3);
  CHECK(f->message.find("page 3 is cut in the PDF") != std::string::npos);
}

TEST_CASE("pages out of order are read in the order their sections prove, with a finding") {
  // Sample 000's text as four pages, the third page's last answer going on
  // over the page break ("Digitalisering ..." / "Habiliteringen ...").
  std::vector<std::string> lines;
  {
    std::istringstream in(ReadBytes(Sample("000_2b37c49d4415161a.txt")));
    for (std::string l; std::getline(in, l);) lines.push_back(l);
  }
  REQUIRE(lines.size() >= 217);
  REQUIRE(lines[168].rfind("Habiliteringen", 0) == 0);
  const size_t cuts[] = {0, 59, 127, 168, lines.size()};
  std::vector<std::string> pages;
  for (size_t p = 0; p < 4; ++p) {
    std::string page;
    for (size_t i = cuts[p]; i < cuts[p + 1]; ++i) page += lines[i] + "\n";
    pages.push_back(page);
  }
  auto join = [&](std::initializer_list<int> order) {
    std::string text;
    for (int p : order) text += (text.empty() ? "" : "\f") + pages[static_cast<size_t>(p - 1)];
    return text;
  };
  Extractor ex(testing::ProjectPatterns());
  std::vector<Record> in_order = ex.ExtractBytes(join({1, 2, 3, 4}), "a.txt", ExtractOptions());
  REQUIRE(in_order.size() == 1);
  CHECK(testing::FindCode(in_order[0], "pages_reordered") == nullptr);
  REQUIRE(in_order[0].Get("deficiencies.summary").as_text().find("Habiliteringen") !=
          std::string::npos);
  // The file's pages hold the form's pages 3, 1, 2, 4: read as the file's
  // pages 2, 3, 1, 4, the answer going on from the file's page 1 to its
  // page 4 (pages 2 and 3 read before it, none left out).
  std::vector<Record> shuffled = ex.ExtractBytes(join({3, 1, 2, 4}), "b.txt", ExtractOptions());
  REQUIRE(shuffled.size() == 1);
  const Record& r = shuffled[0];
  CHECK(r.values == in_order[0].values);
  const Finding* f = testing::FindCode(r, "pages_reordered");
  REQUIRE(f != nullptr);
  CHECK(f->severity == "info");
  CHECK(f->args.at("pages") == "2, 3, 1, 4");
  CHECK(r.source.first_page == 1);
  CHECK(r.source.last_page == 4);
  CHECK(r.source.first_line < r.source.last_line);
}

TEST_CASE("a text whose lines were cut at a column: lines_cut, cut values null, no mark shown") {
  // `pdftotext -layout | cut -c1-100` of a sample: the name in the
  // signature ran past column 100 ("Inga-Lill Nil"), the Män count of the
  // children row stood right of it.
  Extractor ex(testing::ProjectPatterns());
  std::string path = std::string(redovis::testing::SourceDir()) +
                     "/tests/data/renderings/000_2b37c49d4415161a.pdftotext-layout-cut100.txt";
  std::vector<Record> recs = ex.ExtractFile(path, ExtractOptions());
  REQUIRE(recs.size() == 1);
  const Record& r = recs[0];
  CHECK(r.status == "incomplete");
  CHECK(!r.Has("signature.name"));
  CHECK(!r.Has("clients.with_children.men"));
  CHECK(r.Get("clients.with_children.women").as_int() == 10);
  bool cut = false, name = false;
  for (const Finding& f : r.findings) {
    if (f.code == "lines_cut") {
      cut = true;
      CHECK(f.args.at("column") == "100");
      CHECK(f.message.find("column 100") != std::string::npos);
    }
    if (f.message_id == "cut_line" && f.keys == std::vector<std::string>{"signature.name"}) {
      name = true;
      CHECK(f.args.at("raw") == "Inga-Lill Nil");
    }
    // The reader's mark (U+E002) is never shown.
    for (const std::string* s : {&f.message, &f.text, &f.label})
      CHECK(s->find("\xEE\x80\x82") == std::string::npos);
  }
  CHECK(cut);
  CHECK(name);
  for (const auto& [key, p] : r.provenance) CHECK(p.text.find("\xEE\x80\x82") == std::string::npos);
}

TEST_CASE("a text folded hard: a value on a line at the width is left for a fold's reason") {
  // `pdftotext -layout | fold -w 80` of a sample: the lines at the width no
  // proof joined are read as no row; their values' findings say the line
  // was folded (its rest may open the next line), not that what stood right
  // of a column is gone, as a cut's say.
  Extractor ex(testing::ProjectPatterns());
  std::string path = std::string(redovis::testing::SourceDir()) +
                     "/tests/data/renderings/000_2b37c49d4415161a.pdftotext-layout-fold80.txt";
  std::vector<Record> recs = ex.ExtractFile(path, ExtractOptions());
  REQUIRE(recs.size() == 1);
  size_t folded = 0;
  bool note = false;
  for (const Finding& f : recs[0].findings) {
    if (f.code == "lines_cut") note = f.message_id == "lines_cut.folded";
    CHECK(f.message_id != "cut_line");
    if (f.message_id != "folded_line") continue;
    ++folded;
    CHECK(f.code == "value_unreadable");
    CHECK(f.message.find("folded (as by fold -w)") != std::string::npos);
    CHECK(f.message.find("gone") == std::string::npos);
  }
  CHECK(note);
  CHECK(folded > 0);
}

TEST_CASE("a laid-out text fold -s broke too seldom to prove: its broken rows read as nothing") {
  // `pdftotext -layout` with each mark right of its Ja or Nej (the Ja box
  // nearer Nej's header than Ja's), through `fold -s -w 72`: only the
  // widest rows broke (three: too few to prove the fold), inside the gap
  // before the Nej box, which stands alone on the next line. Read as they
  // lie, Förening's ticked Ja box was taken for Nej's: false.
  auto row = [](const std::string& label, const char* ja, const char* nej) {
    return label + std::string(60 - label.size(), ' ') + ja + std::string(9, ' ') + "\n" +
           std::string(6, ' ') + nej + "\n";
  };
  const std::string text = testing::Form2020(
      "\f5. Organisation, ledning och samverkan\n\n"
      "Ange vem som är utförare av verksamheten med personligt\nombud i er kommun\n\n" +
      std::string(50, ' ') + "Ja" + std::string(12, ' ') + "Nej\n" +
      row("Förening", "\u2612", "\u2610") + row("Stiftelse", "\u2610", "\u2612") +
      row("Aktiebolag", "\u2610", "\u2612"));
  std::vector<Record> recs = testing::ExtractText(text);
  REQUIRE(recs.size() == 1);
  const Record& r = recs[0];
  CHECK(!r.Has("provider.association"));
  CHECK(!r.Has("provider.foundation"));
  CHECK(!r.Has("provider.company"));
  CHECK(r.status == "incomplete");
  const Finding* f = testing::FindCode(r, "lines_cut");
  REQUIRE(f != nullptr);
  CHECK(f->message_id == "lines_cut.folded");
  CHECK(f->args.at("column") == "72");
}

TEST_CASE("a text a cell a line that fmt refilled: refilled_text, values null, no mark shown") {
  // LibreOffice's text export of the 2023 sample through `fmt -w 35`: the
  // reader marks each line the refill ended inside a paragraph (U+E003).
  Extractor ex(testing::ProjectPatterns());
  std::string path = std::string(redovis::testing::SourceDir()) +
                     "/tests/data/renderings/2023_filled.lo-fmt-w35.txt";
  std::vector<Record> recs = ex.ExtractFile(path, ExtractOptions());
  REQUIRE(recs.size() == 1);
  const Record& r = recs[0];
  CHECK(r.status == "incomplete");
  // "Tjänsteställe" ends its line; its answer is on the next.
  CHECK(!r.Has("signature.workplace"));
  bool refilled = false;
  for (const Finding& f : r.findings) {
    if (f.code == "refilled_text") {
      refilled = true;
      CHECK(f.args.at("width") == "34");
    }
    for (const std::string* s : {&f.message, &f.text, &f.label})
      CHECK(s->find("\xEE\x80\x83") == std::string::npos);
    for (const auto& [name, arg] : f.args) CHECK(arg.find("\xEE\x80\x83") == std::string::npos);
  }
  CHECK(refilled);
  for (const auto& [key, p] : r.provenance) CHECK(p.text.find("\xEE\x80\x83") == std::string::npos);
}

TEST_CASE("no reader's mark reaches a record: a tabbed text fold -s broke after a tab") {
  // `fold -s -w 20` of the tabbed text of samples/000: rows that may have
  // been broken after a tab end in kUndecidedWrap (U+E001) in the reader's
  // lines, which findings and provenance quote; no cut or refill note is
  // there to have the marks erased with it.
  Extractor ex(testing::ProjectPatterns());
  std::string path = std::string(redovis::testing::SourceDir()) +
                     "/tests/data/marks/000_2b37c49d4415161a.fold-w20.txt";
  std::vector<Record> recs = ex.ExtractFile(path, ExtractOptions());
  REQUIRE(recs.size() == 1);
  const Record& r = recs[0];
  REQUIRE(r.Has("contact.person"));  // quoted from a line that held the mark
  auto marked = [](const std::string& s) {
    for (const char* mark : {"\xEE\x80\x80", "\xEE\x80\x81", "\xEE\x80\x82", "\xEE\x80\x83"})
      if (s.find(mark) != std::string::npos) return true;
    return false;
  };
  for (const Finding& f : r.findings) {
    CHECK_FALSE(marked(f.message));
    CHECK_FALSE(marked(f.text));
    CHECK_FALSE(marked(f.label));
    for (const auto& [name, arg] : f.args) CHECK_FALSE(marked(arg));
  }
  for (const auto& [key, p] : r.provenance) CHECK_FALSE(marked(p.text));
  for (const auto& [key, p] : r.places) {
    CHECK_FALSE(marked(p.at.text));
    CHECK_FALSE(marked(p.label));
  }
}

TEST_CASE("a text whose marks were lost is matched mark-free: its labels' words as the form's") {
  // samples/2023_filled.txt as iconv writes it in the C locale (every
  // marked letter '?') and under a UTF-8 locale (its base letter): "d?rav
  // mellan 18 och 29 ?r", "Stod i kontakten med sjukvarden", "Statsbidrag
  // avseende ?r 2023", words the vocabulary cannot give their marks back.
  Extractor ex(testing::ProjectPatterns());
  const std::string text = ReadBytes(Sample("2023_filled.txt"));
  std::vector<Record> as_written = ex.ExtractBytes(text, "a.txt", ExtractOptions());
  REQUIRE(as_written.size() == 1);
  const Record& want = as_written[0];
  for (bool question : {true, false}) {
    CAPTURE(question);
    std::vector<Record> recs =
        ex.ExtractBytes(StripMarks(text, question), "b.txt", ExtractOptions());
    REQUIRE(recs.size() == 1);
    const Record& r = recs[0];
    REQUIRE(r.Has("report.year"));
    for (const char* key :
         {"report.year", "clients.total.age_18_29.men", "clients.new.age_65_plus.women",
          "contact_reasons.healthcare_contact.women", "contact_reasons.healthcare_contact.men",
          "steering_group.relatives_org"}) {
      CAPTURE(key);
      REQUIRE(want.Has(key));
      REQUIRE(r.Has(key));
      CHECK(r.Get(key) == want.Get(key));
    }
    // No value the marked text does not give, none other than it gives.
    for (const auto& [key, value] : r.values) {
      CAPTURE(key);
      REQUIRE(want.Has(key));
      if (!value.is_text()) CHECK(value == want.Get(key));
    }
  }
}

}  // namespace extractor_test
