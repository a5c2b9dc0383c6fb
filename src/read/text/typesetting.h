// Text that is the source of a typesetting program rather than a document:
// roff (`man`, `ms`: `.PP` lines, tbl's `T{`/`T}` cells), Texinfo (`@node`,
// `@multitable`, `@tab`, `@@` for an `@`) and LaTeX (`\begin{longtable}`,
// `\textbf{...}`, cells separated by `&`, rows ended by `\\`) and ConTeXt
// (`\startxtable`, `\startxcell`), and DocBook's XML (`<para>`, a table's
// `<row>` of `<entry>` elements), as `pandoc -t man`, `-t ms`, `-t
// texinfo`, `-t latex`, `-t context` or `-t docbook` writes a report. Its tables are
// commands, its letters escapes (`\[:a]` for ä), so read as plain text it
// gives values from the wrong place (a command taken for an answer, a whole
// table run into a free-text answer); the text reader refuses it instead.
//
// Judged by the share of lines that are the language's commands, not by one
// line: a report that quotes a command, or a retyped form with a line
// starting with a dot, is no source. Knows nothing about forms. A pure
// function of the text: never fails, never throws, keeps nothing.
#ifndef REDOVIS_READ_TEXT_TYPESETTING_H_
#define REDOVIS_READ_TEXT_TYPESETTING_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace redovis {

/// What TypesettingSource found.
struct TypesettingVerdict {
  std::string language;      ///< "roff", "Texinfo", "LaTeX", "ConTeXt" or "DocBook"; "" when none
  size_t command_lines = 0;  ///< lines that are that language's commands
  size_t lines = 0;          ///< lines that are not blank
};

/// Whether the decoded text `text` is the source of a typesetting program:
/// at least 8 of its non-blank lines, and a tenth of them, are one
/// language's commands (roff: a control line `.XX` or a tbl cell `T{` /
/// `T}`; Texinfo: a line opening with an `@` command; LaTeX: a line holding
/// `\begin{`, `\end{`, a table rule such as `\toprule`, or ending in `\\`;
/// ConTeXt: a line opening with `\start` or `\stop`; DocBook: a line
/// opening with the tag of an element HTML lacks, `<para>`, `</entry>`,
/// `<row>`, `<tgroup`, `<colspec`, `<informaltable`, a list's).
/// `language` is empty otherwise.
TypesettingVerdict TypesettingSource(std::string_view text);

}  // namespace redovis

#endif  // REDOVIS_READ_TEXT_TYPESETTING_H_
