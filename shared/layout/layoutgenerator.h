#pragma once

#include "layout/layoutdocument.h"
#include "layout/layoutlabels.h"

#include <QList>
#include <QPointF>
#include <QString>

#include <optional>

namespace BoxOffice::Shared {

/** A half-open range [first, first + count) of indexes into one of the document's lists. */
struct IndexRange
{
    int first = 0;
    int count = 0;
    int end() const { return first + count; }
    bool contains(int i) const { return i >= first && i < end(); }
    QList<int> indexes() const;
    friend bool operator==(const IndexRange &, const IndexRange &) = default;
};

/**
 * What a generator appended to a document, so the designer can select it and undo it
 * (removeAddition). Generators only append: nothing before these ranges changes.
 */
struct LayoutAddition
{
    IndexRange categories; // only CSV import adds categories
    IndexRange sections;
    IndexRange rows;
    IndexRange tables;
    IndexRange seats;
    IndexRange standingAreas;
    friend bool operator==(const LayoutAddition &, const LayoutAddition &) = default;
};

/**
 * Undoes an addition: truncates each list back to where the addition began. Refused (false,
 * nothing changed) unless the addition is still the end of every list it added to (undo
 * runs in reverse order, so it is).
 */
bool removeAddition(LayoutDocument &doc, const LayoutAddition &addition);

/**
 * Where the generated seats go: the section named `sectionName` (created when no section
 * has that name), or, when the name is empty, the existing section at index `section`.
 */
struct SectionChoice
{
    int section = 0;
    QString sectionName;
};

/**
 * A block of rows × seats. Local coordinates: the first (front) row runs along +x through
 * the origin, centred on it, later rows lie towards +y (away from the stage), seats are
 * listed left to right (the audience's left and right, facing -y). The block is then rotated
 * by `rotation` degrees clockwise about the origin, as Table::rotation.
 *
 * - Straight: seat k of row r at ((k - (n - 1) / 2) · seatSpacing, r · rowSpacing).
 * - Skewed: straight, each row shifted by r · skew along x (a parallelogram).
 * - Curved: rows are concentric arcs around (0, -radius): row r has radius
 *   radius + r · rowSpacing and its seats are seatSpacing apart along the arc, centred on
 *   the block's axis. Each row's Row::curve records its arc.
 *
 * Row r has seatsPerRow + r · seatsPerRowIncrement seats (the outer rows of a curved block
 * usually hold more). Rows are labelled from `firstRow` (an ordinal: 1 is "A" or "1") in
 * `rowLabels`; each row's seats are numbered from `firstNumber` in `seatOrder`.
 */
struct BlockSpec
{
    enum class Shape { Straight, Curved, Skewed };

    SectionChoice where;
    int rows = 1;
    int seatsPerRow = 1;
    int seatsPerRowIncrement = 0;
    double seatSpacing = 0.55;
    double rowSpacing = 0.9;
    QPointF origin;
    double rotation = 0;
    Shape shape = Shape::Straight;
    double radius = 0; // Curved: the first row's radius, > 0
    double skew = 0;   // Skewed: the x offset of each row from the one before
    int category = -1; // an id listed in the document's categories, or -1
    RowLabelStyle rowLabels = RowLabelStyle::Letters;
    int firstRow = 1;
    SeatOrder seatOrder = SeatOrder::LeftToRight;
    int firstNumber = 1;
    /** When set, the (single) row's label: a row named "Box" or "12a". */
    QString rowLabel;

    /**
     * A curved block whose arcs are centred on `centre`, its front row `radius` away, its axis
     * turned `angle` degrees clockwise from +y (0: straight in front of the centre, below it
     * on the plan). Blocks with one centre and different angles are concentric, with aisles
     * between them.
     */
    static BlockSpec curvedAround(QPointF centre, double radius, double angle);
};

/**
 * Appends a block (rows, seats, and its section when it is new). On bad input (no rows or
 * seats, a spacing that is not a positive finite number, a curved block without radius, a
 * category not listed, a section that does not exist, numbers or labels out of range, or
 * the document's limits exceeded) returns nullopt with an error and changes nothing.
 */
std::optional<LayoutAddition> addBlock(LayoutDocument &doc, const BlockSpec &spec, QString *error = nullptr);

/** One row: a block of one row (spec.rows must be 1). */
std::optional<LayoutAddition> addRow(LayoutDocument &doc, const BlockSpec &spec, QString *error = nullptr);

/**
 * A table with its seats. Round: `seats` evenly around it, the first facing -y (in the
 * table's frame), clockwise. Rectangle: along its two long sides (the x sides in the table's
 * frame; ceil(n/2) on the -y side left to right, the rest on the +y side right to left, so
 * numbers run clockwise). Seats sit `seatDistance` outside the table's edge.
 */
struct TableSpec
{
    SectionChoice where;
    QString label;
    LayoutDocument::TableShape shape = LayoutDocument::TableShape::Round;
    QPointF centre;
    QSizeF size = QSizeF(1.5, 1.5);
    double rotation = 0;
    int seats = 8;
    double seatDistance = 0.35;
    int category = -1;
    int firstNumber = 1;
};
std::optional<LayoutAddition> addTable(LayoutDocument &doc, const TableSpec &spec, QString *error = nullptr);

/** General admission: a polygon (3+ points) holding `capacity` (> 0) places. */
struct StandingSpec
{
    SectionChoice where;
    QString name;
    QList<QPointF> outline;
    int capacity = 0;
    int category = -1;
};
std::optional<LayoutAddition> addStandingArea(LayoutDocument &doc, const StandingSpec &spec,
                                              QString *error = nullptr);

} // namespace BoxOffice::Shared
