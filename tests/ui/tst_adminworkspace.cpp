#include "fakeserver.h"

#include "admin/adminrequests.h"
#include "admin/adminworkspace.h"
#include "admin/auditlogmodel.h"
#include "admin/auditpanel.h"
#include "admin/csvwriter.h"
#include "admin/sessionlistmodel.h"
#include "admin/sessionspanel.h"
#include "admin/userdialog.h"
#include "admin/userlistmodel.h"
#include "admin/userspanel.h"
#include "net/serverconnection.h"

#include <QAction>
#include <QCborArray>
#include <QCheckBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace BoxOffice;
using BoxOffice::Shared::Frame;
using BoxOffice::Shared::MessageType;
using BoxOffice::Tests::FakeServer;
using namespace BoxOffice::Ui;
namespace Key = BoxOffice::Shared::Key;

class tst_AdminWorkspace final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void usersModel_fromListUsersReply();
    void usersPanel_loadsAndCreatesUser();
    void usersPanel_disableAndRoles_sendUpdateUser();
    void usersPanel_serverRefusal_shownInNotice();
    void userDialog_validatesLocally();
    void sessionsPanel_listsAndRevokes();
    void auditFilter_requestFields();
    void auditPanel_queriesWithFilter();
    void csv_quotesCommasNewlines();
    void auditExport_fileContent();

private:
    QCborArray sampleAudit() const;
};

namespace {
QCborMap userRow(const QString &name, const QStringList &roles, bool disabled, const QCborValue &lockedUntil,
                 int failed)
{
    QCborMap map;
    map.insert(Key::User, name);
    map.insert(Key::Roles, QCborArray::fromStringList(roles));
    map.insert(Key::Disabled, disabled);
    map.insert(Key::LockedUntil, lockedUntil);
    map.insert(QStringLiteral("failed"), failed);
    return map;
}

// An admin session on a fake server that requires one, as the real server does.
struct SignedIn
{
    FakeServer server;
    ServerConnection connection;

    bool start()
    {
        server.requireSession = true;
        if (!server.listen())
            return false;
        connection.open(server.url());
        if (!QTest::qWaitFor([&] { return connection.state() == ServerConnection::State::Connected; }, 5000))
            return false;
        connection.signIn(QStringLiteral("admin"), QStringLiteral("admin-password"), {});
        return QTest::qWaitFor([&] { return connection.isSignedIn(); }, 5000);
    }
};
} // namespace

QCborArray tst_AdminWorkspace::sampleAudit() const
{
    auto row = [](qint64 id, qint64 time, const QString &actor, const QString &action, const QString &target,
                  const QString &before, const QString &after) {
        QCborMap map;
        map.insert(Key::Id, id);
        map.insert(Key::Time, time);
        map.insert(Key::Actor, actor);
        map.insert(QStringLiteral("role"), QStringLiteral("admin"));
        map.insert(Key::Action, action);
        map.insert(Key::Target, target);
        map.insert(Key::Before, before);
        map.insert(Key::After, after);
        map.insert(Key::Address, QStringLiteral("10.0.0.7"));
        return map;
    };
    const qint64 t = QDateTime(QDate(2030, 3, 1), QTime(9, 15, 30), QTimeZone::utc()).toMSecsSinceEpoch();
    QCborArray rows;
    rows.append(row(7, t, QStringLiteral("admin"), QStringLiteral("user.create"),
                    QStringLiteral("Smith, \"Jo\""), QString(),
                    QStringLiteral("{\"roles\":[\"clerk\",\"organizer\"]}")));
    rows.append(row(8, t + 1000, QStringLiteral("admin"), QStringLiteral("user.note"),
                    QStringLiteral("=HYPERLINK(\"x\")"), QStringLiteral("line one\nline two"),
                    QStringLiteral("plain")));
    rows.append(row(9, t + 2000, QStringLiteral("ops"), QStringLiteral("session.revoke"),
                    QStringLiteral("42"), QString(), QString()));
    return rows;
}

void tst_AdminWorkspace::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("BoxOfficeTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_adminworkspace"));
}

void tst_AdminWorkspace::usersModel_fromListUsersReply()
{
    const qint64 future = QDateTime::currentMSecsSinceEpoch() + 10 * 60 * 1000;
    QCborArray users;
    users.append(userRow(QStringLiteral("ana"), {QStringLiteral("clerk")}, false, QCborValue(nullptr), 0));
    users.append(userRow(QStringLiteral("ben"), {QStringLiteral("admin"), QStringLiteral("fraud_analyst")},
                         true, QCborValue(nullptr), 1));
    users.append(
        userRow(QStringLiteral("cleo"), {QStringLiteral("organizer")}, false, QCborValue(future), 5));
    users.append(QCborMap()); // a row without a name is dropped, not shown blank
    QCborMap result;
    result.insert(Key::Users, users);
    const Frame reply{MessageType::ListUsers, 3, [&] {
                          QCborMap body;
                          body.insert(Key::Result, result);
                          return body;
                      }()};

    UserListModel model;
    model.setUsers(reply.result().value(Key::Users).toArray());
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(UserListModel::ColumnCount));
    QCOMPARE(model.index(0, UserListModel::Name).data().toString(), QStringLiteral("ana"));
    QCOMPARE(model.index(0, UserListModel::Status).data().toString(), QStringLiteral("Active"));
    // Roles in the fixed order of the interface, with their display names.
    QCOMPARE(model.index(1, UserListModel::RoleNames).data().toString(),
             QStringLiteral("Fraud analyst, Administrator"));
    QCOMPARE(model.index(1, UserListModel::Status).data().toString(), QStringLiteral("Disabled"));
    QVERIFY(
        model.index(2, UserListModel::Status).data().toString().startsWith(QStringLiteral("Locked until")));
    QCOMPARE(model.index(2, UserListModel::FailedSignIns).data().toInt(), 5);
    QCOMPARE(model.users().at(1).roles,
             QStringList({QStringLiteral("admin"), QStringLiteral("fraud_analyst")}));
    QCOMPARE(model.headerData(UserListModel::FailedSignIns, Qt::Horizontal).toString(),
             QStringLiteral("Failed Sign-ins"));
}

void tst_AdminWorkspace::usersPanel_loadsAndCreatesUser()
{
    SignedIn env;
    QVERIFY(env.start());
    UsersPanel panel(&env.connection);
    panel.show();
    QSignalSpy finished(&panel, &AdminPanel::requestFinished);
    panel.refresh();
    QTRY_COMPARE(panel.model()->rowCount(), 2);

    panel.createUser(QStringLiteral("dora"), QStringLiteral("a-long-password-1"),
                     {QStringLiteral("clerk"), QStringLiteral("organizer")});
    QTRY_COMPARE(panel.model()->rowCount(), 3);
    const Frame create = env.server.lastOf(MessageType::CreateUser);
    QCOMPARE(create.body.value(Key::User).toString(), QStringLiteral("dora"));
    QCOMPARE(create.body.value(Key::Password).toString(), QStringLiteral("a-long-password-1"));
    QCOMPARE(create.body.value(Key::Roles).toArray(),
             QCborArray::fromStringList({QStringLiteral("clerk"), QStringLiteral("organizer")}));
    QCOMPARE(create.body.size(), 5); // t, id, user, password, roles: nothing else
    QTRY_COMPARE(panel.selectedUser(), QStringLiteral("dora"));
    QVERIFY(panel.notice()->isVisible());
    QVERIFY(panel.notice()->text().contains(QStringLiteral("dora")));
}

void tst_AdminWorkspace::usersPanel_disableAndRoles_sendUpdateUser()
{
    SignedIn env;
    QVERIFY(env.start());
    UsersPanel panel(&env.connection);
    panel.show();
    panel.refresh();
    QTRY_COMPARE(panel.model()->rowCount(), 2);
    panel.selectUser(QStringLiteral("clerk"));
    QCOMPARE(panel.selectedUser(), QStringLiteral("clerk"));
    QVERIFY(panel.toggleDisabledAction()->isEnabled());
    QCOMPARE(panel.toggleDisabledAction()->text(), QStringLiteral("&Disable"));

    // Keyboard: Ctrl+D on the table disables the selected account.
    panel.view()->setFocus();
    QTest::keyClick(panel.view(), Qt::Key_D, Qt::ControlModifier);
    QTRY_VERIFY(!env.server.lastOf(MessageType::UpdateUser).body.isEmpty());
    Frame update = env.server.lastOf(MessageType::UpdateUser);
    QCOMPARE(update.body.value(Key::User).toString(), QStringLiteral("clerk"));
    QCOMPARE(update.body.value(Key::Disabled).toBool(), true);
    QVERIFY(!update.body.contains(Key::Roles));
    QTRY_VERIFY(panel.model()->user(QStringLiteral("clerk")) &&
                panel.model()->user(QStringLiteral("clerk"))->disabled);
    QTRY_COMPARE(panel.toggleDisabledAction()->text(), QStringLiteral("&Enable"));

    env.server.received.clear();
    panel.setRoles(QStringLiteral("clerk"), {QStringLiteral("clerk"), QStringLiteral("fraud_analyst")});
    QTRY_VERIFY(!env.server.lastOf(MessageType::UpdateUser).body.isEmpty());
    update = env.server.lastOf(MessageType::UpdateUser);
    QCOMPARE(update.body.value(Key::Roles).toArray(),
             QCborArray::fromStringList({QStringLiteral("clerk"), QStringLiteral("fraud_analyst")}));
    QVERIFY(!update.body.contains(Key::Disabled));

    panel.resetPassword(QStringLiteral("clerk"), QStringLiteral("another-password"));
    QTRY_VERIFY(!env.server.lastOf(MessageType::ResetPassword).body.isEmpty());
    QCOMPARE(env.server.lastOf(MessageType::ResetPassword).body.value(Key::Password).toString(),
             QStringLiteral("another-password"));
}

void tst_AdminWorkspace::usersPanel_serverRefusal_shownInNotice()
{
    SignedIn env;
    QVERIFY(env.start());
    UsersPanel panel(&env.connection);
    panel.show();
    QSignalSpy finished(&panel, &AdminPanel::requestFinished);
    panel.createUser(QStringLiteral("clerk"), QStringLiteral("a-long-password-1"), {QStringLiteral("clerk")});
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    QCOMPARE(panel.notice()->text(), QStringLiteral("A user with this name already exists."));
}

void tst_AdminWorkspace::userDialog_validatesLocally()
{
    UserDialog dialog(UserDialog::Mode::CreateUser);
    auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled());
    QTest::keyClicks(dialog.userField(), QStringLiteral("eve"));
    QTest::keyClicks(dialog.passwordField(), QStringLiteral("short"));
    QVERIFY(!ok->isEnabled());
    dialog.passwordField()->setText(QStringLiteral("twelve-chars"));
    dialog.confirmField()->setText(QStringLiteral("twelve-charz"));
    QVERIFY(!ok->isEnabled());
    dialog.confirmField()->setText(QStringLiteral("twelve-chars"));
    QVERIFY(ok->isEnabled());
    QCOMPARE(dialog.roles(), QStringList{QStringLiteral("clerk")}); // the default
    dialog.roleBox(QStringLiteral("clerk"))->setChecked(false);
    QVERIFY(!ok->isEnabled());
    dialog.roleBox(QStringLiteral("admin"))->setChecked(true);
    QVERIFY(ok->isEnabled());
    QCOMPARE(dialog.roles(), QStringList{QStringLiteral("admin")});
    QCOMPARE(dialog.userName(), QStringLiteral("eve"));
}

void tst_AdminWorkspace::sessionsPanel_listsAndRevokes()
{
    SignedIn env;
    QVERIFY(env.start());
    auto session = [](qint64 id, const QString &user, const QString &kind) {
        QCborMap map;
        map.insert(Key::Session, id);
        map.insert(Key::User, user);
        map.insert(Key::Kind, kind);
        map.insert(Key::Address, QStringLiteral("192.0.2.4"));
        map.insert(QStringLiteral("created"), QDateTime::currentMSecsSinceEpoch() - 60000);
        map.insert(QStringLiteral("last_seen"), QDateTime::currentMSecsSinceEpoch());
        map.insert(Key::Expires, QDateTime::currentMSecsSinceEpoch() + 3600000);
        return map;
    };
    env.server.sessions.append(session(11, QStringLiteral("clerk"), QStringLiteral("staff")));
    env.server.sessions.append(session(12, QString(), QStringLiteral("buyer")));
    SessionsPanel panel(&env.connection);
    panel.show();
    panel.refresh();
    QTRY_COMPARE(panel.model()->rowCount(), 2);
    QCOMPARE(panel.model()->sessions().at(0).id, 11);
    QCOMPARE(panel.model()->index(1, SessionListModel::User).data().toString(),
             QStringLiteral("(online buyer)"));
    QCOMPARE(panel.model()->index(1, SessionListModel::Kind).data().toString(), QStringLiteral("Buyer"));

    panel.revoke(11);
    QTRY_COMPARE(panel.model()->rowCount(), 1);
    QCOMPARE(env.server.lastOf(MessageType::RevokeSession).body.value(Key::Session).toInteger(), 11);
}

void tst_AdminWorkspace::auditFilter_requestFields()
{
    AuditFilter empty;
    QCborMap fields = AdminRequests::queryAudit(empty);
    QCOMPARE(fields.size(), 1); // only the limit
    QCOMPARE(fields.value(Key::Limit).toInteger(), 500);

    AuditFilter filter;
    filter.actor = QStringLiteral("  admin ");
    filter.target = QStringLiteral("clerk");
    filter.from = QDateTime(QDate(2030, 1, 1), QTime(0, 0), QTimeZone::utc());
    filter.to = QDateTime(QDate(2030, 1, 2), QTime(12, 30), QTimeZone::utc());
    filter.limit = 5000; // above the server's limit: clamped
    fields = AdminRequests::queryAudit(filter);
    QCOMPARE(fields.value(Key::Actor).toString(), QStringLiteral("admin"));
    QCOMPARE(fields.value(Key::Target).toString(), QStringLiteral("clerk"));
    QCOMPARE(fields.value(Key::From).toInteger(), filter.from.toMSecsSinceEpoch());
    QCOMPARE(fields.value(Key::To).toInteger(), filter.to.toMSecsSinceEpoch());
    QCOMPARE(fields.value(Key::Limit).toInteger(), 1000);
}

void tst_AdminWorkspace::auditPanel_queriesWithFilter()
{
    SignedIn env;
    QVERIFY(env.start());
    env.server.auditRows = sampleAudit();
    AuditPanel panel(&env.connection);
    panel.show();

    // Typed into the widgets as an admin would, then Enter in the actor field.
    QTest::keyClicks(panel.actorField(), QStringLiteral("admin"));
    QTest::keyClicks(panel.targetField(), QStringLiteral("Smith"));
    panel.fromEnabled()->setChecked(true);
    QVERIFY(panel.fromField()->isEnabled());
    const QDateTime from(QDate(2030, 2, 1), QTime(8, 0));
    panel.fromField()->setDateTime(from);
    QVERIFY(!panel.toField()->isEnabled()); // "to" left open
    QTest::keyClick(panel.actorField(), Qt::Key_Return);

    QTRY_VERIFY(!env.server.lastOf(MessageType::QueryAudit).body.isEmpty());
    const Frame query = env.server.lastOf(MessageType::QueryAudit);
    QCOMPARE(query.body.value(Key::Actor).toString(), QStringLiteral("admin"));
    QCOMPARE(query.body.value(Key::Target).toString(), QStringLiteral("Smith"));
    QCOMPARE(query.body.value(Key::From).toInteger(), from.toMSecsSinceEpoch());
    QVERIFY(!query.body.contains(Key::To));
    QTRY_COMPARE(panel.model()->rowCount(), 2); // the fake filters by actor only
    QCOMPARE(panel.model()->rows().at(0).target, QStringLiteral("Smith, \"Jo\""));

    // A reversed range is refused before it reaches the server.
    env.server.received.clear();
    panel.toEnabled()->setChecked(true);
    panel.toField()->setDateTime(from.addDays(-1));
    panel.searchButton()->click();
    QVERIFY(panel.notice()->isVisible());
    QTest::qWait(50);
    QVERIFY(env.server.lastOf(MessageType::QueryAudit).body.isEmpty());
}

void tst_AdminWorkspace::csv_quotesCommasNewlines()
{
    QCOMPARE(CsvWriter::field(QStringLiteral("plain")), QStringLiteral("plain"));
    QCOMPARE(CsvWriter::field(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
    QCOMPARE(CsvWriter::field(QStringLiteral("say \"hi\"")), QStringLiteral("\"say \"\"hi\"\"\""));
    QCOMPARE(CsvWriter::field(QStringLiteral("two\nlines")), QStringLiteral("\"two\nlines\""));
    QCOMPARE(CsvWriter::field(QStringLiteral("cr\rhere")), QStringLiteral("\"cr\rhere\""));
    QCOMPARE(CsvWriter::field(QString()), QString());
    // Formula injection: a spreadsheet must show the text, not run it.
    QCOMPARE(CsvWriter::field(QStringLiteral("=1+2")), QStringLiteral("'=1+2"));
    QCOMPARE(CsvWriter::field(QStringLiteral("@SUM(A1)")), QStringLiteral("'@SUM(A1)"));
    QCOMPARE(CsvWriter::row({QStringLiteral("a"), QStringLiteral("b,c"), QString()}),
             QStringLiteral("a,\"b,c\",\r\n"));
}

void tst_AdminWorkspace::auditExport_fileContent()
{
    AuditLogModel model;
    model.setRows(sampleAudit());
    QCOMPARE(model.rowCount(), 3);
    const QString expected =
        QStringLiteral("id,time,actor,role,action,target,before,after,address\r\n"
                       "7,2030-03-01T09:15:30.000Z,admin,admin,user.create,\"Smith, \"\"Jo\"\"\",,"
                       "\"{\"\"roles\"\":[\"\"clerk\"\",\"\"organizer\"\"]}\",10.0.0.7\r\n"
                       "8,2030-03-01T09:15:31.000Z,admin,admin,user.note,"
                       "\"'=HYPERLINK(\"\"x\"\")\",\"line one\nline two\",plain,10.0.0.7\r\n"
                       "9,2030-03-01T09:15:32.000Z,ops,admin,session.revoke,42,,,10.0.0.7\r\n");
    QCOMPARE(model.toCsv(), expected);

    SignedIn env;
    QVERIFY(env.start());
    env.server.auditRows = sampleAudit();
    AuditPanel panel(&env.connection);
    panel.refresh();
    QTRY_COMPARE(panel.model()->rowCount(), 3);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("audit.csv"));
    QString error;
    QVERIFY2(panel.exportCsv(file, &error), qPrintable(error));
    QFile written(file);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCOMPARE(written.readAll(), QByteArray("\xEF\xBB\xBF") + expected.toUtf8());
}

QTEST_MAIN(tst_AdminWorkspace)
#include "tst_adminworkspace.moc"
