#include "redovis/messages.h"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <regex>

#include "test_support.h"

namespace messages_test {

using namespace redovis;

TEST_CASE("FillPlaceholders replaces the names it is given and keeps the others") {
  CHECK(FillPlaceholders("{a} > {b}, {c}", {{"a", "1"}, {"b", "2"}}) == "1 > 2, {c}");
  CHECK(FillPlaceholders("no names", {{"a", "1"}}) == "no names");
  CHECK(FillPlaceholders("open {a", {{"a", "1"}}) == "open {a");
}

TEST_CASE("numbers: a decimal comma in Swedish, a point in English; other text as written") {
  CHECK(LocalNumber("2.50", "sv") == "2,50");
  CHECK(LocalNumber("-0.5", "sv") == "-0,5");
  CHECK(LocalNumber("2.50", "en") == "2.50");
  CHECK(LocalNumber("267", "sv") == "267");
  CHECK(LocalNumber("v.2", "sv") == "v.2");
  CHECK(LocalNumber("1.2.3", "sv") == "1.2.3");
}

TEST_CASE("the project's table: each finding of the checks in Swedish by default, English asked") {
  const Messages& m = testing::ProjectPatterns().messages();
  MessageArgs sum = {
      {"total_label", "Totalt antal klienter: Kvinnor"}, {"total", "267"}, {"sum", "265"}};
  CHECK(m.Render("sum_mismatch", sum, "sv") ==
        "Totalt antal klienter: Kvinnor är 267, men åldersgrupperna summerar till 265");
  CHECK(m.Render("sum_mismatch", sum, "en") ==
        "Totalt antal klienter: Kvinnor is 267, but the age groups add up to 265");
  // A number in the values is the language's; the document's own text is not.
  MessageArgs fte = {{"total_label", "X"}, {"total", "2.50"}, {"sum", "1"}};
  CHECK(m.Render("ombud_fte_mismatch", fte, "sv").find("2,50") != std::string::npos);
  CHECK(m.Render("unreadable_number", {{"label", "L"}, {"raw", "2.5x"}}, "sv").find("'2.5x'") !=
        std::string::npos);
  // A choice is named in the language.
  CHECK(m.Render("answer_contradicts_choice",
                 {{"answer_label", "A"}, {"choice_label", "C"}, {"value", "@choice.no"}},
                 "sv") == "'A' är besvarad fast C är Nej");
  CHECK(m.Render("no_such_id", {}, "sv") == "no_such_id");
  // The tool's failures say so; they never call the answer blank.
  std::string unreadable = m.Render("value_unreadable", {{"label", "L"}, {"text", "T"}}, "sv");
  CHECK(unreadable.find("kunde inte läsas") != std::string::npos);
  CHECK(unreadable.find("tom") == std::string::npos);
}

TEST_CASE("a malformed table does not load, and says where") {
  testing::TempPatterns dir({});
  std::string path = dir.dir() + "/bad.tsv";
  for (const char* bad : {"id\tsv\ten\nonly_two\tfields\n", "id\tsv\ten\na\t{x} sv\t{y} en\n",
                          "id\tsv\ten\na\tsv\ten\na\tsv\ten\n"}) {
    std::ofstream(path) << bad;
    Messages m;
    Status s = m.Load(path);
    CHECK(s.code() == "pattern_error");
    CHECK(s.message().find("bad.tsv:") != std::string::npos);
  }
}

TEST_CASE("a message's parts: each rendered in the message's language, joined into {parts}") {
  const Messages& m = testing::ProjectPatterns().messages();
  const std::vector<MessagePart> parts = {
      {"doubt.between", {{"raw", "'X'"}, {"first", "@column.yes"}, {"second", "@column.no"}}},
      {"doubt.shared_under", {{"raw", "@doubt.checked_box"}, {"first", "@column.unread"}}}};
  const MessageArgs args = {{"label", "Ombuden har erbjudits utbildning."}};
  const std::string sv = m.Render("ambiguous_row_columns", args, parts, "sv");
  CHECK(sv ==
        "det går inte att avgöra vilken kolumn som håller 'X', som står mellan kolumnerna Ja och "
        "Nej; en kryssad ruta, som står under kolumnen en kolumn vars rubrik inte känns igen "
        "liksom ett annat värde i raden ('Ombuden har erbjudits utbildning.')");
  CHECK(m.Render("ambiguous_row_columns", args, parts, "en") ==
        "cannot tell which column holds 'X' between yes and no; [checked box] between an unread "
        "column and the other value under an unread column ('Ombuden har erbjudits "
        "utbildning.')");
  // No parts: as Render without them ({parts} stays unfilled).
  CHECK(m.Render("ambiguous_row_columns", args, {}, "en") ==
        m.Render("ambiguous_row_columns", args, "en"));
  // A number the document wrote stays as written in a part ({raw}).
  CHECK(m.Render("ambiguous_row_columns", {}, {{"doubt.own_widths", {{"raw", "'1.5'"}}}}, "sv")
            .find("'1.5'") != std::string::npos);
}

TEST_CASE("every message id the matcher names, and every column a finding names, is in the table") {
  const Messages& m = testing::ProjectPatterns().messages();
  // The ids written as string literals in src/ ("doubt.between"): each a
  // message of both languages, so no finding shows its id to a reader.
  size_t seen = 0;
  const std::regex literal("\"(doubt\\.[a-z_]+)\"");
  for (const auto& entry :
       std::filesystem::recursive_directory_iterator(std::string(testing::SourceDir()) + "/src")) {
    if (!entry.is_regular_file()) continue;
    std::ifstream f(entry.path());
    const std::string text((std::istreambuf_iterator<char>(f)), std::istreambuf_iterator<char>());
    for (auto it = std::sregex_iterator(text.begin(), text.end(), literal);
         it != std::sregex_iterator(); ++it) {
      ++seen;
      CHECK_MESSAGE(m.Has((*it)[1].str()), (entry.path().string() + ": " + (*it)[1].str()));
    }
  }
  CHECK(seen >= 20);
  // Each column common.rules names (ColumnRef's "@column.<name>"), and the
  // two ColumnRef adds.
  std::ifstream rules(std::string(testing::SourceDir()) + "/patterns/common.rules");
  std::string line;
  size_t columns = 0;
  const std::regex column_line("^column\\s+([a-z_]+)\\s");
  while (std::getline(rules, line)) {
    std::smatch c;
    if (!std::regex_search(line, c, column_line)) continue;
    ++columns;
    CHECK_MESSAGE(m.Has("column." + c[1].str()), line);
  }
  CHECK(columns >= 8);
  CHECK(m.Has("column.unread"));
  CHECK(m.Has("column.ignore"));
}

}  // namespace messages_test
