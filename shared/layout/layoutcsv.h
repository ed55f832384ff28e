#pragma once

#include "layout/layoutdocument.h"
#include "layout/layoutgenerator.h"

#include <QByteArray>
#include <QStringList>

#include <optional>

namespace BoxOffice::Shared {

/**
 * Seats as CSV, for plans kept in a spreadsheet (docs/designer.md, "File formats"). UTF-8,
 * RFC 4180: a header line, then one seat a line, fields separated by commas, a field quoted
 * ("…", a quote inside doubled) when it holds a comma, a quote or a line break.
 *
 *   section,row,number,x,y,category,flags,note
 *   Stalls,A,1,-3,1,Front,wheelchair,
 *   Stalls,A,2,-1.8,1,Front,companion|restricted,"pillar, left"
 *
 * - row: the row's label (a table seat's table label; import makes it a row unless the
 *   section has a table of that label);
 * - category: its name (export), or on import a name or a listed id; an unknown name makes a
 *   new category (next free id), an unlisted whole number 0..255 makes "Category N" with
 *   that id; empty: none;
 * - flags: wheelchair, companion, restricted, joined by "|"; empty: none;
 * - note: optional column, the restricted view's note.
 *
 * Export writes the columns in that order with CRLF line ends, coordinates in their shortest
 * exact form. Import reads the columns in any order (named case-insensitively in the header;
 * note may be left out), LF or CRLF.
 */
QByteArray exportSeatsCsv(const LayoutDocument &doc);

/**
 * Appends the seats of a CSV text to a document, finding sections by name and rows by section
 * and label and making those missing (sections and rows in the order first met, rows
 * straight). Returns what was added (undo with removeAddition). When any line is bad, returns
 * nullopt, changes nothing and lists in `errors` (at most 20) what is wrong, each naming its
 * line ("line 7: number \"x\" is not a whole number 0..65535").
 */
std::optional<LayoutAddition> importSeatsCsv(LayoutDocument &doc, const QByteArray &csv,
                                             QStringList *errors = nullptr);

/** Errors importSeatsCsv lists before it stops looking. */
constexpr int MaxCsvErrors = 20;

} // namespace BoxOffice::Shared
