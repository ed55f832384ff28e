#include "net/dispatcher.h"

#include "core/metrics.h"
#include "net/clientconnection.h"

namespace BoxOffice::Server {

using namespace BoxOffice::Shared;

void Dispatcher::on(MessageType type, Handler handler)
{
    Q_ASSERT(int(type) > 0 && int(type) < TableSize);
    m_handlers[size_t(type)] = std::move(handler);
}

bool Dispatcher::validate(QString *missing) const
{
#define BOXOFFICE_CHECK_HANDLER(name, value)                                                       \
    static_assert(value < TableSize);                                                              \
    if (isClientRequest(MessageType::name) && !m_handlers[value]) {                                \
        *missing = QStringLiteral(#name);                                                          \
        return false;                                                                              \
    }
    BOXOFFICE_MESSAGES(BOXOFFICE_CHECK_HANDLER)
#undef BOXOFFICE_CHECK_HANDLER
    return true;
}

void Dispatcher::dispatch(ClientConnection &c, const QByteArray &data)
{
    auto refuse = [&](MessageType type, qint64 id, ErrorCode code, const QString &message) {
        ++m_metrics.badFrames;
        c.sendError(type, id, code, message);
        c.strike();
    };
    if (data.size() > MaxFrameBytes) {
        refuse(MessageType::Invalid, 0, ErrorCode::FrameTooLarge,
               QStringLiteral("frame of %1 bytes exceeds the limit of %2").arg(data.size()).arg(MaxFrameBytes));
        return;
    }
    const DecodeResult decoded = decodeFrame(data);
    if (!decoded.frame) {
        refuse(decoded.type, decoded.id, decoded.error, decoded.message);
        return;
    }
    const Frame &frame = *decoded.frame;
    if (!isClientRequest(frame.type)) {
        // Type 0, not the push's own type: a client must never mistake this for a push.
        refuse(MessageType::Invalid, frame.id, ErrorCode::UnknownType,
               QStringLiteral("%1 is sent by the server only").arg(messageTypeName(frame.type)));
        return;
    }
    if (!c.helloDone() && frame.type != MessageType::Hello) {
        refuse(frame.type, frame.id, ErrorCode::HelloRequired, QStringLiteral("send Hello first"));
        return;
    }
    m_handlers[size_t(frame.type)](c, frame);
}

} // namespace BoxOffice::Server
