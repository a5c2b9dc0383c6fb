#include "cli/did_you_mean.h"

#include <algorithm>
#include <climits>

#include "base/text_util.h"

namespace redovis {

std::string ClosestWord(const std::string& word, const std::vector<std::string>& candidates) {
  std::string best;
  int best_distance = INT_MAX;
  bool tie = false;
  for (const std::string& c : candidates) {
    int dist = EditDistance(word, c);
    if (dist < best_distance) {
      best = c;
      best_distance = dist;
      tie = false;
    } else if (dist == best_distance && c != best) {
      tie = true;
    }
  }
  if (best.empty() || tie || best_distance == 0) return "";
  int longer = static_cast<int>(std::max(word.size(), best.size()));
  if (best_distance > 2 || best_distance * 2 >= longer) return "";
  return best;
}

std::string DescribeUnknownWord(const std::vector<std::string>& args, const CommandWords& words) {
  std::vector<std::string> commands;
  for (const auto& [name, options] : words.subcommands) commands.push_back(name);
  const std::vector<std::string>* options = nullptr;
  std::vector<std::string> global;
  for (const auto& [name, values] : words.global_options) global.push_back(name);
  auto unknown_option = [&](const std::string& arg) -> std::string {
    std::string name = arg.substr(0, arg.find('='));
    const std::vector<std::string>& known = options ? *options : global;
    if (std::find(known.begin(), known.end(), name) != known.end()) return "";
    if (!options && words.global_options.count(name)) return "";
    std::vector<std::string> all = known;
    if (options) all.insert(all.end(), global.begin(), global.end());
    std::string close = ClosestWord(name, all);
    return "unknown option '" + name + "'" +
           (close.empty() ? std::string() : "; did you mean '" + close + "'?");
  };
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (a == "--") break;
    if (a.rfind("--", 0) == 0 && a.size() > 2) {
      if (!options && words.global_options.count(a)) {
        i += static_cast<size_t>(words.global_options.at(a));  // skip its value
        continue;
      }
      if (a == "--help" || a == "--version") continue;
      std::string said = unknown_option(a);
      if (!said.empty()) return said;
      continue;
    }
    if (options || (a.size() > 1 && a[0] == '-') || a == "-") continue;
    auto sub = words.subcommands.find(a);
    if (sub != words.subcommands.end()) {
      options = &sub->second;
      continue;
    }
    std::string close = ClosestWord(a, commands);
    if (!close.empty()) return "unknown command '" + a + "'; did you mean '" + close + "'?";
    std::string list;
    for (const std::string& c : commands) list += (list.empty() ? "" : ", ") + c;
    return "unknown command '" + a + "' (commands: " + list + ")";
  }
  return "";
}

}  // namespace redovis
