#include "net/serverconnection.h"

#include "net/errortext.h"

#include <QCborArray>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QSslSocket>
#include <QWebSocket>

#include <algorithm>

Q_LOGGING_CATEGORY(lcConnection, "boxoffice.ui.connection", QtInfoMsg)

namespace BoxOffice::Ui {

using Shared::ErrorCode;
using Shared::Frame;
using Shared::MessageType;
namespace Key = Shared::Key;

namespace {
// Far above any venue; only guards the decoder against an absurd allocation.
constexpr qint64 MaxSeatCount = 10'000'000;
constexpr qsizetype MaxClientNameLength = 64;
} // namespace

ServerConnection::ServerConnection(QObject *parent)
    : QObject(parent)
    , m_socket(new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this))
{
    m_clientName = QCoreApplication::applicationName();
    if (!QCoreApplication::applicationVersion().isEmpty())
        m_clientName += u'/' + QCoreApplication::applicationVersion();
    if (m_clientName.isEmpty())
        m_clientName = QStringLiteral("boxoffice");

    m_reconnectTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, [this] {
        if (!m_wantOpen)
            return;
        qCDebug(lcConnection) << "reconnecting to" << m_url;
        setState(State::Connecting);
        m_socket->open(m_url);
    });

    connect(m_socket, &QWebSocket::connected, this, &ServerConnection::onSocketConnected);
    connect(m_socket, &QWebSocket::stateChanged, this, &ServerConnection::onSocketStateChanged);
    connect(m_socket, &QWebSocket::binaryMessageReceived, this, &ServerConnection::onBinaryMessage);
    connect(m_socket, &QWebSocket::textMessageReceived, this, [](const QString &) {
        qCWarning(lcConnection) << "ignoring a text frame: protocol v1 is binary only";
    });
    connect(m_socket, &QWebSocket::sslErrors, this,
            [this](const QList<QSslError> &errors) { onSslErrors(errors); });
    // QWebSocket::errorOccurred is Qt 6.5; 6.4 has the overloaded error() signal.
    connect(m_socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
            [this](QAbstractSocket::SocketError) {
                // A version mismatch closes the socket too; keep its clearer message.
                if (!m_fatal)
                    fail(m_socket->errorString());
            });
}

ServerConnection::~ServerConnection()
{
    // Handlers may capture objects that are being destroyed with us: drop them unheard.
    m_wantOpen = false;
    m_socket->disconnect(this);
    m_pending.clear();
}

void ServerConnection::setReconnectDelays(int initialMsec, int maximumMsec)
{
    m_initialDelayMs = std::max(1, initialMsec);
    m_maximumDelayMs = std::max(m_initialDelayMs, maximumMsec);
    m_nextDelayMs = m_initialDelayMs;
}

int ServerConnection::reconnectRemaining() const
{
    return m_reconnectTimer.isActive() ? m_reconnectTimer.remainingTime() : -1;
}

void ServerConnection::open(const QUrl &url)
{
    if (url != m_url) {
        // Holds, sessions and subscriptions belong to the server they were made on.
        m_ownerToken.clear();
        m_sessionToken.clear();
        if (m_session.isValid()) {
            m_session = {};
            emit sessionChanged();
        }
        m_subscriptions.clear();
        m_seatCounts.clear();
    }
    m_wantOpen = false; // the abort below must not schedule a reconnect
    m_reconnectTimer.stop();
    if (m_socket->state() != QAbstractSocket::UnconnectedState)
        m_socket->abort();

    m_url = url;
    m_wantOpen = true;
    m_fatal = false;
    m_awaitingTrust = false;
    m_nextDelayMs = m_initialDelayMs;
    m_lastError.clear();
    // An ignore list from an earlier handshake must not carry over to this one.
    m_socket->ignoreSslErrors(QList<QSslError>());
    m_serverName.clear();
    m_nodeName.clear();
    setState(State::Connecting);
    m_socket->open(m_url);
}

void ServerConnection::close()
{
    m_wantOpen = false;
    m_reconnectTimer.stop();
    m_subscriptions.clear();
    m_seatCounts.clear();
    if (m_socket->state() == QAbstractSocket::ConnectedState)
        m_socket->close();
    else if (m_socket->state() != QAbstractSocket::UnconnectedState)
        m_socket->abort();
    setState(State::Disconnected);
    failAllPending(DisconnectedError, ErrorText::describe(DisconnectedError));
}

qint64 ServerConnection::request(MessageType type, QCborMap fields, ReplyHandler handler)
{
    if (m_state != State::Connected) {
        const qint64 id = m_nextId++;
        const Frame reply = localError(type, id, DisconnectedError, ErrorText::describe(DisconnectedError));
        // Asynchronous like a real reply, so callers never see their handler run inside
        // request().
        QTimer::singleShot(0, this, [handler = std::move(handler), reply] {
            if (handler)
                handler(reply);
        });
        return id;
    }
    if (type == MessageType::Unsubscribe) {
        const qint64 event = Shared::cborInteger(fields.value(Key::Event));
        m_subscriptions.remove(event);
    }
    return send(type, std::move(fields), std::move(handler));
}

qint64 ServerConnection::send(MessageType type, QCborMap fields, ReplyHandler handler)
{
    const qint64 id = m_nextId++;
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, this, [this, id, type] {
        qCWarning(lcConnection) << "request" << id << Shared::messageTypeName(type) << "timed out";
        finish(id, localError(type, id, TimeoutError, ErrorText::describe(TimeoutError)));
    });
    timer->start(m_requestTimeoutMs);
    // Only Subscribe needs its fields later; a SignIn's password is not kept around.
    m_pending.insert(
        id, Pending{type, std::move(handler), timer, type == MessageType::Subscribe ? fields : QCborMap()});
    m_socket->sendBinaryMessage(Shared::encodeRequest(type, id, std::move(fields)));
    return id;
}

void ServerConnection::finish(qint64 id, const Frame &reply)
{
    const auto it = m_pending.find(id);
    if (it == m_pending.end())
        return;
    const Pending pending = std::move(*it);
    m_pending.erase(it);
    pending.timer->deleteLater();
    pending.timer->stop();
    noteReply(pending, reply);
    if (reply.isError() && m_session.isValid() && pending.type != MessageType::SignIn &&
        (reply.errorCode() == ErrorCode::NotSignedIn || reply.errorCode() == ErrorCode::SessionExpired)) {
        // Revoked by an admin or expired while we were connected.
        loseSession(ErrorText::describe(reply.errorCode()));
    }
    if (pending.handler)
        pending.handler(reply);
}

void ServerConnection::noteReply(const Pending &pending, const Frame &reply)
{
    if (pending.type != MessageType::Subscribe || reply.isError())
        return;
    const QCborMap result = reply.result();
    const qint64 event =
        Shared::cborInteger(result.value(Key::Event), Shared::cborInteger(pending.fields.value(Key::Event)));
    m_subscriptions.insert(event);
    const qint64 seatCount = Shared::cborInteger(result.value(Key::SeatCount), -1);
    if (seatCount >= 0 && seatCount <= MaxSeatCount)
        m_seatCounts.insert(event, int(seatCount));
}

void ServerConnection::failAllPending(ErrorCode code, const QString &message)
{
    // Handlers may send new requests; those must not be failed by this same sweep.
    const QList<qint64> ids = m_pending.keys();
    for (const qint64 id : ids) {
        const auto it = m_pending.constFind(id);
        if (it != m_pending.cend())
            finish(id, localError(it->type, id, code, message));
    }
}

void ServerConnection::onSocketConnected()
{
    QCborMap hello;
    hello.insert(Key::Version, Shared::ProtocolVersion);
    hello.insert(Key::Client, m_clientName.left(MaxClientNameLength));
    if (!m_ownerToken.isEmpty())
        hello.insert(Key::Owner, m_ownerToken);
    send(MessageType::Hello, hello, [this](const Frame &reply) { onHelloReply(reply); });
}

void ServerConnection::onHelloReply(const Frame &reply)
{
    if (reply.isError()) {
        const ErrorCode code = reply.errorCode();
        if (code == DisconnectedError)
            return; // the drop is handled where the socket reports it
        if (code == ErrorCode::VersionMismatch) {
            m_fatal = true;
            m_wantOpen = false;
            fail(tr("The server does not speak protocol version %1 of this client. "
                    "Install matching versions of client and server.")
                     .arg(Shared::ProtocolVersion));
        } else {
            fail(ErrorText::describe(code));
        }
        m_socket->abort();
        return;
    }

    const QCborMap result = reply.result();
    const qint64 version = Shared::cborInteger(result.value(Key::Version), -1);
    if (version != Shared::ProtocolVersion) {
        m_fatal = true;
        m_wantOpen = false;
        fail(tr("The server speaks protocol version %1, this client version %2. "
                "Install matching versions of client and server.")
                 .arg(version)
                 .arg(Shared::ProtocolVersion));
        m_socket->abort();
        return;
    }

    m_serverName = result.value(Key::Server).toString();
    m_nodeName = result.value(Key::Node).toString();
    const QString owner = result.value(Key::Owner).toString();
    if (!owner.isEmpty())
        m_ownerToken = owner;
    m_lastError.clear();
    m_nextDelayMs = m_initialDelayMs;

    if (!m_sessionToken.isEmpty()) {
        // Resume before anything else, so the holds of the session are ours again and no
        // request of the application can overtake the resume and meet NotSignedIn.
        QCborMap fields;
        fields.insert(Key::Token, m_sessionToken);
        send(MessageType::SignIn, fields, [this](const Frame &r) { onResumeReply(r); });
        return;
    }
    becomeConnected();
}

void ServerConnection::onResumeReply(const Frame &reply)
{
    if (reply.isError()) {
        const ErrorCode code = reply.errorCode();
        if (code == DisconnectedError)
            return;
        if (code == TimeoutError || code == ErrorCode::ServerBusy) {
            m_socket->abort(); // try again on the next connection
            return;
        }
        loseSession(ErrorText::describe(code));
    } else {
        applySession(reply.result());
    }
    becomeConnected();
}

void ServerConnection::becomeConnected()
{
    setState(State::Connected);

    // A reconnected client asks for fresh snapshots: deltas missed while away are lost.
    const QSet<qint64> subscriptions = m_subscriptions;
    for (const qint64 event : subscriptions) {
        QCborMap fields;
        fields.insert(Key::Event, event);
        send(MessageType::Subscribe, fields, [event](const Frame &r) {
            if (r.isError())
                qCWarning(lcConnection) << "re-subscribing event" << event << "failed:" << r.errorMessage();
        });
    }
}

void ServerConnection::signIn(const QString &user, const QString &password, ReplyHandler handler)
{
    QCborMap fields;
    fields.insert(Key::User, user);
    fields.insert(Key::Password, password);
    request(MessageType::SignIn, fields, [this, handler = std::move(handler)](const Frame &reply) {
        if (!reply.isError()) {
            m_sessionToken = reply.result().value(Key::Token).toString();
            applySession(reply.result());
        }
        if (handler)
            handler(reply);
    });
}

void ServerConnection::signOut(ReplyHandler handler)
{
    const bool wasSignedIn = m_session.isValid();
    m_sessionToken.clear();
    m_session = {};
    // The server drops the session's subscriptions with it.
    m_subscriptions.clear();
    if (wasSignedIn)
        emit sessionChanged();
    request(MessageType::SignOut, {}, std::move(handler));
}

void ServerConnection::applySession(const QCborMap &result)
{
    Session session;
    session.user = result.value(Key::User).toString();
    const QCborArray roles = result.value(Key::Roles).toArray();
    for (const QCborValue &role : roles)
        session.roles.append(role.toString());
    session.kind = result.value(Key::Kind).toString();
    const qint64 expires = Shared::cborInteger(result.value(Key::Expires), 0);
    if (expires > 0)
        session.expires = QDateTime::fromMSecsSinceEpoch(expires);
    m_session = session;
    emit sessionChanged();
}

void ServerConnection::loseSession(const QString &message)
{
    m_sessionToken.clear();
    m_subscriptions.clear();
    const bool wasSignedIn = m_session.isValid();
    m_session = {};
    if (wasSignedIn)
        emit sessionChanged();
    emit sessionLost(message);
}

void ServerConnection::onSslErrors(const QList<QSslError> &errors)
{
    // QWebSocket does not show the handshake's peer certificate (its sslConfiguration() is
    // the one set before opening), but the QSslSocket it owns does; the errors carry the
    // certificate they are about as a fallback.
    QSslCertificate peer;
    if (const auto *ssl = m_socket->findChild<QSslSocket *>())
        peer = ssl->peerCertificate();
    for (qsizetype i = 0; peer.isNull() && i < errors.size(); ++i)
        peer = errors.at(i).certificate();

    CertificateProblem problem;
    problem.url = m_url;
    problem.hostPort = CertificateTrust::hostPort(m_url);
    problem.certificate = peer;
    problem.errors = errors;
    switch (m_trust.evaluate(problem.hostPort, peer, errors)) {
    case CertificateTrust::Verdict::Accept:
        // Exactly these errors about exactly the pinned certificate, never a blanket ignore.
        m_socket->ignoreSslErrors(errors);
        return;
    case CertificateTrust::Verdict::AskUser:
        problem.kind = CertificateProblem::Kind::Untrusted;
        m_awaitingTrust = true;
        fail(tr("The server's certificate is not trusted by this system."));
        break;
    case CertificateTrust::Verdict::Changed:
        problem.kind = CertificateProblem::Kind::Changed;
        problem.pinnedFingerprint = m_trust.pinnedFingerprint(problem.hostPort);
        fail(tr("The server presented a different certificate than the one you trusted. "
                "The connection was refused: someone may be intercepting it."));
        break;
    case CertificateTrust::Verdict::Refuse:
        problem.kind = CertificateProblem::Kind::Invalid;
        fail(tr("The server's certificate is invalid: %1")
                 .arg(errors.isEmpty() ? QString() : errors.constFirst().errorString()));
        break;
    }
    // No automatic retry: the same certificate would be refused again. The socket fails
    // the handshake by itself once this handler returns.
    m_fatal = true;
    // Queued: a dialog must not run its event loop inside the socket's handshake.
    QMetaObject::invokeMethod(
        this, [this, problem] { decideTrust(problem); }, Qt::QueuedConnection);
}

void ServerConnection::decideTrust(const CertificateProblem &problem)
{
    const bool accepted = m_trustDecider && m_trustDecider(problem);
    m_awaitingTrust = false;
    if (problem.url != m_url)
        return; // the user went elsewhere meanwhile
    if (problem.kind == CertificateProblem::Kind::Untrusted && accepted) {
        m_trust.pin(problem.hostPort, problem.certificate);
        open(m_url);
        return;
    }
    if (problem.kind == CertificateProblem::Kind::Untrusted)
        fail(tr("The server's certificate was not trusted; the connection was not made."));
}

void ServerConnection::onBinaryMessage(const QByteArray &data)
{
    const Shared::DecodeResult decoded = Shared::decodeFrame(data);
    if (!decoded.frame) {
        qCWarning(lcConnection) << "undecodable frame from the server:" << decoded.message;
        if (decoded.id != 0) {
            const auto it = m_pending.constFind(decoded.id);
            if (it != m_pending.cend())
                finish(decoded.id, localError(it->type, decoded.id, decoded.error, decoded.message));
        }
        return;
    }
    const Frame &frame = *decoded.frame;
    if (!frame.isError() && frame.type == MessageType::LayoutChanged) {
        emit layoutChanged(Shared::cborInteger(frame.body.value(Key::Event), -1), frame.body);
        return;
    }
    if (!frame.isError() && (frame.type == MessageType::Snapshot || frame.type == MessageType::Delta)) {
        handlePush(frame);
        return;
    }
    if (!m_pending.contains(frame.id)) {
        // Typically the late reply to a request that already timed out.
        qCDebug(lcConnection) << "reply to unknown request" << frame.id;
        return;
    }
    finish(frame.id, frame);
}

void ServerConnection::handlePush(const Frame &frame)
{
    const qint64 event = Shared::cborInteger(frame.body.value(Key::Event), -1);
    if (frame.type == MessageType::Snapshot) {
        const qint64 seatCount = Shared::cborInteger(frame.body.value(Key::SeatCount), -1);
        if (seatCount < 0 || seatCount > MaxSeatCount) {
            qCWarning(lcConnection) << "snapshot for event" << event << "with bad seat count" << seatCount;
            return;
        }
        const auto states =
            Shared::decodeSnapshotStates(frame.body.value(Key::States).toByteArray(), int(seatCount));
        if (!states) {
            qCWarning(lcConnection) << "corrupt snapshot for event" << event;
            return;
        }
        m_seatCounts.insert(event, int(seatCount));
        emit snapshotReceived(event, int(seatCount), *states);
        return;
    }

    const int seatCount = m_seatCounts.value(event, -1);
    if (seatCount < 0) {
        qCDebug(lcConnection) << "delta for event" << event << "before its snapshot";
        return;
    }
    const auto changes = Shared::decodeDelta(frame.body.value(Key::Changes).toByteArray(), seatCount);
    if (!changes) {
        qCWarning(lcConnection) << "corrupt delta for event" << event;
        return;
    }
    emit deltaReceived(event, *changes);
}

void ServerConnection::onSocketStateChanged()
{
    if (m_socket->state() != QAbstractSocket::UnconnectedState)
        return;
    if (m_state == State::Disconnected && !m_wantOpen && m_pending.isEmpty())
        return; // close() already did the work
    setState(State::Disconnected);
    failAllPending(DisconnectedError, ErrorText::describe(DisconnectedError));
    if (m_wantOpen && !m_fatal)
        scheduleReconnect();
}

void ServerConnection::scheduleReconnect()
{
    if (m_reconnectTimer.isActive())
        return;
    // Jitter of +-20 % so that counters dropped together do not come back in lockstep.
    const int jitter = m_nextDelayMs / 5;
    const int delay = std::max(1, m_nextDelayMs + QRandomGenerator::global()->bounded(-jitter, jitter + 1));
    m_nextDelayMs = std::min(m_maximumDelayMs, m_nextDelayMs * 2);
    m_reconnectTimer.start(delay);
    emit reconnectScheduled(delay);
}

void ServerConnection::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void ServerConnection::fail(const QString &message)
{
    m_lastError = message;
    qCDebug(lcConnection) << "connection error:" << message;
    emit errorOccurred(message);
}

Frame ServerConnection::localError(MessageType type, qint64 id, ErrorCode code, const QString &message)
{
    QCborMap body;
    body.insert(Key::Type, int(type));
    body.insert(Key::Id, id);
    body.insert(Key::Error, int(code));
    body.insert(Key::Message, message);
    return Frame{type, id, body};
}

} // namespace BoxOffice::Ui
