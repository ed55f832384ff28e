#include "tickets/ticketoutput.h"

#include <QFileDialog>
#include <QPrintDialog>
#include <QPrinter>

namespace BoxOffice::Ui {

void TicketOutput::print(QWidget *parent, const QList<TicketData> &tickets)
{
    if (tickets.isEmpty())
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(tr("Tickets %1").arg(tickets.first().orderNumber));
    QPrintDialog dialog(&printer, parent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    TicketDocument(tickets).print(&printer);
}

QString TicketOutput::savePdf(QWidget *parent, const QList<TicketData> &tickets, const QString &fileName,
                              QString *error)
{
    error->clear();
    if (tickets.isEmpty())
        return {};
    QString file = fileName;
    if (file.isEmpty()) {
        file = QFileDialog::getSaveFileName(parent, tr("Save Tickets as PDF"),
                                            tr("tickets-%1.pdf").arg(tickets.first().orderNumber),
                                            tr("PDF documents (*.pdf)"));
        if (file.isEmpty())
            return {};
    }
    if (!TicketDocument(tickets).writePdf(file, error))
        return {};
    return file;
}

void TicketOutput::printReceipt(QWidget *parent, const ReceiptData &receipt)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(tr("Receipt %1").arg(receipt.orderNumber));
    QPrintDialog dialog(&printer, parent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    ReceiptDocument(receipt).print(&printer);
}

QString TicketOutput::saveReceiptPdf(QWidget *parent, const ReceiptData &receipt, const QString &fileName,
                                     QString *error)
{
    error->clear();
    QString file = fileName;
    if (file.isEmpty()) {
        file = QFileDialog::getSaveFileName(parent, tr("Save Receipt as PDF"),
                                            tr("receipt-%1.pdf").arg(receipt.orderNumber),
                                            tr("PDF documents (*.pdf)"));
        if (file.isEmpty())
            return {};
    }
    if (!ReceiptDocument(receipt).writePdf(file, error))
        return {};
    return file;
}

} // namespace BoxOffice::Ui
