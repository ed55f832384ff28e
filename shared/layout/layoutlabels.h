#pragma once

#include "layout/layoutdocument.h"

#include <QList>
#include <QString>

#include <optional>

namespace BoxOffice::Shared {

/** How rows are labelled: letters (A … Z, AA, AB …), optionally without I and O, or numbers. */
enum class RowLabelStyle { Letters, LettersWithoutIO, Numbers };

/**
 * How the seats of a row are numbered. Left and right are the audience's, facing the stage:
 * on a plan drawn with the stage at the top (y grows away from it) left is smaller x.
 *
 * OddEvenFromCentre: the seats right of the centre take start, start + 2, start + 4 … going
 * outwards, the seats left of it start + 1, start + 3 …; with an odd count the middle seat
 * takes start. (With start 1: odd numbers on the right, even on the left, lowest in the
 * middle, as many theatres print them.)
 */
enum class SeatOrder { LeftToRight, RightToLeft, OddEvenFromCentre };

/**
 * The label of the `ordinal`-th row (1-based) in a style: 1 → "A", 26 → "Z", 27 → "AA"
 * (bijective base 26; base 24 without I and O: 9 → "J"), or "1", "2" … Empty when ordinal < 1.
 */
QString rowLabel(int ordinal, RowLabelStyle style);

/**
 * The ordinal of a label in a style (the inverse of rowLabel), so a UI can take "C" as the
 * first row's label. nullopt when the label is not one of the style's (lower case letters
 * are read as upper case; "I" is not a label of LettersWithoutIO).
 */
std::optional<int> rowLabelOrdinal(const QString &label, RowLabelStyle style);

/**
 * The numbers of `count` seats listed left to right, numbered in `order` from `start`.
 * Empty when count < 0 or a number would leave 0..65535.
 */
QList<int> seatNumbers(int count, SeatOrder order, int start);

/** The new numbers of seats, parallel lists: what renumbering computes and undo restores. */
struct SeatNumbering
{
    QList<int> seats;
    QList<int> numbers;
};

/**
 * Renumbers a selection of seats: grouped by row (or table), each group ordered along its
 * row and numbered from `start` in `order`; every group starts again at `start`.
 *
 * Along a curved row the order is by angle around the arc's centre, left to right as seen
 * from the centre. A straight row is ordered along its line (the principal axis of the
 * selected seats), left to right for an audience facing the stage's centre (facing -y when
 * the document has no stage). Table seats are ordered clockwise from the side facing the
 * stage (or -y). Seats in no row or table are refused. Pure: the caller applies the result
 * with applySeatNumbering, after keeping seatNumberingOf(doc, same seats) for undo.
 */
std::optional<SeatNumbering> renumberSeats(const LayoutDocument &doc, const QList<int> &seats,
                                           SeatOrder order, int start, QString *error = nullptr);

/** The current numbers of seats (for undo). Indexes must be valid. */
SeatNumbering seatNumberingOf(const LayoutDocument &doc, const QList<int> &seats);
void applySeatNumbering(LayoutDocument &doc, const SeatNumbering &numbering);

/** The seats of rows, in the order renumberSeats numbers them (left to right). */
QList<int> seatsAlongRow(const LayoutDocument &doc, int row);

/**
 * Relabels rows in the order given: rows[0] takes rowLabel(startOrdinal), rows[1] the next …
 * Returns the old labels (for undo with setRowLabels), or nullopt with an error (a row index
 * out of range, an ordinal < 1) and nothing changed.
 */
std::optional<QStringList> relabelRows(LayoutDocument &doc, const QList<int> &rows, RowLabelStyle style,
                                       int startOrdinal, QString *error = nullptr);
/** Sets the labels of rows (parallel lists); false and nothing changed when a label is invalid. */
bool setRowLabels(LayoutDocument &doc, const QList<int> &rows, const QStringList &labels,
                  QString *error = nullptr);

/**
 * Names a section. Refused (false, error, nothing changed) when the name is empty, longer than
 * LayoutLimits::MaxText, or another section's: a section's name is what tickets print and CSV
 * import matches, so it is unique.
 */
bool renameSection(LayoutDocument &doc, int section, const QString &name, QString *error = nullptr);
/** The index of the section with this name, or -1. */
int sectionByName(const LayoutDocument &doc, const QString &name);

} // namespace BoxOffice::Shared
