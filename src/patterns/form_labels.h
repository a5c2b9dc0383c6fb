// Where a label of the form starts a text, for a reader that must tell a
// line's start from a place inside a line that a tool joined to the one
// before it (read/text/refilled_layout.h: the rows of a laid-out page that
// `fmt` refilled). The labels are the rules' own: each rule of every
// edition whose regex is anchored at a text's start (written with `^`),
// tried there; a rule of a table row (RuleKind::kRow) and any other rule
// are told apart. No edition is chosen: a label any edition knows opens a
// line of some form. Section headings apart (HeadingAt), the same way.
//
// In: the patterns. Out: per text, the length of the label at its start.
// Keeps a matcher cache: one object a document (a thread), never shared.
#ifndef REDOVIS_PATTERNS_FORM_LABELS_H_
#define REDOVIS_PATTERNS_FORM_LABELS_H_

#include <string_view>
#include <vector>

#include "patterns/regex.h"
#include "redovis/patterns.h"

namespace redovis {

class FormLabels {
 public:
  /// The anchored regexes of `patterns`' rules (each text once), which
  /// must outlive this object.
  explicit FormLabels(const PatternSet& patterns);
  FormLabels(const FormLabels&) = delete;
  FormLabels& operator=(const FormLabels&) = delete;

  /// 0 when no rule's regex matches at `text`'s start; else the byte length
  /// of the longest such match (1 for an empty one), a row rule's when one
  /// matches, negated when only other rules' do (read/text/refilled_layout.h's
  /// LabelAt).
  int At(std::string_view text);
  /// 0 when no section heading of any edition (anchored at a text's start)
  /// matches at `text`'s start with words of its own (a heading that is a
  /// look-ahead for a question's words matches none); else the byte length
  /// of the longest match (refilled_layout.h's headings given back).
  int HeadingAt(std::string_view text);

 private:
  struct Label {
    const Pattern* regex = nullptr;
    bool row = false;
  };
  struct Text;
  /// The byte length of `regex`'s match at `text`'s start (0 for an empty
  /// one), npos when it matches none there.
  size_t MatchAtStart(const Pattern& regex, const Text& text);

  std::vector<Label> labels_;
  std::vector<const Pattern*> headings_;  ///< each section heading's regex once
  MatcherCache cache_;
};

}  // namespace redovis

#endif  // REDOVIS_PATTERNS_FORM_LABELS_H_
