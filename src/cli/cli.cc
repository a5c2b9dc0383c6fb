#include "cli/cli.h"

#include <CLI/CLI.hpp>
#include <cstdlib>
#include <iostream>
#include <memory>

#include "cli/check_command.h"
#include "cli/extract_command.h"
#include "cli/fields_command.h"
#include "cli/options.h"
#include "redovis/patterns.h"

namespace redovis {

int RunCli(int argc, char** argv) {
  CLI::App app{
      "redovis: turns municipalities' annual reports on the personligt ombud grant into "
      "checked data"};
  app.require_subcommand(0, 1);
  app.set_version_flag("--version", std::string("redovis ") + REDOVIS_VERSION);
  std::string patterns_dir;
  app.add_option("--patterns", patterns_dir,
                 "pattern directory (default: the installed patterns/)");
  ExtractCommand extract;
  AddExtractCommand(&app, &extract);
  CheckCommand check;
  AddCheckCommand(&app, &check);
  FieldsCommand fields;
  AddFieldsCommand(&app, &fields);

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    app.exit(e);
    return 2;
  }
  if (!extract.app->parsed() && !check.app->parsed() && !fields.app->parsed()) {
    std::cerr << app.help();
    return 2;
  }

  std::unique_ptr<PatternSet> patterns;
  std::string dir;
  Status s = FindPatternsDir(patterns_dir, std::getenv("REDOVIS_PATTERNS"), ExecutableDir(), &dir);
  if (s.ok()) s = PatternSet::Load(dir, &patterns);
  if (!s.ok()) {
    std::cerr << "redovis: " << s.message() << "\n";
    return 2;
  }
  if (fields.app->parsed()) return RunFields(fields, *patterns, std::cout, std::cerr);
  if (check.app->parsed()) return RunCheck(check, *patterns);
  return RunExtract(extract, *patterns);
}

}  // namespace redovis
