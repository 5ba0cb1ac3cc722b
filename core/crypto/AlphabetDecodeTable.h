// The reverse of an encoding's alphabet (Base58, Base64url): for each byte, its digit value, or -1
// for a byte outside the alphabet. Built at compile time so decoding is one table look-up a byte.
#pragma once

#include <array>
#include <cstddef>

namespace Satchel {

template <std::size_t N>
constexpr std::array<signed char, 256> alphabetDecodeTable(const char (&alphabet)[N])
{
    std::array<signed char, 256> table{};
    for (auto &value : table)
        value = -1;
    for (std::size_t i = 0; i + 1 < N; ++i) // N counts the terminating NUL
        table[static_cast<unsigned char>(alphabet[i])] = static_cast<signed char>(i);
    return table;
}

} // namespace Satchel
