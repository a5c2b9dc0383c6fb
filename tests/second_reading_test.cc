// Tests of the second reading of unsure numbers (src/read/ocr/second_reading.h)
// with a fake digit reader in place of Tesseract: which words are read
// again, where, and what the two readings decide.
#include "read/ocr/second_reading.h"

#include <doctest/doctest.h>

#include <string>
#include <utility>
#include <vector>

namespace redovis {
namespace second_reading_test {
namespace {

/// A DigitReader that answers from a script, in order, and notes each box
/// it was asked to read.
class FakeDigitReader final : public DigitReader {
 public:
  struct Box {
    int left, top, width, height;
  };
  explicit FakeDigitReader(std::vector<std::pair<std::string, float>> answers)
      : answers_(std::move(answers)) {}
  void ReadDigits(int left, int top, int width, int height, std::string* text,
                  float* confidence) override {
    asked.push_back(Box{left, top, width, height});
    size_t i = asked.size() - 1;
    *text = i < answers_.size() ? answers_[i].first : "";
    *confidence = i < answers_.size() ? answers_[i].second : 0;
  }
  std::vector<Box> asked;

 private:
  std::vector<std::pair<std::string, float>> answers_;
};

PositionedWord Word(const std::string& text, float confidence, double x0 = 100, double y0 = 200) {
  PositionedWord w;
  w.text = text;
  w.x0 = x0;
  w.y0 = y0;
  w.x1 = x0 + 12;
  w.y1 = y0 + 10;
  w.confidence = confidence;
  return w;
}

// An A4 page at 300 dpi: 72/300 points per pixel.
constexpr int kWidth = 2480, kHeight = 3508;
constexpr double kScale = 72.0 / 300;

TEST_CASE("second reading: other digits withdraw the number") {
  std::vector<PositionedWord> words{Word("4", 76)};
  FakeDigitReader reader({{"1", 93}});
  CHECK(VerifyNumbers(&reader, kWidth, kHeight, kScale, 0, &words) == 1);
  CHECK(words[0].confidence == 0);
  CHECK(words[0].text == "4");  // the text stays; the check withdraws it
}

TEST_CASE("second reading: the same digits keep the surer confidence") {
  std::vector<PositionedWord> words{Word("12", 70), Word("1,5", 85, 300)};
  // The second reading of a decimal comma as a point is the same number.
  FakeDigitReader reader({{"12", 96}, {"1.5", 60}});
  CHECK(VerifyNumbers(&reader, kWidth, kHeight, kScale, 0, &words) == 2);
  CHECK(words[0].confidence == 96);
  CHECK(words[1].confidence == 85);
}

TEST_CASE("second reading: decimals that differ only by zeros at their end are one number") {
  // OCR reads "1,00" as "1,0" now and then; the second reading sees "1,00".
  std::vector<PositionedWord> words{Word("1,0", 80), Word("1,5", 80, 300), Word("10", 80, 500)};
  FakeDigitReader reader({{"1,00", 92}, {"1,50", 92}, {"100", 92}});
  VerifyNumbers(&reader, kWidth, kHeight, kScale, 0, &words);
  CHECK(words[0].confidence == 92);
  CHECK(words[1].confidence == 92);
  CHECK(words[2].confidence == 0);  // no decimals: 10 is not 100
  CHECK(SecondReadingConfidence("1,0", 80, "1.00", 92) == 92);
  CHECK(SecondReadingConfidence("1,0", 80, "100", 92) == 0);    // one without decimals
  CHECK(SecondReadingConfidence("1,5", 80, "1,05", 92) == 0);   // other decimals
  CHECK(SecondReadingConfidence("2,0", 80, "1,00", 92) == 0);   // other whole digits
  CHECK(SecondReadingConfidence("1.000", 80, "1,0", 92) == 0);  // a thousands group
}

TEST_CASE("second reading: nothing read again is no second opinion") {
  std::vector<PositionedWord> words{Word("7", 81)};
  FakeDigitReader reader({{"", 0}});
  VerifyNumbers(&reader, kWidth, kHeight, kScale, 0, &words);
  CHECK(words[0].confidence == 81);
  CHECK(SecondReadingConfidence("7", 81, "- .", 40) == 81);  // no digit is nothing
}

TEST_CASE("second reading: sure numbers, words and earlier words are not read again") {
  std::vector<PositionedWord> words{Word("3", 60), Word("5", 95), Word("Kvinnor", 40),
                                    Word("2O", 50), Word("8", 89.9f, 400)};
  FakeDigitReader reader({{"9", 99}});
  // From the second word on: only the last is an unsure number.
  CHECK(VerifyNumbers(&reader, kWidth, kHeight, kScale, 1, &words) == 1);
  CHECK(words[0].confidence == 60);
  CHECK(words[1].confidence == 95);
  CHECK(words[2].confidence == 40);
  CHECK(words[3].confidence == 50);  // "2O" is no number word: the repairs' business
  CHECK(words[4].confidence == 0);
}

TEST_CASE("second reading: the box has a margin and stays on the page") {
  std::vector<PositionedWord> words{Word("5", 70, 100, 200), Word("6", 70, 0.5, 0.5)};
  FakeDigitReader reader({{"5", 90}, {"6", 90}});
  VerifyNumbers(&reader, kWidth, kHeight, kScale, 0, &words);
  REQUIRE(reader.asked.size() == 2);
  // 3 points of margin each way: (100 - 3) / kScale = 404.
  CHECK(reader.asked[0].left == 404);
  CHECK(reader.asked[0].top == static_cast<int>(197 / kScale));
  CHECK(reader.asked[0].width == static_cast<int>(115 / kScale + 1) - 404);
  CHECK(reader.asked[1].left == 0);
  CHECK(reader.asked[1].top == 0);
  // A box off the page's edge is clipped to it; one under 4 pixels is not read.
  std::vector<PositionedWord> edge{Word("9", 50, 2480 * kScale + 2.5, 100)};
  FakeDigitReader none({{"1", 99}});
  CHECK(VerifyNumbers(&none, kWidth, kHeight, kScale, 0, &edge) == 0);
  CHECK(none.asked.empty());
  CHECK(edge[0].confidence == 50);
}

TEST_CASE("second reading: a digit read twice from one ink is read once") {
  // Tesseract's symbols of a lone '7' in a re-distilled print: "1" in
  // pixels 626-636, "7" in 626-645.
  CHECK(WithoutDoubledDigits({{"1", 626, 636}, {"7", 626, 645}}) == "7");
  CHECK(WithoutDoubledDigits({{"4", 700, 720}, {"7", 701, 712}}) == "4");
  // Digits side by side stand as read, and so does a word with a letter.
  CHECK(WithoutDoubledDigits({{"1", 627, 645}, {"7", 648, 668}}) == "");
  CHECK(WithoutDoubledDigits({{"1", 627, 645}, {"1", 648, 666}}) == "");
  CHECK(WithoutDoubledDigits({{"l", 626, 636}, {"7", 626, 645}}) == "");
  CHECK(WithoutDoubledDigits({}) == "");
}

TEST_CASE("second reading: a letter read in both cases from one ink is read once") {
  // Tesseract's symbols of a lone typed "X" in a table cell, on a page and
  // in a small place of it: the word "Xx" at 54 and 32.
  float confidence = 0;
  CHECK(WithoutDoubledLetter({{"X", 545, 561, 96}, {"x", 545, 577, 93}}, &confidence) == "X");
  CHECK(confidence == doctest::Approx(93));
  CHECK(WithoutDoubledLetter({{"X", 537, 569, 98}, {"x", 554, 569, 90}}, &confidence) == "X");
  CHECK(confidence == doctest::Approx(90));
  CHECK(WithoutDoubledLetter({{"x", 537, 569, 97}, {"X", 554, 569, 90}}, &confidence) == "x");
  // Letters side by side, two letters, one letter twice in one case, a
  // digit, one symbol: the word stands as read, its confidence untouched.
  confidence = 40;
  CHECK(WithoutDoubledLetter({{"X", 537, 569, 98}, {"x", 572, 590, 90}}, &confidence) == "");
  CHECK(WithoutDoubledLetter({{"X", 537, 569, 98}, {"y", 540, 569, 90}}, &confidence) == "");
  CHECK(WithoutDoubledLetter({{"X", 537, 569, 98}, {"X", 540, 569, 90}}, &confidence) == "");
  CHECK(WithoutDoubledLetter({{"1", 626, 636, 98}, {"l", 626, 645, 90}}, &confidence) == "");
  CHECK(WithoutDoubledLetter({{"X", 537, 569, 98}}, &confidence) == "");
  CHECK(WithoutDoubledLetter({}, &confidence) == "");
  CHECK(confidence == doctest::Approx(40));
}

TEST_CASE("second reading: number words") {
  CHECK(IsNumberWord("12"));
  CHECK(IsNumberWord("1 200"));
  CHECK(IsNumberWord("1,00"));
  CHECK(IsNumberWord("-3"));
  CHECK_FALSE(IsNumberWord(""));
  CHECK_FALSE(IsNumberWord(",-"));
  CHECK_FALSE(IsNumberWord("12a"));
  CHECK_FALSE(IsNumberWord("l2"));
}

TEST_CASE("second reading: a small place is read black on white, at the ink threshold") {
  // Scanned grey: paper at 240, print at 60, a speck of paper noise at 170.
  std::vector<unsigned char> grey = {240, 60, 170, 149, 150, 0, 255, 7};
  GreyImage image;
  image.pixels = grey.data();
  image.width = 3;
  image.height = 2;
  image.stride = 4;  // the fourth byte of each row is no pixel
  image.dpi = 300;
  GreyImage bw;
  std::vector<unsigned char> pixels = BlackOnWhite(image, &bw);
  CHECK(pixels == std::vector<unsigned char>{255, 0, 255, 255, 0, 255});
  CHECK(bw.pixels == pixels.data());
  CHECK(bw.stride == 3);
  CHECK(bw.width == 3);
  CHECK(bw.height == 2);
  CHECK(bw.dpi == 300);
  CHECK(BlackOnWhite(GreyImage(), &bw).empty());
}

}  // namespace
}  // namespace second_reading_test
}  // namespace redovis
