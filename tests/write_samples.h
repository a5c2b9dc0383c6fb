// Records and catalogues shared by the write stage's tests: a record with
// every kind of value, and a catalogue whose identifying keys (roles) are
// other keys than the project's.
#ifndef REDOVIS_TESTS_WRITE_SAMPLES_H_
#define REDOVIS_TESTS_WRITE_SAMPLES_H_

#include <doctest/doctest.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

#include "redovis/catalogue.h"
#include "redovis/record.h"

namespace redovis::testing {

/// A 2020 record with text, list, decimal and bool values and one provenance.
inline Record Sample() {
  Record r;
  r.source.file = "a,b.txt";
  r.source.sha256 = "00";
  r.source.format = "text";
  r.status = "complete";
  r.edition = "po-2020";
  r.asked = {"report.year",           "report.municipality", "covid.effects",
             "access.priority_order", "grant.awarded_fte",   "training.offered"};
  r.values["report.year"] = Value::Int(2020);
  r.values["report.municipality"] = Value::Text("Tyresö");
  r.values["covid.effects"] = Value::MakeList({"more_clients", "changed_methods"});
  r.values["access.priority_order"] = Value::Text("- unga\n=SUM(A1)");
  r.values["grant.awarded_fte"] = Value::Decimal(2.5);
  r.values["training.offered"] = Value::Bool(false);
  r.provenance["report.year"] =
      Provenance{3, 12, "po-2020.rules:5", "Statsbidrag avseende år 2020", "", false};
  return r;
}

/// A catalogue whose identifying keys are other keys than the project's.
inline Catalogue OtherRoles() {
  std::string path = (std::filesystem::temp_directory_path() /
                      ("other-roles-" + std::to_string(getpid()) + ".tsv"))
                         .string();
  {
    std::ofstream f(path);
    f << "key\ttype\teditions\tlabel_sv\tnote\trole\n"
      << "x.year\tint\t2020\t\t\tyear\n"
      << "x.town\ttext\t2020\t\t\tmunicipality\n"
      << "x.code\ttext\t2020\t\t\tmunicipality_code\n"
      << "report.year\tint\t2020\n";
  }
  Catalogue cat;
  Status s = Catalogue::Load(path, &cat);
  std::remove(path.c_str());
  REQUIRE(s.ok());
  return cat;
}

}  // namespace redovis::testing

#endif  // REDOVIS_TESTS_WRITE_SAMPLES_H_
