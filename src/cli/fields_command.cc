#include "cli/fields_command.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include "base/display_text.h"

namespace redovis {

void AddFieldsCommand(CLI::App* parent, FieldsCommand* cmd) {
  auto* fields =
      parent->add_subcommand("fields", "list the catalogue: key, type, editions, Swedish label");
  cmd->app = fields;
  fields->add_option("--edition", cmd->edition,
                     "only the keys this edition asks for, e.g. po-2021 (default: all keys)");
  fields->add_option("--format,-f", cmd->format, "tsv or json (default: " + cmd->format + ")")
      ->check(CLI::IsMember({"tsv", "json"}));
  fields->footer(
      "Exit status: 0 success; 2 a wrong command line, an unknown edition or pattern "
      "directory.\n"
      "\n"
      "Examples:\n"
      "  redovis fields\n"
      "  redovis fields --edition po-2023 --format json\n");
}

int RunFields(const FieldsCommand& cmd, const PatternSet& patterns, std::ostream& out,
              std::ostream& err) {
  const Catalogue& cat = patterns.catalogue();
  std::string tag;
  if (!cmd.edition.empty()) {
    const Edition* e = patterns.FindEdition(cmd.edition);
    if (!e) {
      err << "redovis: unknown edition '" << DisplayText(cmd.edition) << "'; known:";
      for (const auto& ed : patterns.editions()) err << " " << ed->name;
      err << "\n";
      return 2;
    }
    tag = e->tag;
  }
  nlohmann::ordered_json list = nlohmann::ordered_json::array();
  if (cmd.format == "tsv") out << "key\ttype\teditions\tlabel_sv\n";
  for (const FieldSpec& f : cat.fields()) {
    if (!tag.empty() && !f.editions.count(tag)) continue;
    std::string eds;
    for (const auto& e : patterns.editions())
      if (f.editions.count(e->tag)) eds += (eds.empty() ? "" : ",") + e->name;
    if (cmd.format == "tsv") {
      out << f.key << "\t" << f.type_name << "\t" << eds << "\t" << f.label_sv << "\n";
    } else {
      nlohmann::ordered_json j;
      j["key"] = f.key;
      j["type"] = f.type_name;
      j["editions"] = eds;
      j["label_sv"] = f.label_sv;
      list.push_back(j);
    }
  }
  if (cmd.format == "json") out << list.dump(2) << "\n";
  return 0;
}

}  // namespace redovis
