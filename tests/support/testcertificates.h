#pragma once

#include <QSslCertificate>
#include <QString>
#include <QTemporaryDir>

namespace BoxOffice::Test {

/**
 * Throwaway TLS material made at test time with the openssl command line (no key is ever
 * committed): a root CA, an intermediate CA, and a server certificate for DNS:localhost and
 * IP:127.0.0.1 signed by the intermediate. All of it lives in a QTemporaryDir.
 */
class TestCertificates
{
public:
    /** Runs openssl; false with a reason (the command and its output) on failure. */
    bool create(QString *error);

    /** Server certificate followed by the intermediate: what --tls-cert takes. */
    QString serverChainFile() const { return path(QStringLiteral("server-chain.pem")); }
    /** Unencrypted private key of the server certificate: what --tls-key takes. */
    QString serverKeyFile() const { return path(QStringLiteral("server.key")); }
    /** A valid private key that belongs to no certificate here. */
    QString otherKeyFile() const { return path(QStringLiteral("other.key")); }
    /** A self-signed certificate (and its key) for DNS:localhost, IP:127.0.0.1, outside the test root. */
    QString selfSignedCertFile() const { return path(QStringLiteral("selfsigned.pem")); }
    QString selfSignedKeyFile() const { return path(QStringLiteral("selfsigned.key")); }

    /** The root a client must trust to accept the server. */
    QSslCertificate root() const;
    QSslCertificate intermediate() const;
    QSslCertificate server() const;
    QSslCertificate selfSignedCertificate() const;

    QString path(const QString &name) const { return m_dir.filePath(name); }

private:
    bool openssl(const QStringList &args, QString *error);

    QTemporaryDir m_dir;
};

} // namespace BoxOffice::Test
