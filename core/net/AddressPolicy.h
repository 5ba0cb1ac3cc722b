// Where Satchel may send a request: the one outbound policy every fetch applies to the addresses
// a host name resolves to, before the first request and on every redirect. A credential, a baked
// image's URL, a key id or a redirect must not make the wallet reach the machine's own
// link-local services (169.254.169.254, fe80::/10), multicast or unspecified addresses, nor
// this machine itself (loopback), which only a test may allow.
//
// Qt resolves the name again when it connects; a name whose answer changes in between (DNS
// rebinding) is not covered here.
#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QList>
#include <QString>

namespace Satchel {

class AddressPolicy {
    Q_DECLARE_TR_FUNCTIONS(Satchel::AddressPolicy)
public:
    // Loopback is allowed only in tests: QStandardPaths test mode (in-process tests), or the
    // environment variable SATCHEL_TEST_LOOPBACK=1 (set by ctest for the CLI the tests start).
    static bool loopbackAllowed();

    // IPv4-mapped IPv6 addresses are judged as the IPv4 address they carry.
    static bool isAllowed(const QHostAddress &address, bool allowLoopback);

    // Every address must be allowed (an empty list is not). Error "forbidden-address".
    static Status checkAddresses(const QString &host, const QList<QHostAddress> &addresses, bool allowLoopback);

    // Resolves host (a name or a literal address) and checks what it resolves to. Errors
    // "forbidden-address", "network" (the name does not resolve).
    static Status checkHost(const QString &host, bool allowLoopback);
};

} // namespace Satchel
