// A move-only byte buffer for secrets (keys, passphrase-derived material) that is wiped with
// OPENSSL_cleanse when it goes away. QByteArray is implicitly shared, so copies of a secret could
// outlive any wipe; this type has no copies.
#pragma once

#include <QByteArray>

#include <cstddef>
#include <vector>

namespace Satchel {

class SecureBytes {
public:
    SecureBytes() = default;
    explicit SecureBytes(std::size_t size);
    SecureBytes(const char *data, std::size_t size);
    ~SecureBytes();
    SecureBytes(SecureBytes &&other) noexcept;
    SecureBytes &operator=(SecureBytes &&other) noexcept;
    SecureBytes(const SecureBytes &) = delete;
    SecureBytes &operator=(const SecureBytes &) = delete;

    static SecureBytes random(std::size_t size);

    unsigned char *data() { return m_bytes.data(); }
    const unsigned char *data() const { return m_bytes.data(); }
    std::size_t size() const { return m_bytes.size(); }
    bool isEmpty() const { return m_bytes.empty(); }
    // Equality in constant time (for tests and key checks).
    bool operator==(const SecureBytes &other) const;
    bool operator!=(const SecureBytes &other) const { return !(*this == other); }

private:
    void wipe();
    std::vector<unsigned char> m_bytes;
};

} // namespace Satchel
