// Issue 11: venues, drafts and published layout versions through the real server and
// PostgreSQL (messages 40-46). The demo venues are migrated to version 1 of themselves;
// drafts are saved with the revision they were based on; publishing validates again and
// materialises a version that never changes; an event moves to a newer version only while
// nothing of it is held, sold or blocked.

#include "layout/layoutcodec.h"
#include "layout/layoutvalidator.h"
#include "seatmap/seatlayout.h"
#include "../shared/layoutsamples.h"
#include "serverprocess.h"
#include "testaccounts.h"
#include "testclient.h"
#include "testdatabase.h"

#include <QCborArray>
#include <QCoreApplication>
#include <QTest>

using namespace BoxOffice::Shared;
using namespace BoxOffice::Test;
using BoxOffice::Tests::sampleLayout;

namespace {
const QString Password = QStringLiteral("venue designer password");
constexpr qint64 Theatre = 1;
constexpr qint64 Stadium = 2;
} // namespace

class tst_Venues : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void demoVenues_migratedAsVersionOne();
    void createSavePublish_roundTrip_audited();
    void saveOverNewerRevision_refused_nothingChanged();
    void badDocuments_refused_nothingChanged();
    void publishInvalidDraft_refusedWithProblems();
    void publishStaleRevision_refused();
    void versionInUse_neverChanges();
    void moveEvent_onlyWhileNothingHeldSoldOrBlocked();
    void moveEvent_ontoStandingAreas_allowed();

private:
    QCborMap fields(std::initializer_list<std::pair<QString, QCborValue>> list);
    std::optional<Frame> save(TestClient &c, qint64 venue, qint64 revision, const LayoutDocument &doc);
    std::optional<LayoutDocument> draft(TestClient &c, qint64 venue, qint64 *revision = nullptr);
    qint64 count(const QString &sql, const QVariantList &binds = {});

    TestDatabase m_db;
    ServerProcess m_server;
    TestClient m_organizer;
    TestClient m_admin;
};

QCborMap tst_Venues::fields(std::initializer_list<std::pair<QString, QCborValue>> list)
{
    QCborMap m;
    for (const auto &[k, v] : list)
        m.insert(k, v);
    return m;
}

std::optional<Frame> tst_Venues::save(TestClient &c, qint64 venue, qint64 revision, const LayoutDocument &doc)
{
    return c.request(
        MessageType::SaveDraft,
        fields({{Key::Venue, venue}, {Key::Revision, revision}, {Key::Document, encodeLayoutWire(doc)}}),
        30000);
}

std::optional<LayoutDocument> tst_Venues::draft(TestClient &c, qint64 venue, qint64 *revision)
{
    const auto reply = c.request(MessageType::GetDraft, fields({{Key::Venue, venue}}), 30000);
    if (!reply || reply->isError())
        return std::nullopt;
    if (revision)
        *revision = reply->result().value(Key::Revision).toInteger();
    return decodeLayoutWire(reply->result().value(Key::Document).toByteArray());
}

qint64 tst_Venues::count(const QString &sql, const QVariantList &binds)
{
    return m_db.scalar(sql, binds).toLongLong();
}

void tst_Venues::initTestCase()
{
    QString error;
    QVERIFY2(m_db.create(QStringLiteral("venues"), &error), qPrintable(error));
    QVERIFY2(m_server.start(m_db, {QStringLiteral("--load-demo")}, &error), qPrintable(error));
    QVERIFY(createStaffUser(m_db, QStringLiteral("organizer1"), QStringLiteral("organizer"), Password));
    QVERIFY(createStaffUser(m_db, QStringLiteral("admin1"), QStringLiteral("admin"), Password));
    QVERIFY(createStaffUser(m_db, QStringLiteral("clerk1"), QStringLiteral("clerk"), Password));
    QVERIFY2(m_organizer.openWithoutSession(m_server.url()), qPrintable(m_organizer.lastError()));
    QVERIFY2(m_organizer.signIn(QStringLiteral("organizer1"), Password), qPrintable(m_organizer.lastError()));
    QVERIFY2(m_admin.openWithoutSession(m_server.url()), qPrintable(m_admin.lastError()));
    QVERIFY2(m_admin.signIn(QStringLiteral("admin1"), Password), qPrintable(m_admin.lastError()));
}

void tst_Venues::cleanupTestCase()
{
    QCOMPARE(m_server.terminate(), 0);
}

void tst_Venues::demoVenues_migratedAsVersionOne()
{
    const auto reply = m_organizer.request(MessageType::ListVenues);
    QVERIFY(reply && !reply->isError());
    const QCborArray venues = reply->result().value(Key::Venues).toArray();
    QVERIFY(venues.size() >= 2);
    const QCborMap theatre = venues.at(0).toMap();
    QCOMPARE(theatre.value(Key::Id).toInteger(), Theatre);
    QCOMPARE(theatre.value(Key::Name).toString(), QStringLiteral("Grand Theatre"));
    QCOMPARE(theatre.value(Key::DraftRevision).toInteger(), 1);
    const QCborArray versions = theatre.value(Key::Versions).toArray();
    QCOMPARE(versions.size(), 1);
    QCOMPARE(versions.at(0).toMap().value(Key::LayoutVersion).toInteger(), 1);
    QCOMPARE(versions.at(0).toMap().value(Key::SeatCount).toInteger(), 2000);
    QCOMPARE(versions.at(0).toMap().value(Key::Events).toInteger(), 2);

    // Version 1's document is derived from the rows, seat for seat, and is publishable.
    const auto v1 = m_organizer.request(MessageType::GetLayoutVersion,
                                        fields({{Key::Venue, Theatre}, {Key::LayoutVersion, 1}}), 30000);
    QVERIFY(v1 && !v1->isError());
    QString error;
    const auto doc = decodeLayoutWire(v1->result().value(Key::Document).toByteArray(), &error);
    QVERIFY2(doc, qPrintable(error));
    QCOMPARE(doc->seats.size(), 2000);
    QCOMPARE(doc->sections.size(), 3);
    QCOMPARE(doc->rows.size(), 20 + 12 + 10);
    QCOMPARE(doc->categories.size(), 3);
    QVERIFY2(validateLayout(*doc).ok(), qPrintable(validateLayout(*doc).problems.value(0).message));
    const LayoutDocument::Seat &last = doc->seats.last();
    QCOMPARE(doc->rowLabelOf(last),
             m_db.scalar(QStringLiteral("SELECT row_label FROM seats WHERE layout_id = 1"
                                        " AND seat_index = 1999"))
                 .toString());
    QCOMPARE(last.number, 40);
    QCOMPARE(doc->seats.at(0).flags, quint8(LayoutDocument::Wheelchair));
    QCOMPARE(doc->seats.at(2).flags, quint8(0));

    // The draft starts equal to it.
    qint64 revision = -1;
    const auto d = draft(m_organizer, Theatre, &revision);
    QVERIFY(d);
    QCOMPARE(revision, 1);
    QCOMPARE(*d, *doc);
}

void tst_Venues::createSavePublish_roundTrip_audited()
{
    const auto created = m_organizer.request(
        MessageType::CreateVenue,
        fields({{Key::Name, QStringLiteral("Garden Hall")}, {Key::City, QStringLiteral("Graz")}}));
    QVERIFY(created && !created->isError());
    const qint64 venue = created->result().value(Key::Venue).toInteger();
    QVERIFY(venue > Stadium);
    qint64 revision = -1;
    const auto empty = draft(m_organizer, venue, &revision);
    QVERIFY(empty);
    QCOMPARE(revision, 0);
    QCOMPARE(*empty, LayoutDocument());

    const LayoutDocument doc = sampleLayout();
    const auto saved = save(m_organizer, venue, 0, doc);
    QVERIFY(saved);
    QVERIFY2(!saved->isError(), qPrintable(saved->errorMessage()));
    QCOMPARE(saved->result().value(Key::Revision).toInteger(), 1);
    QCOMPARE(saved->result().value(Key::Problems).toInteger(), 0);
    const auto back = draft(m_organizer, venue, &revision);
    QVERIFY(back);
    QCOMPARE(revision, 1);
    QCOMPARE(*back, doc);

    const auto published = m_organizer.request(MessageType::PublishDraft,
                                               fields({{Key::Venue, venue}, {Key::Revision, 1}}), 30000);
    QVERIFY(published);
    QVERIFY2(!published->isError(), qPrintable(published->errorMessage()));
    QCOMPARE(published->result().value(Key::LayoutVersion).toInteger(), 1);
    QCOMPARE(published->result().value(Key::SeatCount).toInteger(), 16 + 150);
    const qint64 layout = published->result().value(Key::Layout).toInteger();

    // The rows the events sell on: dense indexes, seats then the standing places.
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM seats WHERE layout_id = ?"), {layout}), 166);
    QCOMPARE(count(QStringLiteral("SELECT max(seat_index) FROM seats WHERE layout_id = ?"), {layout}), 165);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM seats WHERE layout_id = ? AND x IS NULL"
                                  " AND row_label = 'Lawn' AND seat_index >= 16"),
                   {layout}),
             150);
    QCOMPARE(
        count(QStringLiteral("SELECT flags FROM seats WHERE layout_id = ? AND seat_index = 11"), {layout}),
        qint64(LayoutDocument::RestrictedView));
    QCOMPARE(m_db.scalar(QStringLiteral("SELECT note FROM seats WHERE layout_id = ? AND seat_index = 11"),
                         {layout})
                 .toString(),
             QStringLiteral("pillar"));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM seats WHERE layout_id = ? AND row_label = 'T1'"),
                   {layout}),
             4);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM price_categories WHERE layout_id = ?"), {layout}), 2);

    // The version reads back as the document published.
    const auto v = m_admin.request(MessageType::GetLayoutVersion,
                                   fields({{Key::Venue, venue}, {Key::LayoutVersion, 1}}));
    QVERIFY(v && !v->isError());
    QCOMPARE(decodeLayoutWire(v->result().value(Key::Document).toByteArray()),
             std::optional<LayoutDocument>(doc));

    const QString target = QStringLiteral("venue:%1").arg(venue);
    for (const char *action : {"venue.create", "layout.draft.save", "layout.publish"}) {
        QCOMPARE(
            count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = ? AND target = ?"
                                 " AND actor = 'organizer1' AND role = 'organizer' AND address IS NOT NULL"),
                  {QString::fromLatin1(action), target}),
            1);
    }
}

void tst_Venues::saveOverNewerRevision_refused_nothingChanged()
{
    const auto created =
        m_admin.request(MessageType::CreateVenue, fields({{Key::Name, QStringLiteral("Two Editors")}}));
    QVERIFY(created && !created->isError());
    const qint64 venue = created->result().value(Key::Venue).toInteger();
    LayoutDocument mine = sampleLayout();
    LayoutDocument theirs = sampleLayout();
    theirs.sections[0].name = QStringLiteral("Theirs");

    // Both opened revision 0; the admin saves first.
    const auto first = save(m_admin, venue, 0, theirs);
    QVERIFY(first && !first->isError());
    const auto second = save(m_organizer, venue, 0, mine);
    QVERIFY(second && second->isError());
    QCOMPARE(int(second->errorCode()), int(ErrorCode::DraftConflict));
    QCOMPARE(second->body.value(Key::Revision).toInteger(), 1);
    QVERIFY2(second->errorMessage().contains(QLatin1String("admin1")), qPrintable(second->errorMessage()));

    qint64 revision = -1;
    QCOMPARE(draft(m_organizer, venue, &revision), std::optional<LayoutDocument>(theirs));
    QCOMPARE(revision, 1);
    QCOMPARE(count(QStringLiteral(
                       "SELECT count(*) FROM audit_log WHERE action = 'layout.draft.save' AND target = ?"),
                   {QStringLiteral("venue:%1").arg(venue)}),
             1);

    // Based on the revision it read, the save goes through.
    const auto third = save(m_organizer, venue, 1, mine);
    QVERIFY(third && !third->isError());
    QCOMPARE(third->result().value(Key::Revision).toInteger(), 2);
    QCOMPARE(draft(m_admin, venue), std::optional<LayoutDocument>(mine));
}

void tst_Venues::badDocuments_refused_nothingChanged()
{
    qint64 before = -1;
    const auto original = draft(m_organizer, Theatre, &before);
    QVERIFY(original);
    QByteArray huge = encodeLayoutWire(sampleLayout());
    huge[0] = char(0x7f); // claims ~2 GB uncompressed
    const QByteArray notCbor = qCompress(QByteArray("no layout here"));
    QCborMap badTree = layoutToCbor(sampleLayout());
    badTree.insert(QStringLiteral("seats"), QCborArray{QCborMap{{QStringLiteral("x"), 1}}});
    const QByteArray badSeat = qCompress(QCborValue(badTree).toCbor());
    for (const QByteArray &bytes : {QByteArray("garbage"), huge, notCbor, badSeat}) {
        const auto reply = m_organizer.request(
            MessageType::SaveDraft,
            fields({{Key::Venue, Theatre}, {Key::Revision, before}, {Key::Document, bytes}}));
        QVERIFY(reply && reply->isError());
        QCOMPARE(int(reply->errorCode()), int(ErrorCode::LayoutMalformed));
    }
    // A text where bytes belong, and no document at all.
    for (const QCborValue &v : {QCborValue(QStringLiteral("{}")), QCborValue()}) {
        QCborMap f = fields({{Key::Venue, Theatre}, {Key::Revision, before}});
        if (!v.isUndefined())
            f.insert(Key::Document, v);
        const auto reply = m_organizer.request(MessageType::SaveDraft, f);
        QVERIFY(reply && reply->isError());
        QCOMPARE(int(reply->errorCode()), int(ErrorCode::BadField));
    }
    // An unknown venue.
    const auto unknown = save(m_organizer, 999999, 0, sampleLayout());
    QVERIFY(unknown && unknown->isError());
    QCOMPARE(int(unknown->errorCode()), int(ErrorCode::UnknownVenue));

    qint64 after = -1;
    QCOMPARE(draft(m_organizer, Theatre, &after), original);
    QCOMPARE(after, before);
}

void tst_Venues::publishInvalidDraft_refusedWithProblems()
{
    const auto created =
        m_organizer.request(MessageType::CreateVenue, fields({{Key::Name, QStringLiteral("Broken")}}));
    QVERIFY(created && !created->isError());
    const qint64 venue = created->result().value(Key::Venue).toInteger();
    LayoutDocument doc = sampleLayout();
    doc.seats[4].number = 2;    // a second seat 2 in row A
    doc.seats[7].category = -1; // no category
    doc.standingAreas[0].capacity = 0;
    const auto saved = save(m_organizer, venue, 0, doc);
    QVERIFY(saved && !saved->isError()); // a draft may be unfinished
    QCOMPARE(saved->result().value(Key::Problems).toInteger(), 3);

    const auto refused =
        m_organizer.request(MessageType::PublishDraft, fields({{Key::Venue, venue}, {Key::Revision, 1}}));
    QVERIFY(refused && refused->isError());
    QCOMPARE(int(refused->errorCode()), int(ErrorCode::LayoutInvalid));
    const QCborArray problems = refused->body.value(Key::Problems).toArray();
    QCOMPARE(problems.size(), 3);
    QMap<int, QCborMap> byKind;
    for (const QCborValue &p : problems)
        byKind.insert(int(p.toMap().value(QStringLiteral("kind")).toInteger()), p.toMap());
    QCOMPARE(byKind.value(int(LayoutProblem::Kind::DuplicateSeat)).value(QStringLiteral("seats")).toArray(),
             (QCborArray{1, 4}));
    QCOMPARE(
        byKind.value(int(LayoutProblem::Kind::SeatWithoutCategory)).value(QStringLiteral("seats")).toArray(),
        QCborArray{7});
    QCOMPARE(byKind.value(int(LayoutProblem::Kind::StandingWithoutCapacity))
                 .value(QStringLiteral("standing"))
                 .toArray(),
             QCborArray{0});
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM layout_versions WHERE venue_id = ?"), {venue}), 0);
    QCOMPARE(
        count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'layout.publish' AND target = ?"),
              {QStringLiteral("venue:%1").arg(venue)}),
        0);
}

void tst_Venues::publishStaleRevision_refused()
{
    // The theatre's draft is at revision 1: publishing "revision 0" would publish something
    // other than what the organizer looked at.
    const auto refused =
        m_organizer.request(MessageType::PublishDraft, fields({{Key::Venue, Theatre}, {Key::Revision, 0}}));
    QVERIFY(refused && refused->isError());
    QCOMPARE(int(refused->errorCode()), int(ErrorCode::DraftConflict));
    const auto unknown =
        m_organizer.request(MessageType::PublishDraft, fields({{Key::Venue, 999999}, {Key::Revision, 0}}));
    QVERIFY(unknown && unknown->isError());
    QCOMPARE(int(unknown->errorCode()), int(ErrorCode::UnknownVenue));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM layout_versions WHERE venue_id = ?"), {Theatre}), 1);
}

void tst_Venues::versionInUse_neverChanges()
{
    const QString sectionOfSeat0 =
        QStringLiteral("SELECT sc.name FROM events e JOIN seats st ON st.layout_id = e.layout_id"
                       " AND st.seat_index = 0 JOIN sections sc ON sc.layout_id = st.layout_id"
                       " AND sc.section_id = st.section_id WHERE e.event_id = 1");
    qint64 revision = -1;
    auto doc = draft(m_organizer, Theatre, &revision);
    QVERIFY(doc);
    doc->sections[0].name = QStringLiteral("Orchestra");
    doc->seats.removeLast(); // 1999 seats now
    const auto saved = save(m_organizer, Theatre, revision, *doc);
    QVERIFY(saved && !saved->isError());
    const auto published = m_organizer.request(
        MessageType::PublishDraft, fields({{Key::Venue, Theatre}, {Key::Revision, revision + 1}}), 30000);
    QVERIFY(published);
    QVERIFY2(!published->isError(), qPrintable(published->errorMessage()));
    QCOMPARE(published->result().value(Key::LayoutVersion).toInteger(), 2);
    QCOMPARE(published->result().value(Key::SeatCount).toInteger(), 1999);

    // The events on version 1 still sell on it, unchanged.
    QCOMPARE(m_db.scalar(sectionOfSeat0).toString(), QStringLiteral("Stalls"));
    const auto layout = m_organizer.request(MessageType::GetLayout, fields({{Key::Event, 1}}), 30000);
    QVERIFY(layout && !layout->isError());
    QCOMPARE(layout->result().value(Key::SeatCount).toInteger(), 2000);
    // Events 1 and 2 share version 1's rows in the server's cache, each with its own prices.
    const auto other = m_organizer.request(MessageType::GetLayout, fields({{Key::Event, 2}}), 30000);
    QVERIFY(other && !other->isError());
    const auto one = decodeLayout(layout->result());
    const auto two = decodeLayout(other->result());
    QVERIFY(one && two);
    QCOMPARE(one->seats, two->seats);
    QCOMPARE(one->categories.at(0).priceMinor, 8900);
    QCOMPARE(two->categories.at(0).priceMinor, 12000);
    QCOMPARE(one->sections.at(0).name, QStringLiteral("Stalls"));

    // And the database itself refuses to change a published version.
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral(".*never changes.*")));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral(".*never changes.*")));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral(".*never changes.*")));
    QVERIFY(!m_db.exec(
        QStringLiteral("UPDATE seats SET seat_number = 99 WHERE layout_id = 1 AND seat_index = 0")));
    QVERIFY(!m_db.exec(QStringLiteral("DELETE FROM sections WHERE layout_id = 1")));
    QVERIFY(!m_db.exec(QStringLiteral("UPDATE layout_versions SET seat_count = 1 WHERE layout_id = 1")));
    QCOMPARE(count(QStringLiteral("SELECT seat_number FROM seats WHERE layout_id = 1 AND seat_index = 0")),
             1);
}

void tst_Venues::moveEvent_onlyWhileNothingHeldSoldOrBlocked()
{
    // The stadium gets a version 2 (its whole 50,000-seat draft travels both ways: frames
    // far above the 64 KiB of other sessions).
    qint64 revision = -1;
    auto doc = draft(m_organizer, Stadium, &revision);
    QVERIFY(doc);
    QCOMPARE(doc->seats.size(), 50000);
    doc->seats.resize(49000); // the last block's last ten rows of 100, and the rows with them
    doc->rows.resize(doc->rows.size() - 10);
    QVERIFY(encodeLayoutWire(*doc).size() > 64 * 1024);
    const auto saved = save(m_organizer, Stadium, revision, *doc);
    QVERIFY(saved);
    QVERIFY2(!saved->isError(), qPrintable(saved->errorMessage()));
    const auto published = m_organizer.request(
        MessageType::PublishDraft, fields({{Key::Venue, Stadium}, {Key::Revision, revision + 1}}), 60000);
    QVERIFY(published);
    QVERIFY2(!published->isError(), qPrintable(published->errorMessage()));
    QCOMPARE(published->result().value(Key::SeatCount).toInteger(), 49000);

    // A clerk holds a seat of event 3: the move is refused, nothing changes.
    TestClient clerk;
    QVERIFY2(clerk.openWithoutSession(m_server.url()), qPrintable(clerk.lastError()));
    QVERIFY2(clerk.signIn(QStringLiteral("clerk1"), Password), qPrintable(clerk.lastError()));
    const auto held =
        clerk.request(MessageType::Hold, fields({{Key::Event, 3}, {Key::Seats, QCborArray{42}}}));
    QVERIFY(held && !held->isError());
    auto move = [&](qint64 event, int version) {
        return m_organizer.request(MessageType::MoveEventLayout,
                                   fields({{Key::Event, event}, {Key::LayoutVersion, version}}), 60000);
    };
    auto refused = move(3, 2);
    QVERIFY(refused && refused->isError());
    QCOMPARE(int(refused->errorCode()), int(ErrorCode::EventLayoutBusy));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM event_seats WHERE event_id = 3")), 50000);

    // Released: the move goes through; the inventory is the new version's, all available.
    const auto released =
        clerk.request(MessageType::Release,
                      fields({{Key::Event, 3}, {Key::Hold, held->result().value(Key::Hold).toInteger()}}));
    QVERIFY(released && !released->isError());
    const auto moved = move(3, 2);
    QVERIFY(moved);
    QVERIFY2(!moved->isError(), qPrintable(moved->errorMessage()));
    QCOMPARE(moved->result().value(Key::SeatCount).toInteger(), 49000);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM event_seats WHERE event_id = 3 AND state = 0")),
             49000);
    QCOMPARE(count(QStringLiteral("SELECT seat_count FROM events WHERE event_id = 3")), 49000);
    const auto layout = m_organizer.request(MessageType::GetLayout, fields({{Key::Event, 3}}), 30000);
    QVERIFY(layout && !layout->isError());
    QCOMPARE(layout->result().value(Key::SeatCount).toInteger(), 49000);
    QCOMPARE(
        count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'event.layout' AND event_id = 3"
                             " AND actor = 'organizer1'")),
        1);

    // Back to an older version, an unknown version, an unknown event: refused.
    QCOMPARE(int(move(3, 1)->errorCode()), int(ErrorCode::LayoutNotNewer));
    QCOMPARE(int(move(4, 9)->errorCode()), int(ErrorCode::UnknownLayoutVersion));
    QCOMPARE(int(move(999999, 2)->errorCode()), int(ErrorCode::UnknownEvent));
    // The theatre's events have blocked seats (the sound desk): refused.
    QCOMPARE(int(move(2, 2)->errorCode()), int(ErrorCode::EventLayoutBusy));
    QCOMPARE(count(QStringLiteral("SELECT seat_count FROM events WHERE event_id = 2")), 2000);
}

void tst_Venues::moveEvent_ontoStandingAreas_allowed()
{
    // A venue whose version 1 has seats only and version 2 a standing area too; an event
    // on version 1 (events are made in SQL until issue 12) moves onto version 2: refused
    // (StandingNotSellable) until standing places were sold as places (migration 019;
    // tst_standing sells them).
    const auto created = m_organizer.request(
        MessageType::CreateVenue,
        fields({{Key::Name, QStringLiteral("Lawn Stage")}, {Key::City, QStringLiteral("Linz")}}));
    QVERIFY(created && !created->isError());
    const qint64 venue = created->result().value(Key::Venue).toInteger();
    LayoutDocument seatsOnly = sampleLayout();
    seatsOnly.standingAreas.clear();
    const auto savedSeats = save(m_organizer, venue, 0, seatsOnly);
    QVERIFY(savedSeats && !savedSeats->isError());
    auto publish = [&](qint64 revision) {
        return m_organizer.request(MessageType::PublishDraft,
                                   fields({{Key::Venue, venue}, {Key::Revision, revision}}), 30000);
    };
    const auto v1 = publish(1);
    QVERIFY(v1 && !v1->isError());
    QCOMPARE(v1->result().value(Key::SeatCount).toInteger(), 16);
    const qint64 layout1 = v1->result().value(Key::Layout).toInteger();
    const auto savedLawn = save(m_organizer, venue, 1, sampleLayout());
    QVERIFY(savedLawn && !savedLawn->isError());
    const auto v2 = publish(2);
    QVERIFY(v2 && !v2->isError());
    QCOMPARE(v2->result().value(Key::SeatCount).toInteger(), 16 + 150);

    const qint64 event = count(QStringLiteral("INSERT INTO events (venue_id, layout_id, name, starts_at, "
                                              "onsale_from, onsale_until, hold_ttl_s, hold_max_s,"
                                              " max_seats_per_order, currency, seat_count) VALUES (?, ?, "
                                              "'Open Air', now() + interval '30 days',"
                                              " now() - interval '1 day', now() + interval '29 days', 180, "
                                              "600, 10, 'EUR', 16) RETURNING event_id"),
                               {venue, layout1});
    QVERIFY(event > 0);
    QCOMPARE(count(QStringLiteral("INSERT INTO event_seats (event_id, seat_index)"
                                  " SELECT ?, i FROM generate_series(0, 15) AS i RETURNING 1"),
                   {event}),
             1);
    const auto moved = m_organizer.request(MessageType::MoveEventLayout,
                                           fields({{Key::Event, event}, {Key::LayoutVersion, 2}}), 30000);
    QVERIFY(moved);
    QVERIFY2(!moved->isError(), qPrintable(moved->errorMessage()));
    QCOMPARE(moved->result().value(Key::SeatCount).toInteger(), 16 + 150);
    QCOMPARE(count(QStringLiteral("SELECT layout_id FROM events WHERE event_id = ?"), {event}),
             v2->result().value(Key::Layout).toInteger());
    QCOMPARE(
        count(QStringLiteral("SELECT count(*) FROM event_seats WHERE event_id = ? AND state = 0"), {event}),
        166);
    QCOMPARE(
        count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'event.layout' AND event_id = ?"),
              {event}),
        1);
}

QTEST_GUILESS_MAIN(tst_Venues)
#include "tst_venues.moc"
