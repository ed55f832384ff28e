#include "scenario.h"

#include "protocol/frame.h"

#include <QCborMap>
#include <QPointer>
#include <QWebSocket>

#include <cstdio>
#include <ctime>

namespace BoxOffice::Load {

Scenario::Scenario(const LoadOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_random(options.seed)
{
    m_clock.start();
}

qint64 Scenario::nowNs()
{
    timespec ts{};
    ::clock_gettime(CLOCK_MONOTONIC, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

qint64 Scenario::cpuNs()
{
    timespec ts{};
    ::clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

QWebSocket *Scenario::openSocket(int index)
{
    return openSocket(index, m_options.url);
}

QWebSocket *Scenario::openSocket(int index, const QUrl &url)
{
    auto *socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    connect(socket, &QWebSocket::connected, this, [this, index] {
        if (!m_closing)
            onConnected(index);
    });
    connect(socket, &QWebSocket::binaryMessageReceived, this, [this, index](const QByteArray &message) {
        if (!m_closing)
            onMessage(index, message);
    });
    // QWebSocket::error is also the getter; Qt 6.5 renames the signal errorOccurred.
    connect(socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
            [this, index, socket](QAbstractSocket::SocketError) {
                if (!m_closing)
                    onLost(index, socket->errorString());
            });
    connect(socket, &QWebSocket::disconnected, this, [this, index, socket] {
        if (m_closing)
            return;
        // A refused connection may report disconnected() before error(): name the cause.
        if (socket->error() != QAbstractSocket::UnknownSocketError)
            onLost(index, socket->errorString());
        else
            onLost(index, QStringLiteral("disconnected (close code %1 %2)")
                              .arg(int(socket->closeCode()))
                              .arg(socket->closeReason()));
    });
    socket->open(url);
    return socket;
}

void Scenario::closeAllAndFinish(const QList<QWebSocket *> &sockets, int exitCode)
{
    m_closing = true;
    m_exitCode = exitCode;
    QList<QPointer<QWebSocket>> guarded;
    guarded.reserve(sockets.size());
    for (QWebSocket *socket : sockets) {
        guarded.append(socket);
        if (!socket)
            continue;
        if (socket->state() != QAbstractSocket::ConnectedState) {
            socket->abort();
            continue;
        }
        ++m_closingSockets;
        connect(socket, &QWebSocket::disconnected, this, [this] {
            if (--m_closingSockets == 0)
                emitFinished();
        });
        socket->close(QWebSocketProtocol::CloseCodeNormal, QStringLiteral("load run finished"));
    }
    if (m_closingSockets == 0) {
        QTimer::singleShot(0, this, &Scenario::emitFinished);
        return;
    }
    // A server that never answers the close handshake must not keep us here.
    QTimer::singleShot(2000, this, [this, guarded] {
        for (const QPointer<QWebSocket> &socket : guarded) {
            if (socket)
                socket->abort();
        }
        emitFinished();
    });
}

void Scenario::emitFinished()
{
    if (m_finishEmitted)
        return;
    m_finishEmitted = true;
    emit finished(m_exitCode);
}

QByteArray Scenario::helloRequest(qint64 id)
{
    QCborMap fields;
    fields.insert(Shared::Key::Version, Shared::ProtocolVersion);
    fields.insert(Shared::Key::Client, QStringLiteral("loadgen"));
    return Shared::encodeRequest(Shared::MessageType::Hello, id, fields);
}

void Scenario::printResultLine(const QByteArray &line)
{
    std::fwrite(line.constData(), 1, std::size_t(line.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

} // namespace BoxOffice::Load
