// Decides the encoding of a text file and converts it to UTF-8.
//
// Order (see ../shared/notes/library-hazards.md): BOM; strict UTF-8; ICU
// charset detection only above a length and confidence threshold; else
// windows-1252. A result that reads as double-encoded UTF-8 ("hÃ¤r") is
// repaired. Internal to the text reader.
#ifndef REDOVIS_READ_TEXT_TEXT_DECODER_H_
#define REDOVIS_READ_TEXT_TEXT_DECODER_H_

#include <string>
#include <string_view>

#include "redovis/status.h"

namespace redovis {

struct DecodedText {
  std::string utf8;
  std::string encoding;  ///< "UTF-8", "UTF-16LE", "windows-1252", ...
  int confidence = 100;  ///< 0-100
};

/// Decodes `bytes`. Fails with "binary_file" when it is not text.
Status DecodeText(std::string_view bytes, DecodedText* out);

}  // namespace redovis

#endif  // REDOVIS_READ_TEXT_TEXT_DECODER_H_
