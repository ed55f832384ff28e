#pragma once

#include <QByteArray>
#include <QList>
#include <QSslCertificate>
#include <QSslError>
#include <QString>
#include <QUrl>

namespace BoxOffice::Ui {

/** A server certificate that the system trust store does not vouch for. */
struct CertificateProblem
{
    enum class Kind {
        Untrusted, // self-signed or unknown issuer, never seen for this server: ask the user
        Changed,   // the server shows another certificate than the one the user trusted
        Invalid,   // expired, revoked, malformed…: nobody may accept it
    };

    Kind kind = Kind::Invalid;
    QUrl url;
    QString hostPort;
    QSslCertificate certificate;
    QByteArray pinnedFingerprint; // Changed: the one the user accepted earlier
    QList<QSslError> errors;
};

/**
 * Certificate pinning for servers with a self-signed certificate.
 *
 * A chain that the system trust store verifies never reaches this class (no sslErrors).
 * Otherwise the certificate is accepted only if the user trusted exactly this certificate
 * (its SHA-256 fingerprint, stored in QSettings per host:port) and the only complaints are
 * about trust; an expired or otherwise broken certificate stays refused even when pinned.
 */
class CertificateTrust final
{
public:
    enum class Verdict { Accept, AskUser, Changed, Refuse };

    /** "host:port" of a ws:// or wss:// URL, with the scheme's default port filled in. */
    static QString hostPort(const QUrl &url);
    static QByteArray fingerprint(const QSslCertificate &certificate);
    /** "AB:CD:…", the way browsers and `openssl x509 -fingerprint -sha256` show it. */
    static QString formatFingerprint(const QByteArray &fingerprint);
    /** True if every error only says "not trusted" (which the user may overrule). */
    static bool onlyTrustErrors(const QList<QSslError> &errors);

    QByteArray pinnedFingerprint(const QString &hostPort) const;
    void pin(const QString &hostPort, const QSslCertificate &certificate);
    void forget(const QString &hostPort);

    Verdict evaluate(const QString &hostPort, const QSslCertificate &peer,
                     const QList<QSslError> &errors) const;
};

} // namespace BoxOffice::Ui
