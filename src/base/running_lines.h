// Running lines: text that a document repeats at the same edge of several
// pages (a running header or footer, a browser's date and title, a page
// number "2/7") is furniture, never a label or an answer. This is the one
// home of that judgement: the key under which such lines are compared
// (digits masked, so that "Sida 2" and "Sida 3" are one line) and which of
// the candidate lines repeat often enough, at their edge, near one place.
//
// The callers choose the candidates by what their format shows: the text
// reader a paged text's first and last lines (read/text/page_edges.h), the
// PDF reader the lines in a page's margin band (read/pdf/page_roles.h), the
// normaliser a report's short one-cell lines where the format has no pages
// (normalise/normaliser.h). And the other furniture of a page's edge: a
// page's stray foot line (StrayFootLines), each page's lowest line given by
// the text reader in rows and by the PDF reader in points. Knows nothing
// about forms or formats; never fails, throws or prints.
#ifndef REDOVIS_BASE_RUNNING_LINES_H_
#define REDOVIS_BASE_RUNNING_LINES_H_

#include <cstddef>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace redovis {

/// `text` with each run of digits (a '/' between digits taken in: "2/7", which
/// OCR may read as "217") as one '#' and each run of spaces as one space,
/// without a leading space ("Sida  12 av 14" gives "Sida # av #", "2/7"
/// gives "#"), without the characters that take no place (IsInvisible: a
/// soft hyphen on one page's copy): the key under which running lines are
/// compared. Never fails.
std::string RunningLineKey(std::string_view text);

/// The origin (Line::origin) of a line a reader took for a page's number by
/// its count: a bare "3" (or "- 3 -", "3 (8)") at each page's edge, its
/// number rising with the pages (read/text/page_edges.h, read/pdf/page_roles.h).
/// The matcher passes over it as it does a running line with words, never
/// a value (match/line_structure.h's AtPageEdge).
inline constexpr char kPageNumberOrigin[] = "a page's number";

/// A page's number out of the document's count of pages, "n/m" ("2/7"), as
/// a browser prints it in a page's corner.
struct PageCount {
  int page = 0;   ///< n
  int pages = 0;  ///< m
};

/// The number of one to `most` ASCII digits at byte `at` of `text` (a page's
/// number; none starts with a digit after it past `most`), its end in
/// `*end`; -1 when no digit stands at `at` or more than `most` do. The one
/// reader of a page's digits for the page counts and numbers below and the
/// PDF reader's page roles. Never fails.
int PageNumberAt(std::string_view text, size_t at, size_t most, size_t* end);

/// The number `text` holds alone, spaces and tabs aside: 1 to 999 in one to
/// three digits, no leading 0 (a page's bare number "3"); 0 for anything
/// else. Never fails.
int BarePageNumber(std::string_view text);

/// The page count "n/m" that begins `text`: n and m of one to three digits,
/// n from 1 to m, not followed by another digit. Sets `*length` (when
/// given) to its length in bytes. nullopt when `text` begins otherwise
/// ("12/7", "0/3", "2023/24" are no count). The one parser of page counts:
/// the text reader's page edges and the PDF reader's page numbers ask it.
/// Never fails.
std::optional<PageCount> LeadingPageCount(std::string_view text, size_t* length = nullptr);

/// The page count that ends `text` (its trailing spaces aside), standing
/// alone or after a space ("file:///C:/a.html 2/7"); sets `*start` (when
/// given) to where it begins. nullopt when there is none. Never fails.
std::optional<PageCount> TrailingPageCount(std::string_view text, size_t* start = nullptr);

/// A page's number written on a line of its own, with or without the count
/// of pages, as a word processor's header or footer or a converter's page
/// marker writes it ("Sida 3 av 8", "Page 3 of 8", "- 3 -", "3 (8)", "[3]"):
/// `text` (trimmed) of at most 40 bytes holding two numbers of one to three
/// digits (n, then m from n on), or one without words ("- 3 -": "Fråga 3"
/// may be a question's), and something besides digits and spaces that is
/// no letter glued to a digit ("3a", "B12"). The count's
/// `pages` is m, or 0 when only n is written. nullopt for anything else: a
/// bare number ("3" may be a value) and "n/m" (TrailingPageCount's) among
/// them. Only a run of such lines, the same but for n and n rising by one,
/// makes page numbers (read/text/page_edges.h). Never fails.
std::optional<PageCount> NumberedPageLine(std::string_view text);

/// A number standing at a page's edge: the edge (0 top, 1 foot), the page's
/// index in the document, and the number.
struct EdgeNumber {
  int edge = 0;
  int page = 0;
  int number = 0;
};

/// The page's numbers among `numbers` (their indices, in order): those at one
/// edge whose number less their page's index is the same (the number rising
/// with the pages; a cover left unnumbered shifts it), three or more on
/// pages in a run, at most one page without one between two of them. A
/// bundle's reports, each numbered from 1, are runs of their own; a count or
/// value repeated at a page's foot ("5", "5", "5") is none. Both the text
/// reader's page edges and the PDF reader's page roles ask this. Never fails.
std::vector<size_t> RisingPageNumbers(const std::vector<EdgeNumber>& numbers);

/// True when `text` has words in it: six letters or more (any script's).
/// Repetition alone makes no running line of a value: "1,0" or a count
/// ending three pages is still an answer, a running line has words. Both
/// the text reader's page edges and the matcher's line at a page's edge ask
/// this. Never fails.
bool HasRunningLineWords(std::string_view text);

/// A line that may be running text: its key, the edge it stands at and, for
/// formats with positions, its distance from that edge.
struct EdgeLine {
  std::string key;  ///< RunningLineKey of its text, or another key of the caller's
  int edge = 0;     ///< which edge (0: top, 1: bottom); only lines at one edge are compared
  double pos = 0;   ///< distance from its edge, used when a tolerance is given
  int page = 0;     ///< the page it stands on (1-based), for RunningLinesInRuns
};

/// The indices (ascending) of `lines` that are running text: a key standing
/// at one edge on `needed` lines or more; with `tolerance` >= 0, only those
/// lines of such a key within `tolerance` of the median of their distances
/// (of an even count, the upper middle), and only when `needed` of them are.
/// Never fails.
std::vector<size_t> RunningLines(const std::vector<EdgeLine>& lines, size_t needed,
                                 double tolerance = -1);

/// The indices (ascending) of `lines` that are running text within a run of
/// pages: a key standing at one edge on 3 pages or more, each no more than
/// 2 pages after the one before (so on about half of the run's pages at
/// least); with `tolerance` >= 0, counting only the run's
/// lines within `tolerance` of the median of their distances. The running
/// lines of one report inside a bundle of reports, whose other pages have
/// none (a browser's footer on 7 of a file's 150 pages), which RunningLines'
/// share of the whole file misses. Each line's `page` must be set. Never
/// fails.
std::vector<size_t> RunningLinesInRuns(const std::vector<EdgeLine>& lines, double tolerance = -1);

/// A page's lowest line of running text, as a reader measures it in its own
/// unit (a PDF's points, a text's rows), for StrayFootLines.
struct FootLine {
  double depth = 0;   ///< from the page's foot up to the line's bottom
  double height = 0;  ///< the line's height (a text's row: 1)
  /// From the bottom of the line above up to its top; none: no line above.
  std::optional<double> gap;
  /// How far up from the foot the line's top may stand (a PDF's margin band
  /// at its foot); a text's pages have none.
  double band = std::numeric_limits<double>::infinity();
};

/// The indices (ascending) of `lowest`, every page with running text's
/// lowest line, that are a page's stray foot line: a registry's note
/// "Skannad/arkiverad ... 2022-01-15" typed or stamped at one page's foot,
/// which is furniture, never an answer. Such a line has its top within its
/// band, stands lower by more than its height than every other page's
/// lowest (its depth and height together under every other's depth), and is
/// apart from the line above it by more than `gap_heights` times its height.
/// Three pages with text at least (two others to show where the text ends):
/// with fewer, none. The one home of the rule: the PDF reader's page roles
/// give points and ask for a gap of twice the height, the text reader's page
/// edges give rows (measured from the deepest page's foot, the text having
/// none of its own) and ask for two blank rows, a gap over one row. Never
/// fails.
std::vector<size_t> StrayFootLines(const std::vector<FootLine>& lowest, double gap_heights);

}  // namespace redovis

#endif  // REDOVIS_BASE_RUNNING_LINES_H_
