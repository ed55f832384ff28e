#pragma once

#include "protocol/frame.h"

#include <QByteArray>

#include <array>
#include <functional>

namespace BoxOffice::Server {

class ClientConnection;
class Metrics;

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

    explicit Dispatcher(Metrics &metrics)
        : m_metrics(metrics)
    {}

    void on(Shared::MessageType type, Handler handler);
    bool validate(QString *missing) const;
    void dispatch(ClientConnection &c, const QByteArray &data);

private:
    static constexpr int TableSize = 64;
    Metrics &m_metrics;
    std::array<Handler, TableSize> m_handlers;
};

} // namespace BoxOffice::Server
