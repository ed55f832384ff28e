// Issue 18, one hostile client against everyone else, at test size (loopback, every loop
// bounded): a client that never reads its replies, a message longer than the protocol's
// limit, connections that never say Hello or come too many from one address, browser
// origins, and the HTTP port's limits. Each test checks what the server keeps afterwards
// (memory, descriptors, connections) and that an honest client is still served.

#include "rawwebsocket.h"
#include "serverprocess.h"
#include "testclient.h"
#include "testdatabase.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTest>

#include <memory>
#include <optional>
#include <vector>

using namespace BoxOffice::Shared;
using namespace BoxOffice::Test;

namespace {

constexpr int PerAddress = 30;
constexpr int HelloTimeoutMs = 1500;
constexpr int UnsentKib = 1024;
constexpr int HttpTimeoutMs = 1000;
constexpr qint64 Stadium = 3; // Cup Final, City Stadium: a layout of ~190 KB
const QByteArray MetricsToken = "abuse-test-metrics-token-0123456789";

} // namespace

class tst_Abuse : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void unreadReplies_connectionClosedMemoryBounded();
    void oversizedMessage_closedBeforeBuffered();
    void noHello_closedAfterDeadline();
    void tooManyFromOneAddress_refusedWith4013();
    void browserOrigin_onlyListedAllowed();
    void http_slowHugeAndBodyRequestsRefused();
    void http_metricsNeedsToken();
    void signIn_counterUnaffectedByFailuresElsewhere();

private:
    QByteArray http(const QByteArray &request, int timeoutMs = 5000);
    qint64 metric(const QByteArray &name);
    int connections();
    int openFds() const;
    qint64 rssKib() const;
    bool honestClientServed();

    TestDatabase m_db;
    ServerProcess m_server;
};

void tst_Abuse::initTestCase()
{
    QString error;
    QVERIFY2(m_db.create(QStringLiteral("abuse"), &error), qPrintable(error));
    qputenv("BOXOFFICE_METRICS_TOKEN", MetricsToken);
    // 127.0.0.1 (the tests' TestClient) is the counter; RawWs from 127.0.0.2 is elsewhere.
    QVERIFY2(
        m_server.start(m_db,
                       {QStringLiteral("--load-demo"), QStringLiteral("--max-connections-per-address"),
                        QString::number(PerAddress), QStringLiteral("--hello-timeout-ms"),
                        QString::number(HelloTimeoutMs), QStringLiteral("--max-unsent-kib"),
                        QString::number(UnsentKib), QStringLiteral("--http-timeout-ms"),
                        QString::number(HttpTimeoutMs), QStringLiteral("--heartbeat"), QStringLiteral("1"),
                        QStringLiteral("--allowed-origin"), QStringLiteral("https://shop.example"),
                        QStringLiteral("--counter-network"), QStringLiteral("127.0.0.1/32")},
                       &error),
        qPrintable(error));
    qunsetenv("BOXOFFICE_METRICS_TOKEN");
}

void tst_Abuse::cleanupTestCase()
{
    QCOMPARE(m_server.terminate(), 0);
}

QByteArray tst_Abuse::http(const QByteArray &request, int timeoutMs)
{
    QTcpSocket s;
    s.connectToHost(QHostAddress::LocalHost, m_server.httpPort());
    if (!s.waitForConnected(5000))
        return {};
    s.write(request);
    QByteArray in;
    QElapsedTimer t;
    t.start();
    while (s.state() == QAbstractSocket::ConnectedState && t.elapsed() < timeoutMs) {
        if (s.waitForReadyRead(100))
            in += s.readAll();
    }
    return in + s.readAll();
}

qint64 tst_Abuse::metric(const QByteArray &name)
{
    const QByteArray body =
        http("GET /metrics HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + MetricsToken + "\r\n\r\n");
    for (const QByteArray &line : body.split('\n')) {
        if (line.startsWith(QByteArray(name + ' ')))
            return line.mid(name.size() + 1).trimmed().toLongLong();
    }
    return -1;
}

int tst_Abuse::connections()
{
    const QByteArray r = http("GET /health HTTP/1.1\r\nHost: x\r\n\r\n");
    const QJsonObject o = QJsonDocument::fromJson(r.mid(r.indexOf("\r\n\r\n") + 4)).object();
    return o.value(QStringLiteral("connections")).toInt(-1);
}

int tst_Abuse::openFds() const
{
    return int(QDir(QStringLiteral("/proc/%1/fd").arg(m_server.pid()))
                   .entryList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot)
                   .size());
}

qint64 tst_Abuse::rssKib() const
{
    QFile f(QStringLiteral("/proc/%1/status").arg(m_server.pid()));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const auto m =
        QRegularExpression(QStringLiteral("VmRSS:\\s+(\\d+)")).match(QString::fromLatin1(f.readAll()));
    return m.hasMatch() ? m.captured(1).toLongLong() : -1;
}

bool tst_Abuse::honestClientServed()
{
    TestClient c;
    QElapsedTimer t;
    t.start();
    if (!c.open(m_server.url(), 5000))
        return false;
    const auto pong = c.request(MessageType::Ping, {}, 5000);
    qInfo("honest connect + Hello + session + Ping: %lld ms", t.elapsed());
    return pong && !pong->isError();
}

void tst_Abuse::unreadReplies_connectionClosedMemoryBounded()
{
    // Attack 1: layouts asked for and never read. The cache is warm first, so that what
    // grows is the replies and nothing else.
    {
        TestClient warm;
        QVERIFY2(warm.open(m_server.url()), qPrintable(warm.lastError()));
        QCborMap f;
        f.insert(Key::Event, Stadium);
        const auto layout = warm.request(MessageType::GetLayout, f, 20000);
        QVERIFY(layout && !layout->isError());
    }
    QVERIFY(TestClient::waitUntil([&] { return connections() == 0; }, 5000));
    const int fdsBefore = openFds();
    const qint64 rssBefore = rssKib();
    const qint64 droppedBefore =
        metric("boxoffice_overflow_disconnects_total") + metric("boxoffice_heartbeat_disconnects_total");

    RawWs raw;
    QVERIFY(raw.open(m_server.port()));
    QCborMap hello;
    hello.insert(Key::Version, ProtocolVersion);
    hello.insert(Key::Client, QStringLiteral("abuse"));
    raw.send(RawWs::frame(encodeRequest(MessageType::Hello, 1, hello)) +
             RawWs::frame(encodeRequest(MessageType::BuyerSession, 2)));
    QTest::qWait(500); // the session exists before the layouts are asked for
    raw.socket().readAll();
    raw.socket().setReadBufferSize(1024); // and from now on nothing more is read
    QCborMap f;
    f.insert(Key::Event, Stadium);
    QByteArray burst;
    for (int i = 0; i < 2000; ++i) // 2000 x ~190 KB of replies, ~380 MB unbounded
        burst += RawWs::frame(encodeRequest(MessageType::GetLayout, 10 + i, f));
    raw.send(burst);

    // Its requests wait while its replies do; what it holds stays bounded.
    QTest::qWait(2000);
    const qint64 growthKib = rssKib() - rssBefore;
    qInfo("server RSS growth with the connection open: %lld KiB", growthKib);
    QVERIFY2(growthKib < 64 * 1024, qPrintable(QStringLiteral("RSS grew by %1 KiB").arg(growthKib)));
    QVERIFY(honestClientServed());
    // It answers no ping either: dropped after three heartbeats (or sooner, past a limit).
    QVERIFY2(TestClient::waitUntil([&] { return connections() == 0; }, 10000),
             "the connection that does not read was not closed");
    QCOMPARE(metric("boxoffice_overflow_disconnects_total") + metric("boxoffice_heartbeat_disconnects_total"),
             droppedBefore + 1);
    // Its socket is gone at once, not when the peer goes.
    QVERIFY2(TestClient::waitUntil([&] { return openFds() <= fdsBefore; }, 5000),
             qPrintable(QStringLiteral("%1 descriptors, %2 before").arg(openFds()).arg(fdsBefore)));
}

void tst_Abuse::oversizedMessage_closedBeforeBuffered()
{
    // Attack 2: the start of a 15.9 MiB message that never ends. The WebSocket layer refuses
    // it on its header (1009), so nothing is buffered and nothing is held.
    RawWs raw;
    QVERIFY(raw.open(m_server.port()));
    raw.send(RawWs::frame(QByteArray(128 * 1024, 'x'), 16 * 1024 * 1024 - 100));
    QElapsedTimer t;
    t.start();
    QByteArray in;
    while (raw.socket().state() == QAbstractSocket::ConnectedState && t.elapsed() < 5000) {
        if (raw.socket().waitForReadyRead(100))
            in += raw.socket().readAll();
    }
    QCOMPARE(raw.socket().state(), QAbstractSocket::UnconnectedState);
    // The close frame: opcode 0x8, code 1009.
    QVERIFY(in.size() >= 4);
    QCOMPARE(quint8(in.at(0)), quint8(0x88));
    QCOMPARE((quint8(in.at(2)) << 8) | quint8(in.at(3)), 1009);

    // A whole message over 64 KiB from a real client: closed with 1009 too.
    TestClient big;
    QVERIFY2(big.openWithoutSession(m_server.url()), qPrintable(big.lastError()));
    QCborMap m;
    m.insert(Key::Event, 1);
    m.insert(QStringLiteral("pad"), QByteArray(64 * 1024, 'x'));
    big.sendRaw(encodeRequest(MessageType::Hold, 1, m));
    QVERIFY(big.waitForDisconnect(5000));
    QCOMPARE(int(big.closeCode()), 1009);
    QVERIFY(honestClientServed());
}

void tst_Abuse::noHello_closedAfterDeadline()
{
    // Attack 6, first half: connections that never say Hello are closed after the deadline.
    QVERIFY(TestClient::waitUntil([&] { return connections() == 0; }, 5000));
    const int fdsBefore = openFds();
    const qint64 before = metric("boxoffice_connections_refused_total{reason=\"hello_timeout\"}");
    std::vector<std::unique_ptr<RawWs>> silent;
    for (int i = 0; i < 10; ++i) {
        silent.push_back(std::make_unique<RawWs>());
        QVERIFY(silent.back()->open(m_server.port()));
    }
    QCOMPARE(connections(), 10);
    QVERIFY(TestClient::waitUntil([&] { return connections() == 0; }, HelloTimeoutMs + 4000));
    QCOMPARE(metric("boxoffice_connections_refused_total{reason=\"hello_timeout\"}"), before + 10);
    QVERIFY2(TestClient::waitUntil([&] { return openFds() <= fdsBefore; }, 5000),
             qPrintable(QStringLiteral("%1 descriptors, %2 before").arg(openFds()).arg(fdsBefore)));
    QVERIFY(honestClientServed());
}

void tst_Abuse::tooManyFromOneAddress_refusedWith4013()
{
    // Attack 6, second half: PerAddress connections from 127.0.0.1, then one more.
    QVERIFY(TestClient::waitUntil([&] { return connections() == 0; }, 5000));
    const qint64 before = metric("boxoffice_connections_refused_total{reason=\"per_address\"}");
    std::vector<std::unique_ptr<TestClient>> clients;
    for (int i = 0; i < PerAddress; ++i) {
        clients.push_back(std::make_unique<TestClient>());
        QVERIFY2(clients.back()->openWithoutSession(m_server.url()), qPrintable(clients.back()->lastError()));
    }
    TestClient extra;
    extra.connectTo(m_server.url()); // the handshake and the close may arrive together
    QVERIFY(extra.waitForDisconnect(5000));
    QCOMPARE(int(extra.closeCode()), 4013);
    QCOMPARE(metric("boxoffice_connections_refused_total{reason=\"per_address\"}"), before + 1);
    // The ones admitted are served as before.
    const auto pong = clients.front()->request(MessageType::Ping);
    QVERIFY(pong && !pong->isError());
    // One goes, one more may come.
    clients.pop_back();
    QVERIFY(TestClient::waitUntil([&] { return connections() == PerAddress - 1; }, 5000));
    TestClient next;
    QVERIFY2(next.openWithoutSession(m_server.url()), qPrintable(next.lastError()));
    clients.clear();
}

void tst_Abuse::browserOrigin_onlyListedAllowed()
{
    auto connects = [&](const QString &origin) {
        QWebSocket ws(origin);
        ws.open(m_server.url());
        TestClient::waitUntil(
            [&] {
                return ws.state() == QAbstractSocket::ConnectedState ||
                       ws.state() == QAbstractSocket::UnconnectedState;
            },
            5000);
        const bool ok = ws.state() == QAbstractSocket::ConnectedState;
        ws.abort();
        return ok;
    };
    const qint64 before = metric("boxoffice_connections_refused_total{reason=\"origin\"}");
    QVERIFY(!connects(QStringLiteral("https://evil.example")));
    QVERIFY(!connects(QStringLiteral("https://shop.example.evil.example")));
    QVERIFY(connects(QStringLiteral("https://shop.example")));
    QVERIFY(connects(QString())); // the desktop client sends no Origin
    QCOMPARE(metric("boxoffice_connections_refused_total{reason=\"origin\"}"), before + 2);
}

void tst_Abuse::http_slowHugeAndBodyRequestsRefused()
{
    // Attack 9: a request that never ends is answered 408 after the timeout and closed.
    QElapsedTimer t;
    t.start();
    const QByteArray slow = http("GET /health HTTP/1.1\r\nHost: x\r\n", 10000);
    QVERIFY2(slow.startsWith("HTTP/1.1 408"), slow.constData());
    QVERIFY2(t.elapsed() < HttpTimeoutMs + 3000, qPrintable(QString::number(t.elapsed())));

    // A 64 MiB header: refused at 8 KiB, and the server does not grow by it.
    const qint64 rssBefore = rssKib();
    QTcpSocket s;
    s.connectToHost(QHostAddress::LocalHost, m_server.httpPort());
    QVERIFY(s.waitForConnected(5000));
    s.write("GET /health HTTP/1.1\r\nX-Big: ");
    QByteArray in;
    const QByteArray chunk(1024 * 1024, 'a');
    for (int i = 0; i < 64 && s.state() == QAbstractSocket::ConnectedState; ++i) {
        s.write(chunk);
        s.waitForBytesWritten(200);
        if (s.waitForReadyRead(10))
            in += s.readAll();
    }
    t.restart();
    while (s.state() == QAbstractSocket::ConnectedState && t.elapsed() < 5000) {
        if (s.waitForReadyRead(100))
            in += s.readAll();
    }
    in += s.readAll();
    QVERIFY2(in.startsWith("HTTP/1.1 431"), in.left(100).constData());
    QVERIFY(rssKib() - rssBefore < 16 * 1024);

    // A body, another method, another path.
    QVERIFY(http("POST /health HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhello")
                .startsWith("HTTP/1.1 413"));
    QVERIFY(http("DELETE /health HTTP/1.1\r\nHost: x\r\n\r\n").startsWith("HTTP/1.1 405"));
    QVERIFY(http("GET /nothing HTTP/1.1\r\nHost: x\r\n\r\n").startsWith("HTTP/1.1 404"));
    QVERIFY(http("GET /health HTTP/1.1\r\nHost: x\r\n\r\n").startsWith("HTTP/1.1 200"));
    QVERIFY(metric("boxoffice_http_refused_total") >= 5);
}

void tst_Abuse::http_metricsNeedsToken()
{
    QVERIFY(http("GET /metrics HTTP/1.1\r\nHost: x\r\n\r\n").startsWith("HTTP/1.1 401"));
    QVERIFY(http("GET /metrics HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer wrong\r\n\r\n")
                .startsWith("HTTP/1.1 401"));
    const QByteArray ok =
        http("GET /metrics HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + MetricsToken + "\r\n\r\n");
    QVERIFY(ok.startsWith("HTTP/1.1 200"));
    QVERIFY(ok.contains("boxoffice_connections_refused_total"));
    // /health stays open: load balancers ask it without a token.
    QVERIFY(http("GET /health HTTP/1.1\r\nHost: x\r\n\r\n").startsWith("HTTP/1.1 200"));
}

void tst_Abuse::signIn_counterUnaffectedByFailuresElsewhere()
{
    // Attack 8: wrong passwords for a clerk's name from another address. They slow that
    // address's guessing (growing delays), and never keep the counter out.
    const QString password = QStringLiteral("counter-password-0123");
    QProcess p;
    p.start(QCoreApplication::applicationDirPath() + QStringLiteral("/boxoffice-server"),
            {QStringLiteral("--db-host"), m_db.host(), QStringLiteral("--db-port"),
             QString::number(m_db.port()), QStringLiteral("--db-user"), m_db.user(),
             QStringLiteral("--db-name"), m_db.name(), QStringLiteral("--create-user"),
             QStringLiteral("clerk1"), QStringLiteral("--roles"), QStringLiteral("clerk")});
    p.write((password + QLatin1Char('\n')).toUtf8());
    p.closeWriteChannel();
    QVERIFY(p.waitForFinished(30000) && p.exitCode() == 0);

    RawWs elsewhere;
    QVERIFY(elsewhere.open(m_server.port(), QHostAddress(QStringLiteral("127.0.0.2"))));
    QCborMap hello;
    hello.insert(Key::Version, ProtocolVersion);
    hello.insert(Key::Client, QStringLiteral("abuse"));
    const auto helloReply = elsewhere.request(MessageType::Hello, 1, hello);
    QVERIFY(helloReply && !helloReply->isError());
    int failed = 0, limited = 0;
    for (int i = 0; i < 6; ++i) {
        QCborMap f;
        f.insert(Key::User, QStringLiteral("clerk1"));
        f.insert(Key::Password, QStringLiteral("wrong-password-%1").arg(i));
        const auto r = elsewhere.request(MessageType::SignIn, 10 + i, f);
        QVERIFY(r && r->isError());
        failed += r->errorCode() == ErrorCode::SignInFailed;
        limited += r->errorCode() == ErrorCode::RateLimited;
    }
    QCOMPARE(failed, 3);
    QCOMPARE(limited, 3);
    // Elsewhere, even the right password waits now.
    QCborMap right;
    right.insert(Key::User, QStringLiteral("clerk1"));
    right.insert(Key::Password, password);
    const auto refused = elsewhere.request(MessageType::SignIn, 20, right);
    QVERIFY(refused && refused->isError());
    QCOMPARE(int(refused->errorCode()), int(ErrorCode::RateLimited));

    // At the counter the clerk signs in at once.
    TestClient counter;
    QVERIFY2(counter.openWithoutSession(m_server.url()), qPrintable(counter.lastError()));
    QElapsedTimer t;
    t.start();
    QVERIFY2(counter.signIn(QStringLiteral("clerk1"), password), qPrintable(counter.lastError()));
    qInfo("counter sign-in after failures elsewhere: %lld ms", t.elapsed());
    QVERIFY(!m_db.scalar(QStringLiteral("SELECT locked_until IS NOT NULL FROM users WHERE name = 'clerk1'"))
                 .toBool());
}

QTEST_GUILESS_MAIN(tst_Abuse)
#include "tst_abuse.moc"
