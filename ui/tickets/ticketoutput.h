#pragma once

#include "tickets/receiptdocument.h"
#include "tickets/ticketdocument.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class QWidget;

namespace BoxOffice::Ui {

/** Printing and saving tickets and receipts from a workspace: the dialogs around the documents. */
class TicketOutput final
{
    Q_DECLARE_TR_FUNCTIONS(BoxOffice::Ui::TicketOutput)

public:
    /** Shows the print dialog and prints the tickets, one a page. */
    static void print(QWidget *parent, const QList<TicketData> &tickets);
    /**
     * Writes the tickets as PDF to fileName, or to a file the user picks when it is empty.
     * Returns the file written; empty if the user cancelled or writing failed (*error says
     * why, and stays empty for a cancel).
     */
    static QString savePdf(QWidget *parent, const QList<TicketData> &tickets, const QString &fileName,
                           QString *error);

    /** Shows the print dialog and prints the receipt. */
    static void printReceipt(QWidget *parent, const ReceiptData &receipt);
    /** As savePdf(), for a receipt. */
    static QString saveReceiptPdf(QWidget *parent, const ReceiptData &receipt, const QString &fileName,
                                  QString *error);
};

} // namespace BoxOffice::Ui
