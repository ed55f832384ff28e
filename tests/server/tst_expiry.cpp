// Hold expiry, without waiting minutes: the test moves a hold's expiry into the past in the
// database (holds.expires_at and event_seats.hold_expires together, in one transaction),
// which is exactly what the passage of time does, since holds use the database's now().
//
// Two databases and two servers, because the sweeper works on the whole database:
// - "lazy" sweeps only every 60 s, so right after the time travel an expired hold is still
//   on its seats (state 1) and the request-time condition `hold_expires < now()` alone must
//   free them;
// - "sweeping" runs the normal 250 ms sweeper, so watchers must see expired seats go free.

#include "paysimprocess.h"
#include "serverprocess.h"
#include "testclient.h"
#include "testdatabase.h"
#include "testsales.h"

#include <QCborArray>
#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

using namespace BoxOffice::Shared;
using namespace BoxOffice::Test;

class tst_Expiry : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void expiredHold_seatsHoldableAtOnce_oldOwnerCannotOrderOrRelease();
    void expiredHold_orderRefusedAndNothingSold();
    void expiredHold_extendRefused();
    void liveHold_extendMovesForwardButNeverPastMax();
    void sweeper_watcherSeesExpiredSeatsFreeWithinOneSecond();

private:
    static QCborMap holdFields(const QList<int> &seats);
    static QCborMap holdRef(qint64 hold);
    static qint64 holdOk(TestClient &c, const QList<int> &seats);
    // Runs statements in one transaction; each must touch at least one row.
    static bool travel(TestDatabase &db, const QStringList &statements, qint64 hold);
    static bool expire(TestDatabase &db, qint64 hold);
    static QList<int> states(TestDatabase &db, const QList<int> &seats);
    static QList<qint64> holders(TestDatabase &db, const QList<int> &seats);

    TestDatabase m_lazyDb;
    TestDatabase m_db;
    PaysimProcess m_paysim;
    ServerProcess m_lazy;
    ServerProcess m_sweeping;
};

static constexpr qint64 EventId = 1; // the demo theatre: hold TTL 180 s, at most 600 s

QCborMap tst_Expiry::holdFields(const QList<int> &seats)
{
    QCborArray a;
    for (int s : seats)
        a.append(s);
    QCborMap f;
    f.insert(Key::Event, EventId);
    f.insert(Key::Seats, a);
    return f;
}

QCborMap tst_Expiry::holdRef(qint64 hold)
{
    QCborMap f;
    f.insert(Key::Event, EventId);
    f.insert(Key::Hold, hold);
    return f;
}

qint64 tst_Expiry::holdOk(TestClient &c, const QList<int> &seats)
{
    const auto r = c.request(MessageType::Hold, holdFields(seats));
    if (!r || r->isError()) {
        qWarning("hold of %d seats failed: %s", int(seats.size()),
                 r ? qPrintable(r->errorMessage()) : "no reply");
        return 0;
    }
    return r->result().value(Key::Hold).toInteger();
}

bool tst_Expiry::travel(TestDatabase &db, const QStringList &statements, qint64 hold)
{
    QSqlDatabase &conn = db.db();
    if (!conn.transaction())
        return false;
    for (const QString &sql : statements) {
        QSqlQuery q(conn);
        q.prepare(sql);
        q.addBindValue(EventId);
        q.addBindValue(hold);
        if (!q.exec() || q.numRowsAffected() < 1) {
            qWarning("time travel failed: %s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
            conn.rollback();
            return false;
        }
    }
    return conn.commit();
}

bool tst_Expiry::expire(TestDatabase &db, qint64 hold)
{
    return travel(db,
                  {QStringLiteral("UPDATE holds SET expires_at = now() - interval '1 second' "
                                  "WHERE event_id = ? AND hold_id = ?"),
                   QStringLiteral("UPDATE event_seats SET hold_expires = now() - interval '1 second' "
                                  "WHERE event_id = ? AND hold_id = ?")},
                  hold);
}

QList<int> tst_Expiry::states(TestDatabase &db, const QList<int> &seats)
{
    QList<int> out;
    for (int s : seats)
        out.append(
            db.scalar(QStringLiteral("SELECT state FROM event_seats WHERE event_id = ? AND seat_index = ?"),
                      {EventId, s})
                .toInt());
    return out;
}

QList<qint64> tst_Expiry::holders(TestDatabase &db, const QList<int> &seats)
{
    QList<qint64> out;
    for (int s : seats)
        out.append(
            db.scalar(
                  QStringLiteral(
                      "SELECT coalesce(hold_id, 0) FROM event_seats WHERE event_id = ? AND seat_index = ?"),
                  {EventId, s})
                .toLongLong());
    return out;
}

void tst_Expiry::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QString error;
    QVERIFY2(m_lazyDb.create(QStringLiteral("expiry_lazy"), &error), qPrintable(error));
    QVERIFY2(m_paysim.start(&error), qPrintable(error));
    QVERIFY2(m_db.create(QStringLiteral("expiry"), &error), qPrintable(error));
    QVERIFY2(
        m_lazy.start(m_lazyDb,
                     {QStringLiteral("--load-demo"), QStringLiteral("--sweep-ms"), QStringLiteral("60000"),
                      QStringLiteral("--gateway-url"), m_paysim.url().toString()},
                     &error),
        qPrintable(error));
    QVERIFY2(m_sweeping.start(
                 m_db, {QStringLiteral("--load-demo"), QStringLiteral("--sweep-ms"), QStringLiteral("250")},
                 &error),
             qPrintable(error));
}

void tst_Expiry::cleanupTestCase()
{
    // Nothing in this suite may have been swept on the lazy server: its first sweep comes
    // after 60 s, and the suite takes a few seconds. (The test calls bo_sweep itself once.)
    QCOMPARE(m_lazy.terminate(), 0);
    QCOMPARE(m_sweeping.terminate(), 0);
    m_paysim.stop();
}

void tst_Expiry::expiredHold_seatsHoldableAtOnce_oldOwnerCannotOrderOrRelease()
{
    TestClient a, b;
    QVERIFY2(a.open(m_lazy.url()), qPrintable(a.lastError()));
    QVERIFY2(b.open(m_lazy.url()), qPrintable(b.lastError()));
    const QList<int> seats{200, 201, 202};

    const qint64 holdA = holdOk(a, seats);
    QVERIFY(holdA > 0);
    QVERIFY(expire(m_lazyDb, holdA));
    // Still on its seats: nobody swept it. Only the expiry condition can free them.
    QCOMPARE(states(m_lazyDb, seats), QList<int>({1, 1, 1}));
    QCOMPARE(holders(m_lazyDb, seats), QList<qint64>({holdA, holdA, holdA}));

    // B asks for the expired seats plus a free one: all granted, at once.
    const qint64 holdB = holdOk(b, {199, 200, 201, 202});
    QVERIFY2(holdB > 0, "seats of an expired hold were not free for the next request");
    QCOMPARE(holders(m_lazyDb, {199, 200, 201, 202}), QList<qint64>({holdB, holdB, holdB, holdB}));

    const int salesBefore = m_lazyDb.scalar(QStringLiteral("SELECT count(*) FROM sales")).toInt();

    // A's order must be refused and sell nothing: its seats are B's now.
    ErrorCode code = ErrorCode::None;
    QCOMPARE(createOrder(a, EventId, {holdA}, &code), qint64(0));
    QCOMPARE(code, ErrorCode::HoldExpired);
    QCOMPARE(m_lazyDb.scalar(QStringLiteral("SELECT count(*) FROM sales")).toInt(), salesBefore);
    QCOMPARE(m_lazyDb.scalar(QStringLiteral("SELECT count(*) FROM orders")).toInt(), 0);

    // The sweeper, too, must leave B's seats alone even though A's hold has expired.
    QVERIFY(m_lazyDb.scalar(QStringLiteral("SELECT bo_sweep(100)")).isValid());
    QCOMPARE(states(m_lazyDb, {199, 200, 201, 202}), QList<int>({1, 1, 1, 1}));
    QCOMPARE(holders(m_lazyDb, {199, 200, 201, 202}), QList<qint64>({holdB, holdB, holdB, holdB}));
    QCOMPARE(m_lazyDb
                 .scalar(QStringLiteral("SELECT state FROM holds WHERE event_id = ? AND hold_id = ?"),
                         {EventId, holdB})
                 .toInt(),
             0);
    QCOMPARE(m_lazyDb
                 .scalar(QStringLiteral("SELECT state FROM holds WHERE event_id = ? AND hold_id = ?"),
                         {EventId, holdA})
                 .toInt(),
             3);

    // A's release (refused, or done with nothing) must not free a seat of B's.
    const auto release = a.request(MessageType::Release, holdRef(holdA));
    QVERIFY(release);
    if (!release->isError())
        QCOMPARE(release->result().value(Key::Released).toInteger(), qint64(0));
    QCOMPARE(holders(m_lazyDb, {199, 200, 201, 202}), QList<qint64>({holdB, holdB, holdB, holdB}));

    // And B can still buy what it holds.
    const TestSale sold = sellByCard(b, EventId, {holdB}, m_paysim, QStringLiteral("expiry-b-199-202"));
    QVERIFY2(sold.ok(), qPrintable(sold.message));
    QCOMPARE(states(m_lazyDb, {199, 200, 201, 202}), QList<int>({2, 2, 2, 2}));
    QCOMPARE(m_lazyDb.scalar(QStringLiteral("SELECT count(*) FROM sales")).toInt(), salesBefore + 1);
    const QStringList problems = soldSeatProblems(m_lazyDb);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char(' '))));
}

void tst_Expiry::expiredHold_orderRefusedAndNothingSold()
{
    TestClient a;
    QVERIFY2(a.open(m_lazy.url()), qPrintable(a.lastError()));
    const QList<int> seats{210, 211};
    const qint64 hold = holdOk(a, seats);
    QVERIFY(hold > 0);
    QVERIFY(expire(m_lazyDb, hold));

    // Not swept, not re-held: the seats still carry the hold, but its time is up.
    ErrorCode code = ErrorCode::None;
    QCOMPARE(createOrder(a, EventId, {hold}, &code), qint64(0));
    QCOMPARE(code, ErrorCode::HoldExpired);

    QCOMPARE(m_lazyDb
                 .scalar(QStringLiteral("SELECT count(*) FROM sales WHERE event_id = ? AND hold_id = ?"),
                         {EventId, hold})
                 .toInt(),
             0);
    QCOMPARE(m_lazyDb
                 .scalar(QStringLiteral("SELECT count(*) FROM event_seats WHERE event_id = ? AND state = 2 "
                                        "AND seat_index = ANY (ARRAY[210, 211])"),
                         {EventId})
                 .toInt(),
             0);
    QCOMPARE(m_lazyDb
                 .scalar(QStringLiteral("SELECT state FROM holds WHERE event_id = ? AND hold_id = ?"),
                         {EventId, hold})
                 .toInt(),
             0);
    // A second try fails the same way: no retry path sells an expired hold.
    QCOMPARE(createOrder(a, EventId, {hold}, &code), qint64(0));
    QCOMPARE(code, ErrorCode::HoldExpired);
    QCOMPARE(m_lazyDb.scalar(QStringLiteral("SELECT count(*) FROM orders WHERE ? = ANY (holds)"), {hold}).toInt(),
             0);
}

void tst_Expiry::expiredHold_extendRefused()
{
    TestClient a;
    QVERIFY2(a.open(m_lazy.url()), qPrintable(a.lastError()));
    const qint64 hold = holdOk(a, {220, 221});
    QVERIFY(hold > 0);
    QVERIFY(expire(m_lazyDb, hold));
    const QVariant expiresBefore = m_lazyDb.scalar(
        QStringLiteral("SELECT expires_at FROM holds WHERE event_id = ? AND hold_id = ?"), {EventId, hold});

    // Extending would bring a dead hold back to life over seats others may hold by now.
    const auto extend = a.request(MessageType::Extend, holdRef(hold));
    QVERIFY(extend);
    QVERIFY2(extend->isError(), "an expired hold was extended");
    QCOMPARE(extend->errorCode(), ErrorCode::HoldExpired);
    QCOMPARE(
        m_lazyDb.scalar(QStringLiteral("SELECT expires_at FROM holds WHERE event_id = ? AND hold_id = ?"),
                        {EventId, hold}),
        expiresBefore);
    QCOMPARE(m_lazyDb
                 .scalar(QStringLiteral("SELECT count(*) FROM event_seats WHERE event_id = ? AND hold_id = ? "
                                        "AND hold_expires >= now()"),
                         {EventId, hold})
                 .toInt(),
             0);
}

void tst_Expiry::liveHold_extendMovesForwardButNeverPastMax()
{
    TestClient a;
    QVERIFY2(a.open(m_lazy.url()), qPrintable(a.lastError()));
    const QList<int> seats{230, 231, 232};
    const qint64 hold = holdOk(a, seats);
    QVERIFY(hold > 0);

    // Ten seconds to go: an Extend must give a full TTL (180 s) again.
    QVERIFY(travel(m_lazyDb,
                   {QStringLiteral("UPDATE holds SET expires_at = now() + interval '10 seconds' WHERE "
                                   "event_id = ? AND hold_id = ?"),
                    QStringLiteral("UPDATE event_seats SET hold_expires = now() + interval '10 seconds' "
                                   "WHERE event_id = ? AND hold_id = ?")},
                   hold));
    const qint64 nearMs =
        m_lazyDb
            .scalar(QStringLiteral("SELECT (extract(epoch FROM expires_at) * 1000)::bigint FROM holds "
                                   "WHERE event_id = ? AND hold_id = ?"),
                    {EventId, hold})
            .toLongLong();
    const auto first = a.request(MessageType::Extend, holdRef(hold));
    QVERIFY(first);
    QVERIFY2(!first->isError(), qPrintable(first->errorMessage()));
    const qint64 extended = first->result().value(Key::Expires).toInteger();
    const qint64 maxMs = first->result().value(Key::MaxExpires).toInteger();
    QVERIFY2(extended > nearMs + 160 * 1000,
             qPrintable(QStringLiteral("extended only from %1 to %2").arg(nearMs).arg(extended)));
    QVERIFY(extended <= maxMs);
    // The seats carry the new expiry too, or the next request would take them early.
    QCOMPARE(m_lazyDb
                 .scalar(QStringLiteral(
                             "SELECT count(*) FROM event_seats es JOIN holds h "
                             "ON h.event_id = es.event_id AND h.hold_id = es.hold_id "
                             "WHERE h.event_id = ? AND h.hold_id = ? AND es.hold_expires = h.expires_at"),
                         {EventId, hold})
                 .toInt(),
             int(seats.size()));

    // Now the hard maximum is 5 s away and the hold expires in 2 s: Extend may only reach
    // the maximum, not a full TTL.
    QVERIFY(travel(
        m_lazyDb,
        {QStringLiteral("UPDATE holds SET max_expires_at = now() + interval '5 seconds', "
                        "expires_at = now() + interval '2 seconds' WHERE event_id = ? AND hold_id = ?"),
         QStringLiteral("UPDATE event_seats SET hold_expires = now() + interval '2 seconds' WHERE event_id = "
                        "? AND hold_id = ?")},
        hold));
    const qint64 dbMaxMs =
        m_lazyDb
            .scalar(QStringLiteral("SELECT (extract(epoch FROM max_expires_at) * 1000)::bigint FROM holds "
                                   "WHERE event_id = ? AND hold_id = ?"),
                    {EventId, hold})
            .toLongLong();
    const auto second = a.request(MessageType::Extend, holdRef(hold));
    QVERIFY(second);
    QVERIFY2(!second->isError(), qPrintable(second->errorMessage()));
    QCOMPARE(second->result().value(Key::Expires).toInteger(), dbMaxMs);
    QCOMPARE(second->result().value(Key::MaxExpires).toInteger(), dbMaxMs);
    QCOMPARE(m_lazyDb
                 .scalar(QStringLiteral("SELECT count(*) FROM holds WHERE event_id = ? AND hold_id = ? "
                                        "AND expires_at = max_expires_at"),
                         {EventId, hold})
                 .toInt(),
             1);
    QCOMPARE(m_lazyDb
                 .scalar(QStringLiteral(
                             "SELECT count(*) FROM event_seats es JOIN holds h "
                             "ON h.event_id = es.event_id AND h.hold_id = es.hold_id "
                             "WHERE h.event_id = ? AND h.hold_id = ? AND es.hold_expires = h.max_expires_at"),
                         {EventId, hold})
                 .toInt(),
             int(seats.size()));

    // At the maximum: a further Extend is refused and changes nothing.
    const auto third = a.request(MessageType::Extend, holdRef(hold));
    QVERIFY(third);
    QVERIFY2(third->isError(), "a hold was extended past its maximum lifetime");
    QCOMPARE(third->errorCode(), ErrorCode::ExtendLimit);
    QCOMPARE(m_lazyDb
                 .scalar(QStringLiteral("SELECT (extract(epoch FROM expires_at) * 1000)::bigint FROM holds "
                                        "WHERE event_id = ? AND hold_id = ?"),
                         {EventId, hold})
                 .toLongLong(),
             dbMaxMs);
    // Nowhere in this database did any hold ever get past its maximum.
    QCOMPARE(m_lazyDb.scalar(QStringLiteral("SELECT count(*) FROM holds WHERE expires_at > max_expires_at"))
                 .toInt(),
             0);
}

void tst_Expiry::sweeper_watcherSeesExpiredSeatsFreeWithinOneSecond()
{
    TestClient watcher, a;
    QVERIFY2(watcher.open(m_sweeping.url()), qPrintable(watcher.lastError()));
    QVERIFY2(a.open(m_sweeping.url()), qPrintable(a.lastError()));
    QCborMap sub;
    sub.insert(Key::Event, EventId);
    const auto subscribed = watcher.request(MessageType::Subscribe, sub);
    QVERIFY(subscribed && !subscribed->isError());
    QVERIFY(TestClient::waitUntil([&] { return watcher.hasSnapshot(EventId); }, 5000));

    const QList<int> seats{500, 501, 502, 503, 777};
    auto watched = [&](int state) {
        const QByteArray s = watcher.seatStates(EventId);
        for (int seat : seats) {
            if (seat >= s.size() || s.at(seat) != char(state))
                return false;
        }
        return true;
    };
    QVERIFY(watched(0));
    const qint64 hold = holdOk(a, seats);
    QVERIFY(hold > 0);
    QVERIFY2(TestClient::waitUntil([&] { return watched(1); }, 2000), "the watcher never saw the hold");

    QVERIFY(expire(m_db, hold));
    QElapsedTimer timer;
    timer.start();
    const bool freed = TestClient::waitUntil([&] { return watched(0); }, 5000);
    const qint64 ms = timer.elapsed();
    QVERIFY2(freed, "the watcher never saw the expired seats free");
    qInfo("expired seats shown free after %lld ms", ms);
    QVERIFY2(ms < 1000, qPrintable(QStringLiteral("expired seats shown free only after %1 ms").arg(ms)));

    // The database agrees, and the swept hold cannot be sold any more.
    QCOMPARE(states(m_db, seats), QList<int>({0, 0, 0, 0, 0}));
    QCOMPARE(m_db.scalar(QStringLiteral("SELECT state FROM holds WHERE event_id = ? AND hold_id = ?"),
                         {EventId, hold})
                 .toInt(),
             3);
    ErrorCode code = ErrorCode::None;
    QCOMPARE(createOrder(a, EventId, {hold}, &code), qint64(0));
    QCOMPARE(code, ErrorCode::HoldExpired);
    QCOMPARE(m_db.scalar(QStringLiteral("SELECT count(*) FROM sales")).toInt(), 0);
    const auto extend = a.request(MessageType::Extend, holdRef(hold));
    QVERIFY(extend && extend->isError());
    QCOMPARE(extend->errorCode(), ErrorCode::HoldExpired);
}

QTEST_GUILESS_MAIN(tst_Expiry)
#include "tst_expiry.moc"
