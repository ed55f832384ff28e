#include "testclient.h"

#include <QNetworkRequest>

#include <QCborArray>
#include <QTest>

namespace BoxOffice::Test {

using namespace BoxOffice::Shared;

TestClient::TestClient(QObject *parent)
    : QObject(parent)
{
    m_socket.setMaxAllowedIncomingMessageSize(64 * 1024 * 1024);
    connect(&m_socket, &QWebSocket::binaryMessageReceived, this, &TestClient::onFrame);
    connect(&m_socket, &QWebSocket::sslErrors, this,
            [this](const QList<QSslError> &errors) { m_sslErrors += errors; });
}

bool TestClient::waitUntil(const std::function<bool()> &pred, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!pred()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        QCoreApplication::sendPostedEvents();
        if (!pred())
            QTest::qWait(1);
    }
    return true;
}

bool TestClient::connectTo(const QUrl &url, int timeoutMs)
{
    m_sslErrors.clear();
    QNetworkRequest request(url);
    for (auto it = m_headers.cbegin(); it != m_headers.cend(); ++it)
        request.setRawHeader(it.key(), it.value());
    m_socket.open(request);
    if (!waitUntil(
            [this] {
                return m_socket.state() == QAbstractSocket::ConnectedState ||
                       m_socket.state() == QAbstractSocket::UnconnectedState;
            },
            timeoutMs) ||
        m_socket.state() != QAbstractSocket::ConnectedState) {
        m_lastError = QStringLiteral("cannot connect to %1: %2").arg(url.toString(), m_socket.errorString());
        for (const QSslError &e : std::as_const(m_sslErrors))
            m_lastError += QStringLiteral("; TLS: ") + e.errorString();
        return false;
    }
    return true;
}

bool TestClient::hello(int timeoutMs)
{
    QCborMap hello;
    hello.insert(Key::Version, ProtocolVersion);
    hello.insert(Key::Client, QStringLiteral("test"));
    const auto reply = request(MessageType::Hello, hello, timeoutMs);
    if (!reply || reply->isError()) {
        m_lastError = reply ? reply->errorMessage() : QStringLiteral("no Hello reply");
        return false;
    }
    return true;
}

bool TestClient::openWithoutSession(const QUrl &url, int timeoutMs)
{
    return connectTo(url, timeoutMs) && hello(timeoutMs);
}

bool TestClient::open(const QUrl &url, int timeoutMs, const QString &buyerToken)
{
    if (!openWithoutSession(url, timeoutMs))
        return false;
    QCborMap fields;
    if (!buyerToken.isEmpty())
        fields.insert(Key::Token, buyerToken);
    return takeSession(request(MessageType::BuyerSession, fields, timeoutMs), QStringLiteral("BuyerSession"));
}

bool TestClient::signIn(const QString &user, const QString &password, int timeoutMs)
{
    QCborMap fields;
    fields.insert(Key::User, user);
    fields.insert(Key::Password, password);
    return takeSession(request(MessageType::SignIn, fields, timeoutMs), QStringLiteral("SignIn"));
}

bool TestClient::resumeStaff(const QString &token, int timeoutMs)
{
    QCborMap fields;
    fields.insert(Key::Token, token);
    return takeSession(request(MessageType::SignIn, fields, timeoutMs), QStringLiteral("SignIn"));
}

bool TestClient::takeSession(const std::optional<Frame> &reply, const QString &what)
{
    if (!reply || reply->isError()) {
        m_lastError = reply ? QStringLiteral("%1 refused: %2 (%3)")
                                  .arg(what, reply->errorMessage())
                                  .arg(int(reply->errorCode()))
                            : QStringLiteral("no %1 reply").arg(what);
        return false;
    }
    const QCborMap r = reply->result();
    if (r.contains(Key::Token))
        m_token = r.value(Key::Token).toString();
    m_sessionId = r.value(Key::Session).toInteger();
    return true;
}

qint64 TestClient::send(MessageType type, QCborMap fields)
{
    const qint64 id = m_nextId++;
    m_socket.sendBinaryMessage(encodeRequest(type, id, std::move(fields)));
    return id;
}

std::optional<Frame> TestClient::takeReply(qint64 id)
{
    auto it = m_replies.find(id);
    if (it == m_replies.end())
        return std::nullopt;
    Frame f = *it;
    m_replies.erase(it);
    return f;
}

std::optional<Frame> TestClient::waitReply(qint64 id, int timeoutMs)
{
    waitUntil([this, id] { return m_replies.contains(id) || !isConnected(); }, timeoutMs);
    return takeReply(id);
}

std::optional<Frame> TestClient::request(MessageType type, QCborMap fields, int timeoutMs)
{
    return waitReply(send(type, std::move(fields)), timeoutMs);
}

std::optional<Frame> TestClient::waitUnmatchedError(int timeoutMs)
{
    waitUntil([this] { return !m_unmatched.isEmpty() || !isConnected(); }, timeoutMs);
    if (m_unmatched.isEmpty())
        return std::nullopt;
    return m_unmatched.takeFirst();
}

bool TestClient::waitForDisconnect(int timeoutMs)
{
    return waitUntil([this] { return m_socket.state() == QAbstractSocket::UnconnectedState; }, timeoutMs);
}

void TestClient::onFrame(const QByteArray &data)
{
    const DecodeResult r = decodeFrame(data);
    if (!r.frame)
        return;
    const Frame &f = *r.frame;
    if (f.isError()) {
        if (f.id == 0)
            m_unmatched.append(f);
        else
            m_replies.insert(f.id, f);
        return;
    }
    if (f.type == MessageType::Snapshot) {
        const qint64 event = f.body.value(Key::Event).toInteger();
        const int n = int(f.body.value(Key::SeatCount).toInteger());
        const auto states = decodeSnapshotStates(f.body.value(Key::States).toByteArray(), n);
        if (states) {
            m_states.insert(event, *states);
            m_snapshotBytes = int(data.size());
        }
        return;
    }
    if (f.type == MessageType::Delta) {
        const qint64 event = f.body.value(Key::Event).toInteger();
        auto it = m_states.find(event);
        if (it == m_states.end())
            return;
        const auto changes = decodeDelta(f.body.value(Key::Changes).toByteArray(), int(it->size()));
        if (!changes)
            return;
        for (const SeatChange &c : *changes)
            (*it)[c.seat] = char(c.state);
        emit seatsChanged(event, *changes);
        return;
    }
    if (f.type == MessageType::QueueStatus || f.type == MessageType::QueuePosition ||
        f.type == MessageType::LayoutChanged) {
        m_pushes.append(f);
        emit pushReceived(f);
        return;
    }
    m_replies.insert(f.id, f);
}

} // namespace BoxOffice::Test
