#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QTimer>
#include <QUrl>

#include <functional>
#include <vector>

class QSocketNotifier;

namespace BoxOffice::Load {

/**
 * The fan-out run's watchers as plain non-blocking sockets with a minimal WebSocket client
 * (RFC 6455: the upgrade handshake with its Sec-WebSocket-Accept check, masked client
 * frames, unmasked server frames, fragments, ping -> pong, close), all of them on one epoll
 * set that the event loop watches through a single QSocketNotifier. One ready socket costs
 * a recv() and a frame header, not a QWebSocket's signals and buffers: the load generator
 * must cost less than the server it measures.
 *
 * Only for ws:// to an IP address (usable()); anything else (wss://, host names) stays on
 * QWebSocket. A message is handed to onMessage as a view into a receive buffer that is
 * valid only during the call.
 */
class RawWatchers final : public QObject
{
    Q_OBJECT
public:
    struct Callbacks
    {
        std::function<void(int index)> connected;
        std::function<void(int index, const QByteArray &message)> message;
        std::function<void(int index, const QString &reason)> lost;
    };

    RawWatchers(int count, Callbacks callbacks, QObject *parent = nullptr);
    ~RawWatchers() override;

    /** ws:// to an IPv4 or IPv6 address (or "localhost"). */
    static bool usable(const QUrl &url);

    /** Starts connecting index to url; a failure is reported through lost (later). */
    void open(int index, const QUrl &url);
    /** One masked binary frame with payload; dropped if index is not open. */
    void send(int index, const QByteArray &payload);
    /** Closes index's socket at once; no callback follows. */
    void abort(int index);
    /** A close frame to every open socket, then closes them all (no callbacks). */
    void closeAll();
    /** After handling ready sockets, wait this long before looking again (0: at once). */
    void setCoalesceMs(int ms) { m_coalesceMs = std::max(0, ms); }

private:
    enum class State { Idle, Connecting, Upgrading, Open, Closed };
    struct Conn
    {
        int fd = -1;
        State state = State::Idle;
        QByteArray in;      // bytes not yet parsed
        QByteArray out;     // bytes the kernel did not take yet
        QByteArray message; // fragments of an unfinished message
        QByteArray accept;  // the Sec-WebSocket-Accept the server must answer
        QByteArray request; // the upgrade request, until sent
    };

    void onEpoll();
    void onResume();
    /** Handles the ready sockets (bounded); returns how many events there were. */
    int drain();
    void onEvent(int index, quint32 events);
    void onWritable(int index, Conn &c);
    void readAvailable(int index, Conn &c);
    /** Parses data (c.in or a view of the receive buffer); keeps the rest in c.in. */
    void parse(int index, Conn &c, QByteArray data);
    bool finishUpgrade(int index, Conn &c, QByteArray &data, qsizetype &pos);
    void writeRaw(int index, Conn &c, const char *bytes, qsizetype size);
    void control(int index, Conn &c, int opcode, const char *payload, qsizetype size);
    void fail(int index, Conn &c, const QString &reason);
    void closeFd(Conn &c);
    void watch(Conn &c, int index, bool writable);
    static QByteArray maskedFrame(int opcode, const char *payload, qsizetype size);

    std::vector<Conn> m_conns;
    Callbacks m_callbacks;
    int m_epoll = -1;
    QSocketNotifier *m_notifier = nullptr;
    QTimer m_resume;
    int m_coalesceMs = 1;
    static constexpr int IdleLooks = 50;
    int m_idleLooks = 0;
    std::vector<char> m_buffer;
};

} // namespace BoxOffice::Load
