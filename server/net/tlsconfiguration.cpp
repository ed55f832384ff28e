#include "net/tlsconfiguration.h"

#include <QDateTime>
#include <QCryptographicHash>
#include <QFile>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <memory>

namespace BoxOffice::Server {

namespace {

std::optional<QByteArray> readFile(const QString &path, const char *what, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read the TLS %1 %2: %3")
                     .arg(QLatin1String(what), path, file.errorString());
        return std::nullopt;
    }
    // A PEM key or chain is a few kB; refuse to slurp something that is clearly not one.
    if (file.size() > 1024 * 1024) {
        *error = QStringLiteral("the TLS %1 %2 is larger than 1 MiB; not a PEM file")
                     .arg(QLatin1String(what), path);
        return std::nullopt;
    }
    return file.readAll();
}

// Qt cannot tell whether a private key belongs to a certificate (the TLS backend only
// notices at the first handshake, far too late for a start-up error), so ask OpenSSL,
// which is Qt's TLS backend on Debian anyway.
bool keyMatchesCertificate(const QByteArray &keyPem, const QSslCertificate &certificate)
{
    const QByteArray der = certificate.toDer();
    const auto *derData = reinterpret_cast<const unsigned char *>(der.constData());
    std::unique_ptr<X509, decltype(&X509_free)> x509(d2i_X509(nullptr, &derData, long(der.size())),
                                                     X509_free);
    std::unique_ptr<BIO, decltype(&BIO_free)> bio(BIO_new_mem_buf(keyPem.constData(), int(keyPem.size())),
                                                  BIO_free);
    if (!x509 || !bio)
        return false;
    // The empty passphrase keeps OpenSSL from prompting on a terminal for an encrypted key.
    char empty[] = "";
    std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> key(
        PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, empty), EVP_PKEY_free);
    return key && X509_check_private_key(x509.get(), key.get()) == 1;
}

} // namespace

QString sha256Fingerprint(const QSslCertificate &certificate)
{
    return QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
}

std::optional<QSslConfiguration> loadTlsConfiguration(const QString &certPath, const QString &keyPath,
                                                      QString *error)
{
    if (!QSslSocket::supportsSsl()) {
        *error = QStringLiteral("TLS requested but Qt has no working TLS backend (is libssl3 installed?)");
        return std::nullopt;
    }
    const auto certPem = readFile(certPath, "certificate", error);
    if (!certPem)
        return std::nullopt;
    const QList<QSslCertificate> chain = QSslCertificate::fromData(*certPem, QSsl::Pem);
    if (chain.isEmpty() || chain.constFirst().isNull()) {
        *error = QStringLiteral("the TLS certificate %1 holds no PEM certificate").arg(certPath);
        return std::nullopt;
    }
    const QSslCertificate &leaf = chain.constFirst();
    if (leaf.expiryDate() < QDateTime::currentDateTimeUtc()) {
        *error = QStringLiteral("the TLS certificate %1 expired on %2")
                     .arg(certPath, leaf.expiryDate().toString(Qt::ISODate));
        return std::nullopt;
    }

    const auto keyPem = readFile(keyPath, "key", error);
    if (!keyPem)
        return std::nullopt;
    if (keyPem->contains("ENCRYPTED")) {
        *error = QStringLiteral("the TLS key %1 is encrypted; give the server an unencrypted key "
                                "readable only by its user")
                     .arg(keyPath);
        return std::nullopt;
    }
    QSslKey key;
    for (const QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa, QSsl::Dh}) {
        key = QSslKey(*keyPem, algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (!key.isNull())
            break;
    }
    if (key.isNull()) {
        *error = QStringLiteral("the TLS key %1 holds no PEM private key (RSA, EC, DSA or DH)").arg(keyPath);
        return std::nullopt;
    }
    if (!keyMatchesCertificate(*keyPem, leaf)) {
        *error = QStringLiteral("the TLS key %1 does not belong to the certificate in %2 (%3)")
                     .arg(keyPath, certPath, leaf.subjectDisplayName());
        return std::nullopt;
    }

    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificateChain(chain);
    config.setPrivateKey(key);
    config.setProtocol(QSsl::TlsV1_2OrLater);
    // Staff and buyers authenticate with passwords and session tokens, not client certificates.
    config.setPeerVerifyMode(QSslSocket::VerifyNone);
    return config;
}

} // namespace BoxOffice::Server
