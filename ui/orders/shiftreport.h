#pragma once

#include <QCborMap>
#include <QCoreApplication>
#include <QString>

class QCborValue;
class QDialog;
class QWidget;

namespace BoxOffice::Ui {

/**
 * A closed cash shift's report (CloseShift's result): as HTML, in a window beside the
 * clerk's next work, and on paper. Also the texts the orders desk shares with it.
 */
class ShiftReport final
{
    Q_DECLARE_TR_FUNCTIONS(BoxOffice::Ui::ShiftReport)

public:
    /** The report as a printable HTML document. */
    static QString html(const QCborMap &shift);
    /** Opens the report in a window (not modal) with a Print button; it deletes itself on close. */
    static QDialog *show(QWidget *parent, const QCborMap &shift);
    /** Shows the print dialog and prints the report. */
    static void print(QWidget *parent, const QCborMap &shift);

    /** "Cash", "Card", "Complimentary" for the protocol's payment method names. */
    static QString methodText(const QString &method);
    /** A server time (ms since the epoch) in the local short format; empty if absent. */
    static QString timeText(const QCborValue &ms);
};

} // namespace BoxOffice::Ui
