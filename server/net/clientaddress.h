#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace BoxOffice::Server {

/**
 * Where a client's address comes from behind a load balancer (issue 10). By default it is
 * the TCP peer. With a header configured (e.g. X-Forwarded-For) and a list of trusted
 * proxies, a connection whose peer is a trusted proxy takes the address that header names:
 * the right-most entry that is not itself a trusted proxy (entries to its left were written
 * by the client and prove nothing). A header from any other peer is ignored, so a client
 * cannot choose its own address for the rate limits and the audit trail.
 */
class ClientAddressResolver
{
public:
    ClientAddressResolver() = default;
    /** proxies: "address" or "address/prefix" each; false (and *error) if one is malformed. */
    bool configure(const QStringList &proxies, const QByteArray &header, QString *error);

    bool usesHeader() const { return !m_header.isEmpty() && !m_proxies.isEmpty(); }
    const QByteArray &header() const { return m_header; }
    bool isTrustedProxy(const QHostAddress &address) const;
    /** The client's address as text, from the TCP peer and the handshake's header value. */
    QString resolve(const QHostAddress &peer, const QByteArray &headerValue) const;

private:
    QList<QPair<QHostAddress, int>> m_proxies;
    QByteArray m_header;
};

} // namespace BoxOffice::Server
