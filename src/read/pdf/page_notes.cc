// Notes naming a page left out. See page_notes.h.
#include "read/pdf/page_notes.h"

#include <cstdlib>

namespace redovis {
namespace {

/// Each reason's code and the words after the page's number.
struct NoteShape {
  LeftOutPage why;
  const char* code;
  const char* tail;
};

constexpr NoteShape kShapes[] = {
    {LeftOutPage::kUnreadable, "page_unreadable",
     " could not be read by OCR: no way up of it reads as text"},
    {LeftOutPage::kCut, "page_cut",
     ": its text runs past the page's edge (laid out for a larger sheet), so its words were "
     "left out"},
    {LeftOutPage::kTurned, "page_turned",
     ": MuPDF's HTML of it writes its turned lines with no direction, so where its lines and "
     "cells stand cannot be told; its words were left out"},
};

const NoteShape& ShapeOf(LeftOutPage why) {
  for (const NoteShape& s : kShapes)
    if (s.why == why) return s;
  return kShapes[0];
}

}  // namespace

const char* LeftOutPageCode(LeftOutPage why) {
  return ShapeOf(why).code;
}

std::string LeftOutPageNote(LeftOutPage why, int page) {
  const NoteShape& s = ShapeOf(why);
  return std::string(s.code) + ": page " + std::to_string(page) + s.tail;
}

bool IsLeftOutPageNote(const std::string& warning, LeftOutPage* why, int* page) {
  for (const NoteShape& s : kShapes) {
    const std::string marker = std::string(s.code) + ": page ";
    if (warning.compare(0, marker.size(), marker) != 0) continue;
    int n = std::atoi(warning.c_str() + marker.size());
    if (n <= 0) return false;
    *why = s.why;
    *page = n;
    return true;
  }
  return false;
}

}  // namespace redovis
