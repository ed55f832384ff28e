#include "tickets/receiptdocument.h"

#include "app/money.h"

#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QFileInfo>
#include <QTextDocument>

namespace BoxOffice::Ui {

QString ReceiptDocument::html() const
{
    const QLocale locale;
    const auto money = [&](qint64 minor) {
        return formatMoney(minor, m_data.currency, locale).toHtmlEscaped();
    };
    QString h;
    h += QStringLiteral("<h2>%1</h2>").arg(tr("Receipt").toHtmlEscaped());
    h += QStringLiteral("<p><b>%1</b><br>").arg(tr("Order %1").arg(m_data.orderNumber).toHtmlEscaped());
    h += m_data.eventName.toHtmlEscaped();
    if (m_data.starts.isValid())
        h += QStringLiteral(" · ") + locale.toString(m_data.starts, QLocale::ShortFormat).toHtmlEscaped();
    if (!m_data.venue.isEmpty())
        h += QStringLiteral("<br>") + m_data.venue.toHtmlEscaped();
    h += QStringLiteral("</p><table width=\"100%\" cellspacing=\"0\" cellpadding=\"2\">");
    for (const ReceiptData::Line &line : m_data.lines) {
        h += QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td></tr>")
                 .arg(line.text.toHtmlEscaped(), money(line.priceMinor));
    }
    h += QStringLiteral("<tr><td><b>%1</b></td><td align=\"right\"><b>%2</b></td></tr>")
             .arg(tr("Total").toHtmlEscaped(), money(m_data.totalMinor));
    QString method;
    if (m_data.method == QLatin1String("cash"))
        method = tr("Cash");
    else if (m_data.method == QLatin1String("card"))
        method = tr("Card");
    else if (m_data.method == QLatin1String("comp"))
        method = tr("Complimentary");
    else
        method = m_data.method;
    h += QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td></tr>")
             .arg(tr("Paid by").toHtmlEscaped(), method.toHtmlEscaped());
    if (m_data.tenderedMinor >= 0) {
        h += QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td></tr>")
                 .arg(tr("Tendered").toHtmlEscaped(), money(m_data.tenderedMinor));
    }
    if (m_data.changeMinor >= 0) {
        h += QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td></tr>")
                 .arg(tr("Change").toHtmlEscaped(), money(m_data.changeMinor));
    }
    h += QStringLiteral("</table><p><small>");
    if (m_data.paidAt.isValid())
        h += locale.toString(m_data.paidAt, QLocale::ShortFormat).toHtmlEscaped();
    if (!m_data.clerk.isEmpty())
        h += QStringLiteral(" · ") + tr("Served by %1").arg(m_data.clerk).toHtmlEscaped();
    h += QStringLiteral("</small></p>");
    return h;
}

void ReceiptDocument::print(QPagedPaintDevice *device) const
{
    QTextDocument document;
    document.setHtml(html());
    document.print(device);
}

bool ReceiptDocument::writePdf(const QString &fileName, QString *error) const
{
    QPdfWriter writer(fileName);
    writer.setPageSize(QPageSize(QPageSize::A6));
    writer.setPageMargins(QMarginsF(8, 8, 8, 8), QPageLayout::Millimeter);
    writer.setTitle(tr("Receipt %1").arg(m_data.orderNumber));
    writer.setCreator(QStringLiteral("BoxOffice"));
    print(&writer);
    if (!QFileInfo::exists(fileName)) {
        if (error)
            *error = tr("Could not write %1.").arg(fileName);
        return false;
    }
    return true;
}

} // namespace BoxOffice::Ui
