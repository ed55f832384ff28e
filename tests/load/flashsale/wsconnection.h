#pragma once

#include <QByteArray>
#include <QHostAddress>

class QTcpSocket;

namespace BoxOffice::Load {

/**
 * A non-blocking WebSocket client connection by hand, on a QTcpSocket bound to a chosen
 * loopback source address before it connects (QWebSocket cannot bind): a flash sale opens
 * tens of thousands of connections, and spreading their source addresses over 127.0.0.0/8
 * keeps the ports of one address from running out, and makes each simulated buyer its own
 * "client address" for the server's per-address limits.
 *
 * The owner wires the socket's signals and calls onConnected() and read() from them. Frames
 * from the server are unmasked; frames to it are masked with a zero key (the RFC requires a
 * mask, not a secret one). Pings are answered, fragments reassembled.
 */
class WsConnection final
{
public:
    enum class ReadResult { Ok, Closed, ProtocolError };

    /** Opens socket (already created by the owner) from source to host:port. */
    void open(QTcpSocket *socket, const QHostAddress &source, const QHostAddress &host, quint16 port);
    /** Sends the upgrade request; call from QTcpSocket::connected. */
    void onConnected();
    /**
     * Reads what arrived: completes the handshake (upgraded() turns true; the owner then
     * sends its first request), then hands each complete binary message to onMessage.
     */
    template <typename F> ReadResult read(F &&onMessage)
    {
        if (!fill())
            return ReadResult::ProtocolError;
        QByteArray message;
        for (;;) {
            const ReadResult r = next(message);
            if (r != ReadResult::Ok)
                return r;
            if (message.isNull())
                return ReadResult::Ok;
            onMessage(message);
            message = QByteArray();
        }
    }
    void sendBinary(const QByteArray &payload);
    bool upgraded() const { return m_upgraded; }
    bool justUpgraded()
    {
        const bool r = m_upgradedNow;
        m_upgradedNow = false;
        return r;
    }
    QTcpSocket *socket() const { return m_socket; }
    /** The server's close frame, if one came: its code (0 if none) and reason. */
    quint16 closeCode() const { return m_closeCode; }
    QByteArray closeReason() const { return m_closeReason; }

private:
    bool fill();
    /** The next complete message in message (null if none yet). */
    ReadResult next(QByteArray &message);
    void sendFrame(quint8 opcode, const QByteArray &payload);

    QTcpSocket *m_socket = nullptr;
    QByteArray m_in;
    QByteArray m_fragments;
    QByteArray m_closeReason;
    quint16 m_port = 0;
    quint16 m_closeCode = 0;
    bool m_upgraded = false;
    bool m_upgradedNow = false;
};

} // namespace BoxOffice::Load
