#pragma once

#include "protocol/frame.h"

#include <QCborArray>
#include <QList>
#include <QObject>
#include <QSet>
#include <QUrl>

class QWebSocket;
class QWebSocketServer;

namespace BoxOffice::Tests {

/**
 * A protocol v1 server in the test process: answers Hello, ListEvents and Subscribe with
 * canned CBOR made by the shared codec, and lets a test drop connections, stay silent or
 * refuse the version.
 */
class FakeServer final : public QObject
{
    Q_OBJECT

public:
    explicit FakeServer(QObject *parent = nullptr);
    ~FakeServer() override;

    /** Listens on 127.0.0.1, on port (0: any free one). */
    bool listen(quint16 port = 0);
    void stopListening();
    quint16 port() const;
    QUrl url() const;

    /** Closes every client socket without a close handshake, like a crashed server. */
    void dropClients();
    int clientCount() const { return int(m_clients.size()); }

    /** Requests of these types get no reply at all. */
    QSet<Shared::MessageType> silentTypes;
    /** Hello replies carry this version; other than 1 means VersionMismatch. */
    int version = Shared::ProtocolVersion;
    QCborArray events;
    int seatCount = 12;
    QByteArray seatStates; // one byte per seat, for Snapshot pushes

    /** Every request received, in order. */
    QList<Shared::Frame> received;

    static QCborArray sampleEvents();

signals:
    void requestReceived(const BoxOffice::Shared::Frame &frame);

private:
    void onNewConnection();
    void onFrame(QWebSocket *socket, const QByteArray &data);

    QWebSocketServer *m_server = nullptr;
    QList<QWebSocket *> m_clients;
    int m_ownerCounter = 0;
};

} // namespace BoxOffice::Tests
