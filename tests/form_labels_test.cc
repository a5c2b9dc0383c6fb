#include "patterns/form_labels.h"

#include <doctest/doctest.h>

#include <memory>
#include <string>

#include "redovis/patterns.h"
#include "test_paths.h"

namespace form_labels_test {

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

TEST_CASE("form labels: a section's heading at a text's start, whatever follows it") {
  std::unique_ptr<PatternSet> patterns;
  REQUIRE(
      PatternSet::Load(std::string(redovis::testing::SourceDir()) + "/patterns", &patterns).ok());
  FormLabels labels(*patterns);
  CHECK(labels.HeadingAt("3. Kontakt med verksamheten") == 27);
  // The words fmt joined after it are no part of it.
  const std::string signature =
      "10. Underskrift av behörig företrädare för kommunen Datum 2020-01-12 Namnsteckning";
  const int length = labels.HeadingAt(signature);
  REQUIRE(length > 0);
  CHECK(signature.substr(0, static_cast<size_t>(length)).rfind("10. Underskrift", 0) == 0);
  CHECK(static_cast<size_t>(length) < signature.find("Datum"));
  // A heading that is a look-ahead for a question's words has none of its
  // own; a row's label, a heading further in, nothing: none.
  CHECK(labels.HeadingAt("Ombuden har erbjudits utbildning.") == 0);
  CHECK(labels.HeadingAt("Totalt antal klienter   267   181") == 0);
  CHECK(labels.HeadingAt("Se 3. Kontakt med verksamheten") == 0);
  CHECK(labels.HeadingAt("") == 0);
}

}  // namespace form_labels_test
