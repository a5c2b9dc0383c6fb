#include "read/text/text_decoder.h"

#include <unicode/uchar.h>
#include <unicode/ucnv.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <memory>
#include <mutex>
#include <vector>

#include "base/text_util.h"
#include "base/utf8.h"

namespace redovis {

namespace {

/// The bytes whose NUL and control bytes tell wide or binary text.
constexpr size_t kDetectBytes = 64 * 1024;
/// The confidence of windows-1252 assumed: no mark, not UTF-8, and no
/// legacy page its letters tell.
constexpr int kAssumedConfidence = 30;

/// Counts bytes that no text file holds: NUL and C0 controls other than
/// tab, newline, carriage return and form feed.
size_t CountControl(std::string_view bytes, size_t* nul) {
  size_t n = 0;
  *nul = 0;
  for (unsigned char c : bytes) {
    if (c == 0) ++*nul;
    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x0b) ++n;
  }
  return n;
}

/// The wide encoding whose pattern the NUL bytes of `sample` follow, or "".
/// Latin text in UTF-16 has a NUL in nearly every code unit, always in the
/// same half (the high byte: odd offsets for LE, even for BE) and almost
/// never in the other; in UTF-32, two bytes of every four are NUL and a third
/// nearly always. Stray NULs in ASCII fall anywhere and are none of these.
const char* WideByNulPattern(std::string_view sample) {
  size_t units32 = sample.size() / 4;
  if (units32 < 2) return "";
  std::array<size_t, 4> at{};  // NULs by offset modulo 4
  for (size_t i = 0; i < units32 * 4; ++i)
    if (sample[i] == '\0') ++at[i % 4];
  auto most = [](size_t count, size_t of) { return count * 10 >= of * 9; };  // 90 %
  auto few = [](size_t count, size_t of) { return count * 20 <= of; };       // 5 %
  if (most(at[2], units32) && most(at[3], units32) && most(at[1], units32 * 8 / 9) &&
      few(at[0], units32))
    return "UTF-32LE";
  if (most(at[0], units32) && most(at[1], units32) && most(at[2], units32 * 8 / 9) &&
      few(at[3], units32))
    return "UTF-32BE";
  size_t units16 = units32 * 2;
  size_t even = at[0] + at[2], odd = at[1] + at[3];
  if (most(odd, units16 * 8 / 9) && few(even, units16)) return "UTF-16LE";
  if (most(even, units16 * 8 / 9) && few(odd, units16)) return "UTF-16BE";
  return "";
}

// ---------------------------------------------------------------- code pages

/// A single-byte code page redovis may read a file in.
struct CodePage {
  const char* name;         ///< ICU's name for it, also what records show
  const char* description;  ///< for people
};

constexpr CodePage kLatinPages[] = {
    {"windows-1252", "Windows Western European"},
};
/// The pages told from windows-1252 by their letters, in order of preference
/// when two read a file equally well (CP850 and CP437 agree on å ä ö).
constexpr CodePage kLegacyPages[] = {
    {"CP850", "DOS Western European"},
    {"CP437", "DOS US"},
    {"macintosh", "Mac OS Roman"},
};

/// The characters bytes 0x80-0xFF give in code page `name`; empty when ICU
/// does not know the page.
std::array<UChar32, 128> HighHalf(const char* name, bool* ok) {
  std::array<UChar32, 128> table{};
  *ok = false;
  UErrorCode status = U_ZERO_ERROR;
  ConverterPtr conv(ucnv_open(name, &status));
  if (U_FAILURE(status)) return table;
  char bytes[128];
  for (int i = 0; i < 128; ++i) bytes[i] = static_cast<char>(0x80 + i);
  UChar units[256];
  int32_t n = ucnv_toUChars(conv.get(), units, 256, bytes, 128, &status);
  if (U_FAILURE(status) || n != 128) return table;  // every byte one BMP character
  for (int i = 0; i < 128; ++i) table[i] = units[i];
  *ok = true;
  return table;
}

/// å ä ö Å Ä Ö: letters any report in the language holds by the hundred.
bool IsCommonLetter(UChar32 c) {
  return c == 0xE5 || c == 0xE4 || c == 0xF6 || c == 0xC5 || c == 0xC4 || c == 0xD6;
}

/// An ASCII letter or a byte above ASCII: a neighbour that makes a byte part
/// of a word.
bool Wordish(unsigned char b) {
  return b >= 0x80 || (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z');
}

/// How a code page reads the bytes of a file that sit inside words (a word
/// character on each side).
struct Reading {
  long score = 0;       ///< common letters minus symbols inside words
  size_t letters = 0;   ///< common letters inside words
  std::string symbols;  ///< up to three distinct symbols it gives inside words, UTF-8, spaced
};

Reading ReadAs(std::string_view bytes, const std::array<UChar32, 128>& table) {
  Reading r;
  std::array<bool, 128> shown{};
  int symbols = 0;
  for (size_t i = 1; i + 1 < bytes.size(); ++i) {
    auto b = static_cast<unsigned char>(bytes[i]);
    if (b < 0x80) continue;
    if (!Wordish(static_cast<unsigned char>(bytes[i - 1])) ||
        !Wordish(static_cast<unsigned char>(bytes[i + 1])))
      continue;
    UChar32 c = table[b - 0x80];
    if (IsCommonLetter(c)) {
      ++r.score;
      ++r.letters;
    } else if (!u_isalpha(c)) {
      --r.score;
      if (symbols < 3 && !shown[b - 0x80] && u_isgraph(c)) {
        shown[b - 0x80] = true;
        if (symbols++ > 0) r.symbols += ", ";
        AppendUtf8(c, &r.symbols);
      }
    }
  }
  return r;
}

/// The legacy page (CP850, CP437, Mac Roman) that reads `bytes` clearly
/// better than `base` (a Latin page), or nullptr. Sets `*note` when one does.
const CodePage* LegacyPage(std::string_view bytes, const char* base, std::string* note) {
  bool ok = false;
  std::array<UChar32, 128> base_table = HighHalf(base, &ok);
  if (!ok) return nullptr;
  Reading as_base = ReadAs(bytes, base_table);
  const CodePage* best = nullptr;
  Reading best_reading;
  for (const CodePage& page : kLegacyPages) {
    std::array<UChar32, 128> table = HighHalf(page.name, &ok);
    if (!ok) continue;
    Reading r = ReadAs(bytes, table);
    if (best == nullptr || r.score > best_reading.score) {
      best = &page;
      best_reading = r;
    }
  }
  // Decisively better: a few common letters at least, and more than twice
  // the base page's score (a report in windows-1252 scores by the hundred).
  if (best == nullptr || best_reading.letters < 3 || best_reading.score <= 0 ||
      best_reading.score <= 2 * as_base.score)
    return nullptr;
  *note = "the text has no encoding mark and is not UTF-8; it was read as " +
          std::string(best->name) + " (" + best->description + "): so read, " +
          std::to_string(best_reading.letters) + " characters inside words are å, ä or ö";
  if (!as_base.symbols.empty())
    *note += ", where " + std::string(base) + " would give symbols such as " + as_base.symbols;
  return best;
}

// ---------------------------------------------------------------- double encoding

/// The windows-1252 byte (0x80-0x9F) that gives `c`, or -1.
int Windows1252Byte(UChar32 c) {
  static std::once_flag once;
  static std::array<UChar32, 32> table{};
  std::call_once(once, [] {
    bool ok = false;
    std::array<UChar32, 128> high = HighHalf("windows-1252", &ok);
    if (ok)
      for (int i = 0; i < 32; ++i) table[i] = high[i];
  });
  for (int i = 0; i < 32; ++i)
    if (table[i] == c && c >= 0x100) return 0x80 + i;
  return -1;
}

/// What undoing a double encoding came to.
enum class DoubleEncoding {
  kNone,      ///< the text does not read as UTF-8 encoded twice
  kRepaired,  ///< it did, and `*repaired` holds it turned back
  kLossy,     ///< it did, but characters were lost on the way (a U+FFFD for a
              ///< byte windows-1252 leaves undefined, or the byte dropped)
};

/// Text that was UTF-8, read as windows-1252 or ISO-8859-1 and written as
/// UTF-8 again ("TimrÃ¥") is turned back, when every character maps back to
/// one byte and the bytes are valid UTF-8. When the text shows the double
/// encoding but a U+FFFD stands where a byte was (0x81, 0x8D, 0x8F, 0x90,
/// 0x9D: a decoder that replaced what windows-1252 leaves undefined, so that
/// ☐ reads â˜�) or the bytes it maps back to are not valid UTF-8 (those bytes
/// dropped), the lost characters cannot be told: kLossy.
DoubleEncoding RepairDoubleEncoding(std::string_view utf8, std::string* repaired) {
  size_t suspicious = 0;
  for (size_t i = 0; i + 2 < utf8.size() && suspicious < 2; ++i) {
    auto a = static_cast<unsigned char>(utf8[i]), b = static_cast<unsigned char>(utf8[i + 1]),
         c = static_cast<unsigned char>(utf8[i + 2]);
    // "Ã" or "Â" as UTF-8, followed by another character above ASCII.
    if (a == 0xC3 && (b == 0x83 || b == 0x82) && c >= 0xC2) ++suspicious;
  }
  if (suspicious < 2) return DoubleEncoding::kNone;
  std::string bytes;
  bytes.reserve(utf8.size());
  size_t i = 0;
  bool replaced = false;
  for (UChar32 c; (c = NextCodePoint(utf8, &i)) >= 0;) {
    if (c < 0x100) {
      bytes += static_cast<char>(c);
      continue;
    }
    if (c == 0xFFFD) {  // a byte the first decoding could not give
      replaced = true;
      continue;
    }
    int b = Windows1252Byte(c);
    if (b < 0) return DoubleEncoding::kNone;  // a character no single byte gives
    bytes += static_cast<char>(b);
  }
  if (replaced || !IsValidUtf8(bytes)) return DoubleEncoding::kLossy;
  repaired->swap(bytes);
  return DoubleEncoding::kRepaired;
}

}  // namespace

size_t MendSplitLetters(std::string_view bytes, std::string* out) {
  auto trail_at = [&](size_t i) {
    return i < bytes.size() && U8_IS_TRAIL(static_cast<uint8_t>(bytes[i]));
  };
  std::string mended(bytes);
  size_t pieces = 0, whole = 0;
  for (size_t i = 0; i < bytes.size();) {
    const size_t start = i;
    const UChar32 c = NextCodePoint(bytes, &i);
    if (c < 0x80) continue;
    // A U+FFFD read from no U+FFFD of the text is a malformed sequence: its
    // maximal ill-formed part, a lead byte's valid first bytes at most.
    if (c != kReplacementCharacter || IsValidUtf8(bytes.substr(start, i - start))) {
      ++whole;
    } else if (U8_IS_LEAD(static_cast<uint8_t>(bytes[start])) &&
               (i == bytes.size() || bytes[i] == '\n') && !trail_at(i + 1)) {
      // A letter's first bytes before the line's end, its last ones gone
      // (a cut's; a fold's, opening the next line, are not mended).
      mended.replace(start, i - start, i - start, '?');
      ++pieces;
    } else if (i - start >= 2 && U8_IS_LEAD(static_cast<uint8_t>(bytes[start])) &&
               i < bytes.size() && static_cast<uint8_t>(bytes[i]) < 0x80) {
      // A letter of three bytes or four cut to its first two or three
      // inside a line, ASCII after it: a table's cell cut in bytes before
      // the next cell (html2text's "\xE2\x98Ja" for a box before "Ja").
      // No single-byte page writes a lead byte and continuation bytes
      // before ASCII where a letter stands.
      mended.replace(start, i - start, i - start, '?');
      ++pieces;
    } else if (i - start == 1 && static_cast<uint8_t>(bytes[start]) == 0xC3 && i < bytes.size() &&
               static_cast<uint8_t>(bytes[i]) < 0x80 && bytes[i] != '\n') {
      // The lead byte of å, ä, ö or é alone inside a line, ASCII after it:
      // html2text's cell cut in bytes ("S\xC3\xB6dert\xC3" before the next
      // cell's "Se bilaga"). On a single-byte page it is 'Ã', which no
      // Swedish word holds.
      mended[start] = '?';
      ++pieces;
    } else {
      return 0;
    }
  }
  // Every other sequence was read whole, so `mended` is valid UTF-8.
  if (pieces == 0 || whole == 0) return 0;
  *out = std::move(mended);
  return pieces;
}

Status DecodeText(std::string_view bytes, DecodedText* out) {
  *out = DecodedText();
  if (bytes.empty()) return Status::Error("empty_file", "the file is empty (0 bytes)");
  auto starts = [&](std::string_view magic) { return bytes.substr(0, magic.size()) == magic; };
  if (starts("\xEF\xBB\xBF")) {
    std::string_view rest = bytes.substr(3);
    if (!IsValidUtf8(rest)) {
      // A BOM promised UTF-8 but the body is not: read what can be read.
      ConvertToUtf8(rest, "UTF-8", &out->utf8);
      out->confidence = 50;
    } else {
      out->in_place = true;
      out->input = rest;
    }
    out->encoding = "UTF-8";
  } else if (starts(std::string_view("\xFF\xFE\x00\x00", 4))) {
    if (!ConvertToUtf8(bytes.substr(4), "UTF-32LE", &out->utf8))
      return Status::Error("binary_file", "not text");
    out->encoding = "UTF-32LE";
  } else if (starts("\xFF\xFE")) {
    if (!ConvertToUtf8(bytes.substr(2), "UTF-16LE", &out->utf8))
      return Status::Error("binary_file", "not text");
    out->encoding = "UTF-16LE";
  } else if (starts("\xFE\xFF")) {
    if (!ConvertToUtf8(bytes.substr(2), "UTF-16BE", &out->utf8))
      return Status::Error("binary_file", "not text");
    out->encoding = "UTF-16BE";
  } else {
    std::string_view sample = bytes.substr(0, kDetectBytes);
    size_t nul = 0;
    size_t control = CountControl(sample, &nul);
    const char* wide = nul > 0 ? WideByNulPattern(sample) : "";
    if (*wide) {
      if (!ConvertToUtf8(bytes, wide, &out->utf8))
        return Status::Error("binary_file", std::string("cannot decode the text as ") + wide);
      out->encoding = wide;
      out->confidence = 80;
    } else {
      bool utf8 = IsValidUtf8(bytes);
      // Letters split at lines cut in bytes: UTF-8 all the same.
      std::string mended;
      const bool split = !utf8 && nul == 0 && MendSplitLetters(bytes, &mended) > 0;
      if (!split && (!utf8 || nul > 0) &&
          ((nul * 100 > sample.size() && nul > 4) || control * 20 > sample.size()))
        return Status::Error("binary_file", "the file is binary, not text (" + std::to_string(nul) +
                                                " NUL and " + std::to_string(control) +
                                                " control bytes in the first " +
                                                std::to_string(sample.size()) + ")");
      if (split) {
        out->utf8.swap(mended);
        out->encoding = "UTF-8";
      } else if (utf8) {
        out->in_place = true;
        out->input = bytes;
        out->encoding = "UTF-8";
      } else {
        // ICU's charset detector was asked here once: among the Latin pages
        // it names windows-1252 or ISO-8859-1 (read as windows-1252) only,
        // so its answer changed nothing but the confidence, at the cost of
        // its n-gram statistics over the first 64 KiB (18 million
        // instructions for a 10 KB report).
        int confidence = kAssumedConfidence;
        const char* charset = kLatinPages[0].name;
        if (const CodePage* legacy = LegacyPage(bytes, charset, &out->note)) {
          charset = legacy->name;
          confidence = 60;
        }
        if (!ConvertToUtf8(bytes, charset, &out->utf8))
          return Status::Error("binary_file", std::string("cannot decode the text as ") + charset);
        out->encoding = charset;
        out->confidence = confidence;
      }
    }
  }
  std::string repaired;
  DoubleEncoding twice = RepairDoubleEncoding(out->Text(), &repaired);
  if (twice == DoubleEncoding::kLossy)
    return Status::Error("lost_characters",
                         "the text was UTF-8 encoded twice (its UTF-8 read as windows-1252 and "
                         "saved as UTF-8 again, so that å reads Ã¥), and characters were lost on "
                         "the way (a byte windows-1252 leaves undefined replaced by U+FFFD or "
                         "dropped): which they were cannot be told");
  if (twice == DoubleEncoding::kRepaired) {
    out->utf8.swap(repaired);
    out->in_place = false;
    out->input = {};
    out->note =
        "the text was UTF-8 encoded twice (its UTF-8 read as windows-1252 or ISO-8859-1 and "
        "saved as UTF-8 again, so that å reads Ã¥); it was read with that undone";
    out->encoding += " (double-encoded, repaired)";
  }
  // Stray NULs in otherwise readable text are dropped; Word's field, object
  // and cell markers (\x01-\x08, \x13 \x14 \x15), which a converter passed on
  // as they were ("\x07\x03 \x08" for an empty form field, "☒\x01" in a
  // table cell), are spaces, since a converter that drew a table counted each
  // as a column, except one standing between two printed characters
  // ("\x07\x0330\x08dagar": "30dagar"), which joined them. The other control
  // characters (an escape, DEL) are no marker of Word's: they stay, and the
  // writers show them as pictures. Tab, line feed, vertical tab, form feed
  // and carriage return stay.
  std::string_view text = out->Text();
  auto stray = [](char c) {
    unsigned char u = static_cast<unsigned char>(c);
    return (u >= 0x01 && u <= 0x08) || (u >= 0x13 && u <= 0x15);
  };
  if (std::any_of(text.begin(), text.end(), [&](char c) { return c == '\0' || stray(c); })) {
    std::string clean;
    clean.reserve(text.size());
    auto printed = [&](size_t k) {
      unsigned char u = static_cast<unsigned char>(text[k]);
      return u > 0x20 && u != 0x7F;
    };
    for (size_t k = 0; k < text.size(); ++k) {
      char c = text[k];
      if (c == '\0') continue;
      if (!stray(c)) {
        clean += c;
        continue;
      }
      size_t a = k, b = k;  // the characters on each side of a run of them
      while (a > 0 && stray(text[a - 1])) --a;
      while (b + 1 < text.size() && stray(text[b + 1])) ++b;
      bool joins = a > 0 && b + 1 < text.size() && printed(a - 1) && printed(b + 1);
      if (!joins) clean += ' ';
    }
    out->utf8.swap(clean);
    out->in_place = false;
    out->input = {};
  }
  return Status();
}

bool HoldsSuperscriptOne(std::string_view encoding) {
  std::vector<const CodePage*> pages;
  for (const CodePage& page : kLatinPages) pages.push_back(&page);
  for (const CodePage& page : kLegacyPages) pages.push_back(&page);
  for (const CodePage* page : pages) {
    std::string_view name = page->name;
    if (encoding.substr(0, name.size()) != name) continue;
    bool ok = false;
    std::array<UChar32, 128> high = HighHalf(page->name, &ok);
    return !ok || std::find(high.begin(), high.end(), 0xB9) != high.end();
  }
  return true;
}

}  // namespace redovis
