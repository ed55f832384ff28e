#include "wsconnection.h"

#include <QTcpSocket>

namespace BoxOffice::Load {

namespace {

constexpr qsizetype MaxMessageBytes = 8 * 1024 * 1024;

} // namespace

void WsConnection::open(QTcpSocket *socket, const QHostAddress &source, const QHostAddress &host,
                        quint16 port)
{
    m_socket = socket;
    m_port = port;
    // Without the bind every connection would come from 127.0.0.1 and share its ports.
    if (!source.isNull())
        m_socket->bind(source, 0);
    m_socket->connectToHost(host, port);
}

void WsConnection::onConnected()
{
    m_socket->write("GET / HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(m_port) +
                    "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                    "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n");
}

bool WsConnection::fill()
{
    m_in += m_socket->readAll();
    if (m_upgraded)
        return true;
    const qsizetype end = m_in.indexOf("\r\n\r\n");
    if (end < 0)
        return m_in.size() < 16384;
    if (!m_in.startsWith("HTTP/1.1 101"))
        return false;
    m_in.remove(0, end + 4);
    m_upgraded = true;
    m_upgradedNow = true;
    return true;
}

WsConnection::ReadResult WsConnection::next(QByteArray &message)
{
    if (!m_upgraded)
        return ReadResult::Ok;
    while (m_in.size() >= 2) {
        const quint8 b0 = quint8(m_in.at(0));
        const quint8 b1 = quint8(m_in.at(1));
        const bool fin = b0 & 0x80;
        const quint8 op = b0 & 0x0F;
        if (b1 & 0x80)
            return ReadResult::ProtocolError; // a server never masks
        quint64 n = b1 & 0x7F;
        qsizetype header = 2;
        if (n == 126) {
            if (m_in.size() < 4)
                return ReadResult::Ok;
            n = (quint64(quint8(m_in.at(2))) << 8) | quint8(m_in.at(3));
            header = 4;
        } else if (n == 127) {
            if (m_in.size() < 10)
                return ReadResult::Ok;
            n = 0;
            for (int i = 2; i < 10; ++i)
                n = (n << 8) | quint8(m_in.at(i));
            header = 10;
        }
        if (n > quint64(MaxMessageBytes))
            return ReadResult::ProtocolError;
        if (quint64(m_in.size()) < quint64(header) + n)
            return ReadResult::Ok;
        QByteArray payload = m_in.mid(header, qsizetype(n));
        m_in.remove(0, header + qsizetype(n));
        switch (op) {
        case 0x9: // ping
            sendFrame(0xA, payload);
            continue;
        case 0xA: // pong
            continue;
        case 0x8: // close: answer it, the server closes the TCP connection
            m_closeCode =
                payload.size() >= 2 ? quint16((quint8(payload.at(0)) << 8) | quint8(payload.at(1))) : 1005;
            m_closeReason = payload.mid(2, 80);
            sendFrame(0x8, payload.left(2));
            return ReadResult::Closed;
        case 0x0: // continuation
        case 0x1:
        case 0x2:
            m_fragments += payload;
            if (m_fragments.size() > MaxMessageBytes)
                return ReadResult::ProtocolError;
            if (!fin)
                continue;
            message = std::move(m_fragments);
            m_fragments = QByteArray();
            if (message.isNull())
                message = QByteArray("", 0);
            return ReadResult::Ok;
        default:
            return ReadResult::ProtocolError;
        }
    }
    return ReadResult::Ok;
}

void WsConnection::sendBinary(const QByteArray &payload)
{
    sendFrame(0x2, payload);
}

void WsConnection::sendFrame(quint8 opcode, const QByteArray &payload)
{
    const quint64 n = quint64(payload.size());
    QByteArray f;
    f.reserve(payload.size() + 14);
    f.append(char(0x80 | opcode));
    if (n < 126) {
        f.append(char(0x80 | n));
    } else if (n <= 0xFFFF) {
        f.append(char(0x80 | 126));
        f.append(char(n >> 8));
        f.append(char(n & 0xFF));
    } else {
        f.append(char(0x80 | 127));
        for (int i = 7; i >= 0; --i)
            f.append(char((n >> (8 * i)) & 0xFF));
    }
    f.append(QByteArray(4, '\0')); // the zero mask leaves the payload as it is
    f.append(payload);
    m_socket->write(f);
}

} // namespace BoxOffice::Load
