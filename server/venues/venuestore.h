#pragma once

#include "protocol/errors.h"

#include <QByteArray>
#include <QCborMap>
#include <QString>

class QSqlDatabase;

namespace BoxOffice::Server {

/** Who makes a change, captured on the socket thread for the audit row. */
struct VenueActor
{
    QString user;
    QString roles;
    QString address;
};

/** A result map, or an error with its message and extra fields (LayoutInvalid's problems). */
struct VenueReply
{
    Shared::ErrorCode code = Shared::ErrorCode::None;
    QString message;
    QCborMap result;
    QCborMap details;
};

/**
 * The venues, drafts and published layout versions of issue 11 (016_layout_versions.sql),
 * one function per request of messages 40–46. Each runs on a database worker's connection,
 * in its own transaction: what fails changes nothing. Every change writes an audit row.
 * Documents arrive and leave in the wire form (layoutcodec.h); the database keeps them as
 * jsonb, the same tree as the JSON export.
 */
namespace VenueStore {
VenueReply listVenues(QSqlDatabase &db);
VenueReply getDraft(QSqlDatabase &db, qint64 venueId);
VenueReply getVersion(QSqlDatabase &db, qint64 venueId, int version);
VenueReply saveDraft(QSqlDatabase &db, qint64 venueId, qint64 baseRevision, const QByteArray &document,
                     const VenueActor &actor);
VenueReply publishDraft(QSqlDatabase &db, qint64 venueId, qint64 revision, const VenueActor &actor);
VenueReply createVenue(QSqlDatabase &db, const QString &name, const QString &city, const VenueActor &actor);
VenueReply moveEventLayout(QSqlDatabase &db, qint64 eventId, int version, const VenueActor &actor);
} // namespace VenueStore

} // namespace BoxOffice::Server
