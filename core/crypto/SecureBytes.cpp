#include "SecureBytes.h"

#include <openssl/crypto.h>
#include <openssl/rand.h>

#include <cstring>
#include <utility>

namespace Satchel {

SecureBytes::SecureBytes(std::size_t size) : m_bytes(size, 0) {}

SecureBytes::SecureBytes(const char *data, std::size_t size) : m_bytes(size)
{
    if (size)
        std::memcpy(m_bytes.data(), data, size);
}

SecureBytes::~SecureBytes()
{
    wipe();
}

SecureBytes::SecureBytes(SecureBytes &&other) noexcept : m_bytes(std::move(other.m_bytes))
{
    other.m_bytes.clear();
}

SecureBytes &SecureBytes::operator=(SecureBytes &&other) noexcept
{
    if (this != &other) {
        wipe();
        m_bytes = std::move(other.m_bytes);
        other.m_bytes.clear();
    }
    return *this;
}

SecureBytes SecureBytes::random(std::size_t size)
{
    SecureBytes out(size);
    if (size && RAND_bytes(out.data(), int(size)) != 1)
        return {};
    return out;
}

bool SecureBytes::operator==(const SecureBytes &other) const
{
    return size() == other.size() && CRYPTO_memcmp(data(), other.data(), size()) == 0;
}

void SecureBytes::wipe()
{
    if (!m_bytes.empty())
        OPENSSL_cleanse(m_bytes.data(), m_bytes.size());
}

} // namespace Satchel
