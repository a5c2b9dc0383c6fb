// Reading-order text: what `pdftotext` without -layout writes, each cell's
// lines together and a table's cells one after another, with nothing to say
// which column a cell stood in. What can still be decided from the order
// alone, and where the order decides nothing.
//
// `IsReadingOrderText` judges a report's lines; MatchRun's methods declared
// in match_run.h and defined in reading_order.cc (JoinWrappedValue,
// RestoreLostHyphens, ...) use the document's own evidence to join a value
// wrapped in its cell, restore a hyphen lost at a line break, and refuse a
// mark or a value whose place the order cannot prove (null and a finding,
// never a guess). Internal to the match stage; never throws, never prints.
#ifndef REDOVIS_MATCH_READING_ORDER_H_
#define REDOVIS_MATCH_READING_ORDER_H_

#include <cstddef>

#include "redovis/document.h"

namespace redovis {

/// True when lines [begin, end) of `doc` are a PDF's text in reading order:
/// a plain-text file paginated by form feeds (what pdftotext writes) whose
/// lines are each one cell (no run of spaces laid out columns). Returns false
/// for every other format and for text with layout columns, tabs or no pages.
bool IsReadingOrderText(const Document& doc, size_t begin, size_t end);

}  // namespace redovis

#endif  // REDOVIS_MATCH_READING_ORDER_H_
