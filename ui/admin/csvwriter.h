#pragma once

#include <QString>
#include <QStringList>

namespace BoxOffice::Ui {

/** RFC 4180 CSV: comma separated, CRLF line ends, fields quoted where they must be. */
class CsvWriter final
{
public:
    /**
     * One field, quoted if it holds a comma, quote, CR or LF (quotes doubled). A field that
     * a spreadsheet would run as a formula (=, +, -, @ first) gets a leading apostrophe:
     * audit rows carry names that staff typed, and an export must not become a macro.
     */
    static QString field(const QString &value);
    static QString row(const QStringList &values);
};

} // namespace BoxOffice::Ui
