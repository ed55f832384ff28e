// Sign-in abuse and session life: growing delays per name instead of a lockout, one reply for unknown names
// and wrong passwords, the per-address rate limit, holds kept across a resumed session, sign-out and
// revocation reaching another node within a second, and no clear token or password in the database or the
// server log.

#include "serverprocess.h"
#include "testclient.h"
#include "testdatabase.h"

#include <QCborArray>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QSqlQuery>
#include <QTest>

using namespace BoxOffice::Shared;
using namespace BoxOffice::Test;

class tst_SignInAbuse : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void failures_delayGrows_noLockout();
    void unknownUser_sameReplyAsWrongPassword();
    void resumedBuyerSession_keepsHolds();
    void signOutOnB_endsSessionOnAWithin1s();
    void revokeSessionOnB_endsSessionOnAWithin1s();
    void manyAttemptsFromOneAddress_rateLimited();
    void noSecretInDatabaseOrLog();

private:
    bool createUser(const QString &name, const QString &roles, const QString &password);
    std::optional<Frame> signInReply(TestClient &c, const QString &user, const QString &password);
    static bool endsWithin(TestClient &c, int ms);

    TestDatabase m_db;
    ServerProcess m_a;
    ServerProcess m_b;
    QStringList m_secrets; // every password and token used: none may appear in clear
};

static const QString AdminPassword = QStringLiteral("admin-password-0123");
static const QString LockyPassword = QStringLiteral("locky-password-4567");

bool tst_SignInAbuse::createUser(const QString &name, const QString &roles, const QString &password)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QCoreApplication::applicationDirPath() + QStringLiteral("/boxoffice-server"),
            {QStringLiteral("--db-host"), m_db.host(), QStringLiteral("--db-port"),
             QString::number(m_db.port()), QStringLiteral("--db-user"), m_db.user(),
             QStringLiteral("--db-name"), m_db.name(), QStringLiteral("--create-user"), name,
             QStringLiteral("--roles"), roles});
    p.write((password + QLatin1Char('\n')).toUtf8());
    p.closeWriteChannel();
    const bool ok = p.waitForFinished(30000) && p.exitCode() == 0;
    const QByteArray out = p.readAll();
    if (!ok)
        qWarning("create-user %s: %s", qPrintable(name), out.constData());
    return ok && !out.contains(password.toUtf8());
}

void tst_SignInAbuse::initTestCase()
{
    QString error;
    QVERIFY2(m_db.create(QStringLiteral("signinabuse"), &error), qPrintable(error));
    QVERIFY2(m_a.start(m_db, {QStringLiteral("--load-demo")}, &error), qPrintable(error));
    QVERIFY2(m_b.start(m_db, {}, &error), qPrintable(error));
    QVERIFY(createUser(QStringLiteral("admin1"), QStringLiteral("admin"), AdminPassword));
    QVERIFY(createUser(QStringLiteral("locky"), QStringLiteral("clerk"), LockyPassword));
    m_secrets << AdminPassword << LockyPassword;
    // A short password is refused by the command line, with exit code 1.
    QVERIFY(!createUser(QStringLiteral("shorty"), QStringLiteral("clerk"), QStringLiteral("short")));
}

void tst_SignInAbuse::cleanupTestCase()
{
    // noSecretInDatabaseOrLog stops both nodes to read their whole output; this covers a
    // run that failed before it.
    m_a.terminate();
    m_b.terminate();
}

std::optional<Frame> tst_SignInAbuse::signInReply(TestClient &c, const QString &user, const QString &password)
{
    QCborMap f;
    f.insert(Key::User, user);
    f.insert(Key::Password, password);
    return c.request(MessageType::SignIn, f, 15000);
}

void tst_SignInAbuse::failures_delayGrows_noLockout()
{
    // On node A: 3 failures, 1 refused early, 1 failure, 1 refused early, 1 success = 7 of
    // A's burst of 10 password sign-ins per address.
    TestClient c;
    QVERIFY2(c.openWithoutSession(m_a.url()), qPrintable(c.lastError()));
    for (int i = 0; i < 3; ++i) {
        const auto r = signInReply(c, QStringLiteral("locky"), QStringLiteral("wrong-password-%1").arg(i));
        QVERIFY(r && r->isError());
        QCOMPARE(int(r->errorCode()), int(ErrorCode::SignInFailed));
    }
    // The fourth attempt must wait 1 s; sooner it is refused, and not counted.
    const auto early = signInReply(c, QStringLiteral("locky"), LockyPassword);
    QVERIFY(early && early->isError());
    QCOMPARE(int(early->errorCode()), int(ErrorCode::RateLimited));
    QTest::qWait(1100);
    const auto fourth = signInReply(c, QStringLiteral("locky"), QStringLiteral("wrong-password-3"));
    QVERIFY(fourth && fourth->isError());
    QCOMPARE(int(fourth->errorCode()), int(ErrorCode::SignInFailed));
    // The next waits twice as long.
    QTest::qWait(1100);
    const auto second = signInReply(c, QStringLiteral("locky"), LockyPassword);
    QVERIFY(second && second->isError());
    QCOMPARE(int(second->errorCode()), int(ErrorCode::RateLimited));
    QVERIFY(!m_db.scalar(QStringLiteral("SELECT locked_until IS NOT NULL FROM users WHERE name = 'locky'"))
                 .toBool());
    // No lockout: after the delay the right password signs in.
    QTest::qWait(1000);
    QVERIFY2(c.signIn(QStringLiteral("locky"), LockyPassword), qPrintable(c.lastError()));
    m_secrets << c.token();
    QCOMPARE(m_db.scalar(QStringLiteral("SELECT failed_count FROM users WHERE name = 'locky'")).toInt(), 0);
    QCOMPARE(
        m_db.scalar(QStringLiteral(
                        "SELECT count(*) FROM audit_log WHERE action = 'signin.failed' AND actor = 'locky'"
                        " AND address = '127.0.0.1'"))
            .toInt(),
        4);
    QCOMPARE(
        m_db.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'signin.locked'")).toInt(),
        0);
    QCOMPARE(m_db.scalar(QStringLiteral(
                             "SELECT count(*) FROM audit_log WHERE action = 'signin.ok' AND actor = 'locky'"))
                 .toInt(),
             1);
}

void tst_SignInAbuse::unknownUser_sameReplyAsWrongPassword()
{
    TestClient c;
    QVERIFY2(c.openWithoutSession(m_a.url()), qPrintable(c.lastError()));
    QElapsedTimer t;
    t.start();
    const auto unknown = signInReply(c, QStringLiteral("nobody-at-all"), QStringLiteral("some-password-1"));
    const qint64 unknownMs = t.restart();
    const auto wrong = signInReply(c, QStringLiteral("admin1"), QStringLiteral("some-password-1"));
    const qint64 wrongMs = t.elapsed();
    QVERIFY(unknown && wrong && unknown->isError() && wrong->isError());
    QCOMPARE(int(unknown->errorCode()), int(ErrorCode::SignInFailed));
    QCOMPARE(int(wrong->errorCode()), int(ErrorCode::SignInFailed));
    QCOMPARE(unknown->errorMessage(), wrong->errorMessage());
    qInfo("unknown user %lld ms, wrong password %lld ms", unknownMs, wrongMs);
    // Both ran scrypt: neither answers in a fraction of the other's time.
    QVERIFY2(unknownMs * 3 >= wrongMs && wrongMs * 3 >= unknownMs, "reply times tell unknown names apart");
    // Unknown names are counted like users, so a lockout does not reveal existence either.
    QCOMPARE(
        m_db.scalar(QStringLiteral("SELECT failed_count FROM signin_unknown WHERE name = 'nobody-at-all'"))
            .toInt(),
        1);
}

void tst_SignInAbuse::resumedBuyerSession_keepsHolds()
{
    TestClient first;
    QVERIFY2(first.open(m_a.url()), qPrintable(first.lastError()));
    const QString token = first.token();
    m_secrets << token;
    QCOMPARE(token.size(), 64);
    QCborMap hold;
    hold.insert(Key::Event, 1);
    hold.insert(Key::Seats, QCborArray{11, 12});
    const auto held = first.request(MessageType::Hold, hold);
    QVERIFY(held && !held->isError());
    const qint64 holdId = held->result().value(Key::Hold).toInteger();
    first.close();
    QVERIFY(first.waitForDisconnect(5000));

    // Another buyer may not touch it.
    QCborMap ref;
    ref.insert(Key::Event, 1);
    ref.insert(Key::Hold, holdId);
    TestClient other;
    QVERIFY2(other.open(m_a.url()), qPrintable(other.lastError()));
    const auto stolen = other.request(MessageType::Extend, ref);
    QVERIFY(stolen && stolen->isError());
    QCOMPARE(int(stolen->errorCode()), int(ErrorCode::UnknownHold));
    // No id oracle: the same words as for a hold that does not exist.
    QCborMap none;
    none.insert(Key::Event, 1);
    none.insert(Key::Hold, holdId + 1000000);
    const auto missing = other.request(MessageType::Extend, none);
    QVERIFY(missing && missing->isError());
    QCOMPARE(int(missing->errorCode()), int(ErrorCode::UnknownHold));
    QCOMPARE(stolen->errorMessage(), missing->errorMessage());

    // The same session, resumed on a new connection to the other node, still owns it.
    TestClient again;
    QVERIFY2(again.open(m_b.url(), 10000, token), qPrintable(again.lastError()));
    QCOMPARE(again.sessionId(), first.sessionId());
    const auto released = again.request(MessageType::Release, ref);
    QVERIFY2(released && !released->isError(), released ? qPrintable(released->errorMessage()) : "no reply");
    QCOMPARE(released->result().value(Key::Released).toInteger(), 2);

    // A made-up token resumes nothing.
    TestClient stranger;
    QVERIFY(stranger.openWithoutSession(m_a.url()));
    QCborMap fake;
    fake.insert(Key::Token, QString(64, QLatin1Char('a')));
    const auto refused = stranger.request(MessageType::BuyerSession, fake);
    QVERIFY(refused && refused->isError());
    QCOMPARE(int(refused->errorCode()), int(ErrorCode::SessionExpired));
}

bool tst_SignInAbuse::endsWithin(TestClient &c, int ms)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms) {
        const auto r = c.request(MessageType::ListEvents);
        if (r && r->isError() &&
            (r->errorCode() == ErrorCode::SessionExpired || r->errorCode() == ErrorCode::NotSignedIn)) {
            qInfo("session ended after %lld ms", t.elapsed());
            return true;
        }
        QTest::qWait(20);
    }
    return false;
}

void tst_SignInAbuse::signOutOnB_endsSessionOnAWithin1s()
{
    TestClient onA;
    QVERIFY2(onA.open(m_a.url()), qPrintable(onA.lastError()));
    m_secrets << onA.token();
    const auto before = onA.request(MessageType::ListEvents);
    QVERIFY(before && !before->isError());
    TestClient onB;
    QVERIFY2(onB.open(m_b.url(), 10000, onA.token()), qPrintable(onB.lastError()));
    const auto out = onB.request(MessageType::SignOut);
    QVERIFY(out && !out->isError());
    QVERIFY2(endsWithin(onA, 1000), "node A still serves a session signed out on node B");
    QVERIFY(m_db.scalar(QStringLiteral("SELECT revoked_at IS NOT NULL FROM sessions WHERE session_id = ?"),
                        {onA.sessionId()})
                .toBool());
    // And the token no longer resumes.
    TestClient later;
    QVERIFY(!later.open(m_a.url(), 10000, onA.token()));
}

void tst_SignInAbuse::revokeSessionOnB_endsSessionOnAWithin1s()
{
    TestClient victim;
    QVERIFY2(victim.open(m_a.url()), qPrintable(victim.lastError()));
    m_secrets << victim.token();
    // A buyer session gets its row (and shows in ListSessions) when it first holds seats.
    QCborMap h;
    h.insert(Key::Event, 1);
    h.insert(Key::Seats, QCborArray{140});
    const auto held = victim.request(MessageType::Hold, h);
    QVERIFY2(held && !held->isError(), held ? qPrintable(held->errorMessage()) : "no reply");
    TestClient admin;
    QVERIFY2(admin.openWithoutSession(m_b.url()), qPrintable(admin.lastError()));
    QVERIFY2(admin.signIn(QStringLiteral("admin1"), AdminPassword), qPrintable(admin.lastError()));
    m_secrets << admin.token();
    const auto listed = admin.request(MessageType::ListSessions);
    QVERIFY(listed && !listed->isError());
    bool seen = false;
    for (const QCborValue &s : listed->result().value(Key::Sessions).toArray())
        seen = seen || s.toMap().value(Key::Session).toInteger() == victim.sessionId();
    QVERIFY2(seen, "ListSessions does not show a live buyer session");
    QCborMap f;
    f.insert(Key::Session, victim.sessionId());
    const auto revoked = admin.request(MessageType::RevokeSession, f);
    QVERIFY2(revoked && !revoked->isError(), revoked ? qPrintable(revoked->errorMessage()) : "no reply");
    QVERIFY2(endsWithin(victim, 1000), "node A still serves a session revoked on node B");
    QCOMPARE(m_db.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'session.revoke'"
                                        " AND actor = 'admin1' AND target = ?"),
                         {QStringLiteral("session:%1").arg(victim.sessionId())})
                 .toInt(),
             1);
    // The admin can read that back through QueryAudit.
    QCborMap q;
    q.insert(Key::Actor, QStringLiteral("admin1"));
    const auto audit = admin.request(MessageType::QueryAudit, q);
    QVERIFY(audit && !audit->isError());
    QVERIFY(!audit->result().value(Key::Rows).toArray().isEmpty());
}

void tst_SignInAbuse::manyAttemptsFromOneAddress_rateLimited()
{
    // Node B has seen one password sign-in; its bucket holds 10.
    TestClient c;
    QVERIFY2(c.openWithoutSession(m_b.url()), qPrintable(c.lastError()));
    int failed = 0, limited = 0;
    for (int i = 0; i < 15; ++i) {
        const auto r = signInReply(c, QStringLiteral("guess-%1").arg(i), QStringLiteral("guessed-password"));
        QVERIFY(r && r->isError());
        if (r->errorCode() == ErrorCode::RateLimited)
            ++limited;
        else if (r->errorCode() == ErrorCode::SignInFailed)
            ++failed;
    }
    qInfo("%d refused as failed, %d rate limited", failed, limited);
    QVERIFY2(limited >= 5, "no rate limit after a burst of password guesses");
    QVERIFY(failed <= 10);
    QVERIFY2(c.isConnected(), "rate limiting closed the connection");
    // Audited once per run of refusals, not once per refused attempt.
    QVERIFY(TestClient::waitUntil(
        [&] {
            return m_db.scalar(QStringLiteral(
                                   "SELECT count(*) FROM audit_log WHERE action = 'signin.ratelimited'"))
                       .toInt() > 0;
        },
        5000));
    QCOMPARE(m_db.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'signin.ratelimited'"
                                        " AND address = '127.0.0.1' AND target = 'address:127.0.0.1'"))
                 .toInt(),
             1);
}

void tst_SignInAbuse::noSecretInDatabaseOrLog()
{
    QVERIFY(m_secrets.size() >= 6);
    for (const QString &secret : std::as_const(m_secrets)) {
        QVERIFY(!secret.isEmpty());
        for (const char *table : {"users", "sessions", "audit_log", "signin_unknown"}) {
            // The whole row as text: every column, bytea as hex.
            const int hits =
                m_db.scalar(QStringLiteral("SELECT count(*) FROM %1 t WHERE position(? IN t::text) > 0")
                                .arg(QLatin1String(table)),
                            {secret})
                    .toInt();
            QVERIFY2(hits == 0,
                     qPrintable(QStringLiteral("a secret appears in clear in %1").arg(QLatin1String(table))));
        }
    }
    // The hashes are what is stored: scrypt for passwords, SHA-256 for tokens.
    QVERIFY(m_db.scalar(QStringLiteral("SELECT bool_and(password_hash LIKE 'scrypt$16384$8$1$%') FROM users"))
                .toBool());
    QVERIFY(m_db.scalar(QStringLiteral("SELECT bool_and(length(token_hash) = 32) FROM sessions")).toBool());
    QCOMPARE(m_a.terminate(), 0);
    QCOMPARE(m_b.terminate(), 0);
    const QByteArray logs = m_a.output() + m_b.output();
    QVERIFY(!logs.isEmpty());
    for (const QString &secret : std::as_const(m_secrets))
        QVERIFY2(!logs.contains(secret.toUtf8()), "a secret appears in the server's output");
}

QTEST_GUILESS_MAIN(tst_SignInAbuse)
#include "tst_signinabuse.moc"
