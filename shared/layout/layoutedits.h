#pragma once

#include "layout/layoutdocument.h"
#include "layout/layoutgenerator.h"

#include <QList>
#include <QPointF>
#include <QString>

#include <optional>

namespace BoxOffice::Shared {

/**
 * The designer's edits of a selection of seats (indexes into LayoutDocument::seats). Each
 * edit is a pure function that computes the change from the document; the caller keeps the
 * current values of the same objects (the `…Of` functions) for undo and applies either with
 * the `apply…` function. So an undo command on 10,000 seats stores two parallel arrays for
 * those seats, not a copy of the document, and undo restores the values exactly (not by
 * moving back, which floating point would not always return to the same place).
 *
 * Every function refuses a seat index out of range (nullopt and an error); duplicates in a
 * selection count once.
 */

/**
 * New geometry for seats, and for the rows and tables that go with them: parallel lists.
 * A rigid edit (move, rotate) carries along the arc of a curved row and the centre and
 * rotation of a table when all their seats are selected. After any edit, a row keeps its arc
 * only while all its seats still lie on it; else it becomes straight (its curve is dropped).
 */
struct GeometryEdit
{
    QList<int> seats;
    QList<QPointF> positions;
    QList<int> rows;
    QList<std::optional<LayoutDocument::Arc>> curves;
    QList<int> tables;
    QList<QPointF> tableCentres;
    QList<double> tableRotations;
};

/** The current geometry of the seats, rows and tables an edit changes: its undo. */
GeometryEdit geometryOf(const LayoutDocument &doc, const GeometryEdit &edit);
void applyGeometry(LayoutDocument &doc, const GeometryEdit &edit);

std::optional<GeometryEdit> moveSeats(const LayoutDocument &doc, const QList<int> &seats, QPointF delta,
                                      QString *error = nullptr);
/** Clockwise on the plan by `degrees` around `centre`, as Table::rotation. */
std::optional<GeometryEdit> rotateSeats(const LayoutDocument &doc, const QList<int> &seats, QPointF centre,
                                        double degrees, QString *error = nullptr);

enum class Alignment { Left, Right, Top, Bottom, HorizontalCentre, VerticalCentre };
/**
 * Left/Right/Top/Bottom: every seat's x (or y) becomes the selection's smallest (largest).
 * HorizontalCentre: every x becomes the middle of the selection's bounding box (a column);
 * VerticalCentre: every y (a line).
 */
std::optional<GeometryEdit> alignSeats(const LayoutDocument &doc, const QList<int> &seats,
                                       Alignment alignment, QString *error = nullptr);

/**
 * Spreads the seats evenly between the two outermost along x (Qt::Horizontal) or y, keeping
 * their order and the other coordinate. Needs at least three seats to change anything.
 */
std::optional<GeometryEdit> distributeSeats(const LayoutDocument &doc, const QList<int> &seats,
                                            Qt::Orientation orientation, QString *error = nullptr);

/** Each seat to the nearest point of a grid `step` apart through `origin`; step > 0. */
std::optional<GeometryEdit> snapSeats(const LayoutDocument &doc, const QList<int> &seats, double step,
                                      QPointF origin = {}, QString *error = nullptr);

/**
 * Copies seats `offset` away: each row (or table) with selected seats gets a copy in the same
 * section holding the copies, its arc or table geometry moved by the offset, and the copies
 * keep number, category, flags and note. A copied row is labelled with the next label of its
 * style free in the section ("C" copied where A..D exist becomes "E"; "12" becomes the next
 * free number); a label in no style ("Box") becomes "Box (2)", "Box (3)" … likewise for
 * tables. Undo with removeAddition.
 */
std::optional<LayoutAddition> copySeats(LayoutDocument &doc, const QList<int> &seats, QPointF offset,
                                        QString *error = nullptr);

/**
 * Everything deleteSeats removed, to put it back with restoreDeletion. Opaque to callers.
 */
struct LayoutDeletion
{
    QList<int> seatIndexes; // ascending, as they were
    QList<LayoutDocument::Seat> seats;
    QList<LayoutDocument::Section> oldSections;
    QList<LayoutDocument::Row> oldRows;
    QList<LayoutDocument::Table> oldTables;
    QList<int> oldStandingSections;
    QList<int> keptRows;   // old index of each remaining row, in its new order
    QList<int> keptTables; // likewise
};

/**
 * Deletes seats. Rows and tables left without seats are deleted too, and then sections left
 * with no rows, tables or standing areas: an empty row, table or section could not be
 * published (the validator refuses them), so leaving them would only leave work behind. Seats,
 * rows, tables and sections after a deleted one move down (indexes stay dense). Returns what
 * restoreDeletion needs to undo it exactly.
 */
std::optional<LayoutDeletion> deleteSeats(LayoutDocument &doc, const QList<int> &seats,
                                          QString *error = nullptr);
void restoreDeletion(LayoutDocument &doc, const LayoutDeletion &deletion);

/** Category and flags of seats, parallel lists: what painting computes and undo restores. */
struct SeatPaint
{
    QList<int> seats;
    QList<int> categories;
    QList<quint8> flags;
};
SeatPaint paintOf(const LayoutDocument &doc, const QList<int> &seats);
void applyPaint(LayoutDocument &doc, const SeatPaint &paint);

/** Every seat to `category`, which the document lists (or -1: none). */
std::optional<SeatPaint> paintCategory(const LayoutDocument &doc, const QList<int> &seats, int category,
                                       QString *error = nullptr);
/** Sets (on) or clears the SeatFlag bits of `flags` on every seat; other bits stay. */
std::optional<SeatPaint> paintFlags(const LayoutDocument &doc, const QList<int> &seats, quint8 flags, bool on,
                                    QString *error = nullptr);

/**
 * The legend: per category listed (in list order, counts may be 0), then the ids used but not
 * listed, in the order met (-1: seats or areas without a category).
 */
struct CategoryCount
{
    int category = -1;
    qint64 seats = 0;
    qint64 standingPlaces = 0;
    qint64 wheelchair = 0;
    friend bool operator==(const CategoryCount &, const CategoryCount &) = default;
};
QList<CategoryCount> categoryCounts(const LayoutDocument &doc);

} // namespace BoxOffice::Shared
