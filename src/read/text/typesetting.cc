// Typesetting source told from a document. See typesetting.h.
#include "read/text/typesetting.h"

#include <array>
#include <cstddef>
#include <utility>

#include "base/text_util.h"

namespace redovis {
namespace {

constexpr size_t kMinCommandLines = 8;  // fewer: a quoted command, not a source
constexpr size_t kMinShare = 10;        // one line in this many at least

bool Letter(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool StartsWith(std::string_view s, std::string_view p) {
  return s.substr(0, p.size()) == p;
}

// A roff control line (`.PP`, `.TS`, `.IP "x"`, `.\" comment`) or a tbl
// text block's opening or close (`T{`, `T}`, `T}@T{`).
bool RoffCommand(std::string_view s) {
  if (StartsWith(s, "T{") || StartsWith(s, "T}")) return true;
  if (s.size() < 2 || (s[0] != '.' && s[0] != '\'')) return false;
  if (s[1] == '\\' && s.size() > 2 && s[2] == '"') return true;
  size_t n = 1;
  while (n < s.size() && n <= 3 && Letter(s[n])) ++n;
  return n > 1 && n <= 3 && (n == s.size() || s[n] == ' ');
}

// A line opening with a Texinfo @-command (`@node`, `@tab`, `@strong{`).
bool TexinfoCommand(std::string_view s) {
  return s.size() >= 3 && s[0] == '@' && Letter(s[1]) && Letter(s[2]);
}

// A LaTeX line: an environment opened or closed, a table rule, or a row end.
bool LatexCommand(std::string_view s) {
  if (s.find('\\') == std::string_view::npos) return false;
  static constexpr std::array<std::string_view, 8> kOpenings = {
      "\\toprule",      "\\midrule", "\\bottomrule", "\\endhead",
      "\\endfirsthead", "\\hline",   "\\section",    "\\item"};
  for (std::string_view o : kOpenings)
    if (StartsWith(s, o)) return true;
  if (s.find("\\begin{") != std::string_view::npos || s.find("\\end{") != std::string_view::npos)
    return true;
  return s.size() >= 2 && s.substr(s.size() - 2) == "\\\\";
}

// A ConTeXt line: it opens with a `\start...` or `\stop...` command
// (`\startxtable`, `\startxcell[width=...]`, `\stopxrow`).
bool ContextCommand(std::string_view s) {
  return StartsWith(s, "\\start") || StartsWith(s, "\\stop");
}

// A DocBook line: it opens with a tag of an element HTML does not have
// (`<para>`, `</entry>`, `<row>`, `<tgroup cols="3">`, `<colspec .../>`),
// as `pandoc -t docbook` writes every paragraph and table cell.
bool DocbookElement(std::string_view s) {
  if (s.size() < 4 || s[0] != '<') return false;
  size_t m = s[1] == '/' ? 2 : 1;
  static constexpr std::array<std::string_view, 10> kNames = {
      "para",    "simpara",       "entry",        "row",         "tgroup",
      "colspec", "informaltable", "itemizedlist", "orderedlist", "listitem"};
  for (std::string_view name : kNames)
    if (s.substr(m, name.size()) == name && m + name.size() < s.size()) {
      char after = s[m + name.size()];
      if (after == '>' || after == ' ' || after == '/') return true;
    }
  return false;
}

std::string_view Trimmed(std::string_view s) {
  size_t b = s.find_first_not_of(" \t\r");
  if (b == std::string_view::npos) return {};
  size_t e = s.find_last_not_of(" \t\r");
  return s.substr(b, e - b + 1);
}

}  // namespace

TypesettingVerdict TypesettingSource(std::string_view text) {
  size_t roff = 0, texinfo = 0, latex = 0, context = 0, docbook = 0, lines = 0;
  for (size_t b = 0; b < text.size();) {
    size_t e = FindAnyOf(text, "\n\f", b);
    if (e == std::string_view::npos) e = text.size();
    std::string_view line = Trimmed(text.substr(b, e - b));
    b = e + 1;
    if (line.empty()) continue;
    ++lines;
    roff += RoffCommand(line);
    texinfo += TexinfoCommand(line);
    latex += LatexCommand(line);
    context += ContextCommand(line);
    docbook += DocbookElement(line);
  }
  TypesettingVerdict v;
  v.lines = lines;
  const std::array<std::pair<const char*, size_t>, 5> counts = {{{"roff", roff},
                                                                 {"Texinfo", texinfo},
                                                                 {"LaTeX", latex},
                                                                 {"ConTeXt", context},
                                                                 {"DocBook", docbook}}};
  for (const auto& [language, n] : counts)
    if (n >= kMinCommandLines && n * kMinShare >= lines && n > v.command_lines) {
      v.language = language;
      v.command_lines = n;
    }
  return v;
}

}  // namespace redovis
