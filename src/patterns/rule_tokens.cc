#include "patterns/rule_tokens.h"

#include <cmath>
#include <cstdlib>

namespace redovis {

bool TokenizeRuleLine(const std::string& line, std::vector<RuleToken>* out, std::string* error) {
  size_t i = 0;
  while (i < line.size()) {
    if (line[i] == ' ' || line[i] == '\t' || line[i] == '\r') {
      ++i;
      continue;
    }
    if (line[i] == '#') break;
    RuleToken t;
    // A token is a run of non-space characters, where a double-quoted part may hold spaces.
    while (i < line.size() && line[i] != ' ' && line[i] != '\t' && line[i] != '\r') {
      if (line[i] == '"') {
        if (t.text.empty())
          t.quoted = true;  // a quoted token, not NAME="..."
        else
          t.value_quoted = true;
        ++i;
        bool closed = false;
        while (i < line.size()) {
          if (line[i] == '\\' && i + 1 < line.size() && line[i + 1] == '"') {
            t.text += '"';
            i += 2;
          } else if (line[i] == '"') {
            ++i;
            closed = true;
            break;
          } else {
            // A run up to the next quote or backslash, appended at once.
            size_t end = i + 1;
            while (end < line.size() && line[end] != '"' && line[end] != '\\') ++end;
            t.text.append(line, i, end - i);
            i = end;
          }
        }
        if (!closed) {
          *error = "unterminated quoted string";
          return false;
        }
      } else {
        // A run up to the next space, tab, carriage return or quote, appended at once.
        size_t end = i + 1;
        while (end < line.size() && line[end] != ' ' && line[end] != '\t' && line[end] != '\r' &&
               line[end] != '"')
          ++end;
        t.text.append(line, i, end - i);
        i = end;
      }
    }
    out->push_back(std::move(t));
  }
  return true;
}

bool ParseRuleNumber(const std::string& text, double* out) {
  if (text.empty()) return false;
  char* end = nullptr;
  *out = std::strtod(text.c_str(), &end);
  return end && *end == '\0' && std::isfinite(*out);
}

}  // namespace redovis
