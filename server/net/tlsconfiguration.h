#pragma once

#include <QSslConfiguration>
#include <QString>

#include <optional>

namespace BoxOffice::Server {

/**
 * The server side of wss://: the certificate chain of certPath (PEM, server certificate
 * first), the unencrypted PEM private key of keyPath, TLS 1.2 or later, no client
 * certificates. Returns nullopt with a message naming the file and the fault when a file
 * is missing or unreadable, holds no certificate or key, the key is encrypted or does not
 * belong to the certificate, or the certificate has expired.
 */
std::optional<QSslConfiguration> loadTlsConfiguration(const QString &certPath, const QString &keyPath,
                                                      QString *error);

/** SHA-256 fingerprint of a certificate as colon-separated upper-case hex (as openssl prints it). */
QString sha256Fingerprint(const QSslCertificate &certificate);

} // namespace BoxOffice::Server
