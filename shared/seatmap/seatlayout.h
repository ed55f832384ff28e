#pragma once

#include <QByteArray>
#include <QCborMap>
#include <QList>
#include <QPointF>
#include <QString>
#include <QStringList>

#include <optional>

namespace BoxOffice::Shared {

/**
 * The drawing and pricing of one event's seats: the venue's sections, rows, seats and price
 * categories with the event's prices and hold rules. Sent once per event (GetLayout) and
 * shared by the server (best available) and the client (seat map). Seat i of the layout is
 * seat number i of the event's snapshots and deltas.
 *
 * A standing (general admission) area of capacity C is C consecutive seat indexes without a
 * position (`standing`): their records carry the Standing flag, the area's section, category
 * and name (as the row label) and place numbers 1..C; they are held, sold and pushed like
 * seats, but never chosen as seats by best available and drawn as the area's outline.
 */
struct EventLayout
{
    struct Section
    {
        int id = 0;
        QString name;
        friend bool operator==(const Section &, const Section &) = default;
    };

    struct Category
    {
        int id = 0;
        QString name;
        QString colour;        // "#rrggbb"
        qint64 priceMinor = 0; // the event's price, integer minor units
        friend bool operator==(const Category &, const Category &) = default;
    };

    enum SeatFlag : quint8 {
        Accessible = 0x01,
        Standing = 0x02, // a place of a standing area: no position of its own
    };

    /** One seat: 16 bytes, the same on the wire (little-endian) and in memory. */
    struct Seat
    {
        float x = 0; // venue units (about a metre); y grows away from the stage for the theatre
        float y = 0;
        quint16 section = 0; // index into sections
        quint16 row = 0;     // index into rowLabels
        quint16 number = 0;  // the seat's number printed on the ticket
        quint8 category = 0; // index into categories
        quint8 flags = 0;    // SeatFlag
        friend bool operator==(const Seat &, const Seat &) = default;
    };

    /** General admission: places first..first+capacity-1, drawn as outline. */
    struct StandingArea
    {
        QString name;
        int section = 0;  // index into sections
        int category = 0; // index into categories
        int first = 0;    // the seat index of its first place
        int capacity = 0;
        QList<QPointF> outline; // venue units; may be empty (a version made from rows)
        friend bool operator==(const StandingArea &, const StandingArea &) = default;
    };

    qint64 eventId = 0;
    QString eventName;
    QString venueName;
    QString currency; // ISO 4217, e.g. "EUR"
    float stageX = 0; // the stage centre: best available minimises the distance to it
    float stageY = 0;
    int holdTtlS = 0; // a hold's lifetime, and what Extend adds
    int holdMaxS = 0; // a hold never lives longer than this from its creation
    int maxSeatsPerOrder = 0;
    QList<Section> sections;
    QList<Category> categories;
    QStringList rowLabels;
    QList<Seat> seats;
    QList<StandingArea> standing; // sorted by first, ranges disjoint

    int seatCount() const { return int(seats.size()); }
    /** The category index of a category id, or -1. */
    int categoryIndex(int categoryId) const;
    /** The section index of a section id, or -1. */
    int sectionIndex(int sectionId) const;
    /** The index into standing of the area whose places include seat, or -1 (a seat). */
    int standingAreaOf(int seat) const;

    friend bool operator==(const EventLayout &, const EventLayout &) = default;
};

/**
 * The GetLayout result map (see docs/protocol.md): event fields, `sections`, `categories`,
 * `rows`, `seats` (the seat records packed 16 bytes each and compressed with qCompress) and
 * `standing` (the standing areas).
 */
QCborMap encodeLayout(const EventLayout &layout);

/**
 * Inverse of encodeLayout. nullopt (and *error set) when a field is missing or of the wrong
 * type, the seat records are corrupt or their size is wrong, or a seat refers to a section,
 * row or category that is not listed, or the standing areas do not match the places flagged
 * Standing. Never trusts sizes it has not checked.
 */
std::optional<EventLayout> decodeLayout(const QCborMap &map, QString *error = nullptr);

/** The packed seat records alone (exposed for tests and the fuzzer). */
QByteArray encodeSeatRecords(const QList<EventLayout::Seat> &seats);
std::optional<QList<EventLayout::Seat>> decodeSeatRecords(const QByteArray &compressed, int seatCount);

/** Upper bound on seats in one layout (a stadium has ~100k at most). */
constexpr int MaxLayoutSeats = 200000;

} // namespace BoxOffice::Shared
