#pragma once

#include "protocol/frame.h"

#include <QByteArray>
#include <QCborMap>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QTcpSocket>

#include <optional>

namespace BoxOffice::Test {

using Shared::Frame;
using Shared::MessageType;

/** A WebSocket client by hand: it reads only when told, and sends what it likes. */
class RawWs final
{
public:
    /** Connects from source (a loopback address other than 127.0.0.1 is another client). */
    bool open(quint16 port, const QHostAddress &source = {})
    {
        if (!source.isNull() && !m_socket.bind(source, 0))
            return false;
        m_socket.connectToHost(QHostAddress::LocalHost, port);
        if (!m_socket.waitForConnected(5000))
            return false;
        m_socket.write("GET / HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port) +
                       "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                       "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n");
        QByteArray in;
        QElapsedTimer t;
        t.start();
        while (!in.contains("\r\n\r\n") && t.elapsed() < 5000 && m_socket.waitForReadyRead(500))
            in += m_socket.readAll();
        return in.startsWith("HTTP/1.1 101");
    }
    /** A masked (key 0) binary frame; declaredLength may claim more than payload holds. */
    static QByteArray frame(const QByteArray &payload, quint64 declaredLength = 0)
    {
        const quint64 n = declaredLength ? declaredLength : quint64(payload.size());
        QByteArray f(1, char(0x82));
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
        f.append(QByteArray(4, '\0'));
        return f + payload;
    }
    void send(const QByteArray &bytes)
    {
        m_socket.write(bytes);
        m_socket.flush();
    }
    QTcpSocket &socket() { return m_socket; }
    /** The next binary message from the server, decoded (small unfragmented ones only). */
    std::optional<Frame> read(int timeoutMs = 10000)
    {
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < timeoutMs) {
            if (m_in.size() >= 2) {
                qsizetype header = 2;
                quint64 n = quint8(m_in.at(1)) & 0x7F;
                if (n == 126 && m_in.size() >= 4) {
                    n = (quint8(m_in.at(2)) << 8) | quint8(m_in.at(3));
                    header = 4;
                }
                if (n < 126 || header == 4) {
                    if (m_in.size() >= header + qsizetype(n)) {
                        const QByteArray payload = m_in.mid(header, qsizetype(n));
                        const bool binary = (quint8(m_in.at(0)) & 0x0F) == 2;
                        m_in.remove(0, header + qsizetype(n));
                        if (binary)
                            return Shared::decodeFrame(payload).frame;
                        continue;
                    }
                }
            }
            if (m_socket.waitForReadyRead(100))
                m_in += m_socket.readAll();
        }
        return std::nullopt;
    }
    std::optional<Frame> request(MessageType type, qint64 id, const QCborMap &fields = {})
    {
        send(frame(Shared::encodeRequest(type, id, fields)));
        return read();
    }

private:
    QTcpSocket m_socket;
    QByteArray m_in;
};

} // namespace BoxOffice::Test
