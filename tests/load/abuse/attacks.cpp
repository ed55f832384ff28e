#include "attacks.h"

#include "rawclient.h"

#include <QCborArray>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QThread>

#include <memory>

namespace BoxOffice::Load {

using namespace BoxOffice::Shared;

namespace {

using Clients = std::vector<std::unique_ptr<RawClient>>;

QHostAddress from(int a, int b)
{
    return QHostAddress(QStringLiteral("127.0.%1.%2").arg(a).arg(b));
}

std::unique_ptr<RawClient> client(const AttackTarget &t, const QHostAddress &source, bool buyer,
                                  const QString &token = {})
{
    auto c = std::make_unique<RawClient>();
    if (!c->open(t.port, source) || !c->start(buyer, token))
        return nullptr;
    return c;
}

// Keeps the sockets open (answering nothing) for ms, then drops them all.
void holdThenDrop(Clients &clients, int ms)
{
    QThread::msleep(ms);
    for (auto &c : clients)
        if (c)
            c->abort();
    clients.clear();
}

QString randomHex64()
{
    QString s;
    for (int i = 0; i < 8; ++i)
        s += QStringLiteral("%1").arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
    return s;
}

// 1: 2,000 GetLayout of the stadium (~190 KB each), never read, for 8 s.
void unreadLayouts(const AttackTarget &t)
{
    Clients cs;
    cs.push_back(client(t, from(0, 11), true));
    if (!cs.back())
        return;
    QByteArray burst;
    for (int i = 0; i < 2000; ++i)
        burst += RawClient::requestFrame(MessageType::GetLayout, 10 + i, {{Key::Event, 3}});
    cs.back()->send(burst);
    holdThenDrop(cs, 8000);
}

// 2: 40 connections, each the first 64 KiB of a message that claims 15.9 MiB.
void oversizedMessages(const AttackTarget &t)
{
    Clients cs;
    for (int i = 0; i < 40; ++i) {
        auto c = client(t, from(0, 12), false);
        if (!c)
            continue;
        c->send(RawClient::frame(QByteArray(64 * 1024, 'x'), 16'672'000));
        cs.push_back(std::move(c));
    }
    holdThenDrop(cs, 5000);
}

// 3: 300 pipelined ListEvents, then gone; five times.
void pipelinedListings(const AttackTarget &t)
{
    for (int round = 0; round < 5; ++round) {
        auto c = client(t, from(0, 13), true);
        if (!c)
            continue;
        QByteArray burst;
        for (int i = 0; i < 300; ++i)
            burst += RawClient::requestFrame(MessageType::ListEvents, 10 + i);
        c->send(burst);
        QThread::msleep(300);
        c->abort();
    }
    QThread::msleep(2000);
}

// 4: up to 20,000 Holds of one blocked seat (event 3, seat 0) in 10 s.
void blockedSeatHolds(const AttackTarget &t)
{
    QElapsedTimer clock;
    clock.start();
    int sent = 0;
    std::unique_ptr<RawClient> c;
    while (sent < 20000 && clock.elapsed() < 10000) {
        if (!c || !c->connected()) {
            c = client(t, from(0, 14), true);
            if (!c) {
                QThread::msleep(200);
                continue;
            }
        }
        QByteArray burst;
        for (int i = 0; i < 2000; ++i)
            burst += RawClient::requestFrame(MessageType::Hold, 10 + sent + i,
                                             {{Key::Event, 3}, {Key::Seats, QCborArray{0}}});
        c->send(burst);
        sent += 2000;
        QThread::msleep(200);
    }
    if (c)
        c->abort();
}

// 5: 30,000 resumes with made-up tokens; 10 sign-ins from each of 30 addresses; 30,000
// CancelOrder of an order that does not exist.
void tokensGuessesCancels(const AttackTarget &t)
{
    QElapsedTimer clock;
    clock.start();
    int sent = 0;
    while (sent < 30000 && clock.elapsed() < 10000) {
        auto c = client(t, from(0, 15), false);
        if (!c) {
            QThread::msleep(100);
            continue;
        }
        QByteArray burst;
        for (int i = 0; i < 200; ++i)
            burst +=
                RawClient::requestFrame(MessageType::BuyerSession, 10 + i, {{Key::Token, randomHex64()}});
        c->send(burst);
        sent += 200;
        QElapsedTimer wait;
        wait.start();
        while (c->connected() && wait.elapsed() < 1000 && c->read(200)) {
        }
        c->abort();
    }
    Clients guessers;
    for (int a = 0; a < 30; ++a) {
        auto c = std::make_unique<RawClient>();
        if (!c->open(t.port, from(1, a + 1)))
            continue;
        QByteArray burst = RawClient::requestFrame(
            MessageType::Hello, 1, {{Key::Version, ProtocolVersion}, {Key::Client, QStringLiteral("guess")}});
        for (int i = 0; i < 10; ++i)
            burst += RawClient::requestFrame(MessageType::SignIn, 10 + i,
                                             {{Key::User, QStringLiteral("nobody-%1-%2").arg(a).arg(i)},
                                              {Key::Password, QStringLiteral("guessed-password")}});
        c->send(burst);
        guessers.push_back(std::move(c));
    }
    holdThenDrop(guessers, 2000);
    Clients cs;
    cs.push_back(client(t, from(0, 16), true));
    if (!cs.back())
        return;
    for (int chunk = 0; chunk < 6; ++chunk) {
        QByteArray burst;
        for (int i = 0; i < 5000; ++i)
            burst += RawClient::requestFrame(MessageType::CancelOrder, 10 + chunk * 5000 + i,
                                             {{Key::Order, 999999999}});
        cs.back()->send(burst);
        QThread::msleep(300);
    }
    holdThenDrop(cs, 2000);
}

// 6: 2,000 connections (250 from each of 8 addresses) that never send Hello, kept 11 s.
void noHello(const AttackTarget &t)
{
    Clients cs;
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < 2000 && clock.elapsed() < 8000; ++i) {
        auto c = std::make_unique<RawClient>();
        if (c->open(t.port, from(2, 1 + i / 250), 2000))
            cs.push_back(std::move(c));
    }
    QThread::msleep(std::max<qint64>(0, 11000 - clock.elapsed()));
    holdThenDrop(cs, 0);
}

// 7: up to 1,000 BuyerSessions on one connection, asked one after another (pipelined, the
// rate limit's refusals would close the connection before the sessions granted arrive),
// then with each session granted a loop of Hold → CreateOrder (with customer text) →
// CancelOrder, for at most 20 s.
void orderLoop(const AttackTarget &t)
{
    QStringList tokens;
    {
        auto c = client(t, from(0, 17), false);
        if (!c)
            return;
        for (int i = 0; i < 1000 && c->connected(); ++i) {
            const auto r = c->request(MessageType::BuyerSession);
            if (!r || r->isError())
                break; // RateLimited: the address's burst is spent
            tokens << r->result().value(Key::Token).toString();
        }
        c->abort();
    }
    QElapsedTimer clock;
    clock.start();
    int n = 0;
    for (const QString &token : std::as_const(tokens)) {
        auto c = client(t, from(0, 17), true, token);
        if (!c)
            continue;
        for (int i = 0; i < 40 && clock.elapsed() < 20000; ++i, ++n) {
            const auto h =
                c->request(MessageType::Hold, {{Key::Event, 1}, {Key::Seats, QCborArray{700 + n % 200}}});
            if (!h || h->isError())
                break;
            const QCborMap customer{{Key::Name, QStringLiteral("attacker's text %1").arg(n)}};
            const auto o = c->request(MessageType::CreateOrder,
                                      {{Key::Event, 1},
                                       {Key::Holds, QCborArray{h->result().value(Key::Hold).toInteger()}},
                                       {Key::Customer, customer}});
            if (!o || o->isError())
                break;
            c->request(MessageType::CancelOrder, {{Key::Order, o->result().value(Key::Order).toInteger()}});
        }
        c->abort();
    }
    qInfo("order loop: %lld sessions granted, %d loops", qint64(tokens.size()), n);
}

// 8: five wrong passwords for a clerk's name and for admin, from elsewhere.
void lockout(const AttackTarget &t)
{
    auto c = client(t, from(0, 18), false);
    if (!c)
        return;
    for (const QString &user : {t.clerk, QStringLiteral("admin")})
        for (int i = 0; i < 5; ++i)
            c->request(MessageType::SignIn,
                       {{Key::User, user}, {Key::Password, QStringLiteral("wrong-%1").arg(i)}});
    c->abort();
}

// 9: 50 partial HTTP requests held open, and a header that would grow to 64 MiB.
void slowHttp(const AttackTarget &t)
{
    Clients cs;
    for (int i = 0; i < 50; ++i) {
        auto c = std::make_unique<RawClient>();
        if (!c->open(t.httpPort, from(0, 19), 2000, false))
            continue;
        c->send("GET /health HTTP/1.1\r\nHost: x\r\n");
        cs.push_back(std::move(c));
    }
    auto big = std::make_unique<RawClient>();
    if (big->open(t.httpPort, from(0, 20), 2000, false)) {
        big->send("GET /health HTTP/1.1\r\nX-Big: ");
        const QByteArray chunk(64 * 1024, 'a');
        QElapsedTimer clock;
        clock.start();
        qint64 sent = 0;
        while (sent < 64LL * 1024 * 1024 && clock.elapsed() < 5000 && big->sendAll(chunk, 200))
            sent += chunk.size();
        qInfo("64 MiB header: %lld bytes written before the server closed it", sent);
        big->abort();
    }
    holdThenDrop(cs, 6000);
}

} // namespace

std::vector<Attack> allAttacks()
{
    return {
        {QStringLiteral("unread_layouts"), unreadLayouts},
        {QStringLiteral("oversized_messages"), oversizedMessages},
        {QStringLiteral("pipelined_listings"), pipelinedListings},
        {QStringLiteral("blocked_seat_holds"), blockedSeatHolds},
        {QStringLiteral("tokens_guesses_cancels"), tokensGuessesCancels},
        {QStringLiteral("no_hello"), noHello},
        {QStringLiteral("order_loop"), orderLoop},
        {QStringLiteral("lockout"), lockout},
        {QStringLiteral("slow_http"), slowHttp},
    };
}

} // namespace BoxOffice::Load
