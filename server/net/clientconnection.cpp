#include "net/clientconnection.h"

#include "auth/session.h"
#include "core/metrics.h"

#include <QLoggingCategory>
#include <QWebSocket>

namespace BoxOffice::Server {

Q_LOGGING_CATEGORY(lcConnection, "boxoffice.server.connection")

using namespace BoxOffice::Shared;

ClientConnection::ClientConnection(QWebSocket *socket, Metrics &metrics, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_metrics(metrics)
{
    m_socket->setParent(this);
    m_lastSeen.start();
    connect(m_socket, &QWebSocket::binaryMessageReceived, this, [this](const QByteArray &frame) {
        m_lastSeen.restart();
        ++m_metrics.framesIn;
        emit frameReceived(this, frame);
    });
    connect(m_socket, &QWebSocket::textMessageReceived, this, [this](const QString &) {
        m_lastSeen.restart();
        ++m_metrics.framesIn;
        ++m_metrics.badFrames;
        sendError(MessageType::Invalid, 0, ErrorCode::MalformedFrame,
                  QStringLiteral("text frames are not part of the protocol; send binary CBOR"));
        strike();
    });
    connect(m_socket, &QWebSocket::pong, this, [this] { m_lastSeen.restart(); });
    connect(m_socket, &QWebSocket::disconnected, this, [this] { emit closed(this); });
}

ClientConnection::~ClientConnection() = default;

QString ClientConnection::peer() const
{
    return m_socket->peerAddress().toString() + QLatin1Char(':') + QString::number(m_socket->peerPort());
}

QString ClientConnection::peerAddress() const
{
    return m_socket->peerAddress().toString();
}

void ClientConnection::setSession(std::shared_ptr<Session> session)
{
    m_session = std::move(session);
}

QString ClientConnection::owner() const
{
    return m_session ? m_session->owner : QString();
}

void ClientConnection::send(const QByteArray &frame)
{
    if (m_closing)
        return;
    m_socket->sendBinaryMessage(frame);
    // Write now rather than on the next write notification: with thousands of sockets the
    // notifier round trip costs more than the syscall, and the frame leaves sooner.
    m_socket->flush();
    ++m_metrics.framesOut;
}

void ClientConnection::sendResult(MessageType type, qint64 id, const QCborMap &result)
{
    send(encodeResult(type, id, result));
}

void ClientConnection::sendError(MessageType type, qint64 id, ErrorCode code, const QString &message)
{
    send(encodeError(type, id, code, message));
}

void ClientConnection::sendError(MessageType type, qint64 id, ErrorCode code, const QString &message,
                                 const QCborMap &details)
{
    send(encodeError(type, id, code, message, details));
}

void ClientConnection::strike()
{
    if (++m_strikes < MaxStrikes || m_closing)
        return;
    qCWarning(lcConnection) << "closing" << peer() << "after" << m_strikes << "bad frames";
    ++m_metrics.abusiveDisconnects;
    close(int(QWebSocketProtocol::CloseCodePolicyViolated), QStringLiteral("too many bad frames"));
}

void ClientConnection::close(int code, const QString &reason)
{
    if (m_closing)
        return;
    m_closing = true;
    m_socket->close(QWebSocketProtocol::CloseCode(code), reason);
}

void ClientConnection::ping()
{
    m_socket->ping();
}

} // namespace BoxOffice::Server
