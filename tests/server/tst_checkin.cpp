// Check-in at the door: a ticket's signed code admits it once, on any node, and every other
// scan says why not (already admitted when and where, refunded, exchanged, forged, unknown).
// The server signs with a key the test made (--ticket-key), so the test prints codes itself.

#include "serverprocess.h"
#include "testaccounts.h"
#include "testclient.h"
#include "testdatabase.h"
#include "tickets/ticketcode.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace BoxOffice::Shared;
using namespace BoxOffice::Test;

namespace {
const QString Password = QStringLiteral("door staff password");
constexpr qint64 Hamlet = 1;
constexpr qint64 MagicFlute = 2;
} // namespace

class tst_CheckIn : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void ticketKey_isTheServersPublicKey();
    void validCode_admittedOnce_withLabelsAndAudit();
    void secondScan_alreadyAdmitted_withTimeAndGate();
    void refundedOrExchanged_void();
    void forgedOrAlteredCode_invalid_databaseUnchanged();
    void otherEvent_invalid_notAdmitted();
    void signedButNotIssued_unknownTicket();
    void badFields_refused();
    void twoNodes_sameTicketAtOnce_admittedExactlyOnce();
    void withoutKeyFile_nodesShareTheDatabaseKey();

private:
    qint64 insertTicket(qint64 event, int seat, int state = 0, qint64 replacedBy = 0);
    std::optional<Frame> checkIn(TestClient &c, const QString &code, const QString &gate, qint64 event = 0);
    QString codeOf(qint64 serial);
    int admittedCount();
    int auditCount();

    QTemporaryDir m_dir;
    QString m_keyFile;
    TicketKey m_key;
    TestDatabase m_db;
    ServerProcess m_a;
    ServerProcess m_b;
    TestClient m_clerk;
    qint64 m_orderId = 0;
    int m_nextSeat = 100;
};

qint64 tst_CheckIn::insertTicket(qint64 event, int seat, int state, qint64 replacedBy)
{
    const QVariant serial = m_db.scalar(
        QStringLiteral("INSERT INTO tickets (event_id, seat_index, order_id, price_minor, currency, state,"
                       " voided_at, replaced_by) VALUES (?, ?, ?, 5900, 'EUR', ?,"
                       " CASE WHEN ? > 0 THEN now() END, NULLIF(?, 0)) RETURNING serial"),
        {event, seat, m_orderId, state, state, replacedBy});
    return serial.isValid() ? serial.toLongLong() : 0;
}

QString tst_CheckIn::codeOf(qint64 serial)
{
    const qint64 event =
        m_db.scalar(QStringLiteral("SELECT event_id FROM tickets WHERE serial = ?"), {serial}).toLongLong();
    const int seat =
        m_db.scalar(QStringLiteral("SELECT seat_index FROM tickets WHERE serial = ?"), {serial}).toInt();
    return encodeTicketCode(TicketId{event, seat, serial}, m_key);
}

std::optional<Frame> tst_CheckIn::checkIn(TestClient &c, const QString &code, const QString &gate,
                                          qint64 event)
{
    QCborMap f{{Key::Code, code}, {Key::Gate, gate}};
    if (event)
        f.insert(Key::Event, event);
    return c.request(MessageType::CheckIn, f);
}

int tst_CheckIn::admittedCount()
{
    return m_db.scalar(QStringLiteral("SELECT count(*) FROM tickets WHERE admitted_at IS NOT NULL")).toInt();
}

int tst_CheckIn::auditCount()
{
    return m_db.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'ticket.admit'"))
        .toInt();
}

void tst_CheckIn::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_key = TicketKey::generate();
    m_keyFile = m_dir.filePath(QStringLiteral("ticket-key.pem"));
    QFile f(m_keyFile);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    f.write(m_key.privateKeyPem());
    f.close();

    QString error;
    QVERIFY2(m_db.create(QStringLiteral("checkin"), &error), qPrintable(error));
    QVERIFY2(
        m_a.start(m_db, {QStringLiteral("--load-demo"), QStringLiteral("--ticket-key"), m_keyFile}, &error),
        qPrintable(error));
    QVERIFY2(m_b.start(m_db, {QStringLiteral("--ticket-key"), m_keyFile}, &error), qPrintable(error));
    QVERIFY(createStaffUser(m_db, QStringLiteral("dora"), QStringLiteral("clerk"), Password));
    QVERIFY2(m_clerk.openWithoutSession(m_a.url()), qPrintable(m_clerk.lastError()));
    QVERIFY2(m_clerk.signIn(QStringLiteral("dora"), Password), qPrintable(m_clerk.lastError()));

    // The orders migration (007) makes tickets.order_id a foreign key of orders; before it,
    // any number does.
    if (!m_db.scalar(QStringLiteral("SELECT to_regclass('orders') IS NOT NULL")).toBool()) {
        m_orderId = 1;
    } else {
        m_orderId =
            m_db.scalar(QStringLiteral("INSERT INTO orders (order_number, event_id, owner, created_by,"
                                       " total_minor, currency, holds, seats, prices)"
                                       " VALUES (bo_new_order_number(), 1, 'test', 'test', 0, 'EUR',"
                                       " '{1}', '{}', '{}') RETURNING order_id"))
                .toLongLong();
        QVERIFY(m_orderId > 0);
    }
}

void tst_CheckIn::cleanupTestCase()
{
    QCOMPARE(m_a.terminate(), 0);
    QCOMPARE(m_b.terminate(), 0);
}

void tst_CheckIn::ticketKey_isTheServersPublicKey()
{
    const auto reply = m_clerk.request(MessageType::TicketKey);
    QVERIFY(reply && !reply->isError());
    QCOMPARE(reply->result().value(Key::PublicKey).toByteArray(), m_key.publicKeyRaw());
    QCOMPARE(reply->result().value(Key::Algorithm).toString(), QStringLiteral("Ed25519"));

    // A buyer may fetch it too (offline scanners, like seat maps, are for everyone) but not check in.
    TestClient buyer;
    QVERIFY2(buyer.open(m_b.url()), qPrintable(buyer.lastError()));
    const auto key = buyer.request(MessageType::TicketKey);
    QVERIFY(key && !key->isError());
    QCOMPARE(key->result().value(Key::PublicKey).toByteArray(), m_key.publicKeyRaw());
    const auto refused = checkIn(buyer, encodeTicketCode({Hamlet, 1, 1}, m_key), QStringLiteral("Gate 1"));
    QVERIFY(refused && refused->isError());
    QCOMPARE(refused->errorCode(), ErrorCode::PermissionDenied);
}

void tst_CheckIn::validCode_admittedOnce_withLabelsAndAudit()
{
    const qint64 serial = insertTicket(Hamlet, 5);
    QVERIFY(serial > 0);
    const auto reply = checkIn(m_clerk, codeOf(serial), QStringLiteral("Gate 1"), Hamlet);
    QVERIFY(reply);
    QVERIFY2(!reply->isError(), qPrintable(reply->errorMessage()));
    const QCborMap r = reply->result();
    QCOMPARE(r.value(Key::Admitted).toBool(), true);
    QCOMPARE(r.value(Key::Event).toInteger(), Hamlet);
    QCOMPARE(r.value(Key::Seat).toInteger(), 5);
    QCOMPARE(r.value(Key::Serial).toInteger(), serial);
    QCOMPARE(r.value(Key::Name).toString(), QStringLiteral("Hamlet"));
    QCOMPARE(r.value(Key::Venue).toString(), QStringLiteral("Grand Theatre"));
    QCOMPARE(r.value(Key::Gate).toString(), QStringLiteral("Gate 1"));
    const QVariant labels = m_db.scalar(
        QStringLiteral("SELECT sc.name || '|' || st.row_label || '|' || st.seat_number FROM seats st"
                       " JOIN sections sc ON sc.venue_id = st.venue_id AND sc.section_id = st.section_id"
                       " WHERE st.venue_id = 1 AND st.seat_index = 5"));
    QCOMPARE(QStringLiteral("%1|%2|%3")
                 .arg(r.value(Key::Section).toString(), r.value(Key::Row).toString())
                 .arg(r.value(Key::SeatNumber).toInteger()),
             labels.toString());

    QCOMPARE(m_db.scalar(QStringLiteral(
                             "SELECT admitted_gate || '|' || admitted_by FROM tickets WHERE serial = ?"),
                         {serial})
                 .toString(),
             QStringLiteral("Gate 1|dora"));
    QCOMPARE(m_db.scalar(QStringLiteral("SELECT (extract(epoch FROM admitted_at) * 1000)::bigint FROM tickets"
                                        " WHERE serial = ?"),
                         {serial})
                 .toLongLong(),
             r.value(Key::AdmittedAt).toInteger());
    QCOMPARE(
        m_db.scalar(QStringLiteral("SELECT actor || '|' || role || '|' || address || '|' || (after->>'gate')"
                                   " FROM audit_log WHERE action = 'ticket.admit' AND target = ?"),
                    {QStringLiteral("ticket:%1").arg(serial)})
            .toString(),
        QStringLiteral("dora|clerk|127.0.0.1|Gate 1"));
}

void tst_CheckIn::secondScan_alreadyAdmitted_withTimeAndGate()
{
    const qint64 serial = insertTicket(Hamlet, 6);
    const QString code = codeOf(serial);
    const auto first = checkIn(m_clerk, code, QStringLiteral("Gate 2"));
    QVERIFY(first && !first->isError());
    const qint64 at = first->result().value(Key::AdmittedAt).toInteger();
    const int audits = auditCount();

    // Scanned again at another gate, on the other node.
    TestClient other;
    QVERIFY(other.openWithoutSession(m_b.url()));
    QVERIFY(other.signIn(QStringLiteral("dora"), Password));
    const auto second = checkIn(other, code.toLower(), QStringLiteral("Gate 5"));
    QVERIFY(second && second->isError());
    QCOMPARE(second->errorCode(), ErrorCode::TicketAlreadyAdmitted);
    QCOMPARE(second->body.value(Key::Reason).toString(), QStringLiteral("admitted"));
    QCOMPARE(second->body.value(Key::AdmittedAt).toInteger(), at);
    QCOMPARE(second->body.value(Key::Gate).toString(), QStringLiteral("Gate 2"));
    QCOMPARE(second->body.value(Key::AdmittedBy).toString(), QStringLiteral("dora"));
    QVERIFY2(second->errorMessage().contains(QLatin1String("Gate 2")), qPrintable(second->errorMessage()));
    QCOMPARE(m_db.scalar(QStringLiteral("SELECT admitted_gate FROM tickets WHERE serial = ?"), {serial})
                 .toString(),
             QStringLiteral("Gate 2"));
    QCOMPARE(auditCount(), audits);
}

void tst_CheckIn::refundedOrExchanged_void()
{
    const qint64 fresh = insertTicket(Hamlet, 8);
    const qint64 refunded = insertTicket(Hamlet, 7, 1);
    const qint64 exchanged = insertTicket(Hamlet, 9, 2, fresh);
    const int before = admittedCount();

    const auto r1 = checkIn(m_clerk, codeOf(refunded), QStringLiteral("Gate 1"));
    QVERIFY(r1 && r1->isError());
    QCOMPARE(r1->errorCode(), ErrorCode::TicketVoid);
    QCOMPARE(r1->body.value(Key::Reason).toString(), QStringLiteral("refunded"));

    const auto r2 = checkIn(m_clerk, codeOf(exchanged), QStringLiteral("Gate 1"));
    QVERIFY(r2 && r2->isError());
    QCOMPARE(r2->errorCode(), ErrorCode::TicketVoid);
    QCOMPARE(r2->body.value(Key::Reason).toString(), QStringLiteral("exchanged"));
    QCOMPARE(r2->body.value(Key::ReplacedBy).toInteger(), fresh);
    QCOMPARE(admittedCount(), before);
}

void tst_CheckIn::forgedOrAlteredCode_invalid_databaseUnchanged()
{
    const qint64 serial = insertTicket(Hamlet, 10);
    const int admitted = admittedCount();
    const int audits = auditCount();

    const QString forged = encodeTicketCode(TicketId{Hamlet, 10, serial}, TicketKey::generate());
    QString altered = codeOf(serial);
    altered[40] = altered[40] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
    for (const QString &code : {forged, altered, altered.left(100), QStringLiteral("HELLO")}) {
        const auto reply = checkIn(m_clerk, code, QStringLiteral("Gate 1"));
        QVERIFY(reply && reply->isError());
        QCOMPARE(reply->errorCode(), ErrorCode::TicketInvalid);
        QCOMPARE(reply->body.value(Key::Reason).toString(), QStringLiteral("invalid"));
    }
    QCOMPARE(admittedCount(), admitted);
    QCOMPARE(auditCount(), audits);
    QVERIFY(m_db.scalar(QStringLiteral("SELECT admitted_at IS NULL FROM tickets WHERE serial = ?"), {serial})
                .toBool());
    // Not strikes: the connection still works, and the genuine code still admits.
    const auto genuine = checkIn(m_clerk, codeOf(serial), QStringLiteral("Gate 1"));
    QVERIFY(genuine && !genuine->isError());
}

void tst_CheckIn::otherEvent_invalid_notAdmitted()
{
    const qint64 serial = insertTicket(Hamlet, 11);
    const auto reply = checkIn(m_clerk, codeOf(serial), QStringLiteral("Gate 1"), MagicFlute);
    QVERIFY(reply && reply->isError());
    QCOMPARE(reply->errorCode(), ErrorCode::TicketInvalid);
    QCOMPARE(reply->body.value(Key::Reason).toString(), QStringLiteral("other_event"));
    QCOMPARE(reply->body.value(Key::Event).toInteger(), Hamlet);
    QVERIFY(m_db.scalar(QStringLiteral("SELECT admitted_at IS NULL FROM tickets WHERE serial = ?"), {serial})
                .toBool());
}

void tst_CheckIn::signedButNotIssued_unknownTicket()
{
    const auto reply =
        checkIn(m_clerk, encodeTicketCode(TicketId{Hamlet, 12, 987654321}, m_key), QStringLiteral("G"));
    QVERIFY(reply && reply->isError());
    QCOMPARE(reply->errorCode(), ErrorCode::UnknownTicket);
    // A serial that exists, but for another seat than the code says.
    const qint64 serial = insertTicket(Hamlet, 13);
    const auto other =
        checkIn(m_clerk, encodeTicketCode(TicketId{Hamlet, 14, serial}, m_key), QStringLiteral("G"));
    QVERIFY(other && other->isError());
    QCOMPARE(other->errorCode(), ErrorCode::UnknownTicket);
    QVERIFY(m_db.scalar(QStringLiteral("SELECT admitted_at IS NULL FROM tickets WHERE serial = ?"), {serial})
                .toBool());
}

void tst_CheckIn::badFields_refused()
{
    const QString code = encodeTicketCode(TicketId{Hamlet, 1, 1}, m_key);
    const QList<QCborMap> bad{
        QCborMap{{Key::Gate, QStringLiteral("G")}},
        QCborMap{{Key::Code, code}},
        QCborMap{{Key::Code, code}, {Key::Gate, QStringLiteral("   ")}},
        QCborMap{{Key::Code, code}, {Key::Gate, QString(65, QLatin1Char('g'))}},
        QCborMap{{Key::Code, 42}, {Key::Gate, QStringLiteral("G")}},
        QCborMap{{Key::Code, QString(513, QLatin1Char('A'))}, {Key::Gate, QStringLiteral("G")}},
        QCborMap{{Key::Code, code}, {Key::Gate, QStringLiteral("G")}, {Key::Event, QStringLiteral("1")}},
    };
    for (const QCborMap &fields : bad) {
        const auto reply = m_clerk.request(MessageType::CheckIn, fields);
        QVERIFY(reply && reply->isError());
        QCOMPARE(reply->errorCode(), ErrorCode::BadField);
    }
}

void tst_CheckIn::twoNodes_sameTicketAtOnce_admittedExactlyOnce()
{
    constexpr int Tickets = 50;
    QList<qint64> serials;
    for (int i = 0; i < Tickets; ++i)
        serials.append(insertTicket(Hamlet, 500 + i));

    TestClient a;
    TestClient b;
    QVERIFY(a.openWithoutSession(m_a.url()) && a.signIn(QStringLiteral("dora"), Password));
    QVERIFY(b.openWithoutSession(m_b.url()) && b.signIn(QStringLiteral("dora"), Password));
    const int audits = auditCount();

    // Both gates send every ticket without waiting for answers: the two nodes' workers race
    // on the same rows.
    QList<std::pair<qint64, qint64>> ids;
    for (qint64 serial : serials) {
        const QString code = codeOf(serial);
        const qint64 ia =
            a.send(MessageType::CheckIn, QCborMap{{Key::Code, code}, {Key::Gate, QStringLiteral("A")}});
        const qint64 ib =
            b.send(MessageType::CheckIn, QCborMap{{Key::Code, code}, {Key::Gate, QStringLiteral("B")}});
        ids.append({ia, ib});
    }
    int winsA = 0;
    int winsB = 0;
    for (int i = 0; i < Tickets; ++i) {
        const auto ra = a.waitReply(ids[i].first);
        const auto rb = b.waitReply(ids[i].second);
        QVERIFY(ra && rb);
        const bool admittedA = !ra->isError() && ra->result().value(Key::Admitted).toBool();
        const bool admittedB = !rb->isError() && rb->result().value(Key::Admitted).toBool();
        QVERIFY2(admittedA != admittedB,
                 qPrintable(
                     QStringLiteral("ticket %1: A %2, B %3").arg(serials[i]).arg(admittedA).arg(admittedB)));
        const Frame &loser = admittedA ? *rb : *ra;
        QCOMPARE(loser.errorCode(), ErrorCode::TicketAlreadyAdmitted);
        QCOMPARE(loser.body.value(Key::Gate).toString(),
                 admittedA ? QStringLiteral("A") : QStringLiteral("B"));
        (admittedA ? winsA : winsB)++;
        QCOMPARE(
            m_db.scalar(QStringLiteral("SELECT admitted_gate FROM tickets WHERE serial = ?"), {serials[i]})
                .toString(),
            admittedA ? QStringLiteral("A") : QStringLiteral("B"));
    }
    QCOMPARE(auditCount(), audits + Tickets);
    qInfo("node A admitted %d, node B %d", winsA, winsB);
}

void tst_CheckIn::withoutKeyFile_nodesShareTheDatabaseKey()
{
    TestDatabase db;
    QString error;
    QVERIFY2(db.create(QStringLiteral("checkin_dbkey"), &error), qPrintable(error));
    ServerProcess first;
    ServerProcess second;
    QVERIFY2(first.start(db, {QStringLiteral("--load-demo")}, &error), qPrintable(error));
    QVERIFY2(second.start(db, {}, &error), qPrintable(error));

    QByteArray keys[2];
    ServerProcess *nodes[2] = {&first, &second};
    for (int i = 0; i < 2; ++i) {
        TestClient c;
        QVERIFY2(c.open(nodes[i]->url()), qPrintable(c.lastError()));
        const auto reply = c.request(MessageType::TicketKey);
        QVERIFY(reply && !reply->isError());
        keys[i] = reply->result().value(Key::PublicKey).toByteArray();
    }
    QCOMPARE(keys[0].size(), TicketKey::RawPublicKeySize);
    QCOMPARE(keys[0], keys[1]);
    QVERIFY(keys[0] != m_key.publicKeyRaw());
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM ticket_signing_keys")).toInt(), 1);
    QCOMPARE(db.scalar(QStringLiteral("SELECT public_key FROM ticket_signing_keys")).toByteArray(), keys[0]);

    // A restart keeps it: tickets printed yesterday still admit.
    QCOMPARE(first.terminate(), 0);
    QVERIFY2(first.restart(&error), qPrintable(error));
    TestClient c;
    QVERIFY2(c.open(first.url()), qPrintable(c.lastError()));
    const auto again = c.request(MessageType::TicketKey);
    QVERIFY(again && !again->isError());
    QCOMPARE(again->result().value(Key::PublicKey).toByteArray(), keys[0]);

    QCOMPARE(first.terminate(), 0);
    QCOMPARE(second.terminate(), 0);
}

QTEST_GUILESS_MAIN(tst_CheckIn)
#include "tst_checkin.moc"
