#pragma once

#include "protocol/errors.h"
#include "protocol/messages.h"

#include <QByteArray>
#include <QCborMap>
#include <QCborValue>
#include <QList>
#include <QString>

#include <optional>

namespace BoxOffice::Shared {

/** Field names of protocol v1, shared by both sides so a typo cannot split them. */
namespace Key {
inline const QString Type = QStringLiteral("t");
inline const QString Id = QStringLiteral("id");
inline const QString Result = QStringLiteral("r");
inline const QString Error = QStringLiteral("e");
inline const QString Message = QStringLiteral("m");
inline const QString Version = QStringLiteral("v");
inline const QString Client = QStringLiteral("client");
inline const QString Server = QStringLiteral("server");
inline const QString Node = QStringLiteral("node");
inline const QString Owner = QStringLiteral("owner");
inline const QString Event = QStringLiteral("event");
inline const QString Events = QStringLiteral("events");
inline const QString Seats = QStringLiteral("seats");
inline const QString SeatCount = QStringLiteral("n");
inline const QString States = QStringLiteral("s");
inline const QString Changes = QStringLiteral("d");
inline const QString Hold = QStringLiteral("hold");
inline const QString Expires = QStringLiteral("expires");
inline const QString MaxExpires = QStringLiteral("max_expires");
inline const QString Sale = QStringLiteral("sale");
inline const QString Total = QStringLiteral("total");
inline const QString Currency = QStringLiteral("currency");
inline const QString Time = QStringLiteral("time");
inline const QString Name = QStringLiteral("name");
inline const QString Venue = QStringLiteral("venue");
inline const QString Starts = QStringLiteral("starts");
inline const QString Available = QStringLiteral("available");
inline const QString Held = QStringLiteral("held");
inline const QString Sold = QStringLiteral("sold");
inline const QString Blocked = QStringLiteral("blocked");
inline const QString MaxSeats = QStringLiteral("max_seats");
inline const QString Categories = QStringLiteral("categories");
inline const QString Price = QStringLiteral("price");
inline const QString Released = QStringLiteral("released");
inline const QString User = QStringLiteral("user");
inline const QString Users = QStringLiteral("users");
inline const QString Password = QStringLiteral("password");
inline const QString Token = QStringLiteral("token");
inline const QString Roles = QStringLiteral("roles");
inline const QString Kind = QStringLiteral("kind");
inline const QString Disabled = QStringLiteral("disabled");
inline const QString LockedUntil = QStringLiteral("locked_until");
inline const QString Session = QStringLiteral("session");
inline const QString Sessions = QStringLiteral("sessions");
inline const QString Actor = QStringLiteral("actor");
inline const QString Action = QStringLiteral("action");
inline const QString Target = QStringLiteral("target");
inline const QString From = QStringLiteral("from");
inline const QString To = QStringLiteral("to");
inline const QString Before = QStringLiteral("before");
inline const QString After = QStringLiteral("after");
inline const QString Address = QStringLiteral("address");
inline const QString Rows = QStringLiteral("rows");
inline const QString Limit = QStringLiteral("limit");
inline const QString Count = QStringLiteral("count");
inline const QString Category = QStringLiteral("category");
inline const QString Section = QStringLiteral("section");
// BestAvailable of standing places (an area's index in the layout's `standing`); true on the
// seats of orders, tickets and check-ins that are standing places.
inline const QString Standing = QStringLiteral("standing");
// Tickets and check-in (CheckIn, TicketKey).
inline const QString Code = QStringLiteral("code");
inline const QString Gate = QStringLiteral("gate");
inline const QString Admitted = QStringLiteral("admitted");
inline const QString AdmittedAt = QStringLiteral("at");
inline const QString AdmittedBy = QStringLiteral("by");
inline const QString Reason = QStringLiteral("reason");
inline const QString Seat = QStringLiteral("seat");
inline const QString Serial = QStringLiteral("serial");
inline const QString Row = QStringLiteral("row");
inline const QString SeatNumber = QStringLiteral("number");
inline const QString ReplacedBy = QStringLiteral("replaced_by");
inline const QString PublicKey = QStringLiteral("key");
inline const QString Algorithm = QStringLiteral("alg");
// Orders and payments (CreateOrder, PayOrder, CancelOrder, GetOrder); tickets in their
// replies use the ticket keys above (Serial, Seat, Code, Row, SeatNumber), comp payments Reason.
inline const QString Order = QStringLiteral("order");
inline const QString OrderNumber = QStringLiteral("number");
inline const QString State = QStringLiteral("state");
inline const QString Holds = QStringLiteral("holds");
inline const QString Customer = QStringLiteral("customer");
inline const QString Email = QStringLiteral("email");
inline const QString Phone = QStringLiteral("phone");
inline const QString PaymentKey = QStringLiteral("key");
inline const QString Method = QStringLiteral("method");
inline const QString Tendered = QStringLiteral("tendered");
inline const QString ChangeDue = QStringLiteral("change");
inline const QString Payment = QStringLiteral("payment");
inline const QString Payments = QStringLiteral("payments");
inline const QString Tickets = QStringLiteral("tickets");
inline const QString Card = QStringLiteral("card");
inline const QString TokenizeUrl = QStringLiteral("tokenize_url");
inline const QString History = QStringLiteral("history");
inline const QString Amount = QStringLiteral("amount");
inline const QString Created = QStringLiteral("created");
inline const QString Updated = QStringLiteral("updated");
// Refunds, exchanges, lookup and shifts (FindOrders … GetShift).
inline const QString Query = QStringLiteral("query");
inline const QString Orders = QStringLiteral("orders");
inline const QString EventName = QStringLiteral("event_name");
inline const QString Ticket = QStringLiteral("ticket");
inline const QString NewTicket = QStringLiteral("new_ticket");
inline const QString Refunds = QStringLiteral("refunds");
inline const QString Replay = QStringLiteral("replay");
inline const QString Difference = QStringLiteral("difference");
inline const QString Shift = QStringLiteral("shift");
inline const QString Float = QStringLiteral("float");
inline const QString Counted = QStringLiteral("counted");
inline const QString Opened = QStringLiteral("opened");
inline const QString Closed = QStringLiteral("closed");
inline const QString CashIn = QStringLiteral("cash_in");
inline const QString CashOut = QStringLiteral("cash_out");
inline const QString Expected = QStringLiteral("expected");
inline const QString ByMethod = QStringLiteral("by_method");
// The waiting room (QueueJoin, QueueAdmit, QueueStatus, QueuePosition); tickets and tokens
// travel in Ticket and Token, the admission state in Admitted, the token's end in Expires.
inline const QString Place = QStringLiteral("place");
inline const QString Position = QStringLiteral("position");
inline const QString WaitS = QStringLiteral("wait_s");
inline const QString Point = QStringLiteral("point");
inline const QString Waiting = QStringLiteral("waiting");
inline const QString Active = QStringLiteral("active");
inline const QString Rate = QStringLiteral("rate");
inline const QString OnSale = QStringLiteral("onsale");
inline const QString Window = QStringLiteral("window_s");
// Venues and their layouts (ListVenues … MoveEventLayout); names in Name, the venue's id in
// Venue, who saved or published in By (AdmittedBy's "by").
inline const QString Venues = QStringLiteral("venues");
inline const QString City = QStringLiteral("city");
inline const QString Versions = QStringLiteral("versions");
inline const QString LayoutVersion = QStringLiteral("version");
inline const QString Layout = QStringLiteral("layout");
inline const QString Revision = QStringLiteral("revision");
inline const QString Document = QStringLiteral("document");
inline const QString Problems = QStringLiteral("problems");
inline const QString Omitted = QStringLiteral("omitted");
inline const QString Saved = QStringLiteral("saved");
inline const QString Published = QStringLiteral("published");
inline const QString DraftRevision = QStringLiteral("draft_revision");
} // namespace Key

/**
 * One decoded frame: its type, its request id (0 for pushes) and the whole top-level map.
 * Requests carry their fields in the top-level map; replies carry Key::Result or
 * Key::Error/Key::Message.
 */
struct Frame
{
    MessageType type = MessageType::Invalid;
    qint64 id = 0;
    QCborMap body;

    bool isError() const { return body.contains(Key::Error); }
    /** The code of an error reply; MalformedFrame if the code is not an integer. */
    ErrorCode errorCode() const;
    QString errorMessage() const { return body.value(Key::Message).toString(); }
    QCborMap result() const { return body.value(Key::Result).toMap(); }
};

/** Outcome of decoding: a frame, or an error with whatever of type and id could be read. */
struct DecodeResult
{
    std::optional<Frame> frame;
    ErrorCode error = ErrorCode::None;
    QString message;
    MessageType type = MessageType::Invalid;
    qint64 id = 0;
};

/**
 * A peer's integer field: its value if it is a CBOR integer, otherwise fallback. Unlike
 * QCborValue::toInteger() it never converts a double, which is undefined behaviour for a
 * double outside qint64's range (a hostile peer can send 1e300).
 */
inline qint64 cborInteger(const QCborValue &value, qint64 fallback = 0)
{
    return value.isInteger() ? value.toInteger() : fallback;
}

/** Decodes a binary frame. Never trusts the input: every failure is reported, not asserted. */
DecodeResult decodeFrame(const QByteArray &data);

QByteArray encodeRequest(MessageType type, qint64 id, QCborMap fields = {});
QByteArray encodeResult(MessageType type, qint64 id, const QCborMap &result = {});
QByteArray encodeError(MessageType type, qint64 id, ErrorCode code, const QString &message);
/** An error reply with extra fields next to `e` and `m` (HoldLimit's `limit` and `held`). */
QByteArray encodeError(MessageType type, qint64 id, ErrorCode code, const QString &message, QCborMap details);
QByteArray encodePush(MessageType type, QCborMap fields);

/**
 * Reads typed fields from a request map and remembers the first failure, so a handler can
 * read all its fields and check once.
 */
class FieldReader
{
public:
    explicit FieldReader(const QCborMap &map)
        : m_map(map)
    {}

    qint64 integer(const QString &key, qint64 min, qint64 max);
    std::optional<qint64> optionalInteger(const QString &key, qint64 min, qint64 max);
    QString string(const QString &key, qsizetype maxLength, bool required = true);
    /** A non-empty array of integers in [0, upperBound), unique, at most maxCount long. */
    QList<int> seatList(const QString &key, int upperBound, int maxCount);

    bool ok() const { return m_error == ErrorCode::None; }
    ErrorCode error() const { return m_error; }
    QString message() const { return m_message; }
    void fail(ErrorCode code, const QString &message);

private:
    QCborMap m_map;
    ErrorCode m_error = ErrorCode::None;
    QString m_message;
};

} // namespace BoxOffice::Shared
