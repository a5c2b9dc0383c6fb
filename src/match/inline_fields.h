// A row of a form's fields run together on one line, each label with its
// answer after it, one space apart: what a text browser or html2text writes
// of a table row whose cells HTML put side by side (MuPDF's XHTML:
// "Postnummer 13581 Postort Tyresö", "Titel Förvaltningschef Tjänsteställe
// Arbetsmarknads- och", "Telefon (inkl. riktnummer) 08- 5782 94 91
// E-postadress anna-lena.engstedt@tyreso.se"). Split here into one cell a
// field, as a laid-out text's gaps would part them; internal to the matching
// stage (the text reader knows no labels).
//
// In: a normalised plain-text Document (format "text") and the lines
// [begin, end) of one report, with its edition's rules. A line is split
// only where all of these hold:
//   - it is one cell of content (no gap of two spaces parted it), not OCR's;
//   - its text opens with a field rule's label: the rule's regex matches from
//     the start and takes the rest of the text as its first group (the
//     answer, `(.*)$`); or with the whole label of a field the form prints
//     without a key (an ignore rule's: "Namnteckning Namnförtydligande ...");
//   - further on, at a word that starts with a capital after a space,
//     another field rule's label opens the rest in the same way, a rule with
//     other keys; the last field's answer holds a letter or a digit;
//   - a field may be left empty, its label right before the next one
//     ("Utdelningsadress Postnummer Postort Timrå"), where the last answer
//     opens with a capital or a digit and is one word, or the next line
//     shows no row of answers below (see the next lines' test);
//   - no answer but the last ends where it cannot (a joining mark, a
//     compound waiting for its last part, the vocabulary's `keep_hyphen`
//     after "x- ": "Arbetsmarknads- och");
//   - the text has no pages (`pdftotext`'s order may run one row's cell into
//     another's; a dump of HTML writes a row's cells together), or only the
//     pages a browser's running page count gave back (Document's
//     pages_from_count: a dump of HTML printed by a browser), or its lines
//     are a page's as laid out, each read as one cell because its words
//     stood as far apart as its columns (Document's wide_word_gaps);
//   - no answer of the row goes on around it: the line after it is blank,
//     opens with a field's label and an answer, or opens with the form's
//     wording of two words or more (a label, a question, a section's
//     heading: "Detta dokument har beslutats digitalt"); the line before it
//     is blank, a section's heading or a field's line whose answer may end
//     there, or the row
//     opens with a label no answer's wrapped words open a line with (two
//     words or more, a compound, twelve letters or more: "Kontaktperson",
//     not "Kommun"): a paragraph of its own (w3m), or a row a line with no
//     blank lines between (html2text of MuPDF's XHTML);
//   - lines the reader joined to it (wrapped_lines.h) may be the next row's
//     wrapped cells, which the order writes after the row: such a line is
//     split only where its last answer is one word ("E-postadress inga-" /
//     "lill.nilsson@timra.se"), or one address the normaliser left in
//     pieces ("anna- lena.engs- tedt@solna.se": base/text_util.h's
//     BrokenAddress), never where the joined words may have ended it
//     ("Titel Enhetschef" / "Nilsson").
// The line is cut at every such word: each piece a cell, its position the
// characters it covers (one space apart: laid-out text's tests count the
// pieces as one cell, so a reading-order text stays one).
// Out: how many lines were split. Anything else is left as it was. A label's
// wording inside an answer that opens no rule's label ("Tyresö kommun") and
// a last label with no answer after it (a question's empty field) cut nothing.
//
// Never fails, never reads a file, keeps no reference to its arguments.
#ifndef REDOVIS_MATCH_INLINE_FIELDS_H_
#define REDOVIS_MATCH_INLINE_FIELDS_H_

#include <unicode/unistr.h>

#include <cstddef>
#include <cstdint>
#include <vector>

#include "redovis/document.h"
#include "redovis/patterns.h"

namespace redovis {

/// A field rule among `fields` whose label opens `rest`: the rule, and where
/// its label ends (UTF-16 in `rest`) in `*end`; nullptr for none. Its regex
/// must match from the start and take the rest of the text as its first
/// group (`(.*)$`: the answer), so that the label is what comes before it.
const Rule* FieldLabelAt(const std::vector<const Rule*>& fields, const icu::UnicodeString& rest,
                         int32_t* end);

/// Whether one of `patterns` (the form's labels, questions, headings)
/// matches `u` from its start over two words or more: a line the form
/// prints, no answer's wrapped words ("Kommun" alone may be one).
bool OpensWithFormWording(const std::vector<const Pattern*>& patterns, const icu::UnicodeString& u);

/// Splits the lines of [begin, end) of `doc` whose fields run together (see
/// above) in place, by `edition`'s field rules and `vocabulary`'s
/// keep_hyphen. Returns how many lines were split; 0 when `doc` is not
/// plain text.
size_t SplitInlineFields(const Vocabulary& vocabulary, const Edition& edition, size_t begin,
                         size_t end, Document* doc);

}  // namespace redovis

#endif  // REDOVIS_MATCH_INLINE_FIELDS_H_
