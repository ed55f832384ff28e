#include "testcertificates.h"

#include <QFile>
#include <QProcess>

namespace BoxOffice::Test {

namespace {

// Extensions written out in full so that the result does not depend on the system's
// openssl.cnf.
constexpr char OpensslConfig[] = R"([req]
distinguished_name = dn
prompt = no
[dn]
CN = unused
[root]
basicConstraints = critical,CA:TRUE
keyUsage = critical,keyCertSign,cRLSign
subjectKeyIdentifier = hash
[intermediate]
basicConstraints = critical,CA:TRUE,pathlen:0
keyUsage = critical,keyCertSign,cRLSign
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
[server]
basicConstraints = critical,CA:FALSE
keyUsage = critical,digitalSignature,keyEncipherment
extendedKeyUsage = serverAuth
subjectAltName = DNS:localhost,IP:127.0.0.1
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
)";

QSslCertificate firstCertificate(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return QSslCertificate();
    const auto certs = QSslCertificate::fromData(f.readAll(), QSsl::Pem);
    return certs.isEmpty() ? QSslCertificate() : certs.constFirst();
}

} // namespace

bool TestCertificates::openssl(const QStringList &args, QString *error)
{
    QProcess p;
    p.setWorkingDirectory(m_dir.path());
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral("openssl"), args);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *error = QStringLiteral("openssl %1 failed (%2): %3")
                     .arg(args.join(QLatin1Char(' ')), p.errorString(), QString::fromUtf8(p.readAll()));
        return false;
    }
    return true;
}

bool TestCertificates::create(QString *error)
{
    if (!m_dir.isValid()) {
        *error = QStringLiteral("no temporary directory: %1").arg(m_dir.errorString());
        return false;
    }
    {
        QFile cnf(path(QStringLiteral("openssl.cnf")));
        if (!cnf.open(QIODevice::WriteOnly) || cnf.write(OpensslConfig) < 0) {
            *error = QStringLiteral("cannot write %1").arg(cnf.fileName());
            return false;
        }
    }
    const QStringList ec{QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                         QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes")};
    const QStringList cnf{QStringLiteral("-config"), QStringLiteral("openssl.cnf")};
    auto sign = [&](const QString &csr, const QString &ca, const QString &caKey, const QString &section,
                    const QString &serial, const QString &out) {
        return openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), csr,
                        QStringLiteral("-CA"), ca, QStringLiteral("-CAkey"), caKey,
                        QStringLiteral("-set_serial"), serial, QStringLiteral("-days"), QStringLiteral("2"),
                        QStringLiteral("-extfile"), QStringLiteral("openssl.cnf"),
                        QStringLiteral("-extensions"), section, QStringLiteral("-out"), out},
                       error);
    };
    const bool ok =
        openssl(QStringList{QStringLiteral("req"), QStringLiteral("-x509")} + ec + cnf +
                    QStringList{QStringLiteral("-extensions"), QStringLiteral("root"),
                                QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                                QStringLiteral("/CN=BoxOffice Test Root"), QStringLiteral("-keyout"),
                                QStringLiteral("root.key"), QStringLiteral("-out"),
                                QStringLiteral("root.pem")},
                error) &&
        openssl(QStringList{QStringLiteral("req"), QStringLiteral("-new")} + ec + cnf +
                    QStringList{QStringLiteral("-subj"), QStringLiteral("/CN=BoxOffice Test Intermediate"),
                                QStringLiteral("-keyout"), QStringLiteral("intermediate.key"),
                                QStringLiteral("-out"), QStringLiteral("intermediate.csr")},
                error) &&
        sign(QStringLiteral("intermediate.csr"), QStringLiteral("root.pem"), QStringLiteral("root.key"),
             QStringLiteral("intermediate"), QStringLiteral("2"), QStringLiteral("intermediate.pem"))
        // The server key is RSA, the CAs' are EC: both kinds of key are loaded by the server.
        && openssl(QStringList{QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-newkey"),
                               QStringLiteral("rsa:2048"), QStringLiteral("-nodes")} +
                       cnf +
                       QStringList{QStringLiteral("-subj"), QStringLiteral("/CN=localhost"),
                                   QStringLiteral("-keyout"), QStringLiteral("server.key"),
                                   QStringLiteral("-out"), QStringLiteral("server.csr")},
                   error) &&
        sign(QStringLiteral("server.csr"), QStringLiteral("intermediate.pem"),
             QStringLiteral("intermediate.key"), QStringLiteral("server"), QStringLiteral("3"),
             QStringLiteral("server.pem")) &&
        openssl({QStringLiteral("genpkey"), QStringLiteral("-algorithm"), QStringLiteral("EC"),
                 QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"),
                 QStringLiteral("-out"), QStringLiteral("other.key")},
                error) &&
        openssl(QStringList{QStringLiteral("req"), QStringLiteral("-x509")} + ec + cnf +
                    QStringList{QStringLiteral("-extensions"), QStringLiteral("server"),
                                QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                                QStringLiteral("/CN=localhost"), QStringLiteral("-keyout"),
                                QStringLiteral("selfsigned.key"), QStringLiteral("-out"),
                                QStringLiteral("selfsigned.pem")},
                error);
    if (!ok)
        return false;

    QFile chain(serverChainFile());
    QFile leaf(path(QStringLiteral("server.pem")));
    QFile intermediate(path(QStringLiteral("intermediate.pem")));
    if (!chain.open(QIODevice::WriteOnly) || !leaf.open(QIODevice::ReadOnly) ||
        !intermediate.open(QIODevice::ReadOnly) || chain.write(leaf.readAll() + intermediate.readAll()) < 0) {
        *error = QStringLiteral("cannot write %1").arg(chain.fileName());
        return false;
    }
    return true;
}

QSslCertificate TestCertificates::root() const
{
    return firstCertificate(path(QStringLiteral("root.pem")));
}

QSslCertificate TestCertificates::intermediate() const
{
    return firstCertificate(path(QStringLiteral("intermediate.pem")));
}

QSslCertificate TestCertificates::server() const
{
    return firstCertificate(path(QStringLiteral("server.pem")));
}

QSslCertificate TestCertificates::selfSignedCertificate() const
{
    return firstCertificate(selfSignedCertFile());
}

} // namespace BoxOffice::Test
