#include "cli/patterns_command.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>
#include <vector>

#include "base/display_text.h"
#include "inspect/pattern_lint.h"

namespace redovis {

void AddPatternsCommand(CLI::App* parent, PatternsCommand* cmd) {
  cmd->app = parent->add_subcommand("patterns", "work on a pattern directory (see: patterns lint)");
  cmd->app->require_subcommand(1, 1);
  cmd->lint = cmd->app->add_subcommand(
      "lint", "check a pattern directory: rules that can never match, overlapping rules, ...");
  cmd->lint->add_option("DIR", cmd->dir,
                        "the pattern directory (default: the one redovis uses: --patterns, "
                        "$REDOVIS_PATTERNS, the installed patterns)");
  cmd->lint
      ->add_option("--samples", cmd->samples,
                   "a directory of reports: also check overlaps, detect weights and "
                   "regexes that match nothing on their lines (default: none)")
      ->check(CLI::ExistingDirectory);
  cmd->lint->add_option("--format,-f", cmd->format, "text or json (default: " + cmd->format + ")")
      ->check(CLI::IsMember({"text", "json"}));
  cmd->lint->footer(
      "Exit status: 0 no error (warnings may be printed); 1 an error in the patterns (the "
      "directory does not load, a rule that can never match, a key no rule fills); 2 a wrong "
      "command line.\n"
      "\n"
      "Examples:\n"
      "  redovis patterns lint patterns/\n"
      "  redovis patterns lint my-patterns/ --samples samples/\n");
}

int RunPatternsLint(const PatternsCommand& cmd, const std::string& dir, std::ostream& out,
                    std::ostream& err) {
  LintOptions options;
  options.samples_dir = cmd.samples;
  std::vector<LintFinding> findings;
  Status s = LintPatterns(dir, options, &findings);
  if (!s.ok()) {
    err << "redovis: " << DisplayText(s.message()) << "\n";
    return 2;
  }
  size_t errors = 0, warnings = 0;
  for (const LintFinding& f : findings) (f.severity == "error" ? errors : warnings)++;
  if (cmd.format == "json") {
    nlohmann::ordered_json j;
    j["patterns"] = dir;
    j["errors"] = errors;
    j["warnings"] = warnings;
    j["findings"] = nlohmann::ordered_json::array();
    for (const LintFinding& f : findings)
      j["findings"].push_back(
          {{"severity", f.severity}, {"where", f.where}, {"code", f.code}, {"message", f.message}});
    out << j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
  } else {
    for (const LintFinding& f : findings)
      out << DisplayText(f.where.empty() ? dir : f.where) << ": " << f.severity << ": "
          << DisplayText(f.message) << " [" << f.code << "]\n";
    out << DisplayText(dir) << ": " << errors << (errors == 1 ? " error, " : " errors, ")
        << warnings << (warnings == 1 ? " warning" : " warnings") << "\n";
  }
  return errors ? 1 : 0;
}

}  // namespace redovis
