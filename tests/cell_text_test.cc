#include "read/text/cell_text.h"

#include <doctest/doctest.h>

#include <string>

namespace cell_text_test {

using namespace redovis;

TEST_CASE("cell text: pieces joined by a space, a break wins, none at the ends") {
  CellText c;
  CHECK(c.Empty());
  c.Space();
  c.Break();  // nothing before them: no separator
  c.Append("Om");
  c.Space();
  c.Append("ja");
  c.Space();
  c.Break();
  c.Append("Ombudens");
  c.Space();
  CHECK_FALSE(c.Empty());
  CHECK(c.Take() == "Om ja\nOmbudens");
  CHECK(c.Empty());  // it starts again
}

TEST_CASE("cell text: lines trimmed, a blank line a paragraph break") {
  CellText c;
  c.AddLine("  Kontaktperson ");
  c.AddLine("Maria");
  c.AddLine("   ");
  c.AddLine("\tHolm\r");
  CHECK(c.Take() == "Kontaktperson Maria\nHolm");
}

TEST_CASE("cell text: past its limit a cell is empty, and stays so until taken") {
  CellText c(8);
  c.Append("12345");
  c.Space();
  c.Append("67");
  c.Append("89");  // "12345 6789": 10 bytes
  c.Append("x");
  CHECK_FALSE(c.Empty());
  CHECK(c.Take() == "");
  c.Append("1234");
  CHECK(c.Take() == "1234");  // the limit is kept
  c.Append("123456789");
  CHECK(c.Take() == "");
}

}  // namespace cell_text_test
