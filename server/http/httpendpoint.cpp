#include "http/httpendpoint.h"

#include "core/metrics.h"

#include <QCryptographicHash>
#include <QLoggingCategory>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace BoxOffice::Server {

Q_LOGGING_CATEGORY(lcHttp, "boxoffice.server.http")

namespace {

QByteArray reason(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 413:
        return "Content Too Large";
    case 431:
        return "Request Header Fields Too Large";
    case 503:
        return "Service Unavailable";
    default:
        return "Error";
    }
}

// Compares digests, so that the time taken tells nothing about the token.
bool sameToken(const QByteArray &given, const QByteArray &expected)
{
    const QByteArray a = QCryptographicHash::hash(given, QCryptographicHash::Sha256);
    const QByteArray b = QCryptographicHash::hash(expected, QCryptographicHash::Sha256);
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return diff == 0;
}

} // namespace

HttpEndpoint::HttpEndpoint(std::function<QByteArray()> health, std::function<QByteArray()> metrics,
                           Metrics &counters, int timeoutMs, QString metricsToken, QObject *parent)
    : QObject(parent)
    , m_health(std::move(health))
    , m_metrics(std::move(metrics))
    , m_counters(counters)
    , m_timeoutMs(timeoutMs)
    , m_token(metricsToken.toUtf8())
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &HttpEndpoint::onNewConnection);
}

bool HttpEndpoint::listen(const QHostAddress &address, quint16 port, QString *error)
{
    if (!m_server->listen(address, port)) {
        *error = QStringLiteral("cannot listen on %1:%2 for HTTP").arg(address.toString()).arg(port);
        return false;
    }
    m_metricsOpen = address.isLoopback() || !m_token.isEmpty();
    if (!m_metricsOpen)
        qCWarning(lcHttp).noquote() << "/metrics is off: HTTP listens on" << address.toString()
                                    << "and no BOXOFFICE_METRICS_TOKEN is set";
    return true;
}

void HttpEndpoint::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        ++m_open;
        // Qt reads no more than this from the kernel: a huge header costs nothing here.
        socket->setReadBufferSize(MaxHeaderBytes + 1);
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QObject::destroyed, this, [this] { --m_open; });
        if (m_open > MaxConnections) {
            refuse(socket, 503);
            continue;
        }
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        QTimer::singleShot(m_timeoutMs, socket, [this, socket] { refuse(socket, 408); });
    }
}

void HttpEndpoint::refuse(QTcpSocket *socket, int status)
{
    if (socket->property("answered").toBool())
        return;
    ++m_counters.httpRefused;
    answer(socket, status, "text/plain", reason(status) + '\n');
}

void HttpEndpoint::answer(QTcpSocket *socket, int status, const QByteArray &type, const QByteArray &body,
                          bool head)
{
    if (socket->property("answered").toBool())
        return;
    socket->setProperty("answered", true);
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason(status) +
                     "\r\nContent-Type: " + type + "\r\nContent-Length: " + QByteArray::number(body.size()) +
                     "\r\nConnection: close\r\n";
    if (status == 401)
        out += "WWW-Authenticate: Bearer\r\n";
    out += "\r\n";
    if (!head)
        out += body;
    socket->write(out);
    socket->disconnectFromHost();
    // A peer that does not read the answer does not keep the socket.
    QTimer::singleShot(m_timeoutMs, socket, [socket] { socket->abort(); });
}

void HttpEndpoint::onReadyRead(QTcpSocket *socket)
{
    if (socket->property("answered").toBool())
        return;
    // Nothing is read past the header limit: a longer request is refused as it stands.
    const qint64 room = MaxHeaderBytes - socket->property("have").toLongLong();
    QByteArray buffer = socket->property("buffer").toByteArray() + socket->read(qMax<qint64>(room, 0) + 1);
    if (buffer.size() > MaxHeaderBytes) {
        refuse(socket, 431);
        return;
    }
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0) {
        socket->setProperty("buffer", buffer);
        socket->setProperty("have", buffer.size());
        return;
    }
    const QList<QByteArray> lines = buffer.left(end).split('\n');
    const QList<QByteArray> request = lines.constFirst().trimmed().split(' ');
    if (request.size() != 3 || !request.at(2).startsWith("HTTP/1.")) {
        refuse(socket, 400);
        return;
    }
    QByteArray authorization;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if ((name == "content-length" && value != "0") || name == "transfer-encoding") {
            refuse(socket, 413);
            return;
        }
        if (name == "authorization")
            authorization = value;
    }
    const QByteArray &method = request.at(0);
    const bool head = method == "HEAD";
    if (method != "GET" && !head) {
        refuse(socket, 405);
        return;
    }
    const QByteArray path = request.at(1).split('?').constFirst();
    if (path == "/health") {
        answer(socket, 200, "application/json", m_health(), head);
    } else if (path == "/metrics" && m_metricsOpen) {
        if (!m_token.isEmpty() &&
            !(authorization.startsWith("Bearer ") && sameToken(authorization.mid(7), m_token))) {
            refuse(socket, 401);
            return;
        }
        answer(socket, 200, "text/plain; version=0.0.4", m_metrics(), head);
    } else {
        refuse(socket, 404);
    }
}

} // namespace BoxOffice::Server
