// What the build's generated tables share (regex_table.h's shipped regexes,
// municipality_keys.h's names' keys): the hash that stamps what a table was
// made from, and text written into C++ source so that it reads back byte
// for byte. No state.
#ifndef REDOVIS_PATTERNS_GENERATED_SOURCE_H_
#define REDOVIS_PATTERNS_GENERATED_SOURCE_H_

#include <cstdint>
#include <string>
#include <string_view>

namespace redovis {

/// FNV-1a's 64-bit offset basis: where a hash starts.
inline constexpr uint64_t kFnv1aBasis = 0xcbf29ce484222325ULL;

/// FNV-1a (64 bits) over `bytes`, continuing from `hash`.
uint64_t Fnv1a(uint64_t hash, std::string_view bytes);

/// `text` as a C++ string literal: printable ASCII as itself (`"`, `\` and
/// `?` escaped), every other byte as a three-digit octal escape, which no
/// following character can extend.
std::string CppLiteral(std::string_view text);

}  // namespace redovis

#endif  // REDOVIS_PATTERNS_GENERATED_SOURCE_H_
