#pragma once

#include <QList>
#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QString>

#include <optional>

namespace BoxOffice::Shared {

/**
 * A venue's seating plan as the organizer draws it: the one document the designer edits, the
 * server stores (a draft and immutable published versions) and publishes into an event's
 * seats. Coordinates are venue units (about a metre), y grows away from the stage.
 *
 * Seat indexes of a published version are dense: seats in document order, then the places
 * of each standing area in document order (a standing place is a seat index without a
 * position). Sections, rows and tables are referred to by their index in their list;
 * price categories by their id, which events price and which stays stable across versions.
 *
 * The codec is in layoutcodec.h, the rules a publishable document obeys in layoutvalidator.h.
 */
struct LayoutDocument
{
    /** The format version written by this program; the reader refuses newer ones. */
    static constexpr int FormatVersion = 1;

    struct Category
    {
        int id = 0;
        QString name;
        QString colour; // "#rrggbb"
        friend bool operator==(const Category &, const Category &) = default;
    };

    struct Section
    {
        QString name;
        friend bool operator==(const Section &, const Section &) = default;
    };

    /** The circle a curved row's seats lie on. */
    struct Arc
    {
        QPointF centre;
        double radius = 0;
        friend bool operator==(const Arc &, const Arc &) = default;
    };

    struct Row
    {
        int section = 0;
        QString label;            // printed on tickets ("A", "12")
        std::optional<Arc> curve; // none: a straight row
        friend bool operator==(const Row &, const Row &) = default;
    };

    enum class TableShape { Round, Rectangle };

    /** A table; its seats name it instead of a row, and its label is their row on tickets. */
    struct Table
    {
        int section = 0;
        QString label;
        TableShape shape = TableShape::Round;
        QPointF centre;
        QSizeF size;         // a round table's diameter is its width
        double rotation = 0; // degrees, clockwise
        friend bool operator==(const Table &, const Table &) = default;
    };

    enum SeatFlag : quint8 {
        Wheelchair = 0x01,     // a wheelchair space
        Companion = 0x02,      // a companion's seat beside one
        RestrictedView = 0x04, // sold with a note saying why
    };
    static constexpr quint8 AllSeatFlags = Wheelchair | Companion | RestrictedView;

    struct Seat
    {
        QPointF pos;
        int row = -1;      // index into rows, or -1 when the seat is at a table
        int table = -1;    // index into tables, or -1 when the seat is in a row
        int number = 0;    // printed on the ticket, 0..65535
        int category = -1; // a category id; -1: none given yet (the validator reports it)
        quint8 flags = 0;  // SeatFlag
        QString note;      // why the view is restricted, for the buyer
        friend bool operator==(const Seat &, const Seat &) = default;
    };

    /** General admission: `capacity` places without a position, inside `outline`. */
    struct StandingArea
    {
        int section = 0;
        QString name;
        QList<QPointF> outline; // a polygon, at least three points
        int capacity = 0;
        int category = -1;
        friend bool operator==(const StandingArea &, const StandingArea &) = default;
    };

    /** The stage or focal point: best available seats nearest its centre. */
    struct Stage
    {
        QRectF rect;
        QString label;
        friend bool operator==(const Stage &, const Stage &) = default;
    };

    /** Drawn, never sold. */
    struct Label
    {
        QPointF pos;
        QString text;
        double size = 1;     // the text's height in venue units
        double rotation = 0; // degrees
        friend bool operator==(const Label &, const Label &) = default;
    };

    enum class ShapeKind { Aisle, Wall, Entrance, Other };

    /** Drawn, never sold: a polyline, or a polygon when closed. */
    struct Shape
    {
        ShapeKind kind = ShapeKind::Other;
        QList<QPointF> points;
        bool closed = false;
        friend bool operator==(const Shape &, const Shape &) = default;
    };

    /** Seats closer than this (centre to centre) overlap; venue units. */
    double seatWidth = 0.5;
    Stage stage;
    QList<Category> categories;
    QList<Section> sections;
    QList<Row> rows;
    QList<Table> tables;
    QList<Seat> seats;
    QList<StandingArea> standingAreas;
    QList<Label> labels;
    QList<Shape> shapes;

    /** Seats plus standing places: the seat indexes of a published version. */
    qint64 placeCount() const;
    /** The section index of a seat (through its row or table). */
    int sectionOf(const Seat &seat) const;
    /** The row label printed for a seat: its row's label, or its table's. */
    QString rowLabelOf(const Seat &seat) const;
    /** The category with this id, or nullptr. */
    const Category *category(int id) const;

    friend bool operator==(const LayoutDocument &, const LayoutDocument &) = default;
};

/** Upper bounds the codec enforces (a stadium has ~100k places at most). */
namespace LayoutLimits {
constexpr int MaxPlaces = 200000; // seats plus standing places; equals MaxLayoutSeats
constexpr int MaxCategories = 255;
constexpr int MaxSections = 10000;
constexpr int MaxRows = 65535;
constexpr int MaxTables = 10000;
constexpr int MaxDrawn = 10000; // labels, shapes, standing areas each
constexpr int MaxPoints = 1000; // per polygon or polyline
constexpr int MaxText = 200;    // characters of a name, label or note
constexpr double MaxCoordinate = 1e6;
constexpr qint64 MaxDocumentBytes = 32 * 1024 * 1024; // uncompressed (200,000 seats take ~14 MB)
} // namespace LayoutLimits

} // namespace BoxOffice::Shared
