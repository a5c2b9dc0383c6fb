// A page rendering reduced to its ink. See ink_bitmap.h.
#include "read/pdf/ink_bitmap.h"

#include <bit>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace redovis {

namespace {

/// An empty bitmap of `width` x `height`, or none (width 0) when the size
/// is not one a page rendering may have.
InkBitmap BlankInk(int width, int height, double dpi) {
  InkBitmap ink;
  if (width <= 0 || height <= 0 || dpi <= 0 || static_cast<double>(width) * height > 80e6)
    return ink;
  ink.width = width;
  ink.height = height;
  ink.dpi = dpi;
  ink.words_per_row = (width + 63) / 64;
  ink.bits.assign(static_cast<size_t>(ink.words_per_row) * height, 0);
  return ink;
}

}  // namespace

bool WellFormed(const InkBitmap& image) {
  const int n = image.words_per_row;
  return image.width > 0 && image.height > 0 && image.dpi > 0 && n == (image.width + 63) / 64 &&
         image.bits.size() == static_cast<size_t>(n) * image.height;
}

InkBitmap InkOfGrey(const GreyImage& image) {
  if (image.pixels == nullptr || image.stride < image.width) return InkBitmap();
  InkBitmap ink = BlankInk(image.width, image.height, image.dpi);
  for (int y = 0; y < ink.height; ++y) {
    const unsigned char* in = image.pixels + static_cast<size_t>(y) * image.stride;
    uint64_t* out = ink.bits.data() + static_cast<size_t>(y) * ink.words_per_row;
    int x = 0;
#if defined(__SSE2__)
    const __m128i limit = _mm_set1_epi8(static_cast<char>(kInkBelow - 1));
    for (; x + 16 <= ink.width; x += 16) {
      __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(in + x));
      // v <= 149 exactly when min(v, 149) == v (unsigned bytes).
      uint64_t mask =
          static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_min_epu8(v, limit), v)));
      out[x >> 6] |= mask << (x & 63);
    }
#endif
    for (; x < ink.width; ++x)
      if (in[x] < kInkBelow) out[x >> 6] |= uint64_t{1} << (x & 63);
  }
  return ink;
}

}  // namespace redovis
