#include "rawwatchers.h"

#include <QCryptographicHash>
#include <QHostAddress>
#include <QRandomGenerator>
#include <QSocketNotifier>

#include <cerrno>
#include <cstring>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace BoxOffice::Load {

namespace {

constexpr qsizetype ReceiveBufferBytes = 64 * 1024;
constexpr int ReadsPerEvent = 8; // then the next socket: one busy socket cannot starve the rest
constexpr int EventsPerWait = 256;
constexpr int WaitsPerActivation = 16; // then back to the event loop (timers, the holder)
constexpr qsizetype MaxHandshakeBytes = 16 * 1024;
constexpr quint64 MaxMessageBytes = 64 * 1024 * 1024;
const QByteArray WebSocketGuid = QByteArrayLiteral("258EAFA5-E914-47DA-95CA-C5AB0DC85B11");

QHostAddress addressOf(const QUrl &url)
{
    if (url.host().compare(QStringLiteral("localhost"), Qt::CaseInsensitive) == 0)
        return QHostAddress(QHostAddress::LocalHost);
    return QHostAddress(url.host());
}

} // namespace

RawWatchers::RawWatchers(int count, Callbacks callbacks, QObject *parent)
    : QObject(parent)
    , m_conns(std::size_t(std::max(0, count)))
    , m_callbacks(std::move(callbacks))
    , m_buffer(std::size_t(ReceiveBufferBytes))
{
    m_epoll = ::epoll_create1(EPOLL_CLOEXEC);
    if (m_epoll >= 0) {
        m_notifier = new QSocketNotifier(m_epoll, QSocketNotifier::Read, this);
        connect(m_notifier, &QSocketNotifier::activated, this, &RawWatchers::onEpoll);
    }
    m_resume.setSingleShot(true);
    m_resume.setTimerType(Qt::PreciseTimer);
    connect(&m_resume, &QTimer::timeout, this, &RawWatchers::onResume);
}

RawWatchers::~RawWatchers()
{
    for (Conn &c : m_conns)
        closeFd(c);
    if (m_notifier)
        m_notifier->setEnabled(false);
    if (m_epoll >= 0)
        ::close(m_epoll);
}

bool RawWatchers::usable(const QUrl &url)
{
    const QHostAddress address = addressOf(url);
    return url.scheme() == QLatin1String("ws") && !address.isNull() &&
           (address.protocol() == QAbstractSocket::IPv4Protocol ||
            address.protocol() == QAbstractSocket::IPv6Protocol);
}

void RawWatchers::open(int index, const QUrl &url)
{
    Conn &c = m_conns.at(std::size_t(index));
    if (c.state != State::Idle && c.state != State::Closed)
        return;
    const QHostAddress address = addressOf(url);
    const quint16 port = quint16(url.port(80));
    sockaddr_storage storage{};
    socklen_t length = 0;
    if (address.protocol() == QAbstractSocket::IPv4Protocol) {
        auto *sin = reinterpret_cast<sockaddr_in *>(&storage);
        sin->sin_family = AF_INET;
        sin->sin_port = htons(port);
        sin->sin_addr.s_addr = htonl(address.toIPv4Address());
        length = sizeof(sockaddr_in);
    } else {
        auto *sin6 = reinterpret_cast<sockaddr_in6 *>(&storage);
        sin6->sin6_family = AF_INET6;
        sin6->sin6_port = htons(port);
        const Q_IPV6ADDR v6 = address.toIPv6Address();
        std::memcpy(&sin6->sin6_addr, &v6, sizeof v6);
        length = sizeof(sockaddr_in6);
    }
    c = Conn();
    c.state = State::Connecting;
    if (m_epoll < 0) {
        fail(index, c, QStringLiteral("epoll_create1 failed"));
        return;
    }
    c.fd = ::socket(storage.ss_family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (c.fd < 0) {
        fail(index, c, QStringLiteral("socket: %1").arg(QString::fromLocal8Bit(std::strerror(errno))));
        return;
    }
    const int one = 1;
    ::setsockopt(c.fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);

    quint32 nonce[4];
    QRandomGenerator::global()->fillRange(nonce);
    const QByteArray key = QByteArray(reinterpret_cast<const char *>(nonce), sizeof nonce).toBase64();
    c.accept = QCryptographicHash::hash(QByteArray(key + WebSocketGuid), QCryptographicHash::Sha1).toBase64();
    QByteArray path = url.path(QUrl::FullyEncoded).toLatin1();
    if (path.isEmpty())
        path = "/";
    if (url.hasQuery())
        path += '?' + url.query(QUrl::FullyEncoded).toLatin1();
    const QByteArray host = address.protocol() == QAbstractSocket::IPv6Protocol
                                ? '[' + address.toString().toLatin1() + ']'
                                : address.toString().toLatin1();
    c.request = "GET " + path + " HTTP/1.1\r\nHost: " + host + ':' + QByteArray::number(port) +
                "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: " + key +
                "\r\nSec-WebSocket-Version: 13\r\n\r\n";

    if (::connect(c.fd, reinterpret_cast<const sockaddr *>(&storage), length) != 0 && errno != EINPROGRESS) {
        fail(index, c, QStringLiteral("connect: %1").arg(QString::fromLocal8Bit(std::strerror(errno))));
        return;
    }
    epoll_event ev{};
    ev.events = EPOLLIN | EPOLLOUT;
    ev.data.u64 = quint64(index);
    if (::epoll_ctl(m_epoll, EPOLL_CTL_ADD, c.fd, &ev) != 0)
        fail(index, c, QStringLiteral("epoll_ctl: %1").arg(QString::fromLocal8Bit(std::strerror(errno))));
}

void RawWatchers::send(int index, const QByteArray &payload)
{
    Conn &c = m_conns.at(std::size_t(index));
    if (c.state != State::Open)
        return;
    const QByteArray frame = maskedFrame(2, payload.constData(), payload.size());
    writeRaw(index, c, frame.constData(), frame.size());
}

void RawWatchers::abort(int index)
{
    Conn &c = m_conns.at(std::size_t(index));
    closeFd(c);
    c.state = State::Closed;
}

void RawWatchers::closeAll()
{
    static const char normal[2] = {char(1000 >> 8), char(1000 & 0xff)};
    const QByteArray close = maskedFrame(8, normal, 2);
    for (Conn &c : m_conns) {
        if (c.state == State::Open && c.out.isEmpty())
            (void)::send(c.fd, close.constData(), std::size_t(close.size()), MSG_NOSIGNAL | MSG_DONTWAIT);
        closeFd(c);
        c.state = State::Closed;
    }
}

void RawWatchers::onEpoll()
{
    // Like a network card's interrupt coalescing: once sockets turn readable (a fan-out is
    // arriving), stop being woken by each of them and look every CoalesceMs instead, until
    // IdleLooks looks in a row find nothing. On loopback each wake-up is paid by the
    // sender, the server under test. Arrival times are taken when a message is handled, so
    // this can only add to the latencies measured (at most CoalesceMs), never hide any.
    // (The notifier is switched only when a burst starts and ends: on an epoll set inside
    // the dispatcher's epoll set, each switch costs the kernel a walk over all the sockets.)
    const int handled = drain();
    if (handled > 0 && m_coalesceMs > 0) {
        m_notifier->setEnabled(false);
        m_resume.start(m_coalesceMs);
    }
}

void RawWatchers::onResume()
{
    // A server sends a delta in slices with pauses between, so one empty look does not end
    // a burst: back to the notifier only after IdleLooks empty looks in a row.
    if (drain() > 0)
        m_idleLooks = 0;
    else if (++m_idleLooks >= IdleLooks) {
        m_idleLooks = 0;
        m_notifier->setEnabled(true);
        return;
    }
    m_resume.start(m_coalesceMs);
}

int RawWatchers::drain()
{
    epoll_event events[EventsPerWait];
    int handled = 0;
    for (int round = 0; round < WaitsPerActivation; ++round) {
        const int n = ::epoll_wait(m_epoll, events, EventsPerWait, 0);
        for (int i = 0; i < n; ++i)
            onEvent(int(events[i].data.u64), events[i].events);
        handled += std::max(n, 0);
        if (n < EventsPerWait)
            break;
    }
    return handled;
}

void RawWatchers::onEvent(int index, quint32 events)
{
    if (index < 0 || std::size_t(index) >= m_conns.size())
        return;
    Conn &c = m_conns[std::size_t(index)];
    if (c.fd < 0)
        return;
    if (c.state == State::Connecting) {
        int error = 0;
        socklen_t length = sizeof error;
        if (::getsockopt(c.fd, SOL_SOCKET, SO_ERROR, &error, &length) != 0)
            error = errno;
        if (error != 0) {
            fail(index, c, QStringLiteral("connect: %1").arg(QString::fromLocal8Bit(std::strerror(error))));
            return;
        }
        if (!(events & (EPOLLOUT | EPOLLERR | EPOLLHUP)))
            return;
        c.state = State::Upgrading;
        const QByteArray request = std::exchange(c.request, QByteArray());
        watch(c, index, false);
        writeRaw(index, c, request.constData(), request.size());
        return;
    }
    if ((events & EPOLLOUT) && !c.out.isEmpty())
        onWritable(index, c);
    if (c.fd >= 0 && (events & (EPOLLIN | EPOLLERR | EPOLLHUP)))
        readAvailable(index, c);
}

void RawWatchers::onWritable(int index, Conn &c)
{
    const ssize_t n = ::send(c.fd, c.out.constData(), std::size_t(c.out.size()), MSG_NOSIGNAL | MSG_DONTWAIT);
    if (n < 0) {
        if (errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR)
            fail(index, c, QStringLiteral("send: %1").arg(QString::fromLocal8Bit(std::strerror(errno))));
        return;
    }
    c.out.remove(0, qsizetype(n));
    if (c.out.isEmpty())
        watch(c, index, false);
}

void RawWatchers::readAvailable(int index, Conn &c)
{
    for (int i = 0; i < ReadsPerEvent && c.fd >= 0; ++i) {
        const ssize_t n = ::recv(c.fd, m_buffer.data(), m_buffer.size(), 0);
        if (n == 0) {
            fail(index, c, QStringLiteral("the server closed the connection"));
            return;
        }
        if (n < 0) {
            if (errno == EINTR)
                continue;
            if (errno != EAGAIN && errno != EWOULDBLOCK)
                fail(index, c, QStringLiteral("recv: %1").arg(QString::fromLocal8Bit(std::strerror(errno))));
            return;
        }
        if (c.in.isEmpty()) {
            parse(index, c, QByteArray::fromRawData(m_buffer.data(), qsizetype(n)));
        } else {
            c.in.append(m_buffer.data(), qsizetype(n));
            parse(index, c, std::exchange(c.in, QByteArray()));
        }
        if (std::size_t(n) < m_buffer.size())
            return; // most likely drained; level-triggered epoll says so otherwise
    }
}

bool RawWatchers::finishUpgrade(int index, Conn &c, QByteArray &data, qsizetype &pos)
{
    const qsizetype end = data.indexOf("\r\n\r\n", pos);
    if (end < 0) {
        if (data.size() - pos > MaxHandshakeBytes)
            fail(index, c, QStringLiteral("no end of the upgrade response"));
        else
            c.in = QByteArray(data.constData() + pos, data.size() - pos);
        return false;
    }
    const QByteArray head = QByteArray(data.constData() + pos, end - pos);
    pos = end + 4;
    if (!head.startsWith("HTTP/1.1 101")) {
        fail(index, c,
             QStringLiteral("upgrade refused: %1").arg(QString::fromLatin1(head.left(head.indexOf('\r')))));
        return false;
    }
    bool accepted = false;
    for (const QByteArray &line : head.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().toLower() == "sec-websocket-accept")
            accepted = line.mid(colon + 1).trimmed() == c.accept;
    }
    if (!accepted) {
        fail(index, c, QStringLiteral("wrong or missing Sec-WebSocket-Accept"));
        return false;
    }
    c.state = State::Open;
    c.accept.clear();
    if (m_callbacks.connected)
        m_callbacks.connected(index);
    return c.state == State::Open;
}

void RawWatchers::parse(int index, Conn &c, QByteArray data)
{
    qsizetype pos = 0;
    if (c.state == State::Upgrading && !finishUpgrade(index, c, data, pos))
        return;
    while (c.state == State::Open) {
        const qsizetype available = data.size() - pos;
        if (available < 2)
            break;
        const auto *p = reinterpret_cast<const uchar *>(data.constData() + pos);
        const bool fin = p[0] & 0x80;
        const int opcode = p[0] & 0x0f;
        quint64 length = p[1] & 0x7f;
        qsizetype header = 2;
        if (length == 126) {
            if (available < 4)
                break;
            length = (quint64(p[2]) << 8) | p[3];
            header = 4;
        } else if (length == 127) {
            if (available < 10)
                break;
            length = 0;
            for (int i = 2; i < 10; ++i)
                length = (length << 8) | p[i];
            header = 10;
        }
        if ((p[0] & 0x70) || (p[1] & 0x80) || length > MaxMessageBytes) {
            fail(index, c,
                 QStringLiteral("a server frame with reserved bits, a mask or %1 bytes").arg(length));
            return;
        }
        if (quint64(available - header) < length)
            break;
        const char *payload = data.constData() + pos + header;
        const auto size = qsizetype(length);
        pos += header + size;
        if (opcode >= 8) {
            control(index, c, opcode, payload, size);
        } else if (opcode == 0) {
            c.message.append(payload, size);
            if (fin && m_callbacks.message) {
                const QByteArray whole = std::exchange(c.message, QByteArray());
                m_callbacks.message(index, whole);
            }
        } else if (!fin) {
            c.message = QByteArray(payload, size);
        } else if (opcode == 2 && m_callbacks.message) {
            m_callbacks.message(index, QByteArray::fromRawData(payload, size));
        }
    }
    if (c.state == State::Open && pos < data.size())
        c.in = QByteArray(data.constData() + pos, data.size() - pos);
}

void RawWatchers::control(int index, Conn &c, int opcode, const char *payload, qsizetype size)
{
    if (opcode == 9) {
        const QByteArray pong = maskedFrame(10, payload, size);
        writeRaw(index, c, pong.constData(), pong.size());
    } else if (opcode == 8) {
        const QByteArray close = maskedFrame(8, payload, std::min<qsizetype>(size, 2));
        writeRaw(index, c, close.constData(), close.size());
        const int code = size >= 2 ? (int(uchar(payload[0])) << 8) | uchar(payload[1]) : 1005;
        fail(index, c,
             QStringLiteral("closed by the server (code %1: %2)")
                 .arg(code)
                 .arg(QString::fromUtf8(size > 2 ? QByteArray(payload + 2, size - 2) : QByteArray())));
    }
}

void RawWatchers::writeRaw(int index, Conn &c, const char *bytes, qsizetype size)
{
    if (c.fd < 0)
        return;
    if (c.out.isEmpty()) {
        const ssize_t n = ::send(c.fd, bytes, std::size_t(size), MSG_NOSIGNAL | MSG_DONTWAIT);
        if (n == size)
            return;
        if (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR) {
            fail(index, c, QStringLiteral("send: %1").arg(QString::fromLocal8Bit(std::strerror(errno))));
            return;
        }
        const qsizetype sent = n > 0 ? qsizetype(n) : 0;
        bytes += sent;
        size -= sent;
        watch(c, index, true);
    }
    c.out.append(bytes, size);
}

void RawWatchers::fail(int index, Conn &c, const QString &reason)
{
    closeFd(c);
    c.state = State::Closed;
    if (m_callbacks.lost)
        m_callbacks.lost(index, reason);
}

void RawWatchers::closeFd(Conn &c)
{
    if (c.fd < 0)
        return;
    ::close(c.fd); // also leaves the epoll set
    c.fd = -1;
    c.in.clear();
    c.out.clear();
    c.message.clear();
}

void RawWatchers::watch(Conn &c, int index, bool writable)
{
    epoll_event ev{};
    ev.events = EPOLLIN | (writable ? EPOLLOUT : 0u);
    ev.data.u64 = quint64(index);
    ::epoll_ctl(m_epoll, EPOLL_CTL_MOD, c.fd, &ev);
}

QByteArray RawWatchers::maskedFrame(int opcode, const char *payload, qsizetype size)
{
    QByteArray frame;
    frame.reserve(size + 14);
    frame.append(char(0x80 | opcode));
    if (size < 126) {
        frame.append(char(0x80 | size));
    } else if (size <= 0xffff) {
        frame.append(char(0x80 | 126));
        frame.append(char(size >> 8)).append(char(size & 0xff));
    } else {
        frame.append(char(0x80 | 127));
        for (int shift = 56; shift >= 0; shift -= 8)
            frame.append(char((quint64(size) >> shift) & 0xff));
    }
    const quint32 key = QRandomGenerator::global()->generate();
    char mask[4];
    std::memcpy(mask, &key, 4);
    frame.append(mask, 4);
    const qsizetype at = frame.size();
    frame.append(payload, size);
    char *out = frame.data() + at;
    for (qsizetype i = 0; i < size; ++i)
        out[i] ^= mask[i & 3];
    return frame;
}

} // namespace BoxOffice::Load
