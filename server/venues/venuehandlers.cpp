#include "venues/venuehandlers.h"

#include "auth/session.h"
#include "db/dbpool.h"
#include "inventory/layoutcache.h"
#include "net/clientconnection.h"
#include "net/dispatcher.h"
#include "venues/venuestore.h"

#include <QPointer>

#include <limits>

namespace BoxOffice::Server {

using namespace BoxOffice::Shared;

namespace {

constexpr qint64 MaxId = std::numeric_limits<qint64>::max();

VenueActor actorOf(const ClientConnection &c)
{
    return VenueActor{c.session()->user, c.session()->roleText(), c.peerAddress()};
}

} // namespace

VenueHandlers::VenueHandlers(Dispatcher &d, DbPool &pool, LayoutCache &layouts, QObject *parent)
    : QObject(parent)
    , m_pool(pool)
    , m_layouts(layouts)
{
    // Runs job on the aux worker and replies on the socket thread; after reply, done (if any).
    auto run = [this](ClientConnection &c, const Frame &f, std::function<VenueReply(QSqlDatabase &)> job,
                      std::function<void(const VenueReply &)> done = {}) {
        QPointer<ClientConnection> conn(&c);
        QPointer<VenueHandlers> self(this);
        const MessageType type = f.type;
        const qint64 id = f.id;
        m_pool.auxWorker()->post([self, conn, type, id, job, done](QSqlDatabase &db) {
            const VenueReply reply = job(db);
            QMetaObject::invokeMethod(
                self.data(),
                [self, conn, type, id, reply, done] {
                    if (!self)
                        return;
                    if (done)
                        done(reply);
                    if (!conn)
                        return;
                    if (reply.code == ErrorCode::None)
                        conn->sendResult(type, id, reply.result);
                    else
                        conn->sendError(type, id, reply.code, reply.message, reply.details);
                },
                Qt::QueuedConnection);
        });
    };
    auto badField = [](ClientConnection &c, const Frame &f, const QString &message) {
        c.sendError(f.type, f.id, ErrorCode::BadField, message);
        c.strike();
    };

    d.on(MessageType::ListVenues, [run](ClientConnection &c, const Frame &f) {
        run(c, f, [](QSqlDatabase &db) { return VenueStore::listVenues(db); });
    });

    d.on(MessageType::GetDraft, [run, badField](ClientConnection &c, const Frame &f) {
        FieldReader in(f.body);
        const qint64 venue = in.integer(Key::Venue, 1, MaxId);
        if (!in.ok())
            return badField(c, f, in.message());
        run(c, f, [venue](QSqlDatabase &db) { return VenueStore::getDraft(db, venue); });
    });

    d.on(MessageType::GetLayoutVersion, [run, badField](ClientConnection &c, const Frame &f) {
        FieldReader in(f.body);
        const qint64 venue = in.integer(Key::Venue, 1, MaxId);
        const int version = int(in.integer(Key::LayoutVersion, 1, std::numeric_limits<int>::max()));
        if (!in.ok())
            return badField(c, f, in.message());
        run(c, f, [venue, version](QSqlDatabase &db) { return VenueStore::getVersion(db, venue, version); });
    });

    d.on(MessageType::SaveDraft, [run, badField](ClientConnection &c, const Frame &f) {
        FieldReader in(f.body);
        const qint64 venue = in.integer(Key::Venue, 1, MaxId);
        const qint64 revision = in.integer(Key::Revision, 0, MaxId);
        if (!in.ok())
            return badField(c, f, in.message());
        const QCborValue document = f.body.value(Key::Document);
        if (!document.isByteArray())
            return badField(c, f, QStringLiteral("'document' must be a byte string (the compressed layout)"));
        const VenueActor actor = actorOf(c);
        run(c, f, [venue, revision, bytes = document.toByteArray(), actor](QSqlDatabase &db) {
            return VenueStore::saveDraft(db, venue, revision, bytes, actor);
        });
    });

    d.on(MessageType::PublishDraft, [run, badField](ClientConnection &c, const Frame &f) {
        FieldReader in(f.body);
        const qint64 venue = in.integer(Key::Venue, 1, MaxId);
        const qint64 revision = in.integer(Key::Revision, 0, MaxId);
        if (!in.ok())
            return badField(c, f, in.message());
        const VenueActor actor = actorOf(c);
        run(c, f, [venue, revision, actor](QSqlDatabase &db) {
            return VenueStore::publishDraft(db, venue, revision, actor);
        });
    });

    d.on(MessageType::CreateVenue, [run, badField](ClientConnection &c, const Frame &f) {
        FieldReader in(f.body);
        const QString name = in.string(Key::Name, 200).trimmed();
        const QString city = in.string(Key::City, 200, false).trimmed();
        if (!in.ok() || name.isEmpty())
            return badField(c, f, in.ok() ? QStringLiteral("'name' must not be empty") : in.message());
        const VenueActor actor = actorOf(c);
        run(c, f,
            [name, city, actor](QSqlDatabase &db) { return VenueStore::createVenue(db, name, city, actor); });
    });

    d.on(MessageType::MoveEventLayout, [this, run, badField](ClientConnection &c, const Frame &f) {
        FieldReader in(f.body);
        const qint64 event = in.integer(Key::Event, 1, MaxId);
        const int version = int(in.integer(Key::LayoutVersion, 1, std::numeric_limits<int>::max()));
        if (!in.ok())
            return badField(c, f, in.message());
        const VenueActor actor = actorOf(c);
        run(
            c, f,
            [event, version, actor](QSqlDatabase &db) {
                return VenueStore::moveEventLayout(db, event, version, actor);
            },
            [this, event](const VenueReply &reply) {
                // This node's cached layout of the event is of its old version.
                if (reply.code == ErrorCode::None)
                    m_layouts.forget(event);
            });
    });
}

} // namespace BoxOffice::Server
