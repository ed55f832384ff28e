#include "net/clientaddress.h"

namespace BoxOffice::Server {

namespace {

// An IPv4 peer may arrive as ::ffff:a.b.c.d on a dual-stack socket: compare as IPv4.
QHostAddress normalized(const QHostAddress &a)
{
    bool ok = false;
    const quint32 v4 = a.toIPv4Address(&ok);
    return ok ? QHostAddress(v4) : a;
}

} // namespace

bool ClientAddressResolver::configure(const QStringList &proxies, const QByteArray &header, QString *error)
{
    m_proxies.clear();
    m_header = header.trimmed();
    for (const QString &p : proxies) {
        const QString entry = p.trimmed();
        if (entry.isEmpty())
            continue;
        QPair<QHostAddress, int> subnet;
        if (entry.contains(QLatin1Char('/'))) {
            subnet = QHostAddress::parseSubnet(entry);
            if (subnet.first.isNull()) {
                *error = QStringLiteral("not an address or subnet: %1").arg(entry);
                return false;
            }
        } else {
            QHostAddress a;
            if (!a.setAddress(entry)) {
                *error = QStringLiteral("not an address or subnet: %1").arg(entry);
                return false;
            }
            a = normalized(a);
            subnet = {a, a.protocol() == QAbstractSocket::IPv4Protocol ? 32 : 128};
        }
        subnet.first = normalized(subnet.first);
        m_proxies.append(subnet);
    }
    return true;
}

bool ClientAddressResolver::isTrustedProxy(const QHostAddress &address) const
{
    const QHostAddress a = normalized(address);
    for (const auto &subnet : m_proxies) {
        if (a.isInSubnet(subnet))
            return true;
    }
    return false;
}

QString ClientAddressResolver::resolve(const QHostAddress &peer, const QByteArray &headerValue) const
{
    const QHostAddress p = normalized(peer);
    if (!usesHeader() || headerValue.isEmpty() || !isTrustedProxy(p))
        return p.toString();
    // X-Forwarded-For: "client, proxy1, proxy2"; each proxy appends the address it saw.
    const QList<QByteArray> entries = headerValue.split(',');
    for (qsizetype i = entries.size() - 1; i >= 0; --i) {
        QHostAddress a;
        if (!a.setAddress(QString::fromLatin1(entries.at(i).trimmed()))) {
            // Garbage where an address belongs: nothing to the left of it can be trusted.
            return p.toString();
        }
        a = normalized(a);
        if (!isTrustedProxy(a))
            return a.toString();
    }
    // Only proxies in the chain: the left-most is as close to the client as we know.
    QHostAddress first;
    first.setAddress(QString::fromLatin1(entries.constFirst().trimmed()));
    return normalized(first).toString();
}

} // namespace BoxOffice::Server
