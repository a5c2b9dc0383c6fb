#include "cli/county_roster.h"

namespace redovis {

bool ResolveCounty(const MunicipalityRegistry& registry, const std::string& given,
                   std::string* code) {
  if (!registry.CountyName(given).empty()) {
    *code = given;
    return true;
  }
  std::string county;
  return registry.FindCounty(given, &county, code);
}

void CountyRoster::Add(const Record& r) {
  const Value& code = r.Get(catalogue_.KeyWithRole("municipality_code"));
  const Municipality* own = nullptr;
  if (code.is_text()) {
    for (const Municipality& m : registry_.all())
      if (m.code == code.as_text()) own = &m;
  } else if (const Value& name = r.Get(catalogue_.KeyWithRole("municipality")); name.is_text()) {
    own = registry_.Find(name.as_text());
  }
  if (own) {
    covered_.insert(own->code);
    counties_.insert(own->county_code);
  } else if (const Value& county = r.Get(catalogue_.KeyWithRole("county_code")); county.is_text()) {
    counties_.insert(county.as_text());
  }
  const Value& co = r.Get(catalogue_.KeyWithRole("co_municipalities"));
  if (co.is_list())
    for (const std::string& name : co.as_list())
      if (const Municipality* m = registry_.Find(name)) covered_.insert(m->code);
}

std::string CountyRoster::InferredCounty() const {
  return counties_.size() == 1 ? *counties_.begin() : "";
}

std::vector<const Municipality*> CountyRoster::NotReported(const std::string& county_code) const {
  std::vector<const Municipality*> out;
  for (const Municipality& m : registry_.all())
    if (m.county_code == county_code && !covered_.count(m.code)) out.push_back(&m);
  return out;
}

}  // namespace redovis
