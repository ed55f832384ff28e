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

} // namespace BoxOffice::Ui
