#include "venues/venuestore.h"

#include "auth/audit.h"
#include "db/transactionguard.h"
#include "layout/layoutcodec.h"
#include "layout/layoutvalidator.h"
#include "protocol/frame.h"

#include <QCborArray>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

namespace BoxOffice::Server {

Q_LOGGING_CATEGORY(lcVenues, "boxoffice.server.venues")

using namespace BoxOffice::Shared;

namespace {

VenueReply error(ErrorCode code, const QString &message)
{
    return VenueReply{code, message, {}, {}};
}

VenueReply internal(const QSqlQuery &q, const char *what)
{
    qCWarning(lcVenues) << what << "failed:" << q.lastError().text();
    return error(ErrorCode::Internal,
                 QStringLiteral("the server could not complete the request; nothing was changed"));
}

QString compactJson(const LayoutDocument &doc)
{
    return QString::fromUtf8(QJsonDocument(layoutToCbor(doc).toJsonObject()).toJson(QJsonDocument::Compact));
}

QString jsonText(const QJsonArray &a)
{
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

bool audit(QSqlDatabase &db, const VenueActor &actor, const QString &action, qint64 venueId,
           const QJsonObject &before, const QJsonObject &after)
{
    return appendAudit(db, AuditEntry{actor.user, actor.roles, action,
                                      QStringLiteral("venue:%1").arg(venueId), before, after, actor.address});
}

/** A stored document (jsonb text) in the wire form; Internal if it no longer decodes. */
std::optional<LayoutDocument> storedDocument(const QString &json, qint64 venueId)
{
    QString problem;
    auto doc = decodeLayoutJson(json.toUtf8(), &problem);
    if (!doc)
        qCWarning(lcVenues) << "the stored document of venue" << venueId << "does not decode:" << problem;
    return doc;
}

} // namespace

VenueReply VenueStore::listVenues(QSqlDatabase &db)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT lv.venue_id, lv.version, lv.layout_id, lv.seat_count,"
                               " (extract(epoch FROM lv.published_at) * 1000)::bigint, lv.published_by,"
                               " (SELECT count(*) FROM events e WHERE e.layout_id = lv.layout_id)"
                               " FROM layout_versions lv ORDER BY lv.venue_id, lv.version")))
        return internal(q, "listing layout versions");
    QHash<qint64, QCborArray> versions;
    while (q.next()) {
        versions[q.value(0).toLongLong()].append(QCborMap{{Key::LayoutVersion, q.value(1).toInt()},
                                                          {Key::Layout, q.value(2).toLongLong()},
                                                          {Key::SeatCount, q.value(3).toInt()},
                                                          {Key::Published, q.value(4).toLongLong()},
                                                          {Key::AdmittedBy, q.value(5).toString()},
                                                          {Key::Events, q.value(6).toLongLong()}});
    }
    if (!q.exec(QStringLiteral("SELECT v.venue_id, v.name, v.city, coalesce(d.revision, 0),"
                               " (extract(epoch FROM d.saved_at) * 1000)::bigint, coalesce(d.saved_by, '')"
                               " FROM venues v LEFT JOIN venue_drafts d ON d.venue_id = v.venue_id"
                               " ORDER BY v.venue_id")))
        return internal(q, "listing venues");
    QCborArray venues;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        venues.append(QCborMap{
            {Key::Id, id},
            {Key::Name, q.value(1).toString()},
            {Key::City, q.value(2).toString()},
            {Key::DraftRevision, q.value(3).toLongLong()},
            {Key::Saved, q.value(4).isNull() ? QCborValue(nullptr) : QCborValue(q.value(4).toLongLong())},
            {Key::AdmittedBy, q.value(5).toString()},
            {Key::Versions, versions.value(id)}});
    }
    VenueReply r;
    r.result.insert(Key::Venues, venues);
    return r;
}

VenueReply VenueStore::getDraft(QSqlDatabase &db, qint64 venueId)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT revision, document::text, (extract(epoch FROM saved_at) * 1000)::bigint,"
                             " saved_by FROM venue_drafts WHERE venue_id = ?"));
    q.addBindValue(venueId);
    if (!q.exec())
        return internal(q, "reading a draft");
    if (!q.next())
        return error(ErrorCode::UnknownVenue, QStringLiteral("no venue %1").arg(venueId));
    const auto doc = storedDocument(q.value(1).toString(), venueId);
    if (!doc)
        return error(ErrorCode::Internal, QStringLiteral("the stored draft cannot be read"));
    VenueReply r;
    r.result = QCborMap{{Key::Venue, venueId},
                        {Key::Revision, q.value(0).toLongLong()},
                        {Key::Document, encodeLayoutWire(*doc)},
                        {Key::Saved, q.value(2).toLongLong()},
                        {Key::AdmittedBy, q.value(3).toString()}};
    return r;
}

VenueReply VenueStore::getVersion(QSqlDatabase &db, qint64 venueId, int version)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // Versions from before documents existed derive theirs from their rows.
    q.prepare(
        QStringLiteral("SELECT layout_id, coalesce(document, bo_layout_document_from_rows(layout_id))::text,"
                       " seat_count, (extract(epoch FROM published_at) * 1000)::bigint, published_by"
                       " FROM layout_versions WHERE venue_id = ? AND version = ?"));
    q.addBindValue(venueId);
    q.addBindValue(version);
    if (!q.exec())
        return internal(q, "reading a layout version");
    if (!q.next())
        return error(ErrorCode::UnknownLayoutVersion,
                     QStringLiteral("venue %1 has no version %2").arg(venueId).arg(version));
    const auto doc = storedDocument(q.value(1).toString(), venueId);
    if (!doc)
        return error(ErrorCode::Internal, QStringLiteral("the stored version cannot be read"));
    VenueReply r;
    r.result = QCborMap{{Key::Venue, venueId},
                        {Key::LayoutVersion, version},
                        {Key::Layout, q.value(0).toLongLong()},
                        {Key::SeatCount, q.value(2).toInt()},
                        {Key::Document, encodeLayoutWire(*doc)},
                        {Key::Published, q.value(3).toLongLong()},
                        {Key::AdmittedBy, q.value(4).toString()}};
    return r;
}

VenueReply VenueStore::saveDraft(QSqlDatabase &db, qint64 venueId, qint64 baseRevision,
                                 const QByteArray &wire, const VenueActor &actor)
{
    QString problem;
    const auto doc = decodeLayoutWire(wire, &problem);
    if (!doc)
        return error(ErrorCode::LayoutMalformed,
                     QStringLiteral("the document is malformed: %1").arg(problem));
    const LayoutValidation validation = validateLayout(*doc);

    TransactionGuard tx(db);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "UPDATE venue_drafts SET revision = revision + 1, document = CAST(? AS jsonb),"
        " saved_at = now(), saved_by = ? WHERE venue_id = ? AND revision = ? RETURNING revision"));
    q.addBindValue(compactJson(*doc));
    q.addBindValue(actor.user);
    q.addBindValue(venueId);
    q.addBindValue(baseRevision);
    if (!tx.begun() || !q.exec())
        return internal(q, "saving a draft");
    if (!q.next()) {
        // Nothing saved: no such venue, or someone saved after the revision this was based on.
        q.prepare(QStringLiteral("SELECT revision, saved_by, to_char(saved_at AT TIME ZONE 'UTC',"
                                 " 'YYYY-MM-DD HH24:MI:SS') FROM venue_drafts WHERE venue_id = ?"));
        q.addBindValue(venueId);
        if (!q.exec())
            return internal(q, "reading a draft's revision");
        if (!q.next())
            return error(ErrorCode::UnknownVenue, QStringLiteral("no venue %1").arg(venueId));
        VenueReply conflict =
            error(ErrorCode::DraftConflict,
                  QStringLiteral(
                      "the draft is at revision %1 (saved by %2 at %3 UTC), not at revision %4 this save was "
                      "based on; nothing was saved: open the draft again and redo the changes")
                      .arg(q.value(0).toLongLong())
                      .arg(q.value(1).toString(), q.value(2).toString())
                      .arg(baseRevision));
        conflict.details.insert(Key::Revision, q.value(0).toLongLong());
        return conflict;
    }
    const qint64 revision = q.value(0).toLongLong();
    const QByteArray digest = QCryptographicHash::hash(wire, QCryptographicHash::Sha256).toHex();
    if (!audit(db, actor, QStringLiteral("layout.draft.save"), venueId,
               QJsonObject{{QStringLiteral("revision"), baseRevision}},
               QJsonObject{{QStringLiteral("revision"), revision},
                           {QStringLiteral("seats"), qint64(doc->seats.size())},
                           {QStringLiteral("places"), doc->placeCount()},
                           {QStringLiteral("sha256"), QString::fromLatin1(digest)}}) ||
        !tx.commit())
        return error(ErrorCode::Internal,
                     QStringLiteral("the server could not save the draft; nothing was changed"));
    VenueReply r;
    r.result = QCborMap{{Key::Venue, venueId},
                        {Key::Revision, revision},
                        {Key::Problems, qint64(validation.problems.size()) + validation.omitted}};
    return r;
}

VenueReply VenueStore::publishDraft(QSqlDatabase &db, qint64 venueId, qint64 revision,
                                    const VenueActor &actor)
{
    TransactionGuard tx(db);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // The draft row's lock serialises publishes (and saves) of one venue.
    q.prepare(
        QStringLiteral("SELECT revision, document::text FROM venue_drafts WHERE venue_id = ? FOR UPDATE"));
    q.addBindValue(venueId);
    if (!tx.begun() || !q.exec())
        return internal(q, "reading a draft to publish");
    if (!q.next())
        return error(ErrorCode::UnknownVenue, QStringLiteral("no venue %1").arg(venueId));
    if (q.value(0).toLongLong() != revision) {
        VenueReply conflict =
            error(ErrorCode::DraftConflict,
                  QStringLiteral("the draft is at revision %1, not %2; nothing was published")
                      .arg(q.value(0).toLongLong())
                      .arg(revision));
        conflict.details.insert(Key::Revision, q.value(0).toLongLong());
        return conflict;
    }
    const QString json = q.value(1).toString();
    const auto doc = storedDocument(json, venueId);
    if (!doc)
        return error(ErrorCode::Internal, QStringLiteral("the stored draft cannot be read"));
    // Validated again here, whatever the designer said: only what passes is ever sold.
    const LayoutValidation validation = validateLayout(*doc);
    if (!validation.ok()) {
        const int count = int(validation.problems.size()) + validation.omitted;
        VenueReply refused =
            error(ErrorCode::LayoutInvalid,
                  QStringLiteral("the draft has %1 problem(s); nothing was published. First: %2")
                      .arg(count)
                      .arg(validation.problems.first().message));
        refused.details.insert(Key::Problems, layoutProblemsToCbor(validation.problems));
        refused.details.insert(Key::Omitted, validation.omitted);
        return refused;
    }

    q.prepare(QStringLiteral("SELECT coalesce(max(version), 0) + 1 FROM layout_versions WHERE venue_id = ?"));
    q.addBindValue(venueId);
    if (!q.exec() || !q.next())
        return internal(q, "numbering a version");
    const int version = q.value(0).toInt();
    const QPointF stage = doc->stage.rect.center();
    const int places = int(doc->placeCount());
    q.prepare(QStringLiteral(
        "INSERT INTO layout_versions (venue_id, version, document, seat_count, stage_x, stage_y,"
        " published_by) VALUES (?, ?, CAST(? AS jsonb), ?, ?, ?, ?) RETURNING layout_id"));
    q.addBindValue(venueId);
    q.addBindValue(version);
    q.addBindValue(json);
    q.addBindValue(places);
    q.addBindValue(stage.x());
    q.addBindValue(stage.y());
    q.addBindValue(actor.user);
    if (!q.exec() || !q.next())
        return internal(q, "inserting a version");
    const qint64 layoutId = q.value(0).toLongLong();

    // The version's rows, each list bound as one jsonb parameter (never spliced into SQL).
    QJsonArray categories;
    for (const LayoutDocument::Category &c : doc->categories)
        categories.append(QJsonObject{{QStringLiteral("id"), c.id},
                                      {QStringLiteral("name"), c.name},
                                      {QStringLiteral("colour"), c.colour}});
    QJsonArray sections;
    for (int i = 0; i < doc->sections.size(); ++i)
        sections.append(
            QJsonObject{{QStringLiteral("id"), i}, {QStringLiteral("name"), doc->sections.at(i).name}});
    QJsonArray seats;
    for (int i = 0; i < doc->seats.size(); ++i) {
        const LayoutDocument::Seat &s = doc->seats.at(i);
        seats.append(QJsonArray{i, doc->sectionOf(s), doc->rowLabelOf(s), s.number, s.category, s.pos.x(),
                                s.pos.y(), int(s.flags), s.note});
    }
    QJsonArray areas;
    int first = int(doc->seats.size());
    for (const LayoutDocument::StandingArea &a : doc->standingAreas) {
        areas.append(QJsonArray{first, a.capacity, a.section, a.name, a.category});
        first += a.capacity;
    }
    const struct
    {
        const char *what;
        QString sql;
        QString rows;
    } inserts[] = {
        {"inserting categories",
         QStringLiteral(
             "INSERT INTO price_categories (layout_id, venue_id, category_id, name, colour)"
             " SELECT ?, ?, x.id, x.name, coalesce(nullif(x.colour, ''), '#3b82f6')"
             " FROM jsonb_to_recordset(CAST(? AS jsonb)) AS x(id integer, name text, colour text)"),
         jsonText(categories)},
        {"inserting sections",
         QStringLiteral("INSERT INTO sections (layout_id, venue_id, section_id, name)"
                        " SELECT ?, ?, x.id, x.name FROM jsonb_to_recordset(CAST(? AS jsonb)) AS x(id "
                        "integer, name text)"),
         jsonText(sections)},
        {"inserting seats",
         QStringLiteral(
             "INSERT INTO seats (layout_id, venue_id, seat_index, section_id, row_label, seat_number,"
             " category_id, x, y, accessible, flags, note)"
             " SELECT ?, ?, (e->>0)::integer, (e->>1)::integer, e->>2, (e->>3)::integer, (e->>4)::integer,"
             " (e->>5)::real, (e->>6)::real, ((e->>7)::integer & 1) <> 0, (e->>7)::smallint, e->>8"
             " FROM jsonb_array_elements(CAST(? AS jsonb)) AS e"),
         jsonText(seats)},
        {"inserting standing places",
         QStringLiteral(
             "INSERT INTO seats (layout_id, venue_id, seat_index, section_id, row_label, seat_number,"
             " category_id, x, y)"
             " SELECT ?, ?, (e->>0)::integer + k - 1, (e->>2)::integer, e->>3, k, (e->>4)::integer, NULL, "
             "NULL"
             " FROM jsonb_array_elements(CAST(? AS jsonb)) AS e,"
             " generate_series(1, (e->>1)::integer) AS k"),
         jsonText(areas)},
    };
    for (const auto &insert : inserts) {
        q.prepare(insert.sql);
        q.addBindValue(layoutId);
        q.addBindValue(venueId);
        q.addBindValue(insert.rows);
        if (!q.exec())
            return internal(q, insert.what);
    }
    if (!audit(db, actor, QStringLiteral("layout.publish"), venueId, {},
               QJsonObject{{QStringLiteral("version"), version},
                           {QStringLiteral("layout"), layoutId},
                           {QStringLiteral("seats"), places},
                           {QStringLiteral("revision"), revision}}) ||
        !tx.commit())
        return error(ErrorCode::Internal,
                     QStringLiteral("the server could not publish; nothing was changed"));
    VenueReply r;
    r.result = QCborMap{{Key::Venue, venueId},
                        {Key::LayoutVersion, version},
                        {Key::Layout, layoutId},
                        {Key::SeatCount, places}};
    return r;
}

VenueReply VenueStore::createVenue(QSqlDatabase &db, const QString &name, const QString &city,
                                   const VenueActor &actor)
{
    TransactionGuard tx(db);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("INSERT INTO venues (name, city) VALUES (?, ?) RETURNING venue_id"));
    q.addBindValue(name);
    q.addBindValue(city.isNull() ? QStringLiteral("") : city); // a null QString binds as NULL
    if (!tx.begun() || !q.exec() || !q.next())
        return internal(q, "creating a venue");
    const qint64 venueId = q.value(0).toLongLong();
    q.prepare(QStringLiteral("INSERT INTO venue_drafts (venue_id, revision, document, saved_by)"
                             " VALUES (?, 0, CAST(? AS jsonb), ?)"));
    q.addBindValue(venueId);
    q.addBindValue(compactJson(LayoutDocument()));
    q.addBindValue(actor.user);
    if (!q.exec())
        return internal(q, "creating a venue's draft");
    if (!audit(db, actor, QStringLiteral("venue.create"), venueId, {},
               QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("city"), city}}) ||
        !tx.commit())
        return error(ErrorCode::Internal,
                     QStringLiteral("the server could not create the venue; nothing was changed"));
    VenueReply r;
    r.result = QCborMap{{Key::Venue, venueId}, {Key::Revision, 0}};
    return r;
}

VenueReply VenueStore::moveEventLayout(QSqlDatabase &db, qint64 eventId, int version, const VenueActor &actor)
{
    TransactionGuard tx(db);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT r_code, r_message, r_layout, r_seats FROM bo_event_move_layout(?, ?, CAST(? AS jsonb))"));
    q.addBindValue(eventId);
    q.addBindValue(version);
    q.addBindValue(QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("actor"), actor.user},
                                                               {QStringLiteral("role"), actor.roles},
                                                               {QStringLiteral("address"), actor.address}})
                                         .toJson(QJsonDocument::Compact)));
    if (!tx.begun() || !q.exec() || !q.next())
        return internal(q, "moving an event to another layout version");
    const int code = q.value(0).toInt();
    if (code != 0)
        return error(ErrorCode(code), q.value(1).toString());
    VenueReply r;
    r.result = QCborMap{{Key::Event, eventId},
                        {Key::LayoutVersion, version},
                        {Key::Layout, q.value(2).toLongLong()},
                        {Key::SeatCount, q.value(3).toInt()}};
    if (!tx.commit())
        return error(ErrorCode::Internal,
                     QStringLiteral("the server could not move the event; nothing was changed"));
    return r;
}

} // namespace BoxOffice::Server
