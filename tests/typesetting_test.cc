#include "read/text/typesetting.h"

#include <doctest/doctest.h>

#include <string>

namespace typesetting_test {

using namespace redovis;

TEST_CASE("typesetting: roff, Texinfo and LaTeX are told by their command lines") {
  std::string roff;
  for (int i = 0; i < 8; ++i) roff += ".PP\nV\\[oa]rd och omsorg\n";
  TypesettingVerdict v = TypesettingSource(roff);
  CHECK(v.language == "roff");
  CHECK(v.command_lines == 8);
  CHECK(v.lines == 16);
  std::string tbl;
  for (int i = 0; i < 4; ++i) tbl += "T{\nKommun\nT}@T{\nTimrå\nT}\n";
  CHECK(TypesettingSource(tbl).language == "roff");
  std::string texinfo;
  for (int i = 0; i < 8; ++i) texinfo += "@item Kommun\nmer text\n";
  CHECK(TypesettingSource(texinfo).language == "Texinfo");
  std::string latex;
  for (int i = 0; i < 8; ++i) latex += "Totalt antal klienter & 29 & 5 \\\\\n";
  CHECK(TypesettingSource(latex).language == "LaTeX");
  // pandoc -t context: its tables are \startxtable ... \stopxtable commands.
  std::string context = "\\startplacetable[location=none]\n\\startxtable\n";
  for (int i = 0; i < 4; ++i)
    context += "\\startxrow\n\\startxcell[width={0.5\\textwidth}] Kommun \\stopxcell\n\\stopxrow\n";
  CHECK(TypesettingSource(context).language == "ConTeXt");
  // pandoc -t docbook: each paragraph a <para> element, a table's cells <entry>.
  std::string docbook = "<informaltable>\n  <tgroup cols=\"2\">\n    <tbody>\n";
  for (int i = 0; i < 4; ++i)
    docbook +=
        "      <row>\n        <entry>\n          <para>\n            Kommun\n"
        "          </para>\n        </entry>\n      </row>\n";
  docbook += "    </tbody>\n  </tgroup>\n</informaltable>\n";
  CHECK(TypesettingSource(docbook).language == "DocBook");
  // HTML's and JATS's paragraphs and cells are no DocBook.
  std::string html;
  for (int i = 0; i < 8; ++i) html += "<p>Kommun</p>\n<tr>\n<td>Timrå</td>\n</tr>\n<parameter>\n";
  CHECK(TypesettingSource(html).language.empty());
}

TEST_CASE("typesetting: a few command-like lines, or a small share, make no source") {
  // Seven command lines: too few, whatever their share.
  std::string few;
  for (int i = 0; i < 7; ++i) few += ".PP\n";
  CHECK(TypesettingSource(few).language.empty());
  // Eight among a hundred lines: under a tenth.
  std::string thin;
  for (int i = 0; i < 8; ++i) thin += ".PP\n";
  for (int i = 0; i < 100; ++i) thin += "Kommun: Timrå\n";
  CHECK(TypesettingSource(thin).language.empty());
  // A dot that opens a sentence, a mail address, a note ending in a slash.
  std::string text;
  for (int i = 0; i < 20; ++i) text += ". Om ja, ange varför\n...och mer\n@ timra.se\nTvå \\ tre\n";
  CHECK(TypesettingSource(text).language.empty());
  CHECK(TypesettingSource("").language.empty());
}

}  // namespace typesetting_test
