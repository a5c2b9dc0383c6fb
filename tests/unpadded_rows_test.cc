// The wrapped rows of a pipe table drawn without padding (antiword's).
#include "read/text/unpadded_rows.h"

#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <vector>

namespace unpadded_rows_test {

using namespace redovis;

TEST_CASE("unpadded rows: the bars' columns of a line drawn without padding") {
  CHECK(UnpaddedBars("|Kommun Västerås   |Postnummer|") == std::vector<size_t>{0, 19, 30});
  CHECK(UnpaddedBars("|     |Ja|") == std::vector<size_t>{0, 6, 9});
  CHECK(UnpaddedBars("| Kommun | Västerås |").empty());  // padded: org, pandoc
  CHECK(UnpaddedBars("||Kvinnor||Män||").empty());       // Jira's header cells
}

TEST_CASE("unpadded rows: a row wrapped where the next word would not fit is joined") {
  // Columns 14 and 10 wide; "Aspling" would not have fitted after "Susanne",
  // and the address filled its column's line whole, so it was cut there.
  std::vector<std::string_view> lines = {
      "|Kontaktperson  |Susanne   |", "|               |Aspling   |",
      "|E-post         |nf@vaster.|", "|               |se        |",
      "|Kommun         |Sala      |"};
  std::vector<std::vector<std::string>> texts = {{"Kontaktperson", "Susanne"},
                                                 {"", "Aspling"},
                                                 {"E-post", "nf@vaster."},
                                                 {"", "se"},
                                                 {"Kommun", "Sala"}};
  std::vector<size_t> first;
  auto rows = JoinWrappedRows(lines, texts, &first);
  REQUIRE(rows.size() == 3);
  CHECK(first == std::vector<size_t>{0, 2, 4});
  CHECK(rows[0] == std::vector<std::string>{"Kontaktperson", "Susanne Aspling"});
  CHECK(rows[1] == std::vector<std::string>{"E-post", "nf@vaster.se"});
  CHECK(rows[2] == std::vector<std::string>{"Kommun", "Sala"});

  // A row that ran over lines in its source (no line of its own) is kept.
  lines[1] = {};
  rows = JoinWrappedRows(lines, texts, &first);
  CHECK(rows.size() == 4);
}

TEST_CASE("unpadded rows: a table sized to its text was not wrapped") {
  // Every column exactly as wide as its longest text (pandoc's DokuWiki).
  std::vector<std::string_view> lines = {"|Kommun|Sala|", "|Ort   |Ekby|"};
  std::vector<std::vector<std::string>> texts = {{"Kommun", "Sala"}, {"Ort", "Ekby"}};
  std::vector<size_t> first;
  CHECK(JoinWrappedRows(lines, texts, &first).size() == 2);
}

}  // namespace unpadded_rows_test
