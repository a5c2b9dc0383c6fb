// The message table: what redovis says to people, in Swedish and English
// (patterns/messages.tsv). Owns the wording of findings, of where a finding
// is in the document, and of check's text output; the C++ only names
// message ids and fills in their {NAME}s.
//
// In: the table's path when the pattern set loads. Out: a message rendered
// in a language with its {NAME}s filled; numbers among the values are
// written as the language writes them (2,50 in Swedish, 2.50 in English).
// The table is immutable once loaded and shared by every thread. It never
// invents wording: an unknown id renders as the id itself.
#ifndef REDOVIS_MESSAGES_H_
#define REDOVIS_MESSAGES_H_

#include <map>
#include <string>
#include <vector>

#include "redovis/status.h"

namespace redovis {

/// The languages messages are written in: "sv" (check's default) and "en".
inline constexpr const char* kLanguages[] = {"sv", "en"};

/// A message's values by {NAME}.
using MessageArgs = std::map<std::string, std::string>;

/// One piece of a longer message: an id of the table and its {NAME}s (each
/// reason a finding gives, several in one finding: each value of a row whose
/// column cannot be told, and why). Rendered in the language of the message
/// it is part of, where that message writes {parts}.
struct MessagePart {
  std::string id;
  MessageArgs args;
};

class Messages {
 public:
  /// Loads `path` (a header line `id sv en`, then one message a line; `#`
  /// lines are comments). Fails with "pattern_error" naming the file and
  /// line of a malformed line or a repeated id.
  Status Load(const std::string& path);

  /// True when the table has `id`.
  bool Has(const std::string& id) const { return table_.count(id) > 0; }
  /// `id`'s text in `language` ("sv" or "en"; anything else is "en") as
  /// written, {NAME}s unfilled; nullptr when the table has no `id`. The
  /// pointer lives as long as this table.
  const std::string* Find(const std::string& id, const std::string& language) const;
  /// The {NAME}s `id`'s texts use, in both languages (empty for an unknown id).
  std::vector<std::string> Placeholders(const std::string& id) const;
  /// `id`'s text in `language` ("sv" or "en"; anything else is "en") with
  /// each {NAME} replaced by `args`' value, numbers in the language's form
  /// (except the document's own text, IsDocumentText); a value "@ID" is
  /// the table's text of ID in the language (a choice: "@choice.no" is Nej),
  /// or, when the table has no ID, what follows its last prefix ("partly");
  /// a {NAME} `args` lacks stays as written, an unknown id renders as itself.
  std::string Render(const std::string& id, const MessageArgs& args,
                     const std::string& language) const;
  /// Render's text, its {parts} each of `parts` rendered in `language` and
  /// joined with "; " (an id `parts` name that the table lacks renders as
  /// itself, as Render's does).
  std::string Render(const std::string& id, const MessageArgs& args,
                     const std::vector<MessagePart>& parts, const std::string& language) const;
  /// `text` (a message written elsewhere, e.g. in a check line) filled from
  /// `args` as Render fills the table's texts.
  std::string Fill(const std::string& text, const MessageArgs& args,
                   const std::string& language) const;

 private:
  struct Text {
    std::string sv, en;
  };
  std::map<std::string, Text> table_;
};

/// `value` as `language` writes it: a decimal number ("2.50", "-0.5") with a
/// decimal comma in Swedish ("2,50"); anything else unchanged.
std::string LocalNumber(const std::string& value, const std::string& language);

/// True for the {NAME}s that hold the document's own text (`raw`, `text`,
/// `first`, `second`, `marked`, `column`, `label`): rendered as written, never as a number.
bool IsDocumentText(const std::string& name);

/// `text` with each {NAME} replaced by fill[NAME] ("{NAME}" stays when
/// `fill` has no NAME).
std::string FillPlaceholders(const std::string& text, const MessageArgs& fill);

}  // namespace redovis

#endif  // REDOVIS_MESSAGES_H_
