#include "fakeserver.h"

#include "net/serverconnection.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace BoxOffice;
using BoxOffice::Shared::ErrorCode;
using BoxOffice::Shared::Frame;
using BoxOffice::Shared::MessageType;
using BoxOffice::Tests::FakeServer;
using BoxOffice::Ui::ServerConnection;
using State = BoxOffice::Ui::ServerConnection::State;

class tst_ServerConnection final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void open_sendsHelloAndBecomesConnected();
    void request_repliesMatchedById();
    void request_timesOut();
    void request_whileDisconnected_failsAsynchronously();
    void subscribe_decodesSnapshotAndDelta();
    void drop_reconnectsWithSameOwner();
    void serverDown_retriesWithBackoffUntilBack();
    void drop_failsPendingRequests();
    void versionMismatch_clearErrorNoReconnect();
    void close_stopsReconnecting();
};

namespace {
bool waitForState(ServerConnection &connection, State state, int timeoutMs = 5000)
{
    return QTest::qWaitFor([&] { return connection.state() == state; }, timeoutMs);
}
} // namespace

void tst_ServerConnection::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qRegisterMetaType<Shared::SeatChange>();
}

void tst_ServerConnection::open_sendsHelloAndBecomesConnected()
{
    FakeServer server;
    QVERIFY(server.listen());
    ServerConnection connection;
    QSignalSpy states(&connection, &ServerConnection::stateChanged);

    connection.open(server.url());
    QCOMPARE(connection.state(), State::Connecting);
    QVERIFY(waitForState(connection, State::Connected));

    QCOMPARE(server.received.size(), 1);
    const Frame hello = server.received.first();
    QCOMPARE(hello.type, MessageType::Hello);
    QCOMPARE(hello.body.value(Shared::Key::Version).toInteger(), Shared::ProtocolVersion);
    QVERIFY(!hello.body.contains(Shared::Key::Owner));
    QVERIFY(!hello.body.value(Shared::Key::Client).toString().isEmpty());

    QCOMPARE(connection.serverName(), QStringLiteral("fake-server/1"));
    QCOMPARE(connection.nodeName(), QStringLiteral("test-node"));
    QCOMPARE(connection.ownerToken(), QStringLiteral("owner-1"));
    QVERIFY(connection.lastError().isEmpty());
    QCOMPARE(states.size(), 2);
    QCOMPARE(states.at(0).at(0).value<State>(), State::Connecting);
    QCOMPARE(states.at(1).at(0).value<State>(), State::Connected);
}

void tst_ServerConnection::request_repliesMatchedById()
{
    FakeServer server;
    QVERIFY(server.listen());
    ServerConnection connection;
    connection.open(server.url());
    QVERIFY(waitForState(connection, State::Connected));

    // Two requests in flight at once: each handler gets its own reply.
    QList<Frame> listReplies;
    QList<Frame> pingReplies;
    const qint64 first =
        connection.request(MessageType::ListEvents, {}, [&](const Frame &r) { listReplies.append(r); });
    const qint64 second =
        connection.request(MessageType::Ping, {}, [&](const Frame &r) { pingReplies.append(r); });
    QVERIFY(second > first);
    QTRY_COMPARE(listReplies.size(), 1);
    QTRY_COMPARE(pingReplies.size(), 1);

    QCOMPARE(listReplies.first().id, first);
    QVERIFY(!listReplies.first().isError());
    QCOMPARE(listReplies.first().result().value(Shared::Key::Events).toArray().size(), 3);
    QCOMPARE(pingReplies.first().id, second);
    QVERIFY(pingReplies.first().isError()); // the fake does not implement Ping
    QCOMPARE(pingReplies.first().errorCode(), ErrorCode::UnknownType);

    QCOMPARE(server.received.last().id, second);
    QCOMPARE(server.received.at(server.received.size() - 2).id, first);
}

void tst_ServerConnection::request_timesOut()
{
    FakeServer server;
    server.silentTypes.insert(MessageType::ListEvents);
    QVERIFY(server.listen());
    ServerConnection connection;
    connection.setRequestTimeout(200);
    connection.open(server.url());
    QVERIFY(waitForState(connection, State::Connected));

    QList<Frame> replies;
    const qint64 id =
        connection.request(MessageType::ListEvents, {}, [&](const Frame &r) { replies.append(r); });
    QTest::qWait(50);
    QVERIFY(replies.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(replies.size(), 1, 2000);
    QCOMPARE(replies.first().id, id);
    QCOMPARE(replies.first().type, MessageType::ListEvents);
    QVERIFY(replies.first().isError());
    QCOMPARE(replies.first().errorCode(), ServerConnection::TimeoutError);
    QVERIFY(!replies.first().errorMessage().isEmpty());
    // A timeout is not a drop: the connection stays up.
    QCOMPARE(connection.state(), State::Connected);
}

void tst_ServerConnection::request_whileDisconnected_failsAsynchronously()
{
    ServerConnection connection;
    bool called = false;
    Frame reply;
    connection.request(MessageType::ListEvents, {}, [&](const Frame &r) {
        called = true;
        reply = r;
    });
    QVERIFY(!called);
    QTRY_VERIFY(called);
    QCOMPARE(reply.errorCode(), ServerConnection::DisconnectedError);
}

void tst_ServerConnection::subscribe_decodesSnapshotAndDelta()
{
    FakeServer server;
    QVERIFY(server.listen());
    ServerConnection connection;
    connection.open(server.url());
    QVERIFY(waitForState(connection, State::Connected));

    QSignalSpy snapshots(&connection, &ServerConnection::snapshotReceived);
    QSignalSpy deltas(&connection, &ServerConnection::deltaReceived);
    QCborMap fields;
    fields.insert(Shared::Key::Event, 7);
    bool subscribed = false;
    connection.request(MessageType::Subscribe, fields, [&](const Frame &r) { subscribed = !r.isError(); });
    QTRY_COMPARE(deltas.size(), 1);
    QVERIFY(subscribed);
    QCOMPARE(snapshots.size(), 1);
    QCOMPARE(snapshots.first().at(0).toLongLong(), 7);
    QCOMPARE(snapshots.first().at(1).toInt(), server.seatCount);
    QCOMPARE(snapshots.first().at(2).toByteArray(), server.seatStates);

    QCOMPARE(deltas.first().at(0).toLongLong(), 7);
    const auto changes = deltas.first().at(1).value<QList<Shared::SeatChange>>();
    const QList<Shared::SeatChange> expected{{2, Shared::SeatState::Held}, {9, Shared::SeatState::Sold}};
    QCOMPARE(changes, expected);
}

void tst_ServerConnection::drop_reconnectsWithSameOwner()
{
    FakeServer server;
    QVERIFY(server.listen());
    ServerConnection connection;
    connection.setReconnectDelays(50, 200);
    connection.open(server.url());
    QVERIFY(waitForState(connection, State::Connected));
    const QString owner = connection.ownerToken();
    QVERIFY(!owner.isEmpty());

    // Subscribed before the drop: the reconnect must ask for a fresh snapshot.
    QSignalSpy snapshots(&connection, &ServerConnection::snapshotReceived);
    QCborMap fields;
    fields.insert(Shared::Key::Event, 1);
    connection.request(MessageType::Subscribe, fields, {});
    QTRY_COMPARE(snapshots.size(), 1);

    QSignalSpy scheduled(&connection, &ServerConnection::reconnectScheduled);
    server.received.clear();
    server.dropClients();
    QVERIFY(waitForState(connection, State::Disconnected));
    QCOMPARE(scheduled.size(), 1);
    QVERIFY(scheduled.first().at(0).toInt() <= 60); // 50 ms plus at most 20 % jitter
    QVERIFY(waitForState(connection, State::Connected));

    QCOMPARE(server.received.first().type, MessageType::Hello);
    QCOMPARE(server.received.first().body.value(Shared::Key::Owner).toString(), owner);
    QCOMPARE(connection.ownerToken(), owner);
    QTRY_COMPARE(snapshots.size(), 2);
    QCOMPARE(server.received.at(1).type, MessageType::Subscribe);
}

void tst_ServerConnection::serverDown_retriesWithBackoffUntilBack()
{
    FakeServer server;
    QVERIFY(server.listen());
    const quint16 port = server.port();
    ServerConnection connection;
    connection.setReconnectDelays(40, 160);
    connection.open(server.url());
    QVERIFY(waitForState(connection, State::Connected));

    QSignalSpy scheduled(&connection, &ServerConnection::reconnectScheduled);
    server.stopListening();
    server.dropClients();
    QTRY_VERIFY_WITH_TIMEOUT(scheduled.size() >= 4, 5000);
    QCOMPARE(connection.state() == State::Connected, false);
    QVERIFY(!connection.lastError().isEmpty());
    // Doubling up to the maximum, each within the 20 % jitter.
    const QList<int> nominal{40, 80, 160, 160};
    for (int i = 0; i < nominal.size(); ++i) {
        const int delay = scheduled.at(i).at(0).toInt();
        QVERIFY2(delay >= nominal[i] * 8 / 10 && delay <= nominal[i] * 12 / 10,
                 qPrintable(QStringLiteral("attempt %1 waited %2 ms").arg(i).arg(delay)));
    }

    QVERIFY(server.listen(port));
    QVERIFY(waitForState(connection, State::Connected));
    QVERIFY(connection.lastError().isEmpty());
}

void tst_ServerConnection::drop_failsPendingRequests()
{
    FakeServer server;
    server.silentTypes.insert(MessageType::ListEvents);
    QVERIFY(server.listen());
    ServerConnection connection;
    connection.setReconnectDelays(50, 100);
    connection.open(server.url());
    QVERIFY(waitForState(connection, State::Connected));

    QList<Frame> replies;
    connection.request(MessageType::ListEvents, {}, [&](const Frame &r) { replies.append(r); });
    QTRY_COMPARE(server.received.size(), 2);
    server.dropClients();
    QTRY_COMPARE(replies.size(), 1);
    QCOMPARE(replies.first().errorCode(), ServerConnection::DisconnectedError);
    QVERIFY(waitForState(connection, State::Connected)); // and it comes back
}

void tst_ServerConnection::versionMismatch_clearErrorNoReconnect()
{
    FakeServer server;
    server.version = Shared::ProtocolVersion + 1;
    QVERIFY(server.listen());
    ServerConnection connection;
    connection.setReconnectDelays(20, 40);
    QSignalSpy errors(&connection, &ServerConnection::errorOccurred);
    QSignalSpy scheduled(&connection, &ServerConnection::reconnectScheduled);
    connection.open(server.url());
    QTRY_VERIFY(!errors.isEmpty());
    QVERIFY(waitForState(connection, State::Disconnected));
    QTest::qWait(200);
    QCOMPARE(scheduled.size(), 0);
    QCOMPARE(connection.reconnectRemaining(), -1);
    QVERIFY2(connection.lastError().contains(QStringLiteral("protocol version")),
             qPrintable(connection.lastError()));
    QCOMPARE(server.received.size(), 1); // one Hello, no retries
}

void tst_ServerConnection::close_stopsReconnecting()
{
    FakeServer server;
    QVERIFY(server.listen());
    ServerConnection connection;
    connection.setReconnectDelays(20, 40);
    connection.open(server.url());
    QVERIFY(waitForState(connection, State::Connected));

    QSignalSpy scheduled(&connection, &ServerConnection::reconnectScheduled);
    connection.close();
    QCOMPARE(connection.state(), State::Disconnected);
    QTest::qWait(200);
    QCOMPARE(scheduled.size(), 0);
    QCOMPARE(server.received.size(), 1);
}

QTEST_GUILESS_MAIN(tst_ServerConnection)
#include "tst_serverconnection.moc"
