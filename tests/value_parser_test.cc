#include "match/value_parser.h"

#include <doctest/doctest.h>

#include <climits>

#include "read/text/cut_lines.h"
#include "test_support.h"

namespace value_parser_test {

using namespace redovis;

static ValueParser Make() {
  return ValueParser(testing::ProjectPatterns().vocabulary());
}

TEST_CASE("numbers as Swedish forms write them") {
  ValueParser p = Make();
  double v = 0;
  REQUIRE(p.ParseNumber("804 246:-", &v));
  CHECK(v == 804246);
  REQUIRE(p.ParseNumber("4 045 300", &v));
  CHECK(v == 4045300);
  REQUIRE(p.ParseNumber("402 638 kr", &v));
  CHECK(v == 402638);
  REQUIRE(p.ParseNumber("1,50", &v));
  CHECK(v == doctest::Approx(1.5));
  REQUIRE(p.ParseNumber("10,00", &v));
  CHECK(v == 10);
  REQUIRE(p.ParseNumber("4.045.300", &v));
  CHECK(v == 4045300);
  REQUIRE(p.ParseNumber("0", &v));
  CHECK(v == 0);
  REQUIRE(p.ParseNumber("−3", &v));
  CHECK(v == -3);
}

TEST_CASE("text that is not one number is not a number") {
  ValueParser p = Make();
  double v;
  CHECK_FALSE(p.ParseNumber("", &v));
  CHECK_FALSE(p.ParseNumber("ca fem", &v));
  CHECK_FALSE(p.ParseNumber("3-4 månader", &v));
  CHECK_FALSE(p.ParseNumber("2017 13", &v));
  CHECK_FALSE(p.ParseNumber("12 ombud och 3 chefer", &v));
}

TEST_CASE("dates") {
  ValueParser p = Make();
  std::string iso;
  REQUIRE(p.ParseDate("2021-12-16", &iso));
  CHECK(iso == "2021-12-16");
  REQUIRE(p.ParseDate("Nacka den 2 januari 2017", &iso));
  CHECK(iso == "2017-01-02");
  REQUIRE(p.ParseDate("16/12 2021", &iso));
  CHECK(iso == "2021-12-16");
  REQUIRE(p.ParseDate("20211216", &iso));
  CHECK(iso == "2021-12-16");
  CHECK_FALSE(p.ParseDate("20/209", &iso));
  CHECK_FALSE(p.ParseDate("2021-02-30", &iso));
  CHECK_FALSE(p.ParseDate("", &iso));
}

TEST_CASE("a date or a unit compiles no month or unit whose word the text lacks") {
  // A set of its own: the shared one's patterns may have been compiled by
  // other cases.
  std::unique_ptr<PatternSet> ps;
  Status loaded = PatternSet::Load(std::string(testing::SourceDir()) + "/patterns", &ps);
  REQUIRE_MESSAGE(loaded.ok(), loaded.ToString());
  ValueParser p(ps->vocabulary());
  std::string iso;
  REQUIRE(p.ParseDate("Nacka den 2 december 2017", &iso));
  CHECK(iso == "2017-12-02");
  size_t compiled = 0;
  for (const auto& [month, pattern] : ps->vocabulary().months) {
    REQUIRE(pattern.compiled);
    if (pattern.compiled->IsCompiled()) ++compiled;
    CAPTURE(pattern.source);
    CHECK(pattern.compiled->IsCompiled() == (month == 12));
  }
  CHECK(compiled == 1);
  // No unit's literal in "klienter": none compiled; "st" is one.
  double n;
  CHECK_FALSE(p.ParseNumber("12 klienter", &n));
  REQUIRE_FALSE(ps->vocabulary().number_units.empty());
  for (const Pattern& unit : ps->vocabulary().number_units) {
    CAPTURE(unit.source);
    REQUIRE_FALSE(MayMatch(unit, "klienter"));
    CHECK_FALSE(unit.compiled->IsCompiled());
  }
  REQUIRE(p.ParseNumber("12 st", &n));
  CHECK(n == 12);
}

TEST_CASE("check marks of any kind") {
  ValueParser p = Make();
  for (const char* m : {"x", "X", "xx", "1", "☒", "✓"}) CHECK(p.IsMark(m));
  for (const char* m : {"", "Ja", "nej", "2", "x y"}) CHECK_FALSE(p.IsMark(m));
  CHECK(p.ColumnOf("Ja") == "yes");
  CHECK(p.ColumnOf("Delvis (t.ex. om det är kö i 3 av 12 kommuner)") == "partly");
  CHECK(p.ColumnOf("Antal kvinnor") == "women");
  CHECK(p.ColumnOf("Ekonomi") == "");
}

TEST_CASE("DatedColumnOf: a column's words with a year beside them") {
  ValueParser p = Make();
  int year = -1;
  CHECK(p.DatedColumnOf("Kvinnor 2021", &year) == "women");
  CHECK(year == 2021);
  CHECK(p.DatedColumnOf("Antal män (2020)", &year) == "men");
  CHECK(year == 2020);
  CHECK(p.DatedColumnOf("2019 Kvinnor", &year) == "women");
  CHECK(year == 2019);
  // No year, a number that is no year, words that name no column, or a
  // column's words with more after them: none.
  for (const char* none : {"Kvinnor", "Kvinnor 12", "Kvinnor 3021", "Ekonomi 2021", "2021",
                           "Kvinnor och män 2021", ""}) {
    CHECK_MESSAGE(p.DatedColumnOf(none, &year) == "", none);
    CHECK_MESSAGE(year == 0, none);
  }
}

TEST_CASE("WholeColumnOf: a column's wording with nothing after it") {
  ValueParser p = Make();
  CHECK(p.WholeColumnOf("Nej") == "no");
  CHECK(p.WholeColumnOf(" Kan inte bedöma ") == "cannot_assess");
  // ColumnOf reads the first word; the whole text is more than the column.
  CHECK(p.ColumnOf("Nej ISF") == "no");
  CHECK(p.WholeColumnOf("Nej ISF") == "");
  CHECK(p.WholeColumnOf("Ekonomi") == "");
  CHECK(p.WholeColumnOf("") == "");
}

TEST_CASE("ColumnOf reads a header word a narrow cell broke over its lines") {
  ValueParser p = Make();
  CHECK(p.ColumnOf("Komme ntar") == "ignore");  // the comment column
  CHECK(p.ColumnOf("Kom men tar") == "ignore");
  CHECK(p.ColumnOf("Kvinn or") == "women");
  // The first piece may be one capital letter (MuPDF's text: "N" over "ej").
  CHECK(p.ColumnOf("N ej") == "no");
  // Not a broken word: a capital after the first piece, a one-letter piece
  // after the first or a small one first, a piece with a digit; and a text
  // that reads as written keeps its reading.
  CHECK(p.ColumnOf("Komme Ntar") == "");
  CHECK(p.ColumnOf("Kvinn o r") == "");
  CHECK(p.ColumnOf("J a") == "");
  CHECK(p.ColumnOf("n ej") == "");
  CHECK(p.ColumnOf("Kvinn or2") == "");
  CHECK(p.ColumnOf("Ja tack") == "yes");
  CHECK(p.ColumnOf("Antal kvinnor") == "women");
}

TEST_CASE("ColumnOf: a cell the text reader marked cut names no column") {
  ValueParser p = Make();
  CHECK(p.ColumnOf("Nej") == "no");
  // A hard fold's rest ("Nej" at column 7, its row's box at 107), or a
  // header word cut short.
  CHECK(p.ColumnOf(std::string("Nej") + kCutLine) == "");
  CHECK(p.ColumnOf(std::string("Ja") + kCutLine, "ja") == "");
  // A blank between the last word and the cut: the words are whole, read as
  // they stand ("Kvinnor " of "Kvinnor   Män"); a word reaching the cut, or
  // the mark inside the text, is not.
  CHECK(p.ColumnOf(std::string("Kvinnor ") + kCutLine) == "women");
  CHECK(p.ColumnOf(std::string("Antal kvinnor ") + kCutLine, "antal kvinnor ") == "women");
  CHECK(p.ColumnOf(std::string("Kvinnor") + kCutLine) == "");
  CHECK(p.ColumnOf(std::string("Kvinnor ") + kCutLine + " ") == "women");
  CHECK(p.ColumnOf(std::string("Kvinnor ") + kCutLine + "x") == "");
  CHECK(p.ColumnOf(std::string("Ekonomi ") + kCutLine) == "");
  CHECK(p.ColumnOf(std::string(" ") + kCutLine) == "");
}

TEST_CASE("ColumnOf answers a text no column can start with by its first character") {
  ValueParser p = Make();
  // No column's pattern starts with 'e', '1' or '(': answered at once, kept nowhere.
  CHECK(p.ColumnOf("Ekonomi") == "");
  CHECK(p.ColumnOf("Ekonomi", "ekonomi") == "");
  CHECK(p.ColumnOf("12") == "");
  CHECK(p.ColumnOf("(t.ex. kö)", "(t.ex. kö)") == "");
  CHECK(p.KeptColumns() == 0);
  // A text that may name a column is read and kept: a column word, one that
  // opens with a space or a non-ASCII letter, one whose given fold opens
  // with a column's letter, a broken word.
  CHECK(p.ColumnOf("Ja") == "yes");
  CHECK(p.ColumnOf(" Nej") == "no");
  CHECK(p.ColumnOf("Övrigt") == "ignore");
  CHECK(p.ColumnOf("Ekonomi", "ja") == "");
  CHECK(p.ColumnOf("Kvinn or") == "women");
  CHECK(p.KeptColumns() == 5);
  // The first character read as Fold reads it: a capital as its small letter.
  CHECK(p.ColumnOf("KVINNOR") == "women");
  CHECK(p.ColumnOf("JA", "ja") == "yes");
}

TEST_CASE("StartsNoColumn: a first word no column can start with, whatever follows it") {
  // What a header's cell is skipped by before its words are cut out
  // (SplitHeaderWords): the first word alone, or with the words after it,
  // names no column.
  ValueParser p = Make();
  for (const std::string text :
       {"Ekonomi", "Ekonomi och personal", "2 kvinnor", "Handläggare Ja"}) {
    CAPTURE(text);
    CHECK(p.StartsNoColumn(text));
    CHECK(p.ColumnOf(text) == "");
    CHECK(p.ColumnOf(text.substr(0, text.find(' '))) == "");
  }
  // A column's first letter in either case, a space or a non-ASCII letter
  // first: not decided by the first character.
  for (const std::string text :
       {"Ja", "nej", "Antal kvinnor", "Kvinn or", " Ekonomi", "Övrigt", ""})
    CHECK_FALSE(p.StartsNoColumn(text));
  // With a fold given, both its first byte and the text's must rule columns out.
  const std::string ekonomi = "ekonomi", ja = "ja";
  CHECK(p.StartsNoColumn("Ekonomi", &ekonomi));
  CHECK_FALSE(p.StartsNoColumn("Ekonomi", &ja));
}

TEST_CASE("IsMark and ColumnOf answer a text seen again as the first time") {
  ValueParser p = Make();
  for (int round = 0; round < 2; ++round) {
    CAPTURE(round);
    CHECK(p.IsMark(" x "));
    CHECK_FALSE(p.IsMark("Ja"));
    CHECK(p.ColumnOf("Ja") == "yes");
    CHECK(p.ColumnOf(" Antal kvinnor ") == "women");
    CHECK(p.ColumnOf("Ekonomi") == "");
  }
  // ColumnOf's answer follows the fold it is given (its literal guard reads
  // it), so an answer kept for one fold is never given for another.
  CHECK(p.ColumnOf("Ja", "xx") == "");
  CHECK(p.ColumnOf("Ja", "ja") == "yes");
  ValueParser q = Make();
  CHECK(q.ColumnOf("Ja", "ja") == "yes");
  CHECK(q.ColumnOf("Ja", "xx") == "");
  // Asked again with either fold, in either order, a text gets that fold's answer.
  CHECK(p.ColumnOf("Ja", "xx") == "");
  CHECK(q.ColumnOf("Ja", "ja") == "yes");
  CHECK(q.ColumnOf("Ja", "xx") == "");
  // Answers are kept for the text as given: a padded text and its trimmed
  // form each get the answer of the trimmed text, and the form that folds
  // for itself never takes an answer kept for a fold given by a caller.
  CHECK(q.ColumnOf("Nej", "xx") == "");
  CHECK(q.ColumnOf("Nej") == "no");
  CHECK(q.ColumnOf(" Nej\t") == "no");
  CHECK(q.ColumnOf(" Nej\t", "nej") == "no");
  CHECK(q.ColumnOf("\tNej ", "xx") == "");
  CHECK_FALSE(q.IsMark("  "));
  CHECK(q.IsMark("x"));
  CHECK(q.IsMark("\tx "));
}

TEST_CASE("phones inside text") {
  CHECK(TidyPhone("060- 16 31 00") == "060-163100");
  // A number cut where its cell wrapped: fewer than five digits after the area code.
  CHECK(PhoneCutShort(TidyPhone("060- 16 31")));
  CHECK(PhoneCutShort("021-3900"));
  // Fewer than eight digits after the 0 (a national number has eight or
  // nine): pdftohtml's "08- 5782 94", its "91" two lines further down.
  CHECK(PhoneCutShort("08-578294"));
  CHECK(PhoneCutShort("021-39000"));
  CHECK(!PhoneCutShort("021-390000"));
  CHECK(!PhoneCutShort("08-57829491"));
  CHECK(!PhoneCutShort("08-1234567"));
  CHECK(!PhoneCutShort("0581-81000"));
  CHECK(!PhoneCutShort("0701234567"));
  CHECK(!PhoneCutShort("+46-3900"));
  CHECK(FindPhone("Susanne Aspling Björkstén 021-39 20 82 susanne@vasteras.se") == "021-39 20 82");
  CHECK(FindPhone("no phone here") == "");
}

TEST_CASE("table debris: the separators a reader may leave in a value") {
  CHECK(TableDebris("Björkstén |Avdelning/Enhet", true) == "|");
  CHECK(TableDebris("Ja| Nej", true) == "|");
  CHECK(TableDebris("| Kommun Västerås", true) == "|");
  CHECK(TableDebris("Kommun Västerås |", true) == "|");
  CHECK(TableDebris("rad ett\n| rad två", true) == "|");
  CHECK(TableDebris("a || b", true) == "||");
  CHECK(TableDebris("+-----+-----+", true) == "+---");
  CHECK(TableDebris("text\n|---|---|", true) == "|---|---|");
  CHECK(TableDebris("{| class", true) == "{|");
  CHECK(TableDebris(". Mentorskap", true) == ". ");
  // HTML markup a converter left: tags and character references.
  CHECK(TableDebris("<p><strong>2. Klienter</strong></p>\nAnge antal", true) == "<p>");
  CHECK(TableDebris("Handledning</P>", true) == "</P>");
  CHECK(TableDebris("rad<br/>två", true) == "<br");
  CHECK(TableDebris("&#45;&#45;", true) == "&#45;");
  CHECK(TableDebris("R&amp;D", false) == "&amp;");
  CHECK(TableDebris("Väst&#x2026;", true) == "&#x2026;");
  CHECK(TableDebris("barn < 5 år & unga <18 år; AT&T", true) == "");
  CHECK(TableDebris("<https://x.se> & <p2>", true) == "");
  CHECK(TableDebris("<td>Kommun</td>", true) == "<td");
  // Free text keeps a bar standing alone between words; other text does not.
  CHECK(TableDebris("mån | tis | ons", true).empty());
  CHECK(TableDebris("mån | tis", false) == "|");
  CHECK(TableDebris("Grundutbildning. Motiverande samtal.", true).empty());
  CHECK(TableDebris("1,5 - 2 år", false).empty());
  CHECK(TableDebris("18-25 år + 65 år", false).empty());
  CHECK(TableDebris("...och mer", true).empty());
}

TEST_CASE("WordLikeShare: words and numbers against what OCR makes of a sideways page") {
  CHECK(WordLikeShare("Gemensam handledning med Haninge, Nacka och Värmdö kommun.") == 1.0);
  CHECK(WordLikeShare("Aktion Livräddning 21 okt, Barnperspektivet 9 juni") == 1.0);
  CHECK(WordLikeShare("ÅTGÄRD: Samordningsförbundet Östra Södertörn, 2021-03-04") == 1.0);
  CHECK(WordLikeShare("") == 1.0);
  CHECK(WordLikeShare("Kontakt t.ex. via anna-lena.engstedt@tyreso.se") == 1.0);
  CHECK(WordLikeShare("BuJSYeSsJO/USyeSsJsO") == 0.0);
  CHECK(WordLikeShare("\"uossad 1ad saBue uey 1ayes.so Paj") < 0.6);
  CHECK(WordLikeShare("0 0 J8AOQ UY90 JB G9 AeJep") < 0.5);
}

TEST_CASE(
    "WordLikeShare: a number glued to a unit of the vocabulary is word-like, other glue not") {
  ValueParser p = Make();
  // OCR read the .docx's own "30dagar" right: a number and a unit.
  CHECK(WordLikeShare("30dagar") == 0.0);
  CHECK(WordLikeShare("30dagar", &p) == 1.0);
  CHECK(WordLikeShare("Ca 30dagar.", &p) == 1.0);
  CHECK(WordLikeShare("5st och 200kr", &p) == 1.0);
  // Letters after digits that are no unit stay what OCR makes of noise.
  CHECK(WordLikeShare("1ad", &p) == 0.0);
  CHECK(WordLikeShare("30dagarx 1ayes.so", &p) == 0.0);
  CHECK(WordLikeShare("\"uossad 1ad saBue uey 1ayes.so Paj", &p) < 0.6);
  CHECK(WordLikeShare("0 0 J8AOQ UY90 JB G9 AeJep", &p) < 0.5);
  // Digits after the unit are not a number with its unit.
  CHECK(WordLikeShare("30dagar5", &p) == 0.0);
}

TEST_CASE("OCR: the marks read off a number's cell and label are taken off, nothing else") {
  std::string out;
  CHECK(RepairOcrNumberMarks("(0)", &out));
  CHECK(out == "0");
  CHECK(RepairOcrNumberMarks("0)", &out));
  CHECK(out == "0");
  CHECK(RepairOcrNumberMarks("[12", &out));
  CHECK(out == "12");
  CHECK(RepairOcrNumberMarks("!: 10,00", &out));
  CHECK(out == "10,00");
  CHECK(RepairOcrNumberMarks("!: 12", &out));
  CHECK(out == "12");
  CHECK(RepairOcrNumberMarks("| (7)", &out));
  CHECK(out == "7");
  // Nothing to take off, or more than marks and one number: as it was.
  CHECK_FALSE(RepairOcrNumberMarks("12", &out));
  CHECK(out == "12");
  CHECK_FALSE(RepairOcrNumberMarks("5 - 7", &out));  // a range is no number
  CHECK(out == "5 - 7");
  CHECK_FALSE(RepairOcrNumberMarks("(1 200)", &out));
  CHECK_FALSE(RepairOcrNumberMarks("ca (5)", &out));
  CHECK_FALSE(RepairOcrNumberMarks("(5a)", &out));
  CHECK_FALSE(RepairOcrNumberMarks("()", &out));
  CHECK_FALSE(RepairOcrNumberMarks("(-3)", &out));
  CHECK_FALSE(RepairOcrNumberMarks("", &out));
}

TEST_CASE("a number asked with decimals may have lost its decimal mark to OCR") {
  CHECK(MayHaveLostDecimalMark("10"));    // "1,0"
  CHECK(MayHaveLostDecimalMark("1000"));  // "10,00"
  CHECK(MayHaveLostDecimalMark("2 25"));
  CHECK_FALSE(MayHaveLostDecimalMark("1,0"));
  CHECK_FALSE(MayHaveLostDecimalMark("10.00"));
  CHECK_FALSE(MayHaveLostDecimalMark("2"));
  CHECK_FALSE(MayHaveLostDecimalMark(""));
}

TEST_CASE("MostOf: the least of the columns' most= bounds, none where one has none") {
  Vocabulary voc;
  voc.column_most = {{"women", 99999}, {"men", 500}};
  ValueParser p(voc);
  CHECK(p.MostOf({"women"}) == 99999);
  CHECK(p.MostOf({"women", "men"}) == 500);
  CHECK(p.MostOf({"women", "yes"}) == ULLONG_MAX);
  CHECK(p.MostOf({}) == ULLONG_MAX);
  // The project's patterns bound Kvinnor and Män, not Ja and Nej.
  ValueParser project = Make();
  CHECK(project.MostOf({"women", "men"}) == 9999);
  CHECK(project.MostOf({"yes", "no"}) == ULLONG_MAX);
}

TEST_CASE("CountChooses: a count above 0 chooses its column; 0, no number or a word does not") {
  ValueParser p = Make();
  CHECK(p.CountChooses("2"));
  CHECK(p.CountChooses(" 1 "));
  CHECK(p.CountChooses("0,5"));
  CHECK_FALSE(p.CountChooses("0"));
  CHECK_FALSE(p.CountChooses(""));
  CHECK_FALSE(p.CountChooses("X"));
  CHECK_FALSE(p.CountChooses("två"));
}

}  // namespace value_parser_test
