#include "patterns/form_labels.h"

#include <doctest/doctest.h>

#include <memory>
#include <string>

#include "redovis/patterns.h"
#include "test_paths.h"

using namespace redovis;

TEST_CASE("form labels: a row's label, another rule's, none, at a text's start") {
  std::unique_ptr<PatternSet> patterns;
  REQUIRE(
      PatternSet::Load(std::string(redovis::testing::SourceDir()) + "/patterns", &patterns).ok());
  FormLabels labels(*patterns);
  // A table row's label: its length in bytes, whatever follows it.
  CHECK(labels.At("Totalt antal klienter                267     181") == 21);
  CHECK(labels.At("därav mellan 18 och 29 år   55   50") >= 23);
  // A question's label that is no row's: negated.
  CHECK(labels.At(
            "Om ja, uppskatta hur lång väntetiden är eller har varit i er kommun under 2021.") < 0);
  // None at the start, though one stands further in.
  CHECK(labels.At("Summa Totalt antal klienter") == 0);
  CHECK(labels.At("") == 0);
}
