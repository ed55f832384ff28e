// wss://: the server speaks TLS with the certificate chain and key it is given, clients
// that do not trust it (or speak plain ws://) get nowhere, and it refuses clear text off
// loopback unless told --insecure-listen. Certificates are made at test time by openssl.

#include "serverprocess.h"
#include "testcertificates.h"
#include "testclient.h"
#include "testdatabase.h"

#include <QCborArray>
#include <QHostAddress>
#include <QNetworkInterface>
#include <QSslConfiguration>
#include <QTcpSocket>
#include <QTest>

using namespace BoxOffice::Shared;
using namespace BoxOffice::Test;

class tst_Tls : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void trustedClient_helloPingListEvents();
    void untrustedClient_handshakeFails();
    void otherRootTrusted_handshakeFails();
    void pinnedCertificate_onlyThatCertificateAccepted();
    void plainClient_cannotTalkToTlsPort();
    void nonLoopbackWithoutTls_refused_data();
    void nonLoopbackWithoutTls_refused();
    void nonLoopbackInsecureListen_startsAndWarns();
    void nonLoopbackWithTls_starts();
    void badTlsFiles_clearStartupError_data();
    void badTlsFiles_clearStartupError();

private:
    QSslConfiguration trustingRoot(const QSslCertificate &root) const;
    static bool tcpConnects(const QHostAddress &address, quint16 port);

    TestDatabase m_db;
    TestCertificates m_certs;
    ServerProcess m_server;
};

QSslConfiguration tst_Tls::trustingRoot(const QSslCertificate &root) const
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setCaCertificates({root});
    return config;
}

bool tst_Tls::tcpConnects(const QHostAddress &address, quint16 port)
{
    QTcpSocket probe;
    probe.connectToHost(address, port);
    return probe.waitForConnected(2000);
}

void tst_Tls::initTestCase()
{
    QString error;
    QVERIFY2(m_db.create(QStringLiteral("tls"), &error), qPrintable(error));
    QVERIFY2(m_certs.create(&error), qPrintable(error));
    QVERIFY(!m_certs.root().isNull());
    m_server.setTls(m_certs.serverChainFile(), m_certs.serverKeyFile());
    QVERIFY2(m_server.start(m_db, {QStringLiteral("--load-demo")}, &error), qPrintable(error));
    QCOMPARE(m_server.url().scheme(), QStringLiteral("wss"));
    QVERIFY2(m_server.output().contains("listening on wss://"), m_server.output().constData());
}

void tst_Tls::trustedClient_helloPingListEvents()
{
    // The client trusts only the root; the server certificate is signed by the intermediate,
    // so this also proves that the server sends the chain from its --tls-cert file.
    TestClient client;
    client.setSslConfiguration(trustingRoot(m_certs.root()));
    QVERIFY2(client.open(m_server.url()), qPrintable(client.lastError()));
    QVERIFY(client.sslErrors().isEmpty());

    const auto pong = client.request(MessageType::Ping);
    QVERIFY(pong);
    QVERIFY2(!pong->isError(), qPrintable(pong->errorMessage()));
    const auto events = client.request(MessageType::ListEvents);
    QVERIFY(events);
    QVERIFY2(!events->isError(), qPrintable(events->errorMessage()));
    QVERIFY(!events->result().value(Key::Events).toArray().isEmpty());
}

void tst_Tls::untrustedClient_handshakeFails()
{
    // The system's CAs only: the test root is not among them.
    TestClient client;
    QVERIFY(!client.connectTo(m_server.url(), 5000));
    QVERIFY(!client.sslErrors().isEmpty());
    QVERIFY2(client.lastError().contains(QStringLiteral("TLS")), qPrintable(client.lastError()));

    // The server shrugs it off.
    TestClient good;
    good.setSslConfiguration(trustingRoot(m_certs.root()));
    QVERIFY2(good.open(m_server.url()), qPrintable(good.lastError()));
}

void tst_Tls::otherRootTrusted_handshakeFails()
{
    TestClient client;
    client.setSslConfiguration(trustingRoot(m_certs.selfSignedCertificate()));
    QVERIFY(!client.connectTo(m_server.url(), 5000));
    QVERIFY(!client.sslErrors().isEmpty());
}

void tst_Tls::pinnedCertificate_onlyThatCertificateAccepted()
{
    // What a client that pins the server's own certificate does: it ignores exactly the
    // errors that name that certificate, nothing else.
    QSslConfiguration noCas = QSslConfiguration::defaultConfiguration();
    noCas.setCaCertificates({});
    QList<QSslError> seen;
    {
        TestClient probe;
        probe.setSslConfiguration(noCas);
        QVERIFY(!probe.connectTo(m_server.url(), 5000));
        seen = probe.sslErrors();
    }
    QVERIFY(!seen.isEmpty());
    // Errors name certificates of the chain the server sent: its own and the intermediate
    // from the --tls-cert file (an unknown issuer is reported against the intermediate).
    for (const QSslError &e : std::as_const(seen))
        QVERIFY2(e.certificate() == m_certs.server() || e.certificate() == m_certs.intermediate(),
                 qPrintable(e.errorString()));

    TestClient pinned;
    pinned.setSslConfiguration(noCas);
    pinned.ignoreSslErrors(seen);
    QVERIFY2(pinned.open(m_server.url()), qPrintable(pinned.lastError()));

    // The same kinds of error for another certificate are not ignored.
    QList<QSslError> other;
    for (const QSslError &e : std::as_const(seen))
        other.append(QSslError(e.error(), m_certs.selfSignedCertificate()));
    TestClient wrongPin;
    wrongPin.setSslConfiguration(noCas);
    wrongPin.ignoreSslErrors(other);
    QVERIFY(!wrongPin.connectTo(m_server.url(), 5000));
}

void tst_Tls::plainClient_cannotTalkToTlsPort()
{
    QUrl plain = m_server.url();
    plain.setScheme(QStringLiteral("ws"));
    TestClient client;
    QVERIFY(!client.connectTo(plain, 5000));
}

void tst_Tls::nonLoopbackWithoutTls_refused_data()
{
    QTest::addColumn<QString>("address");
    QTest::newRow("ipv4Any") << QStringLiteral("0.0.0.0");
    QTest::newRow("ipv6Any") << QStringLiteral("::");
}

void tst_Tls::nonLoopbackWithoutTls_refused()
{
    QFETCH(QString, address);
    ServerProcess plain;
    QString error;
    QVERIFY(!plain.start(m_db, {QStringLiteral("--listen"), address}, &error));
    QVERIFY2(plain.exitCode() > 0, qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("refusing to listen on %1 without TLS").arg(address)),
             qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("--insecure-listen")), qPrintable(error));
}

void tst_Tls::nonLoopbackInsecureListen_startsAndWarns()
{
    ServerProcess plain;
    QString error;
    QVERIFY2(plain.start(
                 m_db,
                 {QStringLiteral("--listen"), QStringLiteral("0.0.0.0"), QStringLiteral("--insecure-listen")},
                 &error),
             qPrintable(error));
    QVERIFY2(plain.output().contains("INSECURE") && plain.output().contains("CLEAR TEXT"),
             plain.output().constData());
    QCOMPARE(plain.url().scheme(), QStringLiteral("ws"));
    TestClient client;
    QVERIFY2(client.open(plain.url()), qPrintable(client.lastError()));

    // /health and /metrics stay on loopback when the WebSocket listens on every address.
    QVERIFY(tcpConnects(QHostAddress::LocalHost, plain.httpPort()));
    bool checked = false;
    for (const QHostAddress &a : QNetworkInterface::allAddresses()) {
        if (a.isLoopback() || a.protocol() != QAbstractSocket::IPv4Protocol)
            continue;
        QVERIFY2(tcpConnects(a, plain.port()), qPrintable(a.toString()));
        QVERIFY2(!tcpConnects(a, plain.httpPort()), qPrintable(a.toString()));
        checked = true;
        break;
    }
    if (!checked)
        qInfo("no non-loopback IPv4 address here: HTTP binding checked on loopback only");
    QCOMPARE(plain.terminate(), 0);
}

void tst_Tls::nonLoopbackWithTls_starts()
{
    ServerProcess secure;
    secure.setTls(m_certs.serverChainFile(), m_certs.serverKeyFile());
    QString error;
    QVERIFY2(secure.start(m_db, {QStringLiteral("--listen"), QStringLiteral("0.0.0.0")}, &error),
             qPrintable(error));
    QVERIFY(!secure.output().contains("INSECURE"));
    TestClient client;
    client.setSslConfiguration(trustingRoot(m_certs.root()));
    QVERIFY2(client.open(secure.url()), qPrintable(client.lastError()));
    QCOMPARE(secure.terminate(), 0);
}

void tst_Tls::badTlsFiles_clearStartupError_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    const QString chain = m_certs.serverChainFile();
    const QString key = m_certs.serverKeyFile();
    const QString missing = m_certs.path(QStringLiteral("missing.pem"));
    const QString cert = QStringLiteral("--tls-cert"), keyFlag = QStringLiteral("--tls-key");
    QTest::newRow("certMissing") << QStringList{cert, missing, keyFlag, key}
                                 << QStringLiteral("cannot read the TLS certificate %1").arg(missing);
    QTest::newRow("keyMissing") << QStringList{cert, chain, keyFlag, missing}
                                << QStringLiteral("cannot read the TLS key %1").arg(missing);
    QTest::newRow("keyFlagMissing") << QStringList{cert, chain} << QStringLiteral("--tls-key is missing");
    QTest::newRow("certFlagMissing") << QStringList{keyFlag, key} << QStringLiteral("--tls-cert is missing");
    QTest::newRow("certIsAKey") << QStringList{cert, key, keyFlag, key}
                                << QStringLiteral("holds no PEM certificate");
    QTest::newRow("keyIsACertificate")
        << QStringList{cert, chain, keyFlag, chain} << QStringLiteral("holds no PEM private key");
    QTest::newRow("keyOfAnotherCertificate") << QStringList{cert, chain, keyFlag, m_certs.otherKeyFile()}
                                             << QStringLiteral("does not belong to the certificate");
}

void tst_Tls::badTlsFiles_clearStartupError()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    ServerProcess bad;
    QString error;
    QVERIFY(!bad.start(m_db, args, &error));
    QVERIFY2(bad.exitCode() > 0, qPrintable(error));
    QVERIFY2(error.contains(message), qPrintable(error));
}

QTEST_GUILESS_MAIN(tst_Tls)
#include "tst_tls.moc"
