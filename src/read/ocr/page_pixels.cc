// See page_pixels.h.
#include "read/ocr/page_pixels.h"

#include <algorithm>

namespace redovis {

namespace {

/// The chroma (spread of a pixel's colours, 0-255) that scanner noise and
/// JPEG's colour bleeding give black print and white paper; beyond it a
/// pixel is coloured ink.
constexpr int kChromaSlack = 40;

}  // namespace

std::vector<unsigned char> BlackPrintOf(const unsigned char* pixels, int width, int height,
                                        int stride, double dpi, GreyImage* out) {
  *out = GreyImage();
  std::vector<unsigned char> grey;
  if (pixels == nullptr || width <= 0 || height <= 0 || stride < 4 * width) return grey;
  grey.resize(static_cast<size_t>(width) * height);
  for (int y = 0; y < height; ++y) {
    const unsigned char* p = pixels + static_cast<size_t>(y) * stride;
    unsigned char* g = grey.data() + static_cast<size_t>(y) * width;
    for (int x = 0; x < width; ++x, p += 4) {
      int lo = std::min({p[0], p[1], p[2]}), hi = std::max({p[0], p[1], p[2]});
      int v = (p[0] + p[1] + p[2] + 1) / 3 + 2 * std::max(0, hi - lo - kChromaSlack);
      g[x] = static_cast<unsigned char>(std::min(255, v));
    }
  }
  out->pixels = grey.data();
  out->width = width;
  out->height = height;
  out->stride = width;
  out->dpi = dpi;
  return grey;
}

std::vector<unsigned char> Turned(const GreyImage& image, int degrees, GreyImage* out) {
  *out = GreyImage();
  std::vector<unsigned char> pixels;
  if (image.pixels == nullptr || image.width <= 0 || image.height <= 0 ||
      image.stride < image.width)
    return pixels;
  const int w = image.width, h = image.height;
  const bool sideways = degrees == 90 || degrees == 270;
  const int ow = sideways ? h : w, oh = sideways ? w : h;
  pixels.resize(static_cast<size_t>(w) * h);
  for (int y = 0; y < h; ++y) {
    const unsigned char* row = image.pixels + static_cast<size_t>(y) * image.stride;
    for (int x = 0; x < w; ++x) {
      // Where (x, y) lands when the page turns clockwise about its centre.
      int nx = x, ny = y;
      if (degrees == 90) nx = h - 1 - y, ny = x;
      if (degrees == 180) nx = w - 1 - x, ny = h - 1 - y;
      if (degrees == 270) nx = y, ny = w - 1 - x;
      pixels[static_cast<size_t>(ny) * ow + nx] = row[x];
    }
  }
  out->pixels = pixels.data();
  out->width = ow;
  out->height = oh;
  out->stride = ow;
  out->dpi = image.dpi;
  return pixels;
}

}  // namespace redovis
