// Rows answered without a table (inline_rows.cc): counts in a sentence, a
// Ja/Nej written as a word, and the names written after the Ja.
#include <doctest/doctest.h>

#include <string>

#include "match/match_run.h"
#include "test_support.h"

using namespace redovis;
using redovis::testing::ExtractText;
using redovis::testing::Form2020;

TEST_CASE("a Ja written as a word: the names after it go to the row's text column") {
  auto recs =
      ExtractText(Form2020("5. Organisation, ledning och samverkan\n"
                           "Ange vilka organisationer som ingår i ledningsgruppen\n\n"
                           "Patientorganisationer\nNej\n"
                           "Brukarorganisationer: Ja, RSMH\n"
                           "Anhörigorganisationer: Ja, det har vi\n"
                           "Annan organisation\nJa, Samordningsförbundet Östra Södertörn\n"));
  REQUIRE(recs.size() == 1);
  const Record& r = recs[0];
  CHECK(r.Get("steering_group.patient_org").as_bool() == false);
  CHECK(r.Get("steering_group.patient_org_names").is_null());
  CHECK(r.Get("steering_group.user_org").as_bool() == true);
  CHECK(r.Get("steering_group.user_org_names").ToDisplay() == "RSMH");
  // Words in lower case after the Ja name nothing.
  CHECK(r.Get("steering_group.relatives_org").as_bool() == true);
  CHECK(r.Get("steering_group.relatives_org_names").is_null());
  CHECK(r.Get("steering_group.other_org").as_bool() == true);
  CHECK(r.Get("steering_group.other_org_names").ToDisplay() ==
        "Samordningsförbundet Östra Södertörn");
}

TEST_CASE("a Nej written as a word names nothing, whatever follows it") {
  auto recs =
      ExtractText(Form2020("5. Organisation, ledning och samverkan\n"
                           "Ange vilka organisationer som ingår i ledningsgruppen\n\n"
                           "Brukarorganisationer: Nej, RSMH har lämnat\n"));
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("steering_group.user_org").as_bool() == false);
  CHECK(recs[0].Get("steering_group.user_org_names").is_null());
}

TEST_CASE("a Ja alone on its line: the names on the next line, never the next row's label") {
  auto recs =
      ExtractText(Form2020("5. Organisation, ledning och samverkan\n"
                           "Ange vilka organisationer som ingår i ledningsgruppen\n\n"
                           "Brukarorganisationer\nJa.\nRSMH\n"
                           "Anhörigorganisationer\nJa\nAnnan organisation\nNej\n"));
  REQUIRE(recs.size() == 1);
  const Record& r = recs[0];
  CHECK(r.Get("steering_group.user_org").as_bool() == true);
  CHECK(r.Get("steering_group.user_org_names").ToDisplay() == "RSMH");
  CHECK(r.Get("steering_group.relatives_org").as_bool() == true);
  CHECK(r.Get("steering_group.relatives_org_names").is_null());
  CHECK(r.Get("steering_group.other_org").as_bool() == false);
}
