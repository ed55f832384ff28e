#pragma once

// A blocking WebSocket client by hand for boxoffice-abusebench: it reads only when told,
// sends what it likes (partial frames, lies about lengths), answers pings while it reads,
// and binds to any loopback source address (each one another "client address").

#include "protocol/frame.h"
#include "protocol/messages.h"

#include <QCborMap>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QTcpSocket>

#include <optional>

namespace BoxOffice::Load {

class RawClient
{
public:
    /** TCP connect from source and the WebSocket handshake; false on any failure. */
    bool open(quint16 port, const QHostAddress &source, int timeoutMs = 5000, bool handshake = true)
    {
        m_in.clear();
        if (!source.isNull() && !m_socket.bind(source, 0))
            return false;
        m_socket.connectToHost(QHostAddress::LocalHost, port);
        if (!m_socket.waitForConnected(timeoutMs))
            return false;
        if (!handshake)
            return true;
        m_socket.write("GET / HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port) +
                       "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                       "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n");
        QElapsedTimer t;
        t.start();
        while (!m_in.contains("\r\n\r\n") && t.elapsed() < timeoutMs && m_socket.waitForReadyRead(100))
            m_in += m_socket.readAll();
        const qsizetype end = m_in.indexOf("\r\n\r\n");
        if (!m_in.startsWith("HTTP/1.1 101") || end < 0)
            return false;
        m_in.remove(0, end + 4);
        return true;
    }
    /** Hello and, if wanted, a new buyer session (or the one of token). */
    bool start(bool buyer, const QString &token = {})
    {
        const QCborMap hello{{Shared::Key::Version, Shared::ProtocolVersion},
                             {Shared::Key::Client, QStringLiteral("abusebench")}};
        const auto h = request(Shared::MessageType::Hello, hello);
        if (!h || h->isError())
            return false;
        if (!buyer)
            return true;
        QCborMap f;
        if (!token.isEmpty())
            f.insert(Shared::Key::Token, token);
        const auto s = request(Shared::MessageType::BuyerSession, f);
        if (!s || s->isError())
            return false;
        m_token = s->result().value(Shared::Key::Token).toString();
        if (m_token.isEmpty())
            m_token = token;
        return true;
    }
    QString token() const { return m_token; }

    /** A masked (key 0) binary frame; declaredLength may claim more than payload holds. */
    static QByteArray frame(const QByteArray &payload, quint64 declaredLength = 0, quint8 opcode = 2)
    {
        const quint64 n = declaredLength ? declaredLength : quint64(payload.size());
        QByteArray f(1, char(0x80 | opcode));
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
    static QByteArray requestFrame(Shared::MessageType type, qint64 id, const QCborMap &fields = {})
    {
        return frame(Shared::encodeRequest(type, id, fields));
    }
    void send(const QByteArray &bytes)
    {
        m_socket.write(bytes);
        m_socket.flush();
    }
    /** Writes what the kernel takes within timeoutMs; false if the socket closed. */
    bool sendAll(const QByteArray &bytes, int timeoutMs)
    {
        m_socket.write(bytes);
        QElapsedTimer t;
        t.start();
        while (m_socket.bytesToWrite() > 0 && t.elapsed() < timeoutMs && connected())
            m_socket.waitForBytesWritten(50);
        return connected();
    }
    bool connected() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    QTcpSocket &socket() { return m_socket; }
    void abort() { m_socket.abort(); }

    /** The next binary message, decoded; pings are answered on the way. */
    std::optional<Shared::Frame> read(int timeoutMs = 10000)
    {
        QElapsedTimer t;
        t.start();
        for (;;) {
            while (m_in.size() >= 2) {
                const quint8 op = quint8(m_in.at(0)) & 0x0F;
                quint64 n = quint8(m_in.at(1)) & 0x7F;
                qsizetype header = 2;
                if (n == 126) {
                    if (m_in.size() < 4)
                        break;
                    n = (quint8(m_in.at(2)) << 8) | quint8(m_in.at(3));
                    header = 4;
                } else if (n == 127) {
                    if (m_in.size() < 10)
                        break;
                    n = 0;
                    for (int i = 2; i < 10; ++i)
                        n = (n << 8) | quint8(m_in.at(i));
                    header = 10;
                }
                if (quint64(m_in.size()) < quint64(header) + n)
                    break;
                const QByteArray payload = m_in.mid(header, qsizetype(n));
                m_in.remove(0, header + qsizetype(n));
                if (op == 9) // ping: pong with the same payload
                    send(frame(payload, 0, 10));
                else if (op == 2)
                    return Shared::decodeFrame(payload).frame;
                else if (op == 8)
                    return std::nullopt;
            }
            const qint64 left = timeoutMs - t.elapsed();
            if (left <= 0 || !connected())
                return std::nullopt;
            if (m_socket.waitForReadyRead(int(std::min<qint64>(left, 100))))
                m_in += m_socket.readAll();
        }
    }
    /** Sends a request and waits for its reply (other replies and pushes are skipped). */
    std::optional<Shared::Frame> request(Shared::MessageType type, const QCborMap &fields = {},
                                         int timeoutMs = 10000)
    {
        const qint64 id = ++m_nextId;
        send(requestFrame(type, id, fields));
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < timeoutMs) {
            auto f = read(int(timeoutMs - t.elapsed()));
            if (!f)
                return std::nullopt;
            if (f->id == id && f->type == type)
                return f;
        }
        return std::nullopt;
    }
    qint64 nextId() { return ++m_nextId; }

private:
    QTcpSocket m_socket;
    QByteArray m_in;
    QString m_token;
    qint64 m_nextId = 1000000;
};

} // namespace BoxOffice::Load
