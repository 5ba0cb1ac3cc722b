#include "AddressPolicy.h"

#include <QHostInfo>
#include <QStandardPaths>

namespace Satchel {

bool AddressPolicy::loopbackAllowed()
{
    return QStandardPaths::isTestModeEnabled() || qEnvironmentVariableIntValue("SATCHEL_TEST_LOOPBACK") == 1;
}

bool AddressPolicy::isAllowed(const QHostAddress &address, bool allowLoopback)
{
    if (address.isNull())
        return false;
    bool isV4 = false; // an IPv4 address, or an IPv6 one that maps one
    const quint32 v4 = address.toIPv4Address(&isV4);
    if (isV4 && address.protocol() == QAbstractSocket::IPv6Protocol)
        return isAllowed(QHostAddress(v4), allowLoopback);
    if (address.isLinkLocal() || address.isMulticast() || address.isBroadcast())
        return false;
    // 0.0.0.0/8 ("this network") and :: reach the local machine on most systems.
    if (address == QHostAddress(QHostAddress::AnyIPv6) || (isV4 && (v4 >> 24) == 0))
        return false;
    if (address.isLoopback())
        return allowLoopback;
    return true;
}

Status AddressPolicy::checkAddresses(const QString &host, const QList<QHostAddress> &addresses, bool allowLoopback)
{
    if (addresses.isEmpty())
        return Error{QStringLiteral("network"), tr("The host %1 has no address.").arg(Error::excerpt(host, 200))};
    for (const QHostAddress &address : addresses) {
        if (!isAllowed(address, allowLoopback))
            return Error{QStringLiteral("forbidden-address"),
                         tr("Refused to contact %1: its address %2 is link-local, multicast, unspecified or this "
                            "machine, which credentials may not make Satchel reach.")
                             .arg(Error::excerpt(host, 200), address.toString())};
    }
    return {};
}

Status AddressPolicy::checkHost(const QString &host, bool allowLoopback)
{
    QHostAddress literal;
    if (literal.setAddress(host))
        return checkAddresses(host, {literal}, allowLoopback);
    // Blocking, like the fetch it guards (fetches run on worker threads).
    const QHostInfo info = QHostInfo::fromName(host);
    if (info.error() != QHostInfo::NoError)
        return Error{QStringLiteral("network"),
                     tr("Could not resolve %1: %2").arg(Error::excerpt(host, 200), info.errorString())};
    return checkAddresses(host, info.addresses(), allowLoopback);
}

} // namespace Satchel
