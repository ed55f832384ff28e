// GetLayout and BestAvailable against the demo venues (resources/demo/demo.sql): the layout a
// client decodes is the demo's, best available picks the seats nearest the stage without
// stranding single seats, holds them through the same path as Hold (audited for staff), and
// ListEvents' per-category counts follow.

#include "serverprocess.h"
#include "testaccounts.h"
#include "testclient.h"
#include "testdatabase.h"

#include "domain/seatstate.h"
#include "seatmap/seatlayout.h"

#include <QCborArray>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>

using namespace BoxOffice::Shared;
using namespace BoxOffice::Test;

namespace {
const QString Password = QStringLiteral("best available password");
constexpr qint64 Theatre = 1;     // Hamlet, Grand Theatre
constexpr qint64 SecondShow = 2;  // The Magic Flute, Grand Theatre
constexpr qint64 Stadium = 3;     // Cup Final, City Stadium
constexpr int Premium = 0;        // Stalls rows A-J
constexpr int Standard = 1;       // Stalls rows K-T, Dress Circle rows A-F
constexpr int Economy = 2;        // Dress Circle rows G-L, Balcony
constexpr int BalconySection = 2; // seats 1600..1999, 40 a row
constexpr int PerStallsRow = 50;

QList<int> seatsOf(const Frame &reply)
{
    QList<int> out;
    for (const QCborValue &v : reply.result().value(Key::Seats).toArray())
        out.append(int(v.toInteger()));
    return out;
}
} // namespace

class tst_BestAvailable : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void getLayout_theatre_matchesDemo();
    void getLayout_stadium_cachedSecondTimeFast();
    void getLayout_badInput_refused();
    void bestAvailable_premiumPair_centreOfRowA_thenNextBest_noOrphans();
    void bestAvailable_heldSeatsShowInSnapshot();
    void bestAvailable_sectionFilter_andAuditLikeHold();
    void bestAvailable_listEventsCategoryAvailableDropsByCount();
    void bestAvailable_badInput_refused();
    void bestAvailable_buyerMaySell();
    void bestAvailable_nothingFits_seatUnavailableWithMessage();
    void bestAvailable_staleMirror_retriesWithoutTheTakenSeats();

private:
    bool createUser(const QString &name, const QString &roles);
    std::optional<Frame> bestAvailable(TestClient &c, qint64 event, qint64 count, qint64 category,
                                       qint64 section = -1);
    /** State of each seat of Theatre row 0 of the stalls ("A") or of `row`, from the database. */
    QList<int> stallsRowStates(qint64 event, int row);
    qint64 categoryAvailable(TestClient &c, qint64 event, int category);

    TestDatabase m_db;
    ServerProcess m_server;
    TestClient m_clerk;
};

bool tst_BestAvailable::createUser(const QString &name, const QString &roles)
{
    return createStaffUser(m_db, name, roles, Password);
}

std::optional<Frame> tst_BestAvailable::bestAvailable(TestClient &c, qint64 event, qint64 count,
                                                      qint64 category, qint64 section)
{
    QCborMap f;
    f.insert(Key::Event, event);
    f.insert(Key::Count, count);
    f.insert(Key::Category, category);
    if (section >= 0)
        f.insert(Key::Section, section);
    return c.request(MessageType::BestAvailable, f);
}

QList<int> tst_BestAvailable::stallsRowStates(qint64 event, int row)
{
    QList<int> states;
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("SELECT state FROM event_seats WHERE event_id = ? AND seat_index BETWEEN ? AND ?"
                             " ORDER BY seat_index"));
    q.addBindValue(event);
    q.addBindValue(row * PerStallsRow);
    q.addBindValue(row * PerStallsRow + PerStallsRow - 1);
    if (!q.exec())
        return {};
    while (q.next())
        states.append(q.value(0).toInt());
    return states;
}

qint64 tst_BestAvailable::categoryAvailable(TestClient &c, qint64 event, int category)
{
    const auto reply = c.request(MessageType::ListEvents);
    if (!reply || reply->isError())
        return -1;
    for (const QCborValue &e : reply->result().value(Key::Events).toArray()) {
        if (e.toMap().value(Key::Id).toInteger() != event)
            continue;
        for (const QCborValue &cat : e.toMap().value(Key::Categories).toArray()) {
            if (cat.toMap().value(Key::Id).toInteger() == category)
                return cat.toMap().value(Key::Available).toInteger(-1);
        }
    }
    return -1;
}

void tst_BestAvailable::initTestCase()
{
    QString error;
    QVERIFY2(m_db.create(QStringLiteral("bestavailable"), &error), qPrintable(error));
    QVERIFY2(m_server.start(m_db, {QStringLiteral("--load-demo")}, &error), qPrintable(error));
    QVERIFY(createUser(QStringLiteral("clara"), QStringLiteral("clerk")));
    QVERIFY2(m_clerk.openWithoutSession(m_server.url()), qPrintable(m_clerk.lastError()));
    QVERIFY2(m_clerk.signIn(QStringLiteral("clara"), Password), qPrintable(m_clerk.lastError()));
}

void tst_BestAvailable::cleanupTestCase()
{
    QCOMPARE(m_server.terminate(), 0);
}

void tst_BestAvailable::getLayout_theatre_matchesDemo()
{
    QCborMap f;
    f.insert(Key::Event, Theatre);
    const auto reply = m_clerk.request(MessageType::GetLayout, f);
    QVERIFY(reply);
    QVERIFY2(!reply->isError(), qPrintable(reply->errorMessage()));
    QString error;
    const auto layout = decodeLayout(reply->result(), &error);
    QVERIFY2(layout, qPrintable(error));
    QCOMPARE(layout->eventId, Theatre);
    QCOMPARE(layout->eventName, QStringLiteral("Hamlet"));
    QCOMPARE(layout->venueName, QStringLiteral("Grand Theatre"));
    QCOMPARE(layout->currency, QStringLiteral("EUR"));
    QCOMPARE(layout->stageX, 0.0f);
    QCOMPARE(layout->stageY, 0.0f);
    QCOMPARE(layout->holdTtlS, 180);
    QCOMPARE(layout->holdMaxS, 600);
    QCOMPARE(layout->maxSeatsPerOrder, 10);
    QCOMPARE(layout->seatCount(), 2000);

    QCOMPARE(layout->sections.size(), 3);
    QCOMPARE(layout->sections.at(0).name, QStringLiteral("Stalls"));
    QCOMPARE(layout->sections.at(1).name, QStringLiteral("Dress Circle"));
    QCOMPARE(layout->sections.at(2).name, QStringLiteral("Balcony"));
    QCOMPARE(layout->categories.size(), 3);
    QCOMPARE(layout->categories.at(0).name, QStringLiteral("Premium"));
    QCOMPARE(layout->categories.at(0).colour, QStringLiteral("#7c3aed"));
    QCOMPARE(layout->categories.at(0).priceMinor, 8900);
    QCOMPARE(layout->categories.at(1).priceMinor, 5900);
    QCOMPARE(layout->categories.at(2).priceMinor, 2900);
    QCOMPARE(layout->rowLabels.size(), 20); // A..T (circle and balcony reuse A..L)

    const EventLayout::Seat &first = layout->seats.at(0);
    QCOMPARE(layout->sections.at(first.section).name, QStringLiteral("Stalls"));
    QCOMPARE(layout->rowLabels.at(first.row), QStringLiteral("A"));
    QCOMPARE(first.number, quint16(1));
    QCOMPARE(first.category, quint8(0));
    QCOMPARE(first.flags, quint8(EventLayout::Accessible));
    QCOMPARE(first.y, 40.0f);
    QCOMPARE(first.x, float(-24.5 * 1.2));
    const EventLayout::Seat &centre = layout->seats.at(25); // Stalls A 26
    QCOMPARE(centre.number, quint16(26));
    QCOMPARE(centre.x, float(0.5 * 1.2));
    QCOMPARE(centre.flags, quint8(0));
    const EventLayout::Seat &balcony = layout->seats.at(1999);
    QCOMPARE(layout->sections.at(balcony.section).name, QStringLiteral("Balcony"));
    QCOMPARE(layout->rowLabels.at(balcony.row), QStringLiteral("J"));
    QCOMPARE(balcony.number, quint16(40));
    QCOMPARE(layout->categories.at(balcony.category).name, QStringLiteral("Economy"));
}

void tst_BestAvailable::getLayout_stadium_cachedSecondTimeFast()
{
    QCborMap f;
    f.insert(Key::Event, Stadium);
    QElapsedTimer t;
    t.start();
    const auto first = m_clerk.request(MessageType::GetLayout, f, 30000);
    const qint64 firstMs = t.restart();
    const auto second = m_clerk.request(MessageType::GetLayout, f, 30000);
    const qint64 secondMs = t.elapsed();
    QVERIFY(first && !first->isError());
    QVERIFY(second && !second->isError());
    QCOMPARE(second->result(), first->result());
    const QByteArray records = first->result().value(Key::Seats).toByteArray();
    qInfo("stadium GetLayout: first %lld ms (database), again %lld ms (cache); seat records %lld bytes",
          firstMs, secondMs, qint64(records.size()));
    const auto layout = decodeLayout(second->result());
    QVERIFY(layout);
    QCOMPARE(layout->seatCount(), 50000);
    QCOMPARE(layout->sections.size(), 20);
    QCOMPARE(layout->sections.at(0).name, QStringLiteral("North 1"));
    QCOMPARE(layout->maxSeatsPerOrder, 8);
    QVERIFY2(secondMs < 1000, "a cached stadium layout must be served fast");
}

void tst_BestAvailable::getLayout_badInput_refused()
{
    // A connection of its own: bad input counts strikes against it.
    TestClient c;
    QVERIFY2(c.open(m_server.url()), qPrintable(c.lastError()));
    QCborMap f;
    f.insert(Key::Event, 999);
    auto reply = c.request(MessageType::GetLayout, f);
    QVERIFY(reply && reply->isError());
    QCOMPARE(int(reply->errorCode()), int(ErrorCode::UnknownEvent));
    reply = c.request(MessageType::GetLayout, {});
    QVERIFY(reply && reply->isError());
    QCOMPARE(int(reply->errorCode()), int(ErrorCode::BadField));
    f.insert(Key::Event, QStringLiteral("1"));
    reply = c.request(MessageType::GetLayout, f);
    QVERIFY(reply && reply->isError());
    QCOMPARE(int(reply->errorCode()), int(ErrorCode::BadField));
    f.insert(Key::Event, 1.0);
    reply = c.request(MessageType::GetLayout, f);
    QVERIFY(reply && reply->isError());
    QCOMPARE(int(reply->errorCode()), int(ErrorCode::BadField));
}

void tst_BestAvailable::bestAvailable_premiumPair_centreOfRowA_thenNextBest_noOrphans()
{
    // Stalls row A is nearest the stage (y = 40); seats 25 and 26 (indexes 24, 25) sit at
    // x = -0.6 and +0.6, either side of the stage's centre line.
    auto reply = bestAvailable(m_clerk, Theatre, 2, Premium);
    QVERIFY(reply);
    QVERIFY2(!reply->isError(), qPrintable(reply->errorMessage()));
    QCOMPARE(seatsOf(*reply), (QList<int>{24, 25}));
    QCOMPARE(reply->result().value(Key::Event).toInteger(), Theatre);
    QVERIFY(reply->result().value(Key::Hold).toInteger() > 0);
    QVERIFY(reply->result().value(Key::Expires).toInteger() > 0);
    QVERIFY(reply->result().value(Key::MaxExpires).toInteger() >=
            reply->result().value(Key::Expires).toInteger());
    const qint64 hold = reply->result().value(Key::Hold).toInteger();
    QCOMPARE(m_db.scalar(QStringLiteral("SELECT owner FROM holds WHERE hold_id = ?"), {hold}).toString(),
             m_clerk.owner());

    // At once again (the mirror may not have seen the first hold yet; the server then retries):
    // seats 23-24 and 27-28 are equally near, the lower index wins, and neither strands a seat.
    reply = bestAvailable(m_clerk, Theatre, 2, Premium);
    QVERIFY(reply);
    QVERIFY2(!reply->isError(), qPrintable(reply->errorMessage()));
    QCOMPARE(seatsOf(*reply), (QList<int>{22, 23}));

    // A few more pairs: row A fills from the centre outwards and never keeps a single gap.
    for (int i = 0; i < 6; ++i) {
        reply = bestAvailable(m_clerk, Theatre, 2, Premium);
        QVERIFY(reply);
        QVERIFY2(!reply->isError(), qPrintable(reply->errorMessage()));
        for (int s : seatsOf(*reply))
            QVERIFY2(s < PerStallsRow, "row A still has room for pairs");
    }
    const QList<int> rowA = stallsRowStates(Theatre, 0);
    QCOMPARE(rowA.size(), PerStallsRow);
    int gap = 0;
    for (int i = 0; i <= PerStallsRow; ++i) {
        if (i < PerStallsRow && rowA.at(i) == int(SeatState::Available)) {
            ++gap;
            continue;
        }
        QVERIFY2(gap != 1, qPrintable(QStringLiteral("a single free seat before index %1").arg(i)));
        gap = 0;
    }

    // Standard: the stalls' row K (y = 55) beats the dress circle (y = 80); its centre.
    reply = bestAvailable(m_clerk, Theatre, 2, Standard);
    QVERIFY(reply);
    QVERIFY2(!reply->isError(), qPrintable(reply->errorMessage()));
    QCOMPARE(seatsOf(*reply), (QList<int>{10 * PerStallsRow + 24, 10 * PerStallsRow + 25}));
}

void tst_BestAvailable::bestAvailable_heldSeatsShowInSnapshot()
{
    TestClient watcher;
    QVERIFY2(watcher.openWithoutSession(m_server.url()), qPrintable(watcher.lastError()));
    QVERIFY2(watcher.signIn(QStringLiteral("clara"), Password), qPrintable(watcher.lastError()));
    QCborMap f;
    f.insert(Key::Event, Theatre);
    const auto subscribed = watcher.request(MessageType::Subscribe, f);
    QVERIFY(subscribed && !subscribed->isError());
    QVERIFY(TestClient::waitUntil([&] { return watcher.hasSnapshot(Theatre); }, 10000));
    QCOMPARE(watcher.seatStates(Theatre).size(), 2000);
    // The snapshot (or, should a notification still be on its way, the next delta).
    const auto held = [&](const QList<int> &seats) {
        const QByteArray now = watcher.seatStates(Theatre);
        return std::all_of(seats.cbegin(), seats.cend(),
                           [&](int s) { return now.at(s) == char(SeatState::Held); });
    };
    QVERIFY(TestClient::waitUntil([&] { return held({22, 23, 24, 25, 524, 525}); }, 5000));
    QCOMPARE(int(watcher.seatStates(Theatre).at(0)), int(SeatState::Available));

    // And a new best-available hold reaches the watcher as a delta.
    const auto reply = bestAvailable(m_clerk, Theatre, 3, Standard);
    QVERIFY(reply && !reply->isError());
    const QList<int> seats = seatsOf(*reply);
    QCOMPARE(seats.size(), 3);
    QVERIFY(TestClient::waitUntil([&] { return held(seats); }, 5000));
}

void tst_BestAvailable::bestAvailable_sectionFilter_andAuditLikeHold()
{
    const int auditsBefore =
        m_db.scalar(QStringLiteral(
                        "SELECT count(*) FROM audit_log WHERE action = 'hold.create' AND actor = 'clara'"))
            .toInt();
    // Economy without a section: the dress circle's row G (y = 89) centre beats the balcony.
    auto reply = bestAvailable(m_clerk, SecondShow, 2, Economy);
    QVERIFY(reply);
    QVERIFY2(!reply->isError(), qPrintable(reply->errorMessage()));
    QCOMPARE(seatsOf(*reply), (QList<int>{1000 + 6 * 50 + 24, 1000 + 6 * 50 + 25}));
    // In the balcony only: its row A centre (40 a row: seats 20 and 21).
    reply = bestAvailable(m_clerk, SecondShow, 2, Economy, BalconySection);
    QVERIFY(reply);
    QVERIFY2(!reply->isError(), qPrintable(reply->errorMessage()));
    QCOMPARE(seatsOf(*reply), (QList<int>{1600 + 19, 1600 + 20}));
    // Staff holds are audited like Hold's, with the seats.
    QCOMPARE(
        m_db.scalar(QStringLiteral(
                        "SELECT count(*) FROM audit_log WHERE action = 'hold.create' AND actor = 'clara'"))
            .toInt(),
        auditsBefore + 2);
    QCOMPARE(
        m_db.scalar(QStringLiteral("SELECT (after->'seats')::text FROM audit_log WHERE action = 'hold.create'"
                                   " AND actor = 'clara' ORDER BY audit_id DESC LIMIT 1"))
            .toString(),
        QStringLiteral("[1619, 1620]"));
}

void tst_BestAvailable::bestAvailable_listEventsCategoryAvailableDropsByCount()
{
    const qint64 before = categoryAvailable(m_clerk, Theatre, Premium);
    QVERIFY(before > 0);
    // The database agrees: the category's available seats, live.
    QCOMPARE(before,
             m_db.scalar(QStringLiteral("SELECT count(*) FROM event_seats s JOIN seats st"
                                        " ON st.venue_id = 1 AND st.seat_index = s.seat_index"
                                        " WHERE s.event_id = ? AND st.category_id = ? AND s.state = 0"),
                         {Theatre, Premium})
                 .toLongLong());
    const qint64 standardBefore = categoryAvailable(m_clerk, Theatre, Standard);
    const auto reply = bestAvailable(m_clerk, Theatre, 2, Premium);
    QVERIFY(reply && !reply->isError());
    QCOMPARE(categoryAvailable(m_clerk, Theatre, Premium), before - 2);
    QCOMPARE(categoryAvailable(m_clerk, Theatre, Standard), standardBefore);
}

void tst_BestAvailable::bestAvailable_badInput_refused()
{
    // A connection of its own: bad input counts strikes against it.
    TestClient c;
    QVERIFY2(c.openWithoutSession(m_server.url()), qPrintable(c.lastError()));
    QVERIFY2(c.signIn(QStringLiteral("clara"), Password), qPrintable(c.lastError()));
    const auto expect = [&](QCborMap f, ErrorCode code) {
        const auto reply = c.request(MessageType::BestAvailable, f);
        return reply && reply->isError() && reply->errorCode() == code;
    };
    const auto fields = [](QCborValue event, QCborValue count, QCborValue category) {
        QCborMap f;
        if (!event.isUndefined())
            f.insert(Key::Event, event);
        if (!count.isUndefined())
            f.insert(Key::Count, count);
        if (!category.isUndefined())
            f.insert(Key::Category, category);
        return f;
    };
    const int heldBefore = m_db.scalar(QStringLiteral("SELECT count(*) FROM holds")).toInt();
    QVERIFY(expect(fields(Theatre, 11, Premium), ErrorCode::TooManySeats)); // max_seats_per_order 10
    QVERIFY(expect(fields(Stadium, 9, 0), ErrorCode::TooManySeats));        // max 8
    QVERIFY(expect(fields(Theatre, 0, Premium), ErrorCode::BadField));
    QVERIFY(expect(fields(Theatre, -3, Premium), ErrorCode::BadField));
    QVERIFY(expect(fields(Theatre, QStringLiteral("2"), Premium), ErrorCode::BadField));
    QVERIFY(expect(fields(Theatre, {}, Premium), ErrorCode::BadField));
    QVERIFY(expect(fields(Theatre, 2, {}), ErrorCode::BadField));
    QVERIFY(expect(fields(Theatre, 2, 9), ErrorCode::BadField)); // no such category
    QVERIFY(expect(fields(Theatre, 2, -1), ErrorCode::BadField));
    QVERIFY(expect(fields({}, 2, Premium), ErrorCode::BadField));
    QVERIFY(expect(fields(999, 2, Premium), ErrorCode::UnknownEvent));
    QCborMap f = fields(Theatre, 2, Premium);
    f.insert(Key::Section, 7); // no such section
    QVERIFY(expect(f, ErrorCode::BadField));
    f.insert(Key::Section, QStringLiteral("Stalls"));
    QVERIFY(expect(f, ErrorCode::BadField));
    QCOMPARE(m_db.scalar(QStringLiteral("SELECT count(*) FROM holds")).toInt(), heldBefore);
    QVERIFY(c.isConnected());
}

void tst_BestAvailable::bestAvailable_buyerMaySell()
{
    // permissions.cpp: BestAvailable is a Sell message, and Sell includes online buyers.
    TestClient buyer;
    QVERIFY2(buyer.open(m_server.url()), qPrintable(buyer.lastError()));
    const auto reply = bestAvailable(buyer, Stadium, 4, 1);
    QVERIFY(reply);
    QVERIFY2(!reply->isError(), qPrintable(reply->errorMessage()));
    QCOMPARE(seatsOf(*reply).size(), 4);
    const qint64 hold = reply->result().value(Key::Hold).toInteger();
    QCOMPARE(m_db.scalar(QStringLiteral("SELECT owner FROM holds WHERE hold_id = ?"), {hold}).toString(),
             buyer.owner());
    // Other staff roles may not: an organizer watches but does not sell.
    QVERIFY(createUser(QStringLiteral("olga"), QStringLiteral("organizer")));
    TestClient organizer;
    QVERIFY2(organizer.openWithoutSession(m_server.url()), qPrintable(organizer.lastError()));
    QVERIFY2(organizer.signIn(QStringLiteral("olga"), Password), qPrintable(organizer.lastError()));
    const auto refused = bestAvailable(organizer, Stadium, 2, 1);
    QVERIFY(refused && refused->isError());
    QCOMPARE(int(refused->errorCode()), int(ErrorCode::PermissionDenied));
    QCborMap f;
    f.insert(Key::Event, Stadium);
    const auto layout = organizer.request(MessageType::GetLayout, f, 30000);
    QVERIFY(layout && !layout->isError());
}

void tst_BestAvailable::bestAvailable_nothingFits_seatUnavailableWithMessage()
{
    // Event 4 has not been mirrored yet: block all but single seats of its lower tier by SQL
    // (no notification needed: the first BestAvailable loads the mirror from the database).
    QVERIFY(m_db.exec(QStringLiteral("UPDATE event_seats SET state = 3 WHERE event_id = 4 AND seat_index IN"
                                     " (SELECT seat_index FROM seats WHERE venue_id = 2 AND category_id = 0"
                                     " AND seat_number % 2 = 0)")));
    auto reply = bestAvailable(m_clerk, 4, 2, 0);
    QVERIFY(reply && reply->isError());
    QCOMPARE(int(reply->errorCode()), int(ErrorCode::SeatUnavailable));
    QCOMPARE(reply->errorMessage(), QStringLiteral("no 2 adjacent seats free in Lower tier"));
    // One seat still fits, and in a section the message names it.
    reply = bestAvailable(m_clerk, 4, 1, 0);
    QVERIFY(reply && !reply->isError());
    reply = bestAvailable(m_clerk, 4, 3, 0, 0);
    QVERIFY(reply && reply->isError());
    QCOMPARE(reply->errorMessage(), QStringLiteral("no 3 adjacent seats free in Lower tier in North 1"));
}

void tst_BestAvailable::bestAvailable_staleMirror_retriesWithoutTheTakenSeats()
{
    // Event 2's mirror is loaded (bestAvailable_sectionFilter...). Take its best Premium pair
    // behind the mirror's back (SQL sends no notification): the first choice fails in the
    // database, and the server retries without those seats.
    QVERIFY(m_db.exec(
        QStringLiteral("UPDATE event_seats SET state = 3 WHERE event_id = 2 AND seat_index IN (24, 25)")));
    const auto reply = bestAvailable(m_clerk, SecondShow, 2, Premium);
    QVERIFY(reply);
    QVERIFY2(!reply->isError(), qPrintable(reply->errorMessage()));
    QCOMPARE(seatsOf(*reply), (QList<int>{22, 23}));
}

QTEST_GUILESS_MAIN(tst_BestAvailable)
#include "tst_bestavailable.moc"
