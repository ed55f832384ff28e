// libFuzzer target: one binary WebSocket frame from a hostile peer.
//
// The bytes go through decodeFrame, as in Server::Dispatcher::dispatch and the client's
// ServerConnection. A decoded frame then goes through the same FieldReader calls, with the
// same bounds, that the server's handlers make (server/net/sessionhandlers.cpp,
// server/inventory/inventoryhandlers.cpp), through the reads a client makes of replies and
// pushes, and every byte-string field through the seat-map decoders. Besides the sanitizers,
// the target checks the promises the shared API makes (a reader's result is in range or
// refused, a decoded snapshot or delta re-encodes to itself) and aborts when one breaks.
//
// It links boxoffice_shared and QtCore only: handlers that need the database are exercised
// through the shared functions they call, not run.

#include "protocol/errors.h"
#include "protocol/frame.h"
#include "protocol/messages.h"
#include "layout/layoutcodec.h"
#include "layout/layoutvalidator.h"
#include "seatmap/bestavailable.h"
#include "seatmap/seatcodec.h"
#include "seatmap/seatlayout.h"

#include <QByteArray>
#include <QCborArray>
#include <QCborMap>
#include <QCborValue>
#include <QList>
#include <QtGlobal>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <limits>
#include <optional>

using namespace BoxOffice::Shared;

namespace {

constexpr qint64 MaxId = std::numeric_limits<qint64>::max();
// The client's ceiling for a seat count (ui/net/serverconnection.cpp, MaxSeatCount).
constexpr int MaxClientSeatCount = 10'000'000;

[[noreturn]] void violated(const char *what, int line)
{
    std::fprintf(stderr, "fuzz_protocol.cpp:%d: invariant violated: %s\n", line, what);
    std::abort();
}

#define FUZZ_CHECK(cond)                                                                                     \
    do {                                                                                                     \
        if (!(cond))                                                                                         \
            violated(#cond, __LINE__);                                                                       \
    } while (false)

// Wraps FieldReader and checks after each read what the reader promises: a value inside the
// bounds, or a refusal that returns the neutral value; and the first error is the one kept.
// (After a failure, later reads still return what they read: handlers check ok() once.)
class CheckedReader
{
public:
    explicit CheckedReader(const QCborMap &map)
        : m_in(map)
    {}

    qint64 integer(const QString &key, qint64 min, qint64 max)
    {
        const bool wasOk = m_in.ok();
        const qint64 n = m_in.integer(key, min, max);
        const bool inRange = n >= min && n <= max;
        FUZZ_CHECK(outcome(wasOk) == Outcome::Read ? inRange : (n == 0 || (!wasOk && inRange)));
        return n;
    }

    std::optional<qint64> optionalInteger(const QString &key, qint64 min, qint64 max)
    {
        const bool wasOk = m_in.ok();
        const auto n = m_in.optionalInteger(key, min, max);
        // optionalInteger answers nullopt whenever the reader has failed, earlier or now.
        if (outcome(wasOk) == Outcome::Read)
            FUZZ_CHECK(!n || (*n >= min && *n <= max));
        else
            FUZZ_CHECK(!n);
        return n;
    }

    QString string(const QString &key, qsizetype maxLength, bool required = true)
    {
        const bool wasOk = m_in.ok();
        const QString s = m_in.string(key, maxLength, required);
        const Outcome o = outcome(wasOk);
        FUZZ_CHECK(o == Outcome::Read ? s.size() <= maxLength
                                      : (s.isEmpty() || (!wasOk && s.size() <= maxLength)));
        return s;
    }

    QList<int> seatList(const QString &key, int upperBound, int maxCount)
    {
        const bool wasOk = m_in.ok();
        const QList<int> seats = m_in.seatList(key, upperBound, maxCount);
        const Outcome o = outcome(wasOk);
        if (o == Outcome::Read || (!wasOk && !seats.isEmpty())) {
            FUZZ_CHECK(!seats.isEmpty() && seats.size() <= maxCount);
            FUZZ_CHECK(std::is_sorted(seats.cbegin(), seats.cend()));
            FUZZ_CHECK(std::adjacent_find(seats.cbegin(), seats.cend()) == seats.cend());
            FUZZ_CHECK(seats.constFirst() >= 0 && seats.constLast() < upperBound);
        } else if (o == Outcome::FailedNow) {
            FUZZ_CHECK(seats.isEmpty());
            const ErrorCode e = m_in.error();
            FUZZ_CHECK(e == ErrorCode::BadField || e == ErrorCode::NoSeats || e == ErrorCode::TooManySeats ||
                       e == ErrorCode::SeatOutOfRange || e == ErrorCode::DuplicateSeat);
        }
        return seats;
    }

    bool ok() const { return m_in.ok(); }

private:
    enum class Outcome { Read, FailedNow, FailedBefore };

    Outcome outcome(bool wasOk)
    {
        if (m_in.ok()) {
            FUZZ_CHECK(wasOk); // a failure is never forgotten
            return Outcome::Read;
        }
        FUZZ_CHECK(m_in.error() != ErrorCode::None && !m_in.message().isEmpty());
        if (wasOk) {
            m_firstError = m_in.error();
            m_firstMessage = m_in.message();
            (void)errorCodeName(m_firstError);
            return Outcome::FailedNow;
        }
        FUZZ_CHECK(m_in.error() == m_firstError && m_in.message() == m_firstMessage);
        return Outcome::FailedBefore;
    }

    FieldReader m_in;
    ErrorCode m_firstError = ErrorCode::None;
    QString m_firstMessage;
};

// The events a Hold is validated against: {seat count, per-order limit} as the catalog can
// hold them (seat_count >= 0, max_seats_per_order 1..100 in server/sql/001_schema.sql).
struct EventShape
{
    int seatCount;
    int maxSeats;
};
constexpr EventShape EventShapes[] = {
    {0, 1}, {1, 1}, {500, 10}, {50'000, 10}, {100'000, 100}, {std::numeric_limits<int>::max(), 100},
};

// Exactly the reads of the server's handlers, in their order, one reader per handler run.
void serverReads(const Frame &f)
{
    switch (f.type) {
    case MessageType::Hello: {
        CheckedReader in(f.body);
        in.integer(Key::Version, 0, 1 << 30);
        in.string(Key::Client, 64, false);
        in.string(Key::Owner, 64, false);
        break;
    }
    case MessageType::Subscribe:
    case MessageType::Unsubscribe: {
        CheckedReader in(f.body);
        in.integer(Key::Event, 1, MaxId);
        break;
    }
    case MessageType::Hold:
        for (const EventShape &shape : EventShapes) {
            CheckedReader in(f.body);
            in.integer(Key::Event, 1, MaxId);
            if (!in.ok())
                break;
            in.seatList(Key::Seats, shape.seatCount, shape.maxSeats);
        }
        break;
    case MessageType::Confirm:
        // Retired (issue 10): the server answers MessageRetired without reading a field.
        break;
    case MessageType::Release:
    case MessageType::Extend: {
        CheckedReader in(f.body);
        in.integer(Key::Event, 1, MaxId);
        if (in.ok())
            in.integer(Key::Hold, 1, MaxId);
        break;
    }
    case MessageType::GetLayout: {
        CheckedReader in(f.body);
        in.integer(Key::Event, 1, MaxId);
        break;
    }
    case MessageType::BestAvailable: {
        CheckedReader in(f.body);
        in.integer(Key::Event, 1, MaxId);
        in.integer(Key::Count, 1, MaxId);
        in.integer(Key::Category, 0, std::numeric_limits<int>::max());
        in.optionalInteger(Key::Section, 0, std::numeric_limits<int>::max());
        break;
    }
    default:
        break;
    }
}

// The fields of the sessions and staff administration messages (docs/protocol.md, issue 3)
// read with the bounds the design gives, whatever the type: their handlers are being
// written, and whichever frame carries these keys exercises the same reader code.
void plannedReads(const QCborMap &body)
{
    CheckedReader in(body);
    in.string(Key::User, 64, false);
    in.string(Key::Password, 1024, false);
    in.string(Key::Token, 64, false);
    in.optionalInteger(Key::Session, 1, MaxId);
    in.optionalInteger(Key::From, 0, MaxId);
    in.optionalInteger(Key::To, 0, MaxId);
    in.optionalInteger(Key::Limit, 1, 1000);
    in.string(Key::Actor, 64, false);
    in.string(Key::Target, 256, false);
}

QList<SeatChange> lastChangePerSeat(const QList<SeatChange> &changes)
{
    QList<SeatChange> out;
    for (const SeatChange &c : changes) {
        if (!out.isEmpty() && out.constLast().seat == c.seat)
            out.last() = c;
        else
            out.append(c);
    }
    return out;
}

void checkSnapshot(const QByteArray &data, int seatCount)
{
    const auto states = decodeSnapshotStates(data, seatCount);
    if (!states)
        return;
    FUZZ_CHECK(states->size() == seatCount);
    for (char s : *states)
        FUZZ_CHECK(quint8(s) <= 3);
    const auto again = decodeSnapshotStates(encodeSnapshotStates(*states), seatCount);
    FUZZ_CHECK(again && *again == *states);
}

void checkDelta(const QByteArray &data, int seatCount)
{
    const auto changes = decodeDelta(data, seatCount);
    if (!changes)
        return;
    for (qsizetype i = 0; i < changes->size(); ++i) {
        const SeatChange &c = changes->at(i);
        FUZZ_CHECK(c.seat >= 0 && c.seat < seatCount && int(c.state) >= 0 && int(c.state) <= 3);
        FUZZ_CHECK(i == 0 || changes->at(i - 1).seat <= c.seat);
    }
    // Gaps of 0 repeat a seat; the encoder keeps the last change of a seat.
    const auto again = decodeDelta(encodeDelta(*changes), seatCount);
    FUZZ_CHECK(again && *again == lastChangePerSeat(*changes));
}

// Not QCborValue::toInteger(): for a double out of qint64's range it is undefined behaviour
// (see docs/security.md, "Hostile input").
int clampedSeatCount(const QCborValue &v)
{
    return v.isInteger() ? int(std::clamp<qint64>(v.toInteger(), std::numeric_limits<int>::min(),
                                                  std::numeric_limits<int>::max()))
                         : 0;
}

// A GetLayout result as a client decodes it: refused, or every index in range, and it
// re-encodes to itself. Best available then runs on it (as the server would on its own
// layouts) and answers in range.
void checkLayout(const QCborMap &result)
{
    const auto layout = decodeLayout(result);
    if (!layout)
        return;
    for (const EventLayout::Seat &s : layout->seats) {
        FUZZ_CHECK(s.section < layout->sections.size() && s.row < layout->rowLabels.size() &&
                   s.category < layout->categories.size());
    }
    const auto again = decodeLayout(encodeLayout(*layout));
    FUZZ_CHECK(again && *again == *layout);
    if (layout->categories.isEmpty())
        return;
    const QByteArray states(layout->seatCount(), '\0');
    for (int count : {1, 2, 5}) {
        const QList<int> chosen = chooseBestAvailable(*layout, states, count, 0, -1);
        FUZZ_CHECK(chosen.isEmpty() || chosen.size() == count);
        for (int seat : chosen)
            FUZZ_CHECK(seat >= 0 && seat < layout->seatCount() && layout->seats.at(seat).category == 0);
    }
}

// A venue layout document as the server reads a SaveDraft's (and a client a GetDraft's):
// refused with a reason, or a document whose references are in range, which validates
// without trusting them and re-encodes to itself.
void checkLayoutDocument(const QByteArray &bytes)
{
    QString error;
    const auto doc = decodeLayoutWire(bytes, &error);
    if (!doc) {
        FUZZ_CHECK(!error.isEmpty());
        return;
    }
    for (const LayoutDocument::Seat &s : doc->seats) {
        FUZZ_CHECK((s.row >= 0) != (s.table >= 0));
        FUZZ_CHECK(s.row < doc->rows.size() && s.table < doc->tables.size());
        FUZZ_CHECK(doc->sectionOf(s) >= 0 && doc->sectionOf(s) < doc->sections.size());
    }
    FUZZ_CHECK(doc->placeCount() <= LayoutLimits::MaxPlaces);
    const LayoutValidation v = validateLayout(*doc);
    FUZZ_CHECK(v.problems.size() <= MaxLayoutProblems && v.omitted >= 0);
    const auto again = decodeLayoutWire(encodeLayoutWire(*doc));
    FUZZ_CHECK(again && *again == *doc);
}

// A client receives replies and pushes: the reads ServerConnection makes of them.
void clientReads(const Frame &f)
{
    if (f.isError()) {
        (void)errorCodeName(f.errorCode());
        (void)f.errorMessage();
        return;
    }
    (void)f.result();
    if (f.type == MessageType::GetLayout) {
        checkLayout(f.result());
    } else if (f.type == MessageType::Snapshot) {
        CheckedReader in(f.body);
        in.integer(Key::Event, 1, MaxId);
        const int n = int(in.integer(Key::SeatCount, 0, MaxClientSeatCount));
        if (in.ok())
            checkSnapshot(f.body.value(Key::States).toByteArray(), n);
    } else if (f.type == MessageType::Delta) {
        CheckedReader in(f.body);
        in.integer(Key::Event, 1, MaxId);
        if (in.ok())
            checkDelta(f.body.value(Key::Changes).toByteArray(), 50'000);
    }
}

// Every byte string anywhere in the top two levels through the layout document decoder
// and both seat-map decoders, with
// realistic seat counts and with one the frame chooses (any int: the decoders must refuse,
// not misbehave, whatever count a caller passes).
void byteStringReads(const QCborMap &map, int frameSeatCount, int depth)
{
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        const QCborValue v = it.value();
        if (v.isMap() && depth < 2) {
            byteStringReads(v.toMap(), frameSeatCount, depth + 1);
            continue;
        }
        if (!v.isByteArray())
            continue;
        const QByteArray bytes = v.toByteArray();
        checkLayoutDocument(bytes);
        for (int n : {0, 1, 7, 50'000, frameSeatCount}) {
            checkSnapshot(bytes, n);
            checkDelta(bytes, n);
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    // qUncompress warns about every corrupt stream; at thousands of inputs a second that
    // output is all the run would show. Fatal messages still abort.
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &, const QString &message) {
        if (type == QtFatalMsg) {
            std::fprintf(stderr, "%s\n", qPrintable(message));
            std::abort();
        }
    });
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    // A copy, as the server holds frames: QWebSocket hands over an owned QByteArray.
    const QByteArray frameBytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const DecodeResult decoded = decodeFrame(frameBytes);
    if (!decoded.frame) {
        FUZZ_CHECK(decoded.error != ErrorCode::None && !decoded.message.isEmpty());
        FUZZ_CHECK(decoded.id >= 0);
        (void)errorCodeName(decoded.error);
        return 0;
    }
    const Frame &f = *decoded.frame;
    FUZZ_CHECK(decoded.error == ErrorCode::None);
    FUZZ_CHECK(f.type == decoded.type && f.id == decoded.id && f.id >= 0);
    FUZZ_CHECK(isKnownMessageType(int(f.type)) || (f.type == MessageType::Invalid && f.isError()));
    (void)messageTypeName(f.type);
    (void)isClientRequest(f.type);

    // What decodes must survive a re-encoding with its type and id (the server re-sends
    // nothing it decodes, but clients and tools log and replay frames).
    const DecodeResult again = decodeFrame(f.body.toCborValue().toCbor());
    FUZZ_CHECK(again.frame && again.frame->type == f.type && again.frame->id == f.id);

    if (isClientRequest(f.type))
        serverReads(f);
    plannedReads(f.body);
    clientReads(f);
    byteStringReads(f.body, clampedSeatCount(f.body.value(Key::SeatCount)), 0);
    return 0;
}
