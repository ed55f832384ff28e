// Issue 10: rate limits of anonymous work, against the real server and PostgreSQL, and the
// client address behind a load balancer.
//
// - new buyer sessions from one client address are limited (RateLimited, no strike for the
//   first refusal) while another address is served; the address comes from the configured
//   header only when the peer is a trusted proxy, never from any other peer;
// - Hold/BestAvailable requests per buyer session are limited, the connection is closed
//   when the client keeps going, other sessions and staff are served;
// - ClientAddressResolver's choice of address, without a server.

#include "net/clientaddress.h"

#include "serverprocess.h"
#include "testaccounts.h"
#include "testclient.h"
#include "testdatabase.h"

#include <QCborArray>
#include <QTest>

#include <memory>
#include <vector>

using namespace BoxOffice::Shared;
using namespace BoxOffice::Test;
using BoxOffice::Server::ClientAddressResolver;

namespace {
constexpr qint64 Theatre = 1;
constexpr int SessionBurst = 5;
constexpr int HoldBurst = 5;
const QString Password = QStringLiteral("rate limits test password");
const QByteArray Header = QByteArrayLiteral("X-Forwarded-For");
} // namespace

class tst_RateLimits : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void resolver_trustedPeerOnly_rightMostUntrusted();
    void buyerSessions_burstFromOneAddress_limitedWhileAnotherServed();
    void buyerSessions_headerFromUntrustedPeer_ignored();
    void holds_perSession_limited_sustainedAbuseCloses();

private:
    /** Hello and BuyerSession on a new connection with that X-Forwarded-For (none if empty). */
    std::unique_ptr<TestClient> connect(const ServerProcess &server, const QByteArray &forwardedFor);
    std::optional<Frame> newBuyerSession(TestClient &c);
    std::optional<Frame> hold(TestClient &c, int seat);

    TestDatabase m_db;
    ServerProcess m_behindProxy; // trusts 127.0.0.1 as its load balancer
    ServerProcess m_direct;      // trusts 10.9.8.7 only: loopback peers' headers are ignored
    int m_seat = 0;
};

void tst_RateLimits::initTestCase()
{
    QString error;
    QVERIFY2(m_db.create(QStringLiteral("ratelimits"), &error), qPrintable(error));
    const QStringList limits{QStringLiteral("--buyer-session-rate"), QStringLiteral("%1/600").arg(SessionBurst),
                             QStringLiteral("--hold-rate"), QStringLiteral("%1/600").arg(HoldBurst),
                             QStringLiteral("--client-address-header"), QString::fromLatin1(Header)};
    QVERIFY2(m_behindProxy.start(m_db,
                                 QStringList{QStringLiteral("--load-demo"), QStringLiteral("--trusted-proxy"),
                                             QStringLiteral("127.0.0.1")} +
                                     limits,
                                 &error),
             qPrintable(error));
    QVERIFY2(m_direct.start(m_db, QStringList{QStringLiteral("--trusted-proxy"), QStringLiteral("10.9.8.7")} + limits,
                            &error),
             qPrintable(error));
    QVERIFY(createStaffUser(m_db, QStringLiteral("clara"), QStringLiteral("clerk"), Password));
}

void tst_RateLimits::cleanupTestCase()
{
    QCOMPARE(m_behindProxy.terminate(), 0);
    QCOMPARE(m_direct.terminate(), 0);
}

std::unique_ptr<TestClient> tst_RateLimits::connect(const ServerProcess &server, const QByteArray &forwardedFor)
{
    auto c = std::make_unique<TestClient>();
    if (!forwardedFor.isEmpty())
        c->setHandshakeHeader(Header, forwardedFor);
    if (!c->openWithoutSession(server.url()))
        return nullptr;
    return c;
}

std::optional<Frame> tst_RateLimits::newBuyerSession(TestClient &c)
{
    return c.request(MessageType::BuyerSession);
}

std::optional<Frame> tst_RateLimits::hold(TestClient &c, int seat)
{
    QCborMap f;
    f.insert(Key::Event, Theatre);
    f.insert(Key::Seats, QCborArray{seat});
    return c.request(MessageType::Hold, f);
}

void tst_RateLimits::resolver_trustedPeerOnly_rightMostUntrusted()
{
    ClientAddressResolver r;
    QString error;
    QVERIFY(!r.configure({QStringLiteral("10.0.0.0/33")}, Header, &error));
    QVERIFY(!r.configure({QStringLiteral("not-an-address")}, Header, &error));
    QVERIFY2(r.configure({QStringLiteral("10.0.0.0/8"), QStringLiteral("192.0.2.1")}, Header, &error),
             qPrintable(error));
    const QHostAddress proxy(QStringLiteral("10.1.2.3"));
    const QHostAddress stranger(QStringLiteral("203.0.113.9"));
    // From a trusted proxy: the right-most address that is no proxy.
    QCOMPARE(r.resolve(proxy, "198.51.100.7"), QStringLiteral("198.51.100.7"));
    QCOMPARE(r.resolve(proxy, "1.2.3.4, 198.51.100.7, 192.0.2.1"), QStringLiteral("198.51.100.7"));
    // A dual-stack peer's mapped IPv4 address is the same proxy.
    QCOMPARE(r.resolve(QHostAddress(QStringLiteral("::ffff:10.1.2.3")), "198.51.100.7"),
             QStringLiteral("198.51.100.7"));
    // No header, garbage, or a peer that is no proxy: the peer itself.
    QCOMPARE(r.resolve(proxy, ""), QStringLiteral("10.1.2.3"));
    QCOMPARE(r.resolve(proxy, "198.51.100.7, junk"), QStringLiteral("10.1.2.3"));
    QCOMPARE(r.resolve(stranger, "198.51.100.7"), QStringLiteral("203.0.113.9"));
    // Without configuration the header means nothing.
    ClientAddressResolver none;
    QVERIFY(none.configure({}, {}, &error));
    QCOMPARE(none.resolve(proxy, "198.51.100.7"), QStringLiteral("10.1.2.3"));
}

void tst_RateLimits::buyerSessions_burstFromOneAddress_limitedWhileAnotherServed()
{
    // A burst of sessions "from" 198.51.100.7, as the trusted load balancer says.
    std::vector<std::unique_ptr<TestClient>> clients;
    int served = 0, limited = 0;
    QString token;
    for (int i = 0; i < SessionBurst + 3; ++i) {
        auto c = connect(m_behindProxy, "198.51.100.7");
        QVERIFY(c);
        const auto r = newBuyerSession(*c);
        QVERIFY(r);
        if (r->isError()) {
            QCOMPARE(r->errorCode(), ErrorCode::RateLimited);
            ++limited;
            // The first refusal is no strike, and the connection stays.
            QVERIFY(c->request(MessageType::Ping).has_value());
            QVERIFY(c->isConnected());
        } else {
            ++served;
            token = r->result().value(Key::Token).toString();
        }
        clients.push_back(std::move(c));
    }
    QCOMPARE(served, SessionBurst);
    QCOMPARE(limited, 3);
    QVERIFY(!token.isEmpty());
    // Sessions that hold nothing have no row (issue 18, attack 7).
    QCOMPARE(m_db.scalar(QStringLiteral("SELECT count(*) FROM sessions WHERE address = '198.51.100.7'")).toInt(),
             0);

    // Another address behind the same balancer is served at once.
    auto other = connect(m_behindProxy, "198.51.100.8");
    QVERIFY(other);
    const auto r = newBuyerSession(*other);
    QVERIFY2(r && !r->isError(), r ? qPrintable(r->errorMessage()) : "no reply");
    // A client that prepends an address of its own to the header gains nothing: the
    // balancer appended the one it saw, and that one counts.
    auto spoof = connect(m_behindProxy, "198.51.100.99, 198.51.100.7");
    QVERIFY(spoof);
    const auto s = newBuyerSession(*spoof);
    QVERIFY(s && s->isError());
    QCOMPARE(s->errorCode(), ErrorCode::RateLimited);
    // Resuming a session by token is no new session: not limited.
    TestClient resumed;
    resumed.setHandshakeHeader(Header, "198.51.100.7");
    QVERIFY2(resumed.open(m_behindProxy.url(), 10000, token), qPrintable(resumed.lastError()));
}

void tst_RateLimits::buyerSessions_headerFromUntrustedPeer_ignored()
{
    // m_direct trusts no loopback peer: whatever the header says, every client here is
    // 127.0.0.1, and its sessions share one bucket.
    int served = 0, limited = 0;
    std::vector<std::unique_ptr<TestClient>> clients;
    for (int i = 0; i < SessionBurst + 2; ++i) {
        auto c = connect(m_direct, QByteArray("203.0.113.") + QByteArray::number(i + 1));
        QVERIFY(c);
        const auto r = newBuyerSession(*c);
        QVERIFY(r);
        if (r->isError()) {
            QCOMPARE(r->errorCode(), ErrorCode::RateLimited);
            ++limited;
        } else {
            ++served;
        }
        clients.push_back(std::move(c));
    }
    QCOMPARE(served, SessionBurst);
    QCOMPARE(limited, 2);
    QCOMPARE(m_db.scalar(QStringLiteral("SELECT count(*) FROM sessions WHERE address LIKE '203.0.113.%'")).toInt(),
             0);
}

void tst_RateLimits::holds_perSession_limited_sustainedAbuseCloses()
{
    auto hoarder = connect(m_behindProxy, "198.51.100.20");
    QVERIFY(hoarder);
    const auto session = newBuyerSession(*hoarder);
    QVERIFY(session && !session->isError());
    for (int i = 0; i < HoldBurst; ++i) {
        const auto r = hold(*hoarder, 1000 + m_seat++);
        QVERIFY2(r && !r->isError(), r ? qPrintable(r->errorMessage()) : "no reply");
    }
    const auto first = hold(*hoarder, 1000 + m_seat++);
    QVERIFY(first && first->isError());
    QCOMPARE(first->errorCode(), ErrorCode::RateLimited);
    QVERIFY(hoarder->isConnected());

    // Another buyer, and a clerk, are served meanwhile.
    auto other = connect(m_behindProxy, "198.51.100.21");
    QVERIFY(other);
    QVERIFY(newBuyerSession(*other).has_value());
    const auto ok = hold(*other, 1000 + m_seat++);
    QVERIFY2(ok && !ok->isError(), ok ? qPrintable(ok->errorMessage()) : "no reply");
    TestClient clerk;
    QVERIFY2(clerk.openWithoutSession(m_behindProxy.url()) && clerk.signIn(QStringLiteral("clara"), Password),
             qPrintable(clerk.lastError()));
    for (int i = 0; i < HoldBurst + 3; ++i) {
        const auto r = hold(clerk, 1000 + m_seat++);
        QVERIFY2(r && !r->isError(), r ? qPrintable(r->errorMessage()) : "no reply");
    }

    // The hoarder keeps going: each further refusal is a strike, and the server closes.
    bool closed = false;
    for (int i = 0; i < 40 && !closed; ++i) {
        const qint64 id = hoarder->send(MessageType::Hold, [&] {
            QCborMap f;
            f.insert(Key::Event, Theatre);
            f.insert(Key::Seats, QCborArray{1000 + m_seat++});
            return f;
        }());
        const auto r = hoarder->waitReply(id, 5000);
        if (r) {
            QCOMPARE(r->errorCode(), ErrorCode::RateLimited);
        }
        closed = !hoarder->isConnected() || hoarder->waitForDisconnect(r ? 0 : 2000);
    }
    QVERIFY2(closed || hoarder->waitForDisconnect(5000), "a client that kept hammering was not closed");
    QCOMPARE(int(hoarder->closeCode()), int(QWebSocketProtocol::CloseCodePolicyViolated));
    // It holds what it got before the limit, nothing more.
    const QString owner = QStringLiteral("s:%1").arg(session->result().value(Key::Session).toInteger());
    QCOMPARE(m_db.scalar(QStringLiteral("SELECT count(*) FROM holds WHERE owner = ? AND state = 0"), {owner})
                 .toInt(),
             HoldBurst);
}

QTEST_GUILESS_MAIN(tst_RateLimits)
#include "tst_ratelimits.moc"
