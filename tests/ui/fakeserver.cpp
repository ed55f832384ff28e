#include "fakeserver.h"

#include "seatmap/seatcodec.h"

#include <QCborMap>
#include <QDateTime>
#include <QHostAddress>
#include <QTimeZone>
#include <QWebSocket>
#include <QWebSocketServer>

namespace BoxOffice::Tests {

using Shared::MessageType;
namespace Key = Shared::Key;

FakeServer::FakeServer(QObject *parent)
    : QObject(parent)
    , m_server(new QWebSocketServer(QStringLiteral("fake"), QWebSocketServer::NonSecureMode, this))
{
    events = sampleEvents();
    seatStates = QByteArray(seatCount, char(Shared::SeatState::Available));
    seatStates[3] = char(Shared::SeatState::Sold);
    seatStates[7] = char(Shared::SeatState::Held);
    connect(m_server, &QWebSocketServer::newConnection, this, &FakeServer::onNewConnection);
}

FakeServer::~FakeServer()
{
    for (QWebSocket *socket : std::as_const(m_clients))
        socket->disconnect(this);
}

QCborArray FakeServer::sampleEvents()
{
    auto event = [](qint64 id, const QString &name, const QString &venue, qint64 starts,
                    int n, int available, int held, int sold) {
        QCborMap map;
        map.insert(Key::Id, id);
        map.insert(Key::Name, name);
        map.insert(Key::Venue, venue);
        map.insert(Key::Starts, starts);
        map.insert(Key::SeatCount, n);
        map.insert(Key::Available, available);
        map.insert(Key::Held, held);
        map.insert(Key::Sold, sold);
        map.insert(Key::Blocked, n - available - held - sold);
        map.insert(Key::MaxSeats, 10);
        map.insert(Key::Currency, QStringLiteral("EUR"));
        QCborMap category;
        category.insert(Key::Id, 1);
        category.insert(Key::Name, QStringLiteral("Stalls"));
        category.insert(Key::Price, 4500);
        map.insert(Key::Categories, QCborArray{category});
        return map;
    };
    // 2030-03-01 19:30 UTC and two later dates, given in ms since the epoch.
    const qint64 base = QDateTime(QDate(2030, 3, 1), QTime(19, 30), QTimeZone::utc())
                            .toMSecsSinceEpoch();
    const qint64 day = 24 * 3600 * 1000LL;
    QCborArray array;
    array.append(event(1, QStringLiteral("The Magic Flute"), QStringLiteral("Grand Hall"),
                       base + 7 * day, 1200, 1000, 50, 150));
    array.append(event(2, QStringLiteral("Swan Lake"), QStringLiteral("Grand Hall"), base,
                       1200, 0, 0, 1200));
    array.append(event(3, QStringLiteral("Jazz Night"), QStringLiteral("Studio"),
                       base + 2 * day, 180, 176, 2, 0));
    return array;
}

bool FakeServer::listen(quint16 port)
{
    return m_server->listen(QHostAddress::LocalHost, port);
}

void FakeServer::stopListening()
{
    m_server->close();
}

quint16 FakeServer::port() const
{
    return m_server->serverPort();
}

QUrl FakeServer::url() const
{
    return QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(port()));
}

void FakeServer::dropClients()
{
    const QList<QWebSocket *> clients = m_clients;
    m_clients.clear();
    for (QWebSocket *socket : clients) {
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
    }
}

void FakeServer::onNewConnection()
{
    while (QWebSocket *socket = m_server->nextPendingConnection()) {
        socket->setParent(this);
        m_clients.append(socket);
        connect(socket, &QWebSocket::binaryMessageReceived, this,
                [this, socket](const QByteArray &data) { onFrame(socket, data); });
        connect(socket, &QWebSocket::disconnected, this, [this, socket] {
            m_clients.removeAll(socket);
            socket->deleteLater();
        });
    }
}

void FakeServer::onFrame(QWebSocket *socket, const QByteArray &data)
{
    const Shared::DecodeResult decoded = Shared::decodeFrame(data);
    if (!decoded.frame) {
        socket->sendBinaryMessage(
            Shared::encodeError(decoded.type, decoded.id, decoded.error, decoded.message));
        return;
    }
    const Shared::Frame frame = *decoded.frame;
    received.append(frame);
    emit requestReceived(frame);
    if (silentTypes.contains(frame.type))
        return;

    switch (frame.type) {
    case MessageType::Hello: {
        if (frame.body.value(Key::Version).toInteger() != version) {
            socket->sendBinaryMessage(Shared::encodeError(frame.type, frame.id,
                                                          Shared::ErrorCode::VersionMismatch,
                                                          QStringLiteral("version mismatch")));
            socket->close();
            return;
        }
        QCborMap result;
        result.insert(Key::Version, version);
        result.insert(Key::Server, QStringLiteral("fake-server/1"));
        result.insert(Key::Node, QStringLiteral("test-node"));
        const QString owner = frame.body.value(Key::Owner).toString();
        result.insert(Key::Owner, owner.isEmpty()
                                      ? QStringLiteral("owner-%1").arg(++m_ownerCounter)
                                      : owner);
        socket->sendBinaryMessage(Shared::encodeResult(frame.type, frame.id, result));
        return;
    }
    case MessageType::ListEvents: {
        QCborMap result;
        result.insert(Key::Events, events);
        socket->sendBinaryMessage(Shared::encodeResult(frame.type, frame.id, result));
        return;
    }
    case MessageType::Subscribe: {
        const qint64 event = frame.body.value(Key::Event).toInteger();
        QCborMap result;
        result.insert(Key::Event, event);
        result.insert(Key::SeatCount, seatCount);
        socket->sendBinaryMessage(Shared::encodeResult(frame.type, frame.id, result));
        QCborMap snapshot;
        snapshot.insert(Key::Event, event);
        snapshot.insert(Key::SeatCount, seatCount);
        snapshot.insert(Key::States, Shared::encodeSnapshotStates(seatStates));
        socket->sendBinaryMessage(Shared::encodePush(MessageType::Snapshot, snapshot));
        QCborMap delta;
        delta.insert(Key::Event, event);
        delta.insert(Key::Changes,
                     Shared::encodeDelta({{2, Shared::SeatState::Held},
                                          {9, Shared::SeatState::Sold}}));
        socket->sendBinaryMessage(Shared::encodePush(MessageType::Delta, delta));
        return;
    }
    default:
        socket->sendBinaryMessage(Shared::encodeError(frame.type, frame.id,
                                                      Shared::ErrorCode::UnknownType,
                                                      QStringLiteral("not in the fake")));
        return;
    }
}

} // namespace BoxOffice::Tests
