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
    init();
}

FakeServer::FakeServer(const QSslConfiguration &tls, QObject *parent)
    : QObject(parent)
    , m_server(new QWebSocketServer(QStringLiteral("fake"), QWebSocketServer::SecureMode, this))
{
    m_server->setSslConfiguration(tls);
    init();
}

void FakeServer::init()
{
    accounts.insert(QStringLiteral("clerk"),
                    Account{QStringLiteral("clerk-password"), {QStringLiteral("clerk")}});
    accounts.insert(QStringLiteral("admin"), Account{QStringLiteral("admin-password"),
                                                     {QStringLiteral("admin"), QStringLiteral("clerk")}});
    for (auto it = accounts.cbegin(); it != accounts.cend(); ++it) {
        QCborMap user;
        user.insert(Key::User, it.key());
        user.insert(Key::Roles, QCborArray::fromStringList(it->roles));
        user.insert(Key::Disabled, false);
        user.insert(Key::LockedUntil, QCborValue(nullptr));
        user.insert(QStringLiteral("failed"), 0);
        users.append(user);
    }
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
    auto event = [](qint64 id, const QString &name, const QString &venue, qint64 starts, int n, int available,
                    int held, int sold) {
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
    const qint64 base = QDateTime(QDate(2030, 3, 1), QTime(19, 30), QTimeZone::utc()).toMSecsSinceEpoch();
    const qint64 day = 24 * 3600 * 1000LL;
    QCborArray array;
    array.append(event(1, QStringLiteral("The Magic Flute"), QStringLiteral("Grand Hall"), base + 7 * day,
                       1200, 1000, 50, 150));
    array.append(event(2, QStringLiteral("Swan Lake"), QStringLiteral("Grand Hall"), base, 1200, 0, 0, 1200));
    array.append(
        event(3, QStringLiteral("Jazz Night"), QStringLiteral("Studio"), base + 2 * day, 180, 176, 2, 0));
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
    const bool secure = m_server->secureMode() == QWebSocketServer::SecureMode;
    return QUrl(QStringLiteral("%1://127.0.0.1:%2")
                    .arg(secure ? QStringLiteral("wss") : QStringLiteral("ws"))
                    .arg(port()));
}

void FakeServer::expireSessions()
{
    m_tokens.clear();
    m_signedIn.clear();
}

Shared::Frame FakeServer::lastOf(MessageType type) const
{
    for (auto it = received.crbegin(); it != received.crend(); ++it) {
        if (it->type == type)
            return *it;
    }
    return {};
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
            m_signedIn.remove(socket);
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
    if (handleStaff(socket, frame))
        return;
    if (requireSession && frame.type != MessageType::Hello && !m_signedIn.contains(socket)) {
        socket->sendBinaryMessage(Shared::encodeError(frame.type, frame.id, Shared::ErrorCode::NotSignedIn,
                                                      QStringLiteral("sign in first")));
        return;
    }

    if (handler && frame.type != MessageType::Hello) {
        const QList<QByteArray> out = handler(frame);
        for (const QByteArray &bytes : out)
            socket->sendBinaryMessage(bytes);
        if (!out.isEmpty())
            return;
    }

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
        result.insert(Key::Owner, owner.isEmpty() ? QStringLiteral("owner-%1").arg(++m_ownerCounter) : owner);
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
                     Shared::encodeDelta({{2, Shared::SeatState::Held}, {9, Shared::SeatState::Sold}}));
        socket->sendBinaryMessage(Shared::encodePush(MessageType::Delta, delta));
        return;
    }
    default:
        socket->sendBinaryMessage(Shared::encodeError(frame.type, frame.id, Shared::ErrorCode::UnknownType,
                                                      QStringLiteral("not in the fake")));
        return;
    }
}

void FakeServer::pushToAll(MessageType type, const QCborMap &fields)
{
    const QByteArray bytes = Shared::encodePush(type, fields);
    for (QWebSocket *socket : std::as_const(m_clients))
        socket->sendBinaryMessage(bytes);
}

bool FakeServer::handleStaff(QWebSocket *socket, const Shared::Frame &frame)
{
    using Shared::ErrorCode;
    auto reply = [&](const QCborMap &result) {
        socket->sendBinaryMessage(Shared::encodeResult(frame.type, frame.id, result));
        return true;
    };
    auto error = [&](ErrorCode code) {
        socket->sendBinaryMessage(
            Shared::encodeError(frame.type, frame.id, code, QStringLiteral("refused by the fake")));
        return true;
    };
    auto sessionResult = [&](const QString &user) {
        QCborMap result;
        result.insert(Key::User, user);
        result.insert(Key::Roles, QCborArray::fromStringList(accounts.value(user).roles));
        result.insert(Key::Kind, QStringLiteral("staff"));
        result.insert(Key::Expires, QDateTime::currentMSecsSinceEpoch() + 3600 * 1000);
        return result;
    };
    auto userIndex = [&](const QString &name) {
        for (qsizetype i = 0; i < users.size(); ++i) {
            if (users.at(i).toMap().value(Key::User).toString() == name)
                return i;
        }
        return qsizetype(-1);
    };
    const QCborMap &body = frame.body;

    switch (frame.type) {
    case MessageType::SignIn: {
        if (body.contains(Key::Token)) {
            const QString user = m_tokens.value(body.value(Key::Token).toString());
            if (user.isEmpty())
                return error(ErrorCode::SessionExpired);
            m_signedIn.insert(socket, user);
            return reply(sessionResult(user));
        }
        const QString user = body.value(Key::User).toString();
        const auto account = accounts.constFind(user);
        if (account == accounts.cend() || account->password != body.value(Key::Password).toString())
            return error(ErrorCode::SignInFailed);
        const QString token = QStringLiteral("%1").arg(issuedTokens.size() + 1, 64, 10, QLatin1Char('0'));
        issuedTokens.append(token);
        m_tokens.insert(token, user);
        m_signedIn.insert(socket, user);
        QCborMap result = sessionResult(user);
        result.insert(Key::Token, token);
        return reply(result);
    }
    case MessageType::SignOut:
        m_signedIn.remove(socket);
        return reply({});
    case MessageType::ListUsers:
    case MessageType::CreateUser:
    case MessageType::UpdateUser:
    case MessageType::ResetPassword:
    case MessageType::ListSessions:
    case MessageType::RevokeSession:
    case MessageType::QueryAudit:
        break;
    default:
        return false;
    }

    if (requireSession && !accounts.value(m_signedIn.value(socket)).roles.contains(QStringLiteral("admin")))
        return error(m_signedIn.contains(socket) ? ErrorCode::PermissionDenied : ErrorCode::NotSignedIn);
    QCborMap result;
    switch (frame.type) {
    case MessageType::ListUsers:
        result.insert(Key::Users, users);
        return reply(result);
    case MessageType::CreateUser: {
        const QString name = body.value(Key::User).toString();
        if (userIndex(name) >= 0)
            return error(ErrorCode::UserExists);
        if (body.value(Key::Password).toString().size() < 12)
            return error(ErrorCode::WeakPassword);
        QCborMap user;
        user.insert(Key::User, name);
        user.insert(Key::Roles, body.value(Key::Roles));
        user.insert(Key::Disabled, false);
        user.insert(Key::LockedUntil, QCborValue(nullptr));
        user.insert(QStringLiteral("failed"), 0);
        users.append(user);
        result.insert(Key::User, name);
        return reply(result);
    }
    case MessageType::UpdateUser:
    case MessageType::ResetPassword: {
        const QString name = body.value(Key::User).toString();
        const qsizetype index = userIndex(name);
        if (index < 0)
            return error(ErrorCode::UnknownUser);
        QCborMap user = users.at(index).toMap();
        if (body.contains(Key::Roles))
            user.insert(Key::Roles, body.value(Key::Roles));
        if (body.contains(Key::Disabled))
            user.insert(Key::Disabled, body.value(Key::Disabled));
        users[index] = user;
        result.insert(Key::User, name);
        return reply(result);
    }
    case MessageType::ListSessions:
        result.insert(Key::Sessions, sessions);
        return reply(result);
    case MessageType::RevokeSession: {
        const qint64 id = body.value(Key::Session).toInteger();
        for (qsizetype i = 0; i < sessions.size(); ++i) {
            if (sessions.at(i).toMap().value(Key::Session).toInteger() == id) {
                sessions.removeAt(i);
                break;
            }
        }
        result.insert(Key::Session, id);
        return reply(result);
    }
    case MessageType::QueryAudit: {
        const QString actor = body.value(Key::Actor).toString();
        QCborArray rows;
        for (const QCborValue &row : std::as_const(auditRows)) {
            if (actor.isEmpty() || row.toMap().value(Key::Actor).toString() == actor)
                rows.append(row);
        }
        result.insert(Key::Rows, rows);
        return reply(result);
    }
    default:
        return false;
    }
}

} // namespace BoxOffice::Tests
