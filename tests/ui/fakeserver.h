#pragma once

#include "protocol/frame.h"

#include <QCborArray>
#include <QHash>
#include <QList>
#include <QSslConfiguration>
#include <QStringList>
#include <QObject>
#include <QSet>
#include <QUrl>

#include <functional>

class QWebSocket;
class QWebSocketServer;

namespace BoxOffice::Tests {

/**
 * A protocol v1 server in the test process: answers Hello, ListEvents and Subscribe with
 * canned CBOR made by the shared codec, and lets a test drop connections, stay silent or
 * refuse the version. It signs in the accounts in `accounts` (sessions and their tokens
 * survive a dropped connection, like the real server's) and answers the admin messages
 * from the `users`, `sessions` and `auditRows` arrays. With a TLS configuration it listens
 * in secure mode (wss://).
 */
class FakeServer final : public QObject
{
    Q_OBJECT

public:
    explicit FakeServer(QObject *parent = nullptr);
    /** A wss:// server with this certificate and key. */
    explicit FakeServer(const QSslConfiguration &tls, QObject *parent = nullptr);
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

    struct Account
    {
        QString password;
        QStringList roles;
    };
    /** "clerk" and "admin" (passwords "clerk-password" and "admin-password"). */
    QHash<QString, Account> accounts;
    /** When true, everything but Hello and SignIn needs a session (NotSignedIn). */
    bool requireSession = false;
    /** Forgets every session token, as a server restart or an expiry would. */
    void expireSessions();
    /** Session tokens handed out, newest last. */
    QStringList issuedTokens;

    QCborArray users; // ListUsers; CreateUser and UpdateUser change it
    QCborArray sessions;
    QCborArray auditRows;

    /**
     * Tried first for every request after Hello: returns the frames to send back to the
     * requesting client, in order (a reply, then pushes), or an empty list to let the fake
     * answer as usual.
     */
    std::function<QList<QByteArray>(const Shared::Frame &request)> handler;
    /** Sends a push to every connected client. */
    void pushToAll(Shared::MessageType type, const QCborMap &fields);

    /** Every request received, in order. */
    QList<Shared::Frame> received;
    /** The last request of this type, or an empty frame. */
    Shared::Frame lastOf(Shared::MessageType type) const;

    static QCborArray sampleEvents();

signals:
    void requestReceived(const BoxOffice::Shared::Frame &frame);

private:
    void onNewConnection();
    void onFrame(QWebSocket *socket, const QByteArray &data);
    bool handleStaff(QWebSocket *socket, const Shared::Frame &frame);
    void init();

    QWebSocketServer *m_server = nullptr;
    QList<QWebSocket *> m_clients;
    int m_ownerCounter = 0;
    QHash<QString, QString> m_tokens;        // token -> user
    QHash<QWebSocket *, QString> m_signedIn; // socket -> user
};

} // namespace BoxOffice::Tests
