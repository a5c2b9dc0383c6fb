#include "cli/cli.h"

#include <unistd.h>

#include <CLI/CLI.hpp>
#include <cstdlib>
#include <iostream>
#include <memory>

#include "base/executable.h"
#include "cli/batch_session.h"
#include "cli/check_command.h"
#include "cli/did_you_mean.h"
#include "cli/explain_command.h"
#include "cli/extract_command.h"
#include "cli/fields_command.h"
#include "cli/options.h"
#include "cli/patterns_command.h"
#include "redovis/patterns.h"

namespace redovis {

namespace {

/// The subcommands and long options `app` knows, for "did you mean".
CommandWords WordsOf(CLI::App& app) {
  CommandWords words;
  for (const CLI::Option* o : app.get_options())
    for (const std::string& l : o->get_lnames())
      words.global_options["--" + l] = o->get_type_size() > 0 ? 1 : 0;
  for (CLI::App* sub : app.get_subcommands([](CLI::App*) { return true; })) {
    std::vector<std::string>& options = words.subcommands[sub->get_name()];
    for (const CLI::Option* o : sub->get_options())
      for (const std::string& l : o->get_lnames()) options.push_back("--" + l);
  }
  return words;
}

const char* const kFooter =
    "Exit status: 0 success; 1 some input unreadable (check: or some report has an error "
    "finding); 2 a wrong command line, pattern directory or output path, or an output naming "
    "an input; 3 an output could not be written (a full disk, an I/O error); 141 the output pipe "
    "closed; 130, 143, 129 ended by SIGINT, "
    "SIGTERM, SIGHUP (no temporary file left).\n"
    "\n"
    "Examples:\n"
    "  redovis extract inbox/ --format csv -o reports.csv\n"
    "  redovis check inbox/ --html report.html\n"
    "\n"
    "Patterns: --patterns DIR, else $REDOVIS_PATTERNS, else installed beside the binary. "
    "See redovis(1) and docs/output.md.\n";

}  // namespace

int RunCli(int argc, char** argv) {
  CLI::App app{
      "redovis: turns municipalities' annual reports on the personligt ombud grant into "
      "checked data"};
  app.require_subcommand(0, 1);
  app.set_version_flag("--version", std::string("redovis ") + REDOVIS_VERSION);
  app.footer(kFooter);
  std::string patterns_dir;
  app.add_option("--patterns", patterns_dir,
                 "pattern directory (default: $REDOVIS_PATTERNS, else the installed patterns)");
  ExtractCommand extract;
  AddExtractCommand(&app, &extract);
  CheckCommand check;
  AddCheckCommand(&app, &check);
  FieldsCommand fields;
  AddFieldsCommand(&app, &fields);
  ExplainCommand explain;
  AddExplainCommand(&app, &explain);
  PatternsCommand patterns_cmd;
  AddPatternsCommand(&app, &patterns_cmd);

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    std::vector<std::string> args(argv + (argc > 0 ? 1 : 0), argv + argc);
    std::string said = DescribeUnknownWord(args, WordsOf(app));
    PrintError(said.empty() ? std::string(e.what()) : said);
    std::cerr << "Run 'redovis --help' (or 'redovis COMMAND --help') for usage.\n";
    return 2;
  }
  if (!extract.app->parsed() && !check.app->parsed() && !fields.app->parsed() &&
      !explain.app->parsed() && !patterns_cmd.app->parsed()) {
    std::cerr << app.help();
    return 2;
  }
  std::unique_ptr<PatternSet> patterns;
  std::string dir;
  Status s = FindPatternsDir(patterns_cmd.dir.empty() ? patterns_dir : patterns_cmd.dir,
                             std::getenv("REDOVIS_PATTERNS"), ExecutableDir(), &dir);
  // The linter loads the directory itself: one that does not load is its finding (exit 1).
  if (s.ok() && patterns_cmd.lint->parsed())
    return RunPatternsLint(patterns_cmd, dir, std::cout, std::cerr);
  if (s.ok()) s = PatternSet::Load(dir, &patterns);
  if (!s.ok()) {
    PrintError(s.message());
    return kExitUsage;
  }
  if (fields.app->parsed()) return RunFields(fields, *patterns, std::cout, std::cerr);
  if (explain.app->parsed())
    return RunExplain(explain, *patterns, WantColour(STDOUT_FILENO, std::getenv("NO_COLOR")),
                      std::cout, std::cerr);
  if (check.app->parsed()) return RunCheck(check, *patterns);
  return RunExtract(extract, *patterns);
}

}  // namespace redovis
