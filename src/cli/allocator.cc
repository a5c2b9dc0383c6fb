// Allocation failure as C++ promises it: operator new throws std::bad_alloc
// (its nothrow forms return null), also when mimalloc is the allocator.
//
// mimalloc's own operator new (in libmimalloc.so) calls the program's
// new-handler when it runs out of memory, but the Debian build cannot see
// the handler a program sets and aborts instead: a worker that reached its
// --max-memory limit died of SIGABRT and its file was `crashed`, never
// `out_of_memory`. These replacements, linked into the executable (and the
// unit tests) when REDOVIS_MIMALLOC is on, take memory from mimalloc and
// throw when it has none, so the reader's `catch (std::bad_alloc)` in the
// extractor turns it into that file's `out_of_memory` record. C code that
// calls malloc is unchanged: mimalloc returns null to it, as malloc does.
// Nothing else lives here; without mimalloc the C++ library's operators,
// which throw already, are used.
#include <mimalloc.h>

#include <cstddef>
#include <new>

namespace {

void* Allocate(std::size_t n) {
  void* p = mi_malloc(n);
  if (p == nullptr) throw std::bad_alloc();
  return p;
}

void* AllocateAligned(std::size_t n, std::align_val_t align) {
  void* p = mi_malloc_aligned(n, static_cast<std::size_t>(align));
  if (p == nullptr) throw std::bad_alloc();
  return p;
}

}  // namespace

void* operator new(std::size_t n) {
  return Allocate(n);
}
void* operator new[](std::size_t n) {
  return Allocate(n);
}
void* operator new(std::size_t n, const std::nothrow_t&) noexcept {
  return mi_malloc(n);
}
void* operator new[](std::size_t n, const std::nothrow_t&) noexcept {
  return mi_malloc(n);
}
void* operator new(std::size_t n, std::align_val_t a) {
  return AllocateAligned(n, a);
}
void* operator new[](std::size_t n, std::align_val_t a) {
  return AllocateAligned(n, a);
}
void* operator new(std::size_t n, std::align_val_t a, const std::nothrow_t&) noexcept {
  return mi_malloc_aligned(n, static_cast<std::size_t>(a));
}
void* operator new[](std::size_t n, std::align_val_t a, const std::nothrow_t&) noexcept {
  return mi_malloc_aligned(n, static_cast<std::size_t>(a));
}

void operator delete(void* p) noexcept {
  mi_free(p);
}
void operator delete[](void* p) noexcept {
  mi_free(p);
}
void operator delete(void* p, std::size_t) noexcept {
  mi_free(p);
}
void operator delete[](void* p, std::size_t) noexcept {
  mi_free(p);
}
void operator delete(void* p, const std::nothrow_t&) noexcept {
  mi_free(p);
}
void operator delete[](void* p, const std::nothrow_t&) noexcept {
  mi_free(p);
}
void operator delete(void* p, std::align_val_t) noexcept {
  mi_free(p);
}
void operator delete[](void* p, std::align_val_t) noexcept {
  mi_free(p);
}
void operator delete(void* p, std::size_t, std::align_val_t) noexcept {
  mi_free(p);
}
void operator delete[](void* p, std::size_t, std::align_val_t) noexcept {
  mi_free(p);
}
void operator delete(void* p, std::align_val_t, const std::nothrow_t&) noexcept {
  mi_free(p);
}
void operator delete[](void* p, std::align_val_t, const std::nothrow_t&) noexcept {
  mi_free(p);
}
