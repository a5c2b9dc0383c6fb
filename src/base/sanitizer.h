// Whether this build runs under AddressSanitizer: the one test of it, for
// code that must behave differently there (an address-space limit, which
// the sanitizer's shadow memory would exceed at once) and for tests that
// sample an exhaustive check instead of running all of it (the sanitizer
// half of the test suite runs unoptimised, several times slower).
// Header only: the macro (for the preprocessor: code that a sanitizer
// build must not compile) and the constant; never a run-time switch.
#ifndef REDOVIS_BASE_SANITIZER_H_
#define REDOVIS_BASE_SANITIZER_H_

#if defined(__SANITIZE_ADDRESS__)  // GCC
#define REDOVIS_ADDRESS_SANITIZER 1
#elif defined(__has_feature)  // Clang
#if __has_feature(address_sanitizer)
#define REDOVIS_ADDRESS_SANITIZER 1
#endif
#endif
#ifndef REDOVIS_ADDRESS_SANITIZER
#define REDOVIS_ADDRESS_SANITIZER 0
#endif

namespace redovis {

inline constexpr bool kAddressSanitizer = REDOVIS_ADDRESS_SANITIZER != 0;

}  // namespace redovis

#endif  // REDOVIS_BASE_SANITIZER_H_
