#pragma once

#include "protocol/frame.h"

#include <QByteArray>

#include <array>
#include <functional>
#include <memory>

namespace BoxOffice::Server {

class ClientConnection;
class Metrics;
struct Session;

/**
 * Decodes frames and routes each request to the handler registered for its type. The
 * message list in shared/protocol/messages.h drives the table: validate() refuses to start
 * a server that leaves a client request without a handler.
 */
class Dispatcher
{
public:
    using Handler = std::function<void(ClientConnection &c, const Shared::Frame &frame)>;

    static constexpr qsizetype MaxFrameBytes = 64 * 1024;
    /**
     * The limit for organizers' and admins' sessions: SaveDraft carries a whole compressed
     * venue layout (a 50,000-seat stadium is a few hundred KiB). Set on the socket when such
     * a session is attached (ClientConnection::setSession), so anonymous peers keep 64 KiB.
     */
    static constexpr qsizetype MaxDesignerFrameBytes = 16 * 1024 * 1024;

    explicit Dispatcher(Metrics &metrics)
        : m_metrics(metrics)
    {}

    /** Writes a buyer session's row; done(false) if the session ended meanwhile. */
    using Persist = std::function<void(const std::shared_ptr<Session> &, std::function<void(bool)>)>;

    void on(Shared::MessageType type, Handler handler);
    /**
     * Requests that hold seats (Hold, BestAvailable) of a buyer session without a row wait
     * for persist first (issue 18, attack 7: no row for a session that holds nothing).
     */
    void setPersist(Persist persist) { m_persist = std::move(persist); }

    /**
     * Runs after the permission check and before the handler; returning false means it has
     * replied and the request goes no further (the waiting room's admission check).
     */
    using Gate = std::function<bool(ClientConnection &c, const Shared::Frame &frame)>;

    void setGate(Gate gate) { m_gate = std::move(gate); }
    bool validate(QString *missing) const;
    void dispatch(ClientConnection &c, const QByteArray &data);

private:
    static constexpr int TableSize = 64;
    Metrics &m_metrics;
    std::array<Handler, TableSize> m_handlers;
    Persist m_persist;
    Gate m_gate;
};

} // namespace BoxOffice::Server
