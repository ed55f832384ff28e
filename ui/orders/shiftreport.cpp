#include "orders/shiftreport.h"

#include "protocol/frame.h"
#include "app/money.h"

#include <QCborArray>
#include <QDateTime>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLocale>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>

namespace BoxOffice::Ui {

namespace Key = Shared::Key;

QString ShiftReport::methodText(const QString &method)
{
    if (method == QLatin1String("cash"))
        return tr("Cash");
    if (method == QLatin1String("card"))
        return tr("Card");
    if (method == QLatin1String("comp"))
        return tr("Complimentary");
    return method;
}

QString ShiftReport::timeText(const QCborValue &ms)
{
    if (!ms.isInteger())
        return {};
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms.toInteger()), QLocale::ShortFormat);
}

QString ShiftReport::html(const QCborMap &shift)
{
    if (shift.isEmpty())
        return {};
    const QString currency = shift.value(Key::Currency).toString();
    auto m = [&](const QString &key) { return formatMoney(Shared::cborInteger(shift.value(key)), currency); };
    auto row = [](const QString &label, const QString &value) {
        return QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td></tr>")
            .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    QString html = QStringLiteral("<h2>%1</h2>").arg(tr("Shift Report").toHtmlEscaped());
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("Clerk %1, shift %2, opened %3, closed %4")
                         .arg(shift.value(Key::User).toString(),
                              QString::number(Shared::cborInteger(shift.value(Key::Shift))),
                              timeText(shift.value(Key::Opened)), timeText(shift.value(Key::Closed)))
                         .toHtmlEscaped());
    html += QStringLiteral("<table cellpadding=\"3\">");
    html += row(tr("Float"), m(Key::Float));
    html += row(tr("Cash taken"), m(Key::CashIn));
    html += row(tr("Cash refunded"), m(Key::CashOut));
    html += row(tr("Expected"), m(Key::Expected));
    html += row(tr("Counted"), m(Key::Counted));
    html += row(tr("Difference"), m(Key::Difference));
    html += QStringLiteral("</table>");
    const QCborArray methods = shift.value(Key::ByMethod).toArray();
    if (!methods.isEmpty()) {
        html += QStringLiteral("<h3>%1</h3><table cellpadding=\"3\" border=\"1\" cellspacing=\"0\">")
                    .arg(tr("By method").toHtmlEscaped());
        html += QStringLiteral("<tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr>")
                    .arg(tr("Method"), tr("Sales"), tr("Amount"), tr("Refunds"), tr("Refunded"));
        for (const QCborValue &v : methods) {
            const QCborMap r = v.toMap();
            html += QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td><td align=\"right\">%3</td>"
                                   "<td align=\"right\">%4</td><td align=\"right\">%5</td></tr>")
                        .arg(methodText(r.value(Key::Method).toString()).toHtmlEscaped(),
                             QLocale().toString(Shared::cborInteger(r.value(Key::Count))),
                             formatMoney(Shared::cborInteger(r.value(Key::Amount)), currency).toHtmlEscaped(),
                             QLocale().toString(Shared::cborInteger(r.value(Key::Refunds))),
                             formatMoney(Shared::cborInteger(r.value(QStringLiteral("refunded"))), currency)
                                 .toHtmlEscaped());
        }
        html += QStringLiteral("</table>");
    }
    return html;
}

QDialog *ShiftReport::show(QWidget *parent, const QCborMap &shift)
{
    auto *dialog = new QDialog(parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Shift Report"));
    auto *layout = new QVBoxLayout(dialog);
    auto *view = new QTextBrowser(dialog);
    view->setHtml(html(shift));
    layout->addWidget(view);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    QPushButton *printButton = buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    printButton->setShortcut(QKeySequence::Print);
    printButton->setToolTip(tr("Print the report (%1)")
                                .arg(QKeySequence(QKeySequence::Print).toString(QKeySequence::NativeText)));
    QObject::connect(printButton, &QPushButton::clicked, dialog, [dialog, shift] { print(dialog, shift); });
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::close);
    layout->addWidget(buttons);
    dialog->resize(480, 520);
    dialog->show();
    return dialog;
}

void ShiftReport::print(QWidget *parent, const QCborMap &shift)
{
    if (shift.isEmpty())
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(tr("Shift Report"));
    QPrintDialog dialog(&printer, parent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QTextDocument document;
    document.setHtml(html(shift));
    document.print(&printer);
}

} // namespace BoxOffice::Ui
