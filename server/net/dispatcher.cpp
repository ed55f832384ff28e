#include "net/dispatcher.h"

#include "auth/permissions.h"
#include "core/metrics.h"
#include "net/clientconnection.h"
#include "auth/session.h"

#include <QPointer>

namespace BoxOffice::Server {

using namespace BoxOffice::Shared;

void Dispatcher::on(MessageType type, Handler handler)
{
    Q_ASSERT(int(type) > 0 && int(type) < TableSize);
    m_handlers[size_t(type)] = std::move(handler);
}

bool Dispatcher::validate(QString *missing) const
{
#define BOXOFFICE_CHECK_HANDLER(name, value)                                                                 \
    static_assert(value < TableSize);                                                                        \
    if (isClientRequest(MessageType::name) && !isRetiredMessageType(MessageType::name) &&                    \
        !m_handlers[value]) {                                                                                \
        *missing = QStringLiteral(#name);                                                                    \
        return false;                                                                                        \
    }
    BOXOFFICE_MESSAGES(BOXOFFICE_CHECK_HANDLER)
#undef BOXOFFICE_CHECK_HANDLER
#define BOXOFFICE_CHECK_PERMISSION(name, value)                                                              \
    if (isClientRequest(MessageType::name) && !isRetiredMessageType(MessageType::name)) {                    \
        const Permission p = Permissions::of(MessageType::name);                                             \
        if (!p.isPublic && !p.anySession && !p.buyer && !p.roles) {                                          \
            *missing = QStringLiteral(#name " (nobody may send it: no row in the permission table)");        \
            return false;                                                                                    \
        }                                                                                                    \
    }
    BOXOFFICE_MESSAGES(BOXOFFICE_CHECK_PERMISSION)
#undef BOXOFFICE_CHECK_PERMISSION
    return true;
}

void Dispatcher::dispatch(ClientConnection &c, const QByteArray &data)
{
    auto refuse = [&](MessageType type, qint64 id, ErrorCode code, const QString &message) {
        ++m_metrics.badFrames;
        c.sendError(type, id, code, message);
        c.strike();
    };
    if (data.size() > c.maxFrameBytes()) {
        refuse(MessageType::Invalid, 0, ErrorCode::FrameTooLarge,
               QStringLiteral("frame of %1 bytes exceeds the limit of %2")
                   .arg(data.size())
                   .arg(c.maxFrameBytes()));
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
    if (isRetiredMessageType(frame.type)) {
        // Not a strike: an older client may still send it. Nothing is done, for any session.
        c.sendError(frame.type, frame.id, ErrorCode::MessageRetired,
                    QStringLiteral("%1 is retired; sell through CreateOrder and PayOrder")
                        .arg(messageTypeName(frame.type)));
        return;
    }
    // Permissions before any handler (server/auth/permissions.cpp is the one table).
    if (const Permission p = Permissions::of(frame.type); !p.isPublic) {
        const auto &session = c.session();
        if (!session) {
            // Not a strike: a client whose session just ended may have requests in flight.
            c.sendError(frame.type, frame.id, ErrorCode::NotSignedIn, QStringLiteral("sign in first"));
            return;
        }
        if (!session->alive()) {
            c.setSession(nullptr);
            c.sendError(frame.type, frame.id, ErrorCode::SessionExpired,
                        QStringLiteral("the session has ended; sign in again"));
            return;
        }
        if (!Permissions::allows(*session, frame.type)) {
            // A strike: a client knows its session's roles and never needs to try.
            refuse(frame.type, frame.id, ErrorCode::PermissionDenied,
                   QStringLiteral("%1 is not permitted for this session").arg(messageTypeName(frame.type)));
            return;
        }
        session->touch();
        // The waiting room's admission check, before a buyer session's row is written.
        if (m_gate && !m_gate(c, frame))
            return;
        if (!session->persisted && m_persist &&
            (frame.type == MessageType::Hold || frame.type == MessageType::BestAvailable)) {
            m_persist(session, [this, conn = QPointer<ClientConnection>(&c), frame](bool ok) {
                if (!conn)
                    return;
                if (ok)
                    m_handlers[size_t(frame.type)](*conn, frame);
                else
                    conn->sendError(frame.type, frame.id, ErrorCode::SessionExpired,
                                    QStringLiteral("the session has ended; sign in again"));
            });
            return;
        }
    }
    m_handlers[size_t(frame.type)](c, frame);
}

} // namespace BoxOffice::Server
