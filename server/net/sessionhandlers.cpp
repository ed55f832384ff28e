#include "net/sessionhandlers.h"

#include "net/clientconnection.h"
#include "net/dispatcher.h"

#include <QDateTime>
#include <QWebSocketProtocol>

namespace BoxOffice::Server {

using namespace BoxOffice::Shared;

void registerSessionHandlers(Dispatcher &dispatcher, const QString &nodeName)
{
    dispatcher.on(MessageType::Hello, [nodeName](ClientConnection &c, const Frame &f) {
        FieldReader in(f.body);
        const qint64 version = in.integer(Key::Version, 0, 1 << 30);
        in.string(Key::Client, 64, false);
        if (!in.ok()) {
            c.sendError(f.type, f.id, in.error(), in.message());
            c.strike();
            return;
        }
        if (version != ProtocolVersion) {
            c.sendError(
                f.type, f.id, ErrorCode::VersionMismatch,
                QStringLiteral("server speaks protocol %1, client %2").arg(ProtocolVersion).arg(version));
            c.close(int(QWebSocketProtocol::CloseCodeProtocolError), QStringLiteral("protocol version"));
            return;
        }
        // Holds belong to sessions now (SignIn, BuyerSession); an "owner" field of older
        // clients is ignored.
        c.setHelloDone();
        QCborMap r;
        r.insert(Key::Version, ProtocolVersion);
        r.insert(Key::Server, QStringLiteral("boxoffice-server/0.1"));
        r.insert(Key::Node, nodeName);
        c.sendResult(f.type, f.id, r);
    });
    dispatcher.on(MessageType::Ping, [](ClientConnection &c, const Frame &f) {
        QCborMap r;
        r.insert(Key::Time, QDateTime::currentMSecsSinceEpoch());
        c.sendResult(f.type, f.id, r);
    });
}

} // namespace BoxOffice::Server
