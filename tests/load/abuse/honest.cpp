#include "honest.h"

#include "rawclient.h"

#include <QCborArray>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>

#include <algorithm>
#include <cmath>
#include <memory>

namespace BoxOffice::Load {

using namespace BoxOffice::Shared;

namespace {

constexpr qint64 Hamlet = 1;
constexpr int BuyerSeat = 990; // the honest buyer's seat (the attacks use others)
constexpr int ClerkSeat = 991; // the ticket the clerk sells itself, then checks in

double msSince(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

} // namespace

void HonestShared::record(int which, double ms)
{
    std::lock_guard<std::mutex> lock(mutex);
    Samples &s = samples.at(size_t(attack.load()));
    (which == 0 ? s.buyer : which == 1 ? s.checkIn : s.signIn).push_back(ms);
}

void HonestShared::failed()
{
    std::lock_guard<std::mutex> lock(mutex);
    ++samples.at(size_t(attack.load())).failures;
}

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const size_t i = size_t(std::ceil(p * double(v.size()))) - 1;
    return v.at(std::min(i, v.size() - 1));
}

void runHonestBuyer(HonestShared &shared)
{
    std::unique_ptr<RawClient> c;
    QString token;
    QElapsedTimer lastHold;
    while (!shared.stop) {
        if (!c || !c->connected()) {
            c = std::make_unique<RawClient>();
            if (!c->open(shared.port, QHostAddress(QStringLiteral("127.0.0.1"))) || !c->start(true, token)) {
                shared.failed();
                QThread::msleep(500);
                continue;
            }
            token = c->token();
        }
        QElapsedTimer t;
        t.start();
        if (!lastHold.isValid() || lastHold.elapsed() >= 2500) {
            // Within the buyer's hold rate (30 per minute): one Hold (and its Release) every 2.5 s.
            lastHold.start();
            const auto h =
                c->request(MessageType::Hold, {{Key::Event, Hamlet}, {Key::Seats, QCborArray{BuyerSeat}}});
            if (!h || h->isError()) {
                shared.failed();
                continue;
            }
            shared.record(0, msSince(t));
            t.restart();
            const auto r =
                c->request(MessageType::Release,
                           {{Key::Event, Hamlet}, {Key::Hold, h->result().value(Key::Hold).toInteger()}});
            if (!r || r->isError())
                shared.failed();
            else
                shared.record(0, msSince(t));
        } else {
            const auto p = c->request(MessageType::Ping);
            if (!p || p->isError())
                shared.failed();
            else
                shared.record(0, msSince(t));
        }
        QThread::msleep(100);
    }
}

void runHonestClerk(HonestShared &shared)
{
    auto signIn = [&](RawClient &c) -> bool {
        if (!c.open(shared.port, QHostAddress(QStringLiteral("127.0.0.1"))) || !c.start(false))
            return false;
        const auto r = c.request(MessageType::SignIn,
                                 {{Key::User, shared.clerk}, {Key::Password, shared.clerkPassword}});
        return r && !r->isError();
    };
    // The ticket to check in: one the clerk sells (cash) before the attacks.
    auto desk = std::make_unique<RawClient>();
    QString code;
    if (signIn(*desk)) {
        const auto h =
            desk->request(MessageType::Hold, {{Key::Event, Hamlet}, {Key::Seats, QCborArray{ClerkSeat}}});
        if (h && !h->isError()) {
            const auto o = desk->request(
                MessageType::CreateOrder,
                {{Key::Event, Hamlet}, {Key::Holds, QCborArray{h->result().value(Key::Hold).toInteger()}}});
            if (o && !o->isError()) {
                const auto p = desk->request(MessageType::PayOrder,
                                             {{Key::Order, o->result().value(Key::Order).toInteger()},
                                              {Key::PaymentKey, QStringLiteral("abusebench-key-%1")
                                                                    .arg(QCoreApplication::applicationPid(),
                                                                         10, 10, QLatin1Char('0'))},
                                              {Key::Method, QStringLiteral("cash")},
                                              {Key::Tendered, 1000000}});
                if (p && !p->isError())
                    code =
                        p->result().value(Key::Tickets).toArray().at(0).toMap().value(Key::Code).toString();
            }
        }
    }
    if (code.isEmpty()) {
        qWarning("abusebench: the clerk could not sell itself a ticket to check in");
        shared.failed();
    }
    shared.clerkReady = true;
    QElapsedTimer lastSignIn;
    lastSignIn.start();
    while (!shared.stop) {
        if (!desk->connected()) {
            desk = std::make_unique<RawClient>();
            if (!signIn(*desk)) {
                shared.failed();
                QThread::msleep(500);
                continue;
            }
        }
        QElapsedTimer t;
        t.start();
        // Any answer is the door's answer (the ticket is "already used" after the first).
        const auto r =
            desk->request(MessageType::CheckIn, {{Key::Code, code}, {Key::Gate, QStringLiteral("Gate 1")}});
        if (r)
            shared.record(1, msSince(t));
        else
            shared.failed();
        if (lastSignIn.elapsed() >= 7000) {
            // Within the per-address sign-in rate (one per 6 s after a burst of 10).
            lastSignIn.restart();
            RawClient fresh;
            t.restart();
            if (signIn(fresh))
                shared.record(2, msSince(t));
            else
                shared.failed();
            fresh.request(MessageType::SignOut, {}, 2000);
            fresh.abort();
        }
        QThread::msleep(500);
    }
}

} // namespace BoxOffice::Load
