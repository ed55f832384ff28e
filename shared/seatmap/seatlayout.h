#pragma once

#include <QByteArray>
#include <QCborMap>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace BoxOffice::Shared {

/**
 * The drawing and pricing of one event's seats: the venue's sections, rows, seats and price
 * categories with the event's prices and hold rules. Sent once per event (GetLayout) and
 * shared by the server (best available) and the client (seat map). Seat i of the layout is
 * seat number i of the event's snapshots and deltas.
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

    int seatCount() const { return int(seats.size()); }
    /** The category index of a category id, or -1. */
    int categoryIndex(int categoryId) const;
    /** The section index of a section id, or -1. */
    int sectionIndex(int sectionId) const;

    friend bool operator==(const EventLayout &, const EventLayout &) = default;
};

/**
 * The GetLayout result map (see docs/protocol.md): event fields, `sections`, `categories`,
 * `rows` and `seats`, the seat records packed 16 bytes each and compressed with qCompress.
 */
QCborMap encodeLayout(const EventLayout &layout);

/**
 * Inverse of encodeLayout. nullopt (and *error set) when a field is missing or of the wrong
 * type, the seat records are corrupt or their size is wrong, or a seat refers to a section,
 * row or category that is not listed. Never trusts sizes it has not checked.
 */
std::optional<EventLayout> decodeLayout(const QCborMap &map, QString *error = nullptr);

/** The packed seat records alone (exposed for tests and the fuzzer). */
QByteArray encodeSeatRecords(const QList<EventLayout::Seat> &seats);
std::optional<QList<EventLayout::Seat>> decodeSeatRecords(const QByteArray &compressed, int seatCount);

/** Upper bound on seats in one layout (a stadium has ~100k at most). */
constexpr int MaxLayoutSeats = 200000;

} // namespace BoxOffice::Shared
