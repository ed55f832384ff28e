// The server's life around the requests: migrations applied once, an append-only audit
// log, health and metrics over HTTP, heartbeats that drop dead peers, and a graceful stop.

#include "serverprocess.h"
#include "testclient.h"
#include "testdatabase.h"
#include "testsales.h"

#include <QCborArray>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#include <memory>
#include <optional>
#include <vector>

using namespace BoxOffice::Shared;
using namespace BoxOffice::Test;

class tst_Lifecycle : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void migrations_recordedOnce_restartAppliesNothing();
    void auditLog_updateDeleteTruncateRefused();
    void health_okAndHoldsCounted();
    void heartbeat_silentPeerDropped();
    void sigterm_exitsCleanlyAndClosesClients();

private:
    struct HttpResult
    {
        int status = 0;
        QByteArray body;
    };
    std::optional<HttpResult> get(const QString &path);
    /** The value of an unlabelled metric in /metrics, or -1. */
    qint64 metric(const char *name);
    QString migrationRows();

    TestDatabase m_db;
    ServerProcess m_server;
    QNetworkAccessManager m_http;
    bool m_stopped = false;
};

static constexpr int HeartbeatS = 1;

void tst_Lifecycle::initTestCase()
{
    QString error;
    QVERIFY2(m_db.create(QStringLiteral("lifecycle"), &error), qPrintable(error));
    QVERIFY2(m_server.start(m_db,
                            {QStringLiteral("--load-demo"), QStringLiteral("--workers"), QStringLiteral("2"),
                             QStringLiteral("--heartbeat"), QString::number(HeartbeatS)},
                            &error),
             qPrintable(error));
}

void tst_Lifecycle::cleanupTestCase()
{
    if (!m_stopped)
        QCOMPARE(m_server.terminate(), 0);
}

std::optional<tst_Lifecycle::HttpResult> tst_Lifecycle::get(const QString &path)
{
    QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.httpPort()).arg(path)));
    QNetworkReply *reply = m_http.get(request);
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    loop.exec();
    std::unique_ptr<QNetworkReply, void (*)(QNetworkReply *)> guard(
        reply, [](QNetworkReply *r) { r->deleteLater(); });
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!reply->isFinished() || !status.isValid()) {
        qWarning("GET %s failed: %s", qPrintable(path), qPrintable(reply->errorString()));
        return std::nullopt;
    }
    return HttpResult{status.toInt(), reply->readAll()};
}

qint64 tst_Lifecycle::metric(const char *name)
{
    const auto r = get(QStringLiteral("/metrics"));
    if (!r || r->status != 200)
        return -1;
    const QByteArray prefix = QByteArray(name) + ' ';
    for (const QByteArray &line : r->body.split('\n')) {
        if (line.startsWith(prefix)) {
            bool ok = false;
            const qint64 v = line.mid(prefix.size()).trimmed().toLongLong(&ok);
            return ok ? v : -1;
        }
    }
    return -1;
}

QString tst_Lifecycle::migrationRows()
{
    return m_db
        .scalar(QStringLiteral(
            "SELECT count(*) || ' ' || string_agg(version || ':' || name || ':' || applied_at, ',' "
            "ORDER BY version) FROM schema_migrations"))
        .toString();
}

void tst_Lifecycle::migrations_recordedOnce_restartAppliesNothing()
{
    QVERIFY2(m_server.output().contains("applied migration"), m_server.output().constData());
    const QString rows = migrationRows();
    QVERIFY2(rows.startsWith(QLatin1String("2 ")) || rows.section(QLatin1Char(' '), 0, 0).toInt() > 2,
             qPrintable(rows));
    QCOMPARE(m_db.scalar(QStringLiteral("SELECT name FROM schema_migrations WHERE version = 1")).toString(),
             QStringLiteral("001_schema.sql"));
    QCOMPARE(m_db.scalar(QStringLiteral("SELECT name FROM schema_migrations WHERE version = 2")).toString(),
             QStringLiteral("002_inventory_functions.sql"));
    const int events = m_db.scalar(QStringLiteral("SELECT count(*) FROM events")).toInt();
    const int seats = m_db.scalar(QStringLiteral("SELECT count(*) FROM event_seats")).toInt();
    QCOMPARE(events, 4);
    QCOMPARE(seats, 2 * 2000 + 2 * 50000);

    // Twice more: each start finds everything applied and the demo loaded.
    for (int i = 0; i < 2; ++i) {
        QCOMPARE(m_server.terminate(), 0);
        const qsizetype seen = m_server.output().size();
        QString error;
        QVERIFY2(m_server.restart(&error), qPrintable(error));
        QVERIFY2(m_server.acceptsConnections(), "the restarted server does not listen");
        QCOMPARE(migrationRows(), rows);
        QCOMPARE(m_db.scalar(QStringLiteral("SELECT count(*) FROM events")).toInt(), events);
        QCOMPARE(m_db.scalar(QStringLiteral("SELECT count(*) FROM event_seats")).toInt(), seats);
        TestClient c;
        QVERIFY2(c.open(m_server.url()), qPrintable(c.lastError()));
        const auto pong = c.request(MessageType::Ping);
        QVERIFY(pong && !pong->isError());
        c.close();
        // The whole output of this run is in once it has stopped.
        QCOMPARE(m_server.terminate(), 0);
        const QByteArray output = m_server.output().mid(seen);
        QVERIFY2(output.contains("listening on ws://"), output.constData());
        QVERIFY2(!output.contains("applied migration"), output.constData());
        QVERIFY2(!output.contains("loaded demo data"), output.constData());
        QVERIFY2(m_server.restart(&error), qPrintable(error));
        QVERIFY2(m_server.acceptsConnections(), "the restarted server does not listen");
    }
}

void tst_Lifecycle::auditLog_updateDeleteTruncateRefused()
{
    // An order writes an audit row (a buyer's when it ends: cancelled here); the log must
    // not be empty for the checks to mean anything.
    TestClient c;
    QVERIFY2(c.open(m_server.url()), qPrintable(c.lastError()));
    QCborMap hold;
    hold.insert(Key::Event, 1);
    hold.insert(Key::Seats, QCborArray{100, 101});
    const auto held = c.request(MessageType::Hold, hold);
    QVERIFY(held && !held->isError());
    QString message;
    const qint64 orderId =
        createOrder(c, 1, {held->result().value(Key::Hold).toInteger()}, nullptr, &message);
    QVERIFY2(orderId > 0, qPrintable(message));
    const auto cancelled = c.request(MessageType::CancelOrder, {{Key::Order, orderId}});
    QVERIFY(cancelled && !cancelled->isError());

    const QString rowsSql =
        QStringLiteral("SELECT count(*) || ' ' || md5(string_agg(audit_id || actor || action || at"
                       " || coalesce(after::text, ''), ',' ORDER BY audit_id)) FROM audit_log");
    const QString before = m_db.scalar(rowsSql).toString();
    QVERIFY2(m_db.scalar(QStringLiteral("SELECT count(*) FROM audit_log")).toInt() >= 1, qPrintable(before));

    const QStringList refused{
        QStringLiteral("UPDATE audit_log SET actor = 'mallory'"),
        QStringLiteral("UPDATE audit_log SET after = NULL WHERE action = 'order.cancel'"),
        QStringLiteral("DELETE FROM audit_log"),
        QStringLiteral("DELETE FROM audit_log WHERE audit_id = (SELECT max(audit_id) FROM audit_log)"),
        QStringLiteral("TRUNCATE audit_log"),
        QStringLiteral("TRUNCATE audit_log CASCADE"),
    };
    for (const QString &sql : refused) {
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("^SQL failed: ")));
        QVERIFY2(!m_db.exec(sql), qPrintable(sql));
        // Unprepared as well (PostgreSQL cannot PREPARE a TRUNCATE), and refused by the
        // append-only trigger rather than by anything else.
        QSqlQuery q(m_db.db());
        QVERIFY2(!q.exec(sql), qPrintable(sql));
        QVERIFY2(q.lastError().text().contains(QLatin1String("append-only")),
                 qPrintable(q.lastError().text()));
        QCOMPARE(m_db.scalar(rowsSql).toString(), before);
    }
    // The same path does change an ordinary table, so the refusals above are the trigger's.
    QSqlQuery control(m_db.db());
    QVERIFY(control.exec(QStringLiteral("CREATE TEMP TABLE audit_control (x int)")));
    QVERIFY(control.exec(QStringLiteral("INSERT INTO audit_control VALUES (1)")));
    QVERIFY(control.exec(QStringLiteral("UPDATE audit_control SET x = 2")));
    QVERIFY(control.exec(QStringLiteral("TRUNCATE audit_control")));
    QVERIFY(m_db.exec(QStringLiteral("DELETE FROM audit_control")));
    // Appending stays possible.
    QVERIFY(m_db.exec(
        QStringLiteral("INSERT INTO audit_log (actor, action, target) VALUES ('test', 'test.append', 'x')")));
    QCOMPARE(m_db.scalar(QStringLiteral("SELECT count(*) FROM audit_log")).toInt(),
             before.section(QLatin1Char(' '), 0, 0).toInt() + 1);
}

void tst_Lifecycle::health_okAndHoldsCounted()
{
    const auto health = get(QStringLiteral("/health"));
    QVERIFY(health);
    QCOMPARE(health->status, 200);
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(health->body, &parseError);
    QVERIFY2(doc.isObject(), health->body.constData());
    QCOMPARE(doc.object().value(QStringLiteral("status")).toString(), QStringLiteral("ok"));

    TestClient c;
    QVERIFY2(c.open(m_server.url()), qPrintable(c.lastError()));
    const qint64 before = metric("boxoffice_holds_total");
    QVERIFY(before >= 0);
    QCborMap hold;
    hold.insert(Key::Event, 2);
    hold.insert(Key::Seats, QCborArray{10, 11, 12});
    const auto held = c.request(MessageType::Hold, hold);
    QVERIFY(held && !held->isError());
    QCOMPARE(metric("boxoffice_holds_total"), before + 1);
    // A refused hold is not counted as granted.
    const auto again = c.request(MessageType::Hold, hold);
    QVERIFY(again && again->isError());
    QCOMPARE(again->errorCode(), ErrorCode::SeatUnavailable);
    QCOMPARE(metric("boxoffice_holds_total"), before + 1);

    const auto notFound = get(QStringLiteral("/no-such-page"));
    QVERIFY(notFound);
    QCOMPARE(notFound->status, 404);
}

void tst_Lifecycle::heartbeat_silentPeerDropped()
{
    TestClient live;
    QVERIFY2(live.open(m_server.url()), qPrintable(live.lastError()));
    QVERIFY(TestClient::waitUntil([&] { return metric("boxoffice_connections") == 1; }, 5000));

    // A peer that upgrades and then plays dead: never sends a frame, never answers a ping.
    QTcpSocket raw;
    raw.connectToHost(QHostAddress::LocalHost, m_server.port());
    QVERIFY(raw.waitForConnected(5000));
    const QByteArray key = QByteArrayLiteral("dGhlIHNhbXBsZSBub25jZQ==");
    raw.write(QByteArray("GET / HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(m_server.port()) +
                         "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: " + key +
                         "\r\nSec-WebSocket-Version: 13\r\n\r\n"));
    QVERIFY(raw.waitForBytesWritten(5000));
    QElapsedTimer silent;
    silent.start();
    QByteArray response;
    QVERIFY2(TestClient::waitUntil(
                 [&] {
                     response += raw.readAll();
                     return response.contains("\r\n\r\n") || raw.state() != QAbstractSocket::ConnectedState;
                 },
                 5000),
             response.constData());
    QVERIFY2(response.startsWith("HTTP/1.1 101"), response.constData());
    const QByteArray accept =
        QCryptographicHash::hash(QByteArray(key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"),
                                 QCryptographicHash::Sha1)
            .toBase64();
    QVERIFY2(response.contains(QByteArray("Sec-WebSocket-Accept: " + accept)), response.constData());
    QVERIFY(TestClient::waitUntil([&] { return metric("boxoffice_connections") == 2; }, 3000));

    // Not dropped before three heartbeat intervals of silence...
    TestClient::waitUntil([&] { return raw.state() != QAbstractSocket::ConnectedState; },
                          2 * HeartbeatS * 1000);
    QVERIFY2(raw.state() == QAbstractSocket::ConnectedState, "dropped before three heartbeat intervals");
    // ...and dropped soon after: three intervals, one tick, the close grace of 2 s.
    const int limitMs = 3 * HeartbeatS * 1000 + HeartbeatS * 1000 + 2000 + 1000;
    const bool dropped = TestClient::waitUntil(
        [&] {
            raw.readAll(); // data is read but never answered
            return raw.state() != QAbstractSocket::ConnectedState;
        },
        limitMs - int(silent.elapsed()));
    qInfo("silent peer dropped after %lld ms", silent.elapsed());
    QVERIFY2(dropped,
             qPrintable(QStringLiteral("silent peer still connected after %1 ms").arg(silent.elapsed())));
    QVERIFY(TestClient::waitUntil([&] { return metric("boxoffice_connections") == 1; }, 3000));

    // The live client answered the pings all along and is still served.
    QVERIFY(live.isConnected());
    const auto pong = live.request(MessageType::Ping);
    QVERIFY(pong && !pong->isError());
}

void tst_Lifecycle::sigterm_exitsCleanlyAndClosesClients()
{
    std::vector<std::unique_ptr<TestClient>> clients;
    for (int i = 0; i < 4; ++i) {
        clients.push_back(std::make_unique<TestClient>());
        QVERIFY2(clients.back()->open(m_server.url()), qPrintable(clients.back()->lastError()));
    }
    // Holds in flight when the signal arrives.
    QList<qint64> ids;
    for (int i = 0; i < int(clients.size()); ++i) {
        QCborMap hold;
        hold.insert(Key::Event, 1);
        hold.insert(Key::Seats, QCborArray{500 + 2 * i, 501 + 2 * i});
        ids.append(clients[size_t(i)]->send(MessageType::Hold, hold));
    }
    QCoreApplication::processEvents(QEventLoop::AllEvents, 5); // put them on the wire

    QElapsedTimer t;
    t.start();
    const int code = m_server.terminate(10000);
    m_stopped = true;
    qInfo("server stopped in %lld ms", t.elapsed());
    QCOMPARE(code, 0);
    QVERIFY(t.elapsed() < 10000);

    int answered = 0;
    for (int i = 0; i < int(clients.size()); ++i) {
        TestClient &c = *clients[size_t(i)];
        QVERIFY2(c.waitForDisconnect(5000), "a client did not see the connection close");
        QCOMPARE(c.closeCode(), QWebSocketProtocol::CloseCodeGoingAway);
        if (const auto reply = c.takeReply(ids.at(i))) {
            ++answered;
            // An acknowledged hold is in the database, active, over exactly those seats.
            QVERIFY2(!reply->isError(), qPrintable(reply->errorMessage()));
            const qint64 hold = reply->result().value(Key::Hold).toInteger();
            QCOMPARE(
                m_db.scalar(QStringLiteral("SELECT state || ':' || array_to_string(seats, ',') FROM holds "
                                           "WHERE event_id = 1 AND hold_id = ?"),
                            {hold})
                    .toString(),
                QStringLiteral("0:%1,%2").arg(500 + 2 * i).arg(501 + 2 * i));
        }
    }
    qInfo("%d of %d holds in flight were answered before the close", answered, int(clients.size()));
    QVERIFY(m_server.output().contains("stopped"));
}

QTEST_GUILESS_MAIN(tst_Lifecycle)
#include "tst_lifecycle.moc"
