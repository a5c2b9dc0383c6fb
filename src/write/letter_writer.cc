#include "write/letter_writer.h"

#include <fstream>
#include <map>
#include <sstream>

namespace redovis {

Status LoadLetterTemplate(const std::string& patterns_dir, const CheckUi& ui, std::string* text) {
  std::string path = patterns_dir + "/letters/" + ui.lang() + ".txt";
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::Error("pattern_error", path + ": cannot open the letter template");
  std::ostringstream ss;
  ss << in.rdbuf();
  *text = ss.str();
  return Status();
}

std::vector<Letter> DraftLetters(const std::vector<Record>& records,
                                 const std::string& letter_template, const CheckUi& ui,
                                 const Catalogue& catalogue, const MunicipalityRegistry& registry,
                                 size_t* unaddressed) {
  const std::string& municipality_key = catalogue.KeyWithRole("municipality");
  const std::string& year_key = catalogue.KeyWithRole("year");
  struct Draft {
    const Municipality* who;
    std::string to, person, years, reports;
  };
  std::vector<Draft> drafts;
  std::map<std::string, size_t> index;  // municipality code -> draft
  if (unaddressed) *unaddressed = 0;
  for (const Record& r : records) {
    // Only what the municipality is asked: the letter never carries the
    // tool's own doubts (the threshold plays no part here).
    ReportAction action = ui.Assess(r, Severity::kError);
    if (action.ask_municipality.empty()) continue;
    const Value& name = r.Get(municipality_key);
    const Municipality* who = name.is_text() ? registry.Find(name.as_text()) : nullptr;
    if (!who) {
      if (unaddressed) ++*unaddressed;
      continue;
    }
    auto [it, fresh] = index.emplace(who->code, drafts.size());
    if (fresh) drafts.push_back({who, "", "", "", ""});
    Draft& d = drafts[it->second];
    if (d.to.empty()) d.to = ContactEmail(r, catalogue);
    if (d.person.empty()) d.person = ContactPerson(r, catalogue);
    std::string year = r.Get(year_key).ToDisplay();
    if (!year.empty() && d.years.find(year) == std::string::npos)
      d.years += (d.years.empty() ? "" : ", ") + year;
    // The municipality knows its file by its name, not by the inbox's path.
    std::string file = r.source.file.substr(r.source.file.find_last_of('/') + 1);
    if (!d.reports.empty()) d.reports += "\n";
    d.reports +=
        ui.Text("letter.report",
                {{"file", file}, {"year", year.empty() ? ui.Text("letter.year_unknown") : year}}) +
        "\n";
    for (const FollowUp& f : action.ask_municipality)
      d.reports +=
          ui.Text(
              "letter.item",
              {{"message", f.message},
               {"where", f.where.empty() ? "" : ui.Text("letter.where", {{"where", f.where}})}}) +
          "\n";
  }
  std::vector<Letter> out;
  for (const Draft& d : drafts) {
    std::string file = d.who->code + "_" + d.who->name + ".txt";
    for (char& c : file)
      if (c == ' ' || c == '/') c = '_';
    std::string greeting = d.person.empty()
                               ? ui.Text("letter.greeting")
                               : ui.Text("letter.greeting_person", {{"person", d.person}});
    out.push_back({file, FillPlaceholders(
                             letter_template,
                             {{"to", d.to.empty() ? ui.Text("letter.no_email") : d.to},
                              {"years", d.years},
                              {"greeting", greeting},
                              {"official", d.who->official.empty() ? d.who->name : d.who->official},
                              {"reports", d.reports}})});
  }
  return out;
}

}  // namespace redovis
