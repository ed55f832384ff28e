#pragma once

#include "layout/layoutdocument.h"

#include <QCborArray>
#include <QList>
#include <QString>

namespace BoxOffice::Shared {

/**
 * One reason a layout document cannot be published, with the objects concerned (indexes into
 * the document's lists) so the designer can select them. `message` is English, for logs and
 * the server's error reply; the client words the kind in the user's language.
 */
struct LayoutProblem
{
    enum class Kind {
        DuplicateSeat = 1,       // two or more seats with one section, row and number
        SeatsTooClose = 2,       // two seats closer than the document's seat width
        SeatWithoutCategory = 3, // a seat or standing area with no price category
        UnknownCategory = 4,     // a seat or standing area naming a category not listed
        EmptyRow = 5,            // a row without seats
        EmptySection = 6,        // a section without seats, table seats or standing areas
        EmptyTable = 7,          // a table without seats
        StandingWithoutCapacity = 8,
        NoPlaces = 9, // nothing to sell at all
    };

    Kind kind = Kind::NoPlaces;
    QList<int> seats;
    QList<int> rows;
    QList<int> sections;
    QList<int> tables;
    QList<int> standingAreas;
    QString message;

    friend bool operator==(const LayoutProblem &, const LayoutProblem &) = default;
};

struct LayoutValidation
{
    QList<LayoutProblem> problems; // at most MaxProblems, in a stable order
    int omitted = 0;               // problems found beyond MaxProblems
    bool ok() const { return problems.isEmpty(); }
};

/**
 * Every rule a document obeys before it is published; the designer and the server run the
 * same code. Linear in the number of seats (the overlap check uses a grid of cells one seat
 * width wide, so 50,000 seats validate in milliseconds). Expects a decoded document (indexes
 * in range, as layoutFromCbor guarantees); out-of-range references are skipped, not trusted.
 */
LayoutValidation validateLayout(const LayoutDocument &doc);

/**
 * The problems as they travel in PublishDraft's LayoutInvalid error (docs/protocol.md): a list
 * of maps {kind, message, seats, rows, sections, tables, standing} (empty lists left out).
 */
QCborArray layoutProblemsToCbor(const QList<LayoutProblem> &problems);

/** Problems listed in full; more are counted in LayoutValidation::omitted. */
constexpr int MaxLayoutProblems = 500;

} // namespace BoxOffice::Shared
