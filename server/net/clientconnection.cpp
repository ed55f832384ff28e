#include "net/clientconnection.h"

#include "net/addressshares.h"

#include "auth/session.h"
#include "core/metrics.h"
#include "net/dispatcher.h"

#include <QLoggingCategory>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTimer>
#include <QWebSocket>

#include <cerrno>

#include <sys/socket.h>

namespace BoxOffice::Server {

Q_LOGGING_CATEGORY(lcConnection, "boxoffice.server.connection")

using namespace BoxOffice::Shared;

ClientConnection::ClientConnection(QWebSocket *socket, Metrics &metrics, const ConnectionLimits &limits,
                                   QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_limits(limits)
    , m_metrics(metrics)
{
    m_socket->setParent(this);
    m_lastSeen.start();
    m_lastReply.start();
    // QWebSocket keeps its TCP socket as a child. Frames written to it whole, between the
    // WebSocket's own whole frames, keep the stream valid; TLS sockets are left alone
    // (their bytes must go through the encryption).
    const auto children = m_socket->findChildren<QAbstractSocket *>(Qt::FindDirectChildrenOnly);
    if (children.size() == 1)
        setTcpSocket(children.first());
    connect(m_socket, &QWebSocket::binaryMessageReceived, this, &ClientConnection::onMessage);
    connect(m_socket, &QWebSocket::textMessageReceived, this, [this](const QString &) {
        m_lastSeen.restart();
        ++m_metrics.framesIn;
        ++m_metrics.badFrames;
        sendError(MessageType::Invalid, 0, ErrorCode::MalformedFrame,
                  QStringLiteral("text frames are not part of the protocol; send binary CBOR"));
        strike();
    });
    connect(m_socket, &QWebSocket::bytesWritten, this, &ClientConnection::onBytesWritten);
    connect(m_socket, &QWebSocket::pong, this, [this] { m_lastSeen.restart(); });
    // Never emitted from inside the call that found the socket gone: a write error in
    // send()'s flush() aborts the socket and Qt emits disconnected() at once, from inside
    // whatever loop was sending (a waiting-room push over its waiters, a fan-out). closed()
    // makes the server forget the connection and its owners mutate the very containers
    // such loops iterate, so it comes on the next turn of the event loop; sends before
    // then are skipped.
    connect(m_socket, &QWebSocket::disconnected, this, [this] {
        m_closing = true;
        m_waiting.clear();
        QMetaObject::invokeMethod(
            this, [this] { emit closed(this); }, Qt::QueuedConnection);
    });
    // Whoever starts the close (this server, or the WebSocket layer refusing a message over
    // the limit), a peer that never answers it does not keep the socket.
    connect(m_socket, &QWebSocket::aboutToClose, this, [this] {
        m_closing = true;
        m_waiting.clear();
        QTimer::singleShot(1000, this, &ClientConnection::abort);
    });
    if (m_limits.helloTimeoutMs > 0) {
        QTimer::singleShot(m_limits.helloTimeoutMs, this, [this] {
            if (m_helloDone || m_closing)
                return;
            ++m_metrics.helloTimeouts;
            qCInfo(lcConnection) << "closing" << peer() << "- no Hello within" << m_limits.helloTimeoutMs
                                 << "ms";
            closeAndDrop(int(QWebSocketProtocol::CloseCodePolicyViolated),
                         QStringLiteral("no Hello in time"));
        });
    }
}

void ClientConnection::onMessage(const QByteArray &frame)
{
    m_lastSeen.restart();
    ++m_metrics.framesIn;
    if (m_closing)
        return;
    // A peer that does not read its replies gets no more of them, and one with many
    // requests in the server's queues adds no more there: its requests wait, in order, and
    // the connection goes when too many wait.
    if (!m_waiting.isEmpty() || mustWait()) {
        m_waitingBytes += frame.size() + 64; // with the list's own cost
        if (m_waitingBytes > m_limits.maxWaitingBytes) {
            overflow("requests waiting");
            return;
        }
        if (m_inFlight >= m_limits.maxInFlight || addressFull())
            ++m_metrics.requestsWaited;
        m_waiting.append(frame);
        if (!mustWait())
            scheduleDrain();
        else if (addressFull())
            m_shares->wait(m_shareAddress, this);
        return;
    }
    dispatchNow(frame);
}

bool ClientConnection::mustWait() const
{
    // The share is full while replies keep coming; should none come for a long time (a
    // stuck database, or a request that never gets one), the next request goes ahead.
    const bool shareFull = m_limits.maxInFlight > 0 && m_inFlight >= m_limits.maxInFlight &&
                           m_lastReply.elapsed() < StalledShareMs;
    return shareFull || addressFull() || m_socket->bytesToWrite() > m_limits.pauseUnsentBytes;
}

bool ClientConnection::addressFull() const
{
    // One request in flight is always allowed: no connection waits for another for good.
    return m_shares && m_inFlight > 0 && m_shares->full(m_shareAddress);
}

void ClientConnection::dispatchNow(const QByteArray &frame)
{
    ++m_inFlight;
    if (m_shares)
        m_shares->acquire(m_shareAddress);
    emit frameReceived(this, frame);
}

void ClientConnection::drain()
{
    m_drainScheduled = false;
    while (!m_waiting.isEmpty() && !m_closing && !mustWait()) {
        const QByteArray frame = m_waiting.takeFirst();
        m_waitingBytes -= frame.size() + 64;
        dispatchNow(frame);
    }
    if (!m_waiting.isEmpty() && !m_closing && addressFull())
        m_shares->wait(m_shareAddress, this);
}

void ClientConnection::scheduleDrain()
{
    // Never from inside a handler's reply: the next request starts after this one's
    // handler has finished, as it would have without waiting.
    if (m_drainScheduled || m_waiting.isEmpty())
        return;
    m_drainScheduled = true;
    QMetaObject::invokeMethod(this, &ClientConnection::drain, Qt::QueuedConnection);
}

void ClientConnection::replied()
{
    m_lastReply.restart();
    if (m_inFlight > 0) {
        --m_inFlight;
        if (m_shares)
            m_shares->release(m_shareAddress);
    }
    scheduleDrain();
}

void ClientConnection::onBytesWritten()
{
    scheduleDrain();
}

void ClientConnection::overflow(const char *what)
{
    if (m_closing)
        return;
    ++m_metrics.overflowDisconnects;
    qCWarning(lcConnection) << "closing" << peer() << "-" << what << "past the limit; unsent bytes"
                            << m_socket->bytesToWrite();
    m_closing = true;
    m_waiting.clear();
    // Not from inside a handler's send(): the socket goes on the next turn of the loop.
    QMetaObject::invokeMethod(this, &ClientConnection::abort, Qt::QueuedConnection);
}

ClientConnection::~ClientConnection()
{
    // Requests still in flight (their replies will find no connection) free the address's share.
    if (m_shares)
        m_shares->release(m_shareAddress, m_inFlight);
}

QString ClientConnection::peer() const
{
    return m_socket->peerAddress().toString() + QLatin1Char(':') + QString::number(m_socket->peerPort());
}

QString ClientConnection::peerAddress() const
{
    return m_clientAddress.isEmpty() ? m_socket->peerAddress().toString() : m_clientAddress;
}

void ClientConnection::setSession(std::shared_ptr<Session> session)
{
    m_session = std::move(session);
    const bool designer = m_session && m_session->kind == SessionKind::Staff &&
                          (m_session->roleBits & (Role::Organizer | Role::Admin));
    m_maxFrameBytes = designer ? Dispatcher::MaxDesignerFrameBytes : Dispatcher::MaxFrameBytes;
    if (m_socket) {
        m_socket->setMaxAllowedIncomingMessageSize(quint64(m_maxFrameBytes));
        m_socket->setMaxAllowedIncomingFrameSize(quint64(m_maxFrameBytes));
    }
}

QString ClientConnection::owner() const
{
    return m_session ? m_session->owner : QString();
}

void ClientConnection::send(const QByteArray &frame)
{
    if (m_closing)
        return;
    m_qtIdle = false;
    m_socket->sendBinaryMessage(frame);
    // Write now rather than on the next write notification: with thousands of sockets the
    // notifier round trip costs more than the syscall, and the frame leaves sooner.
    m_socket->flush();
    ++m_metrics.framesOut;
    if (m_socket->bytesToWrite() > m_limits.maxUnsentBytes)
        overflow("unsent replies");
}

void ClientConnection::setTcpSocket(QAbstractSocket *tcp)
{
    if (!tcp || qobject_cast<QSslSocket *>(tcp) || tcp->socketDescriptor() < 0 || tcp == m_tcp ||
        tcp->state() != QAbstractSocket::ConnectedState)
        return;
    if (m_tcp)
        disconnect(m_tcp, nullptr, this, nullptr);
    m_tcp = tcp;
    m_fd = int(tcp->socketDescriptor());
    m_qtIdle = false;
    // Qt closes the descriptor and then reports the state from inside the same call, before
    // anything else runs on this thread (so before the number can be reused by an accept).
    connect(tcp, &QAbstractSocket::stateChanged, this, [this](QAbstractSocket::SocketState state) {
        if (state != QAbstractSocket::ConnectedState)
            m_fd = -1;
    });
    connect(tcp, &QObject::destroyed, this, [this] {
        m_fd = -1;
        m_tcp = nullptr;
    });
    // QWebSocket may answer what it reads (a pong, a close) through Qt's buffer.
    connect(tcp, &QIODevice::readyRead, this, &ClientConnection::qtMayWrite);
}

QByteArray ClientConnection::wireFrame(const QByteArray &payload)
{
    const qsizetype n = payload.size();
    QByteArray wire;
    wire.reserve(n + 10);
    wire.append(char(0x82)); // FIN, binary
    if (n < 126) {
        wire.append(char(n));
    } else if (n <= 0xffff) {
        wire.append(char(126));
        wire.append(char(n >> 8)).append(char(n & 0xff));
    } else {
        wire.append(char(127));
        for (int shift = 56; shift >= 0; shift -= 8)
            wire.append(char((quint64(n) >> shift) & 0xff));
    }
    wire.append(payload);
    return wire;
}

void ClientConnection::sendShared(const QByteArray &frame, const QByteArray &wire)
{
    if (m_closing)
        return;
    // A close handshake under way sets m_closing (aboutToClose); a TCP socket that is no
    // longer connected, m_fd = -1.
    if (m_fd < 0) {
        send(frame);
        return;
    }
    if (!m_qtIdle) {
        const qint64 queued = m_tcp->bytesToWrite();
        if (queued > m_limits.maxUnsentBytes) {
            // A slow consumer: it reconnects and gets a fresh snapshot.
            overflow("unsent seat-map deltas");
            return;
        }
        m_qtIdle = queued == 0;
    }
    ++m_metrics.framesOut;
    qsizetype sent = 0;
    if (m_qtIdle) {
        // Nothing waits in Qt's buffer, so the kernel's stream is in order: whole frames,
        // ours and QWebSocket's, one after the other.
        const ssize_t n = ::send(m_fd, wire.constData(), size_t(wire.size()), MSG_NOSIGNAL | MSG_DONTWAIT);
        if (n == wire.size())
            return;
        if (n > 0)
            sent = qsizetype(n);
        else if (errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR)
            return; // broken connection: the socket reports it on its next read
    }
    // The rest waits in Qt's buffer (after anything already there); its write notifier
    // sends it, and the next frames go behind it until it is empty.
    m_qtIdle = false;
    m_tcp->write(wire.constData() + sent, wire.size() - sent);
}

void ClientConnection::sendReply(const QByteArray &frame)
{
    send(frame);
    replied();
}

void ClientConnection::sendResult(MessageType type, qint64 id, const QCborMap &result)
{
    sendReply(encodeResult(type, id, result));
}

void ClientConnection::sendError(MessageType type, qint64 id, ErrorCode code, const QString &message)
{
    // No id oracle: a hold or order of someone else is answered exactly like one that does
    // not exist (the same code and words as the handlers use for that), so that sequential
    // ids do not tell a competitor which holds and orders there are.
    if (code == ErrorCode::NotOwner) {
        switch (type) {
        case MessageType::PayOrder:
        case MessageType::CancelOrder:
        case MessageType::GetOrder:
        case MessageType::RefundOrder:
            sendReply(encodeError(type, id, ErrorCode::UnknownOrder, QStringLiteral("no such order")));
            return;
        case MessageType::CreateOrder:
            sendReply(encodeError(type, id, ErrorCode::UnknownHold,
                                  QStringLiteral("no such active hold in this event")));
            return;
        default:
            sendReply(encodeError(type, id, ErrorCode::UnknownHold, QStringLiteral("no such active hold")));
            return;
        }
    }
    sendReply(encodeError(type, id, code, message));
}

void ClientConnection::sendError(MessageType type, qint64 id, ErrorCode code, const QString &message,
                                 const QCborMap &details)
{
    sendReply(encodeError(type, id, code, message, details));
}

void ClientConnection::strike()
{
    if (++m_strikes < MaxStrikes || m_closing)
        return;
    qCWarning(lcConnection) << "closing" << peer() << "after" << m_strikes << "bad frames";
    ++m_metrics.abusiveDisconnects;
    closeAndDrop(int(QWebSocketProtocol::CloseCodePolicyViolated), QStringLiteral("too many bad frames"));
}

void ClientConnection::close(int code, const QString &reason)
{
    if (m_closing)
        return;
    m_closing = true;
    m_qtIdle = false;
    m_socket->close(QWebSocketProtocol::CloseCode(code), reason);
}

void ClientConnection::closeAndDrop(int code, const QString &reason, int graceMs)
{
    close(code, reason);
    m_waiting.clear();
    QTimer::singleShot(graceMs, this, &ClientConnection::abort);
}

void ClientConnection::abort()
{
    m_closing = true;
    m_waiting.clear();
    if (m_socket->state() != QAbstractSocket::UnconnectedState)
        m_socket->abort();
    // A socket that was never connected (or already gone) emits nothing more: report the
    // end here so that the server forgets the connection in any case.
    emit closed(this);
}

void ClientConnection::ping()
{
    m_qtIdle = false;
    m_socket->ping();
    scheduleDrain(); // a stalled share (see mustWait) moves on at the latest now
}

} // namespace BoxOffice::Server
