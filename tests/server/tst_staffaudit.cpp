// Staff actions on the inventory leave an audit row in the same transaction as the change:
// who (user, roles, address), what (action, target) and the before/after values. Online
// buyers' holds are not audited row by row (holds and sales record them).

#include "paysimprocess.h"
#include "serverprocess.h"
#include "testaccounts.h"
#include "testclient.h"
#include "testdatabase.h"
#include "testsales.h"

#include <QCborArray>
#include <QCoreApplication>
#include <QTest>

using namespace BoxOffice::Shared;
using namespace BoxOffice::Test;

namespace {
const QString Password = QStringLiteral("correct horse battery");
constexpr qint64 Theatre = 1;
} // namespace

class tst_StaffAudit : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void clerkHoldExtendReleaseSell_eachAuditedWithActorRoleAddress();
    void buyerHold_notAuditedButSaleIs();

private:
    bool createUser(const QString &name, const QString &roles);
    int auditCount(const QString &action, const QString &actor);
    std::optional<Frame> hold(TestClient &c, QList<int> seats);

    TestDatabase m_db;
    PaysimProcess m_paysim;
    ServerProcess m_server;
};

bool tst_StaffAudit::createUser(const QString &name, const QString &roles)
{
    return createStaffUser(m_db, name, roles, Password);
}

int tst_StaffAudit::auditCount(const QString &action, const QString &actor)
{
    return m_db
        .scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = ? AND actor = ?"),
                {action, actor})
        .toInt();
}

std::optional<Frame> tst_StaffAudit::hold(TestClient &c, QList<int> seats)
{
    QCborArray a;
    for (int s : seats)
        a.append(s);
    QCborMap f;
    f.insert(Key::Event, Theatre);
    f.insert(Key::Seats, a);
    return c.request(MessageType::Hold, f);
}

void tst_StaffAudit::initTestCase()
{
    QString error;
    QVERIFY2(m_db.create(QStringLiteral("staffaudit"), &error), qPrintable(error));
    QVERIFY2(m_paysim.start(&error), qPrintable(error));
    QVERIFY2(m_server.start(m_db,
                            {QStringLiteral("--load-demo"), QStringLiteral("--gateway-url"),
                             m_paysim.url().toString()},
                            &error),
             qPrintable(error));
    QVERIFY(createUser(QStringLiteral("clara"), QStringLiteral("clerk")));
}

void tst_StaffAudit::cleanupTestCase()
{
    QCOMPARE(m_server.terminate(), 0);
}

void tst_StaffAudit::clerkHoldExtendReleaseSell_eachAuditedWithActorRoleAddress()
{
    TestClient clerk;
    QVERIFY2(clerk.openWithoutSession(m_server.url()), qPrintable(clerk.lastError()));
    QVERIFY2(clerk.signIn(QStringLiteral("clara"), Password), qPrintable(clerk.lastError()));

    const auto first = hold(clerk, {200, 201});
    QVERIFY(first && !first->isError());
    const qint64 firstHold = first->result().value(Key::Hold).toInteger();
    QCOMPARE(auditCount(QStringLiteral("hold.create"), QStringLiteral("clara")), 1);
    QCOMPARE(
        m_db.scalar(QStringLiteral(
                        "SELECT role || '|' || address || '|' || target || '|' || (after->'seats')::text "
                        "FROM audit_log WHERE action = 'hold.create' AND actor = 'clara'"))
            .toString(),
        QStringLiteral("clerk|127.0.0.1|hold:%1|[200, 201]").arg(firstHold));

    // Extend needs room below the maximum: move the hold's expiry back by SQL.
    QVERIFY(m_db.exec(
        QStringLiteral("UPDATE holds SET expires_at = now() + interval '10 seconds' WHERE hold_id = ?"),
        {firstHold}));
    QVERIFY(m_db.exec(
        QStringLiteral(
            "UPDATE event_seats SET hold_expires = now() + interval '10 seconds' WHERE hold_id = ?"),
        {firstHold}));
    QCborMap ref;
    ref.insert(Key::Event, Theatre);
    ref.insert(Key::Hold, firstHold);
    const auto extended = clerk.request(MessageType::Extend, ref);
    QVERIFY(extended && !extended->isError());
    QCOMPARE(auditCount(QStringLiteral("hold.extend"), QStringLiteral("clara")), 1);

    const auto released = clerk.request(MessageType::Release, ref);
    QVERIFY(released && !released->isError());
    QCOMPARE(auditCount(QStringLiteral("hold.release"), QStringLiteral("clara")), 1);
    QCOMPARE(m_db.scalar(QStringLiteral(
                             "SELECT (after->>'released')::int FROM audit_log WHERE action = 'hold.release'"))
                 .toInt(),
             2);

    const auto second = hold(clerk, {300});
    QVERIFY(second && !second->isError());
    const TestSale sold = sellByCard(clerk, Theatre, {second->result().value(Key::Hold).toInteger()}, m_paysim,
                                     QStringLiteral("staffaudit-clerk-300"));
    QVERIFY2(sold.ok(), qPrintable(sold.message));
    QCOMPARE(m_db.scalar(QStringLiteral("SELECT string_agg(actor || '|' || role || '|' || address, ',')"
                                        " FROM audit_log WHERE action = 'sale.confirm'"
                                        " AND (before->>'order')::bigint = ?"),
                         {sold.order})
                 .toString(),
             QStringLiteral("clara|clerk|127.0.0.1"));

    // A refused hold changes nothing and leaves no row.
    const auto refused = hold(clerk, {300});
    QVERIFY(refused && refused->isError());
    QCOMPARE(auditCount(QStringLiteral("hold.create"), QStringLiteral("clara")), 2);
}

void tst_StaffAudit::buyerHold_notAuditedButSaleIs()
{
    TestClient buyer;
    QVERIFY2(buyer.open(m_server.url()), qPrintable(buyer.lastError()));
    const int before = m_db.scalar(QStringLiteral("SELECT count(*) FROM audit_log")).toInt();
    const auto held = hold(buyer, {400});
    QVERIFY(held && !held->isError());
    QCOMPARE(m_db.scalar(QStringLiteral("SELECT count(*) FROM audit_log")).toInt(), before);
    const TestSale sold = sellByCard(buyer, Theatre, {held->result().value(Key::Hold).toInteger()}, m_paysim,
                                     QStringLiteral("staffaudit-buyer-400"));
    QVERIFY2(sold.ok(), qPrintable(sold.message));
    QCOMPARE(auditCount(QStringLiteral("sale.confirm"), buyer.owner()), 1);
}

QTEST_GUILESS_MAIN(tst_StaffAudit)
#include "tst_staffaudit.moc"
