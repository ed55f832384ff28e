#include "fakeserver.h"

#include "app/settings.h"
#include "auth/certificatedialog.h"
#include "net/certificatetrust.h"
#include "net/serverconnection.h"

#include <QFile>
#include <QLabel>
#include <QProcess>
#include <QSettings>
#include <QSslKey>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace BoxOffice;
using BoxOffice::Tests::FakeServer;
using BoxOffice::Ui::CertificateProblem;
using BoxOffice::Ui::CertificateTrust;
using BoxOffice::Ui::ServerConnection;
using State = BoxOffice::Ui::ServerConnection::State;

/**
 * The client's side of TLS against a wss:// fake server whose self-signed certificates are
 * made by the openssl command line at test time: an untrusted certificate is put to the
 * user (here: an injected decider), a pinned one is accepted without asking, and a changed
 * one is refused however the decider answers.
 */
class tst_CertificateTrust final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void untrusted_declined_refusedAndNotPinned();
    void untrusted_accepted_pinnedAndConnected();
    void pinned_acceptedWithoutAsking();
    void changed_refusedWithWarning();
    void hostPort_defaultsAndIpv6();
    void dialog_showsSubjectAndFingerprint();

private:
    struct Identity
    {
        QSslCertificate certificate;
        QSslKey key;
    };
    Identity makeIdentity(const QString &name);
    static QSslConfiguration serverConfiguration(const Identity &identity);

    QTemporaryDir m_dir;
    Identity m_first;
    Identity m_second;
};

namespace {
struct Decisions
{
    QList<CertificateProblem> asked;
    bool answer = false;
};

void installDecider(ServerConnection &connection, Decisions &decisions)
{
    connection.setTrustDecider([&decisions](const CertificateProblem &problem) {
        decisions.asked.append(problem);
        return decisions.answer;
    });
}
} // namespace

tst_CertificateTrust::Identity tst_CertificateTrust::makeIdentity(const QString &name)
{
    const QString certFile = m_dir.filePath(name + QStringLiteral(".crt"));
    const QString keyFile = m_dir.filePath(name + QStringLiteral(".key"));
    QProcess openssl;
    openssl.start(
        QStringLiteral("openssl"),
        {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
         QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
         QStringLiteral("-keyout"), keyFile, QStringLiteral("-out"), certFile, QStringLiteral("-days"),
         QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=%1/O=BoxOffice Tests").arg(name),
         QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1")});
    if (!openssl.waitForFinished(30000) || openssl.exitCode() != 0) {
        qWarning() << "openssl failed:" << openssl.readAllStandardError();
        return Identity{QSslCertificate(), QSslKey()};
    }
    QFile cert(certFile);
    QFile key(keyFile);
    if (!cert.open(QIODevice::ReadOnly) || !key.open(QIODevice::ReadOnly))
        return Identity{QSslCertificate(), QSslKey()};
    return {QSslCertificate(cert.readAll(), QSsl::Pem), QSslKey(key.readAll(), QSsl::Ec)};
}

QSslConfiguration tst_CertificateTrust::serverConfiguration(const Identity &identity)
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(identity.certificate);
    tls.setPrivateKey(identity.key);
    tls.setPeerVerifyMode(QSslSocket::VerifyNone);
    return tls;
}

void tst_CertificateTrust::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("BoxOfficeTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_certificatetrust"));
    QVERIFY(QSslSocket::supportsSsl());
    QVERIFY(m_dir.isValid());
    m_first = makeIdentity(QStringLiteral("first"));
    m_second = makeIdentity(QStringLiteral("second"));
    QVERIFY(!m_first.certificate.isNull() && !m_first.key.isNull());
    QVERIFY(!m_second.certificate.isNull() && !m_second.key.isNull());
    QVERIFY(m_first.certificate != m_second.certificate);
}

void tst_CertificateTrust::init()
{
    QSettings().clear();
}

void tst_CertificateTrust::untrusted_declined_refusedAndNotPinned()
{
    FakeServer server(serverConfiguration(m_first));
    QVERIFY(server.listen());
    QCOMPARE(server.url().scheme(), QStringLiteral("wss"));
    ServerConnection connection;
    connection.setReconnectDelays(20, 100);
    Decisions decisions;
    installDecider(connection, decisions);

    connection.open(server.url());
    QTRY_COMPARE(decisions.asked.size(), 1);
    const CertificateProblem &problem = decisions.asked.first();
    QCOMPARE(problem.kind, CertificateProblem::Kind::Untrusted);
    QCOMPARE(problem.certificate, m_first.certificate);
    QCOMPARE(problem.hostPort, QStringLiteral("127.0.0.1:%1").arg(server.port()));
    QVERIFY(!connection.isAwaitingTrust());

    QTest::qWait(300); // several reconnect delays: nothing may happen
    QCOMPARE(connection.state(), State::Disconnected);
    QCOMPARE(decisions.asked.size(), 1);
    QVERIFY(connection.reconnectRemaining() < 0);
    QVERIFY(connection.lastError().contains(QStringLiteral("not trusted")));
    QVERIFY(server.received.isEmpty()); // no Hello went over the untrusted channel
    QVERIFY(CertificateTrust().pinnedFingerprint(problem.hostPort).isEmpty());
}

void tst_CertificateTrust::untrusted_accepted_pinnedAndConnected()
{
    FakeServer server(serverConfiguration(m_first));
    QVERIFY(server.listen());
    ServerConnection connection;
    Decisions decisions;
    decisions.answer = true;
    installDecider(connection, decisions);

    connection.open(server.url());
    QTRY_COMPARE(connection.state(), State::Connected);
    QCOMPARE(decisions.asked.size(), 1);
    const QString hostPort = CertificateTrust::hostPort(server.url());
    QCOMPARE(CertificateTrust().pinnedFingerprint(hostPort),
             m_first.certificate.digest(QCryptographicHash::Sha256));
    QCOMPARE(Ui::Settings().pinnedCertificate(hostPort),
             m_first.certificate.digest(QCryptographicHash::Sha256));
}

void tst_CertificateTrust::pinned_acceptedWithoutAsking()
{
    FakeServer server(serverConfiguration(m_first));
    QVERIFY(server.listen());
    CertificateTrust().pin(CertificateTrust::hostPort(server.url()), m_first.certificate);
    ServerConnection connection;
    Decisions decisions;
    installDecider(connection, decisions);

    connection.open(server.url());
    QTRY_COMPARE(connection.state(), State::Connected);
    QVERIFY(decisions.asked.isEmpty());

    // And again after a drop: the pin holds for every reconnect.
    connection.setReconnectDelays(20, 100);
    server.dropClients();
    QTRY_COMPARE(connection.state(), State::Disconnected);
    QTRY_COMPARE(connection.state(), State::Connected);
    QVERIFY(decisions.asked.isEmpty());
}

void tst_CertificateTrust::changed_refusedWithWarning()
{
    FakeServer server(serverConfiguration(m_second));
    QVERIFY(server.listen());
    const QString hostPort = CertificateTrust::hostPort(server.url());
    CertificateTrust().pin(hostPort, m_first.certificate);
    ServerConnection connection;
    connection.setReconnectDelays(20, 100);
    Decisions decisions;
    decisions.answer = true; // even a user who clicks everything away cannot accept it
    installDecider(connection, decisions);

    connection.open(server.url());
    QTRY_COMPARE(decisions.asked.size(), 1);
    const CertificateProblem &problem = decisions.asked.first();
    QCOMPARE(problem.kind, CertificateProblem::Kind::Changed);
    QCOMPARE(problem.certificate, m_second.certificate);
    QCOMPARE(problem.pinnedFingerprint, m_first.certificate.digest(QCryptographicHash::Sha256));

    QTest::qWait(300);
    QCOMPARE(connection.state(), State::Disconnected);
    QVERIFY(connection.reconnectRemaining() < 0);
    QVERIFY(connection.lastError().contains(QStringLiteral("different certificate")));
    QVERIFY(server.received.isEmpty());
    // The old pin stays: a changed certificate never replaces it silently.
    QCOMPARE(CertificateTrust().pinnedFingerprint(hostPort),
             m_first.certificate.digest(QCryptographicHash::Sha256));
}

void tst_CertificateTrust::hostPort_defaultsAndIpv6()
{
    QCOMPARE(CertificateTrust::hostPort(QUrl(QStringLiteral("wss://Box.Example.org"))),
             QStringLiteral("box.example.org:443"));
    QCOMPARE(CertificateTrust::hostPort(QUrl(QStringLiteral("wss://10.0.0.5:9443/x"))),
             QStringLiteral("10.0.0.5:9443"));
    QCOMPARE(CertificateTrust::hostPort(QUrl(QStringLiteral("wss://[::1]:8443"))),
             QStringLiteral("[::1]:8443"));
    QCOMPARE(CertificateTrust::formatFingerprint(QByteArray::fromHex("0aff10")), QStringLiteral("0A:FF:10"));
    // Expired or revoked certificates are no mere matter of trust.
    QVERIFY(!CertificateTrust::onlyTrustErrors({QSslError(QSslError::CertificateExpired)}));
    QVERIFY(CertificateTrust::onlyTrustErrors(
        {QSslError(QSslError::SelfSignedCertificate), QSslError(QSslError::HostNameMismatch)}));
    QVERIFY(!CertificateTrust::onlyTrustErrors({}));
}

void tst_CertificateTrust::dialog_showsSubjectAndFingerprint()
{
    CertificateProblem problem;
    problem.kind = CertificateProblem::Kind::Untrusted;
    problem.hostPort = QStringLiteral("127.0.0.1:9443");
    problem.certificate = m_first.certificate;
    problem.errors = {QSslError(QSslError::SelfSignedCertificate, m_first.certificate)};
    Ui::CertificateDialog dialog(problem);
    const QString expected =
        QString::fromLatin1(m_first.certificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
    QCOMPARE(dialog.fingerprintText(), expected);
    QCOMPARE(expected.size(), 32 * 3 - 1);
    bool subjectShown = false;
    for (const QLabel *label : dialog.findChildren<QLabel *>())
        subjectShown = subjectShown || label->text().contains(QStringLiteral("first"));
    QVERIFY(subjectShown);
}

QTEST_MAIN(tst_CertificateTrust)
#include "tst_certificatetrust.moc"
