#include "net/certificatetrust.h"

#include "app/settings.h"

#include <QCryptographicHash>

namespace BoxOffice::Ui {

QString CertificateTrust::hostPort(const QUrl &url)
{
    const bool secure = url.scheme().compare(QStringLiteral("wss"), Qt::CaseInsensitive) == 0;
    const int port = url.port(secure ? 443 : 80);
    const QString host = url.host().toLower();
    // IPv6 literals keep their brackets so that the port stays unambiguous.
    return (host.contains(u':') ? u'[' + host + u']' : host) + u':' + QString::number(port);
}

QByteArray CertificateTrust::fingerprint(const QSslCertificate &certificate)
{
    if (certificate.isNull())
        return {};
    return certificate.digest(QCryptographicHash::Sha256);
}

QString CertificateTrust::formatFingerprint(const QByteArray &fingerprint)
{
    return QString::fromLatin1(fingerprint.toHex(':').toUpper());
}

bool CertificateTrust::onlyTrustErrors(const QList<QSslError> &errors)
{
    if (errors.isEmpty())
        return false;
    for (const QSslError &error : errors) {
        switch (error.error()) {
        case QSslError::SelfSignedCertificate:
        case QSslError::SelfSignedCertificateInChain:
        case QSslError::UnableToGetIssuerCertificate:
        case QSslError::UnableToGetLocalIssuerCertificate:
        case QSslError::UnableToVerifyFirstCertificate:
        case QSslError::CertificateUntrusted:
        // The pin is bound to host:port, so a self-signed certificate made for "localhost"
        // and reached as 127.0.0.1 is still exactly the certificate the user accepted.
        case QSslError::HostNameMismatch:
            break;
        default:
            return false;
        }
    }
    return true;
}

QByteArray CertificateTrust::pinnedFingerprint(const QString &hostPort) const
{
    return Settings().pinnedCertificate(hostPort);
}

void CertificateTrust::pin(const QString &hostPort, const QSslCertificate &certificate)
{
    Settings().setPinnedCertificate(hostPort, fingerprint(certificate));
}

void CertificateTrust::forget(const QString &hostPort)
{
    Settings().setPinnedCertificate(hostPort, {});
}

CertificateTrust::Verdict CertificateTrust::evaluate(const QString &hostPort, const QSslCertificate &peer,
                                                     const QList<QSslError> &errors) const
{
    if (peer.isNull())
        return Verdict::Refuse;
    const QByteArray pinned = pinnedFingerprint(hostPort);
    if (!pinned.isEmpty() && pinned != fingerprint(peer))
        return Verdict::Changed;
    if (!onlyTrustErrors(errors))
        return Verdict::Refuse;
    return pinned.isEmpty() ? Verdict::AskUser : Verdict::Accept;
}

} // namespace BoxOffice::Ui
