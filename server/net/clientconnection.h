#pragma once

#include "protocol/frame.h"

#include <QElapsedTimer>
#include <QObject>
#include <QSet>
#include <QString>

class QWebSocket;

namespace BoxOffice::Server {

class Metrics;

/** One client's WebSocket and what the server knows of it. Lives on the socket thread. */
class ClientConnection final : public QObject
{
    Q_OBJECT
public:
    static constexpr int MaxStrikes = 20;

    ClientConnection(QWebSocket *socket, Metrics &metrics, QObject *parent = nullptr);
    ~ClientConnection() override;

    void send(const QByteArray &frame);
    void sendResult(Shared::MessageType type, qint64 id, const QCborMap &result);
    void sendError(Shared::MessageType type, qint64 id, Shared::ErrorCode code, const QString &message);

    /** Counts bad input; closes the connection with 1008 once it has too many strikes. */
    void strike();
    void close(int code, const QString &reason);

    bool helloDone() const { return !m_owner.isEmpty(); }
    const QString &owner() const { return m_owner; }
    void setOwner(const QString &owner) { m_owner = owner; }
    QString peer() const;

    /** Milliseconds since the peer last showed a sign of life. */
    qint64 silentMs() const { return m_lastSeen.elapsed(); }
    void ping();

    QSet<qint64> &subscriptions() { return m_subscriptions; }

signals:
    void frameReceived(BoxOffice::Server::ClientConnection *c, const QByteArray &frame);
    void closed(BoxOffice::Server::ClientConnection *c);

private:
    QWebSocket *m_socket;
    Metrics &m_metrics;
    QString m_owner;
    int m_strikes = 0;
    bool m_closing = false;
    QElapsedTimer m_lastSeen;
    QSet<qint64> m_subscriptions;
};

} // namespace BoxOffice::Server
