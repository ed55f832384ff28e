#include "tickets/checkinhandlers.h"

#include "db/dbpool.h"
#include "net/clientconnection.h"
#include "net/dispatcher.h"
#include "tickets/ticketsigner.h"
#include "auth/session.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QPointer>
#include <QSqlError>
#include <QSqlQuery>

namespace BoxOffice::Server {

Q_LOGGING_CATEGORY(lcCheckIn, "boxoffice.server.checkin")

using namespace BoxOffice::Shared;

namespace {

constexpr qint64 MaxId = std::numeric_limits<qint64>::max();
// A code is 136 characters; people and scanners may add spaces or dashes between groups.
constexpr qsizetype MaxCodeLength = 512;
constexpr qsizetype MaxGateLength = 64;

// Admission and its audit row in one statement (one round trip, atomic). The WHERE clause is
// the whole concurrency story: a second UPDATE of the row waits for the first to commit,
// re-reads the row, finds admitted_at set and matches nothing.
const QString AdmitSql = QStringLiteral(
    "WITH a AS ("
    " UPDATE tickets SET admitted_at = now(), admitted_gate = ?, admitted_by = ?"
    " WHERE serial = ? AND event_id = ? AND seat_index = ? AND state = 0 AND admitted_at IS NULL"
    " RETURNING serial, event_id, seat_index, admitted_at, admitted_gate, order_id),"
    " l AS (INSERT INTO audit_log (actor, role, action, event_id, target, after, address)"
    " SELECT ?, ?, 'ticket.admit', a.event_id, 'ticket:' || a.serial,"
    " jsonb_build_object('event', a.event_id, 'seat', a.seat_index, 'gate', a.admitted_gate,"
    " 'order', a.order_id), ? FROM a)"
    " SELECT (extract(epoch FROM a.admitted_at) * 1000)::bigint, e.name,"
    " (extract(epoch FROM e.starts_at) * 1000)::bigint, v.name, sc.name, st.row_label, st.seat_number,"
    " st.seat_index IS NOT NULL AND st.x IS NULL"
    " FROM a JOIN events e ON e.event_id = a.event_id JOIN venues v ON v.venue_id = e.venue_id"
    " LEFT JOIN seats st ON st.layout_id = e.layout_id AND st.seat_index = a.seat_index"
    " LEFT JOIN sections sc ON sc.layout_id = st.layout_id AND sc.section_id = st.section_id");

// Why a ticket was not admitted. Read after the UPDATE, in a snapshot of its own: a ticket
// admitted by another gate a moment ago is seen as admitted.
const QString WhyNotSql = QStringLiteral(
    "SELECT event_id, seat_index, state, (extract(epoch FROM admitted_at) * 1000)::bigint, admitted_gate,"
    " admitted_by, replaced_by, (extract(epoch FROM voided_at) * 1000)::bigint"
    " FROM tickets WHERE serial = ?");

/** A refusal: error code, message for logs and the extra fields a door scanner shows. */
struct Outcome
{
    ErrorCode code = ErrorCode::None;
    QString message;
    QCborMap fields; // the result, or the extra fields of the error reply
};

/**
 * An error reply with fields next to e and m (docs/protocol.md: CheckIn's errors carry
 * reason, at, gate, ...). A refusal stays an error, so a client that only looks at `e`
 * can never take "already admitted" for "admit".
 */
QByteArray errorWithFields(MessageType type, qint64 id, ErrorCode code, const QString &message,
                           QCborMap fields)
{
    fields.insert(Key::Type, int(type));
    fields.insert(Key::Id, id);
    fields.insert(Key::Error, int(code));
    fields.insert(Key::Message, message);
    return fields.toCborValue().toCbor();
}

QVariant textOrNull(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

Outcome admit(DbWorker *worker, const TicketId &t, const QString &gate, const QString &actor,
              const QString &roles, const QString &address)
{
    Outcome out;
    QSqlQuery *q = worker->prepared(AdmitSql);
    if (q) {
        q->addBindValue(gate);
        q->addBindValue(actor);
        q->addBindValue(t.serial);
        q->addBindValue(t.event);
        q->addBindValue(t.seat);
        q->addBindValue(actor);
        q->addBindValue(textOrNull(roles));
        q->addBindValue(textOrNull(address));
    }
    if (!q || !q->exec()) {
        qCWarning(lcCheckIn) << "admitting ticket" << t.serial
                             << "failed:" << (q ? q->lastError().text() : QString());
        worker->reconnect();
        out.code = ErrorCode::Internal;
        out.message = QStringLiteral("the server could not complete the request; nothing was changed");
        return out;
    }
    if (q->next()) {
        out.fields.insert(Key::Admitted, true);
        out.fields.insert(Key::Serial, t.serial);
        out.fields.insert(Key::Event, t.event);
        out.fields.insert(Key::Seat, t.seat);
        out.fields.insert(Key::AdmittedAt, q->value(0).toLongLong());
        out.fields.insert(Key::Gate, gate);
        out.fields.insert(Key::Name, q->value(1).toString());
        out.fields.insert(Key::Starts, q->value(2).toLongLong());
        out.fields.insert(Key::Venue, q->value(3).toString());
        out.fields.insert(Key::Section, q->value(4).toString());
        out.fields.insert(Key::Row, q->value(5).toString());
        out.fields.insert(Key::SeatNumber,
                          q->value(6).isNull() ? QCborValue(nullptr) : QCborValue(q->value(6).toLongLong()));
        if (q->value(7).toBool())
            out.fields.insert(Key::Standing, true); // a standing place: `row` names its area
        q->finish();
        return out;
    }
    q->finish();

    QSqlQuery *why = worker->prepared(WhyNotSql);
    if (why)
        why->addBindValue(t.serial);
    if (!why || !why->exec()) {
        qCWarning(lcCheckIn) << "reading ticket" << t.serial
                             << "failed:" << (why ? why->lastError().text() : QString());
        worker->reconnect();
        out.code = ErrorCode::Internal;
        out.message = QStringLiteral("the server could not complete the request; nothing was changed");
        return out;
    }
    out.fields.insert(Key::Serial, t.serial);
    out.fields.insert(Key::Event, t.event);
    out.fields.insert(Key::Seat, t.seat);
    if (!why->next() || why->value(0).toLongLong() != t.event || why->value(1).toInt() != t.seat) {
        // Signed with our key but not in this database (another installation sharing the
        // key, a restored backup), or naming another seat than the row: never admit.
        why->finish();
        out.code = ErrorCode::UnknownTicket;
        out.message = QStringLiteral("ticket %1 is signed but not issued here").arg(t.serial);
        out.fields.insert(Key::Reason, QStringLiteral("unknown"));
        return out;
    }
    const int state = why->value(2).toInt();
    const bool admitted = !why->value(3).isNull();
    if (state != 0) {
        const bool exchanged = state == 2;
        out.code = ErrorCode::TicketVoid;
        out.fields.insert(Key::Reason, exchanged ? QStringLiteral("exchanged") : QStringLiteral("refunded"));
        if (!why->value(7).isNull())
            out.fields.insert(Key::AdmittedAt, why->value(7).toLongLong()); // when it was voided
        if (exchanged && !why->value(6).isNull())
            out.fields.insert(Key::ReplacedBy, why->value(6).toLongLong());
        out.message = exchanged ? QStringLiteral("ticket %1 was exchanged for ticket %2")
                                      .arg(t.serial)
                                      .arg(why->value(6).toLongLong())
                                : QStringLiteral("ticket %1 was refunded").arg(t.serial);
    } else if (admitted) {
        const qint64 at = why->value(3).toLongLong();
        const QString atGate = why->value(4).toString();
        out.code = ErrorCode::TicketAlreadyAdmitted;
        out.fields.insert(Key::Reason, QStringLiteral("admitted"));
        out.fields.insert(Key::AdmittedAt, at);
        out.fields.insert(Key::Gate, atGate);
        out.fields.insert(Key::AdmittedBy, why->value(5).toString());
        out.message =
            QStringLiteral("ticket %1 was admitted at %2 at gate %3")
                .arg(t.serial)
                .arg(QDateTime::fromMSecsSinceEpoch(at, Qt::UTC).toString(Qt::ISODateWithMs), atGate);
    } else {
        // Valid and not admitted, yet the UPDATE matched nothing: cannot happen unless the
        // row changed between the two statements and back. Refuse rather than guess.
        out.code = ErrorCode::Internal;
        out.message = QStringLiteral("the ticket changed during the check; scan it again");
    }
    why->finish();
    return out;
}

} // namespace

CheckInHandlers::CheckInHandlers(Dispatcher &d, const TicketSigner &signer, DbPool &pool, QObject *parent)
    : QObject(parent)
    , m_signer(signer)
    , m_pool(pool)
{
    d.on(MessageType::TicketKey, [this](ClientConnection &c, const Frame &f) {
        QCborMap r;
        r.insert(Key::PublicKey, m_signer.publicKeyRaw());
        r.insert(Key::Algorithm, QStringLiteral("Ed25519"));
        c.sendResult(f.type, f.id, r);
    });

    d.on(MessageType::CheckIn, [this](ClientConnection &c, const Frame &f) {
        FieldReader in(f.body);
        const QString code = in.string(Key::Code, MaxCodeLength);
        const QString gate = in.string(Key::Gate, MaxGateLength).trimmed();
        const auto event = in.optionalInteger(Key::Event, 1, MaxId);
        if (in.ok() && gate.isEmpty())
            in.fail(ErrorCode::BadField, QStringLiteral("'gate' must not be empty"));
        if (!in.ok()) {
            c.sendError(f.type, f.id, in.error(), in.message());
            c.strike();
            return;
        }

        // The signature first: a forged or damaged code costs no database work. Not a
        // strike: a torn or smudged ticket is no protocol abuse.
        QString reason;
        const auto ticket = m_signer.verify(code, &reason);
        if (!ticket) {
            c.sendReply(errorWithFields(f.type, f.id, ErrorCode::TicketInvalid, reason,
                                        QCborMap{{Key::Reason, QStringLiteral("invalid")}}));
            return;
        }
        if (event && *event != ticket->event) {
            c.sendReply(errorWithFields(
                f.type, f.id, ErrorCode::TicketInvalid,
                QStringLiteral("the ticket is for event %1, not %2").arg(ticket->event).arg(*event),
                QCborMap{{Key::Reason, QStringLiteral("other_event")},
                         {Key::Event, ticket->event},
                         {Key::Seat, ticket->seat},
                         {Key::Serial, ticket->serial}}));
            return;
        }

        const auto &session = c.session();
        const QString actor = session ? session->user : QString();
        const QString roles = session ? session->roleText() : QString();
        const QString address = c.peerAddress();
        QPointer<ClientConnection> conn(&c);
        const MessageType type = f.type;
        const qint64 id = f.id;
        const TicketId t = *ticket;
        DbWorker *worker = m_pool.gateWorker();
        worker->post([this, worker, conn, type, id, t, gate, actor, roles, address](QSqlDatabase &) {
            const Outcome out = admit(worker, t, gate, actor, roles, address);
            QMetaObject::invokeMethod(
                this,
                [conn, type, id, out] {
                    if (!conn)
                        return;
                    if (out.code == ErrorCode::None)
                        conn->sendResult(type, id, out.fields);
                    else
                        conn->sendReply(errorWithFields(type, id, out.code, out.message, out.fields));
                },
                Qt::QueuedConnection);
        });
    });
}

} // namespace BoxOffice::Server
