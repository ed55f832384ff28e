#include "net/sessionhandlers.h"

#include "net/clientconnection.h"
#include "net/dispatcher.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QWebSocketProtocol>

namespace BoxOffice::Server {

using namespace BoxOffice::Shared;

QString newOwnerToken()
{
    quint32 words[4];
    QRandomGenerator::system()->fillRange(words);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(words), sizeof words).toHex());
}

void registerSessionHandlers(Dispatcher &dispatcher, const QString &nodeName)
{
    dispatcher.on(MessageType::Hello, [nodeName](ClientConnection &c, const Frame &f) {
        FieldReader in(f.body);
        const qint64 version = in.integer(Key::Version, 0, 1 << 30);
        in.string(Key::Client, 64, false);
        const QString resume = in.string(Key::Owner, 64, false);
        if (!in.ok()) {
            c.sendError(f.type, f.id, in.error(), in.message());
            c.strike();
            return;
        }
        if (version != ProtocolVersion) {
            c.sendError(f.type, f.id, ErrorCode::VersionMismatch,
                        QStringLiteral("server speaks protocol %1, client %2").arg(ProtocolVersion).arg(version));
            c.close(int(QWebSocketProtocol::CloseCodeProtocolError), QStringLiteral("protocol version"));
            return;
        }
        static const QRegularExpression tokenPattern(QStringLiteral("^[0-9a-f]{32}$"));
        if (!resume.isEmpty() && !tokenPattern.match(resume).hasMatch()) {
            c.sendError(f.type, f.id, ErrorCode::BadField, QStringLiteral("'owner' is not an owner token"));
            c.strike();
            return;
        }
        // TODO(issue 3): owner tokens become session-bound; until then a token is a bearer
        // capability for the holds made under it, which lets a client resume after a drop.
        if (!c.helloDone())
            c.setOwner(resume.isEmpty() ? newOwnerToken() : resume);
        QCborMap r;
        r.insert(Key::Version, ProtocolVersion);
        r.insert(Key::Server, QStringLiteral("boxoffice-server/0.1"));
        r.insert(Key::Node, nodeName);
        r.insert(Key::Owner, c.owner());
        c.sendResult(f.type, f.id, r);
    });
    dispatcher.on(MessageType::Ping, [](ClientConnection &c, const Frame &f) {
        QCborMap r;
        r.insert(Key::Time, QDateTime::currentMSecsSinceEpoch());
        c.sendResult(f.type, f.id, r);
    });
}

} // namespace BoxOffice::Server
