#include "tickets/ticketdocument.h"

#include "app/money.h"

#include <QCoreApplication>
#include <QFile>
#include <QFontMetricsF>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>

#include <qrencode.h>

#include <memory>

namespace BoxOffice::Ui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("BoxOffice::Ui::TicketDocument", text); // lupdate files them so
}

/** A font whose size is in the painter's logical units (here 1/10 mm), so it scales with them. */
QFont fontOf(qreal sizeTenthMm, int weight = QFont::Normal, bool mono = false)
{
    QFont f(mono ? QStringLiteral("DejaVu Sans Mono") : QStringLiteral("DejaVu Sans"));
    if (mono)
        f.setStyleHint(QFont::Monospace);
    f.setPixelSize(qMax(1, qRound(sizeTenthMm)));
    f.setWeight(QFont::Weight(weight));
    return f;
}

void drawLabelValue(QPainter &p, const QRectF &box, const QString &label, const QString &value,
                    qreal valueSize)
{
    p.setPen(QColor(0x55, 0x55, 0x55));
    p.setFont(fontOf(26));
    p.drawText(QRectF(box.left(), box.top(), box.width(), 40), Qt::AlignHCenter | Qt::AlignTop,
               label.toUpper());
    p.setPen(Qt::black);
    p.setFont(fontOf(valueSize, QFont::Bold));
    p.drawText(QRectF(box.left(), box.top() + 40, box.width(), box.height() - 40),
               Qt::AlignHCenter | Qt::AlignTop, value);
}

} // namespace

std::optional<QrMatrix> QrMatrix::encode(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    // Case-sensitive, so upper-case letters and digits go in alphanumeric mode (libqrencode
    // picks the modes; QR_MODE_8 only says how to treat anything else).
    const std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeString(utf8.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1), &QRcode_free);
    if (!code)
        return std::nullopt;
    QrMatrix m;
    m.width = code->width;
    m.version = code->version;
    m.dark.resize(qsizetype(m.width) * m.width);
    for (int i = 0; i < m.width * m.width; ++i)
        m.dark[i] = (code->data[i] & 1) != 0;
    return m;
}

TicketDocument::TicketDocument(QList<TicketData> tickets)
    : m_tickets(std::move(tickets))
{}

QString TicketDocument::groupedCode(const QString &code)
{
    QString out;
    for (qsizetype i = 0; i < code.size(); i += 4) {
        if (i)
            out += QLatin1Char(' ');
        out += code.mid(i, 4);
    }
    return out;
}

void TicketDocument::paintQr(QPainter &p, const QRectF &rect, const QrMatrix &qr)
{
    const int modules = qr.width + 2 * QuietZone;
    const qreal m = qMin(rect.width(), rect.height()) / modules;
    p.save();
    p.setPen(Qt::NoPen);
    p.fillRect(QRectF(rect.topLeft(), QSizeF(m * modules, m * modules)), Qt::white);
    // One rectangle per horizontal run of dark modules, slightly overlapping, so that no
    // hairline gaps appear between modules when a PDF viewer anti-aliases.
    QPainterPath path;
    for (int y = 0; y < qr.width; ++y) {
        int x = 0;
        while (x < qr.width) {
            if (!qr.isDark(x, y)) {
                ++x;
                continue;
            }
            int end = x;
            while (end < qr.width && qr.isDark(end, y))
                ++end;
            path.addRect(QRectF(rect.left() + (QuietZone + x) * m, rect.top() + (QuietZone + y) * m,
                                (end - x) * m, m * 1.02));
            x = end;
        }
    }
    path.setFillRule(Qt::WindingFill);
    p.setBrush(Qt::black);
    p.drawPath(path);
    p.restore();
}

void TicketDocument::paintTicket(QPainter &p, const QRectF &mm, const TicketData &t)
{
    p.save();
    // Work in tenths of a millimetre from the ticket's top left corner.
    p.translate(mm.topLeft());
    p.scale(0.1, 0.1);
    const qreal w = mm.width() * 10;
    const qreal h = mm.height() * 10;
    const qreal margin = 60;
    p.setRenderHint(QPainter::Antialiasing);

    // Outline (cut line) and the header band.
    p.setPen(QPen(QColor(0x99, 0x99, 0x99), 3, Qt::DashLine));
    p.setBrush(Qt::NoBrush);
    p.drawRoundedRect(QRectF(5, 5, w - 10, h - 10), 30, 30);
    const QRectF band(margin, margin, w - 2 * margin, 250);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0x1f, 0x29, 0x37));
    p.drawRoundedRect(band, 25, 25);

    p.setPen(Qt::white);
    p.setFont(fontOf(24));
    p.drawText(band.adjusted(40, 25, -40, 0), Qt::AlignLeft | Qt::AlignTop, tr("ADMISSION TICKET"));
    p.setFont(fontOf(58, QFont::Bold));
    const QString name = QFontMetricsF(p.font()).elidedText(t.eventName, Qt::ElideRight, band.width() - 80);
    p.drawText(band.adjusted(40, 65, -40, 0), Qt::AlignLeft | Qt::AlignTop, name);
    p.setFont(fontOf(32));
    const QLocale locale;
    const QString when = t.starts.isValid()
                             ? locale.toString(t.starts.toLocalTime().date(), QLocale::LongFormat) +
                                   QStringLiteral(" · ") +
                                   locale.toString(t.starts.toLocalTime().time(), QLocale::ShortFormat)
                             : QString();
    p.drawText(band.adjusted(40, 150, -40, 0), Qt::AlignLeft | Qt::AlignTop, when);
    p.setPen(QColor(0xd1, 0xd5, 0xdb));
    p.drawText(band.adjusted(40, 195, -40, 0), Qt::AlignLeft | Qt::AlignTop, t.venue);

    // Section, row and seat: what an usher looks for, large.
    const qreal top = band.bottom() + 50;
    const qreal col = (w - 2 * margin) / 3;
    drawLabelValue(p, QRectF(margin, top, col, 130), tr("Section"), t.section,
                   t.section.size() > 8 ? 42 : 58);
    if (t.standing) {
        // General admission: the area, across the row and seat columns; places are alike.
        drawLabelValue(p, QRectF(margin + col, top, 2 * col, 130), tr("Standing"), t.row,
                       t.row.size() > 16 ? 42 : 58);
    } else {
        drawLabelValue(p, QRectF(margin + col, top, col, 130), tr("Row"), t.row, 58);
        drawLabelValue(p, QRectF(margin + 2 * col, top, col, 130), tr("Seat"), t.seat, 58);
    }
    p.setPen(QPen(QColor(0xe5, 0xe7, 0xeb), 3));
    p.drawLine(QPointF(margin, top + 150), QPointF(w - margin, top + 150));

    // Price and order.
    p.setPen(Qt::black);
    p.setFont(fontOf(30));
    const qreal infoTop = top + 170;
    p.drawText(QRectF(margin, infoTop, w / 2 - margin, 45), Qt::AlignLeft | Qt::AlignTop,
               tr("Price: %1").arg(formatMoney(t.priceMinor, t.currency)));
    p.drawText(QRectF(w / 2, infoTop, w / 2 - margin, 45), Qt::AlignRight | Qt::AlignTop,
               tr("Order %1").arg(t.orderNumber));

    // The QR code of the signed code, then the code itself for typing it in by hand.
    const qreal qrTop = infoTop + 70;
    const qreal codeLines = 150;
    const qreal qrSide = qMin(w - 2 * margin - 120, h - qrTop - codeLines - margin);
    if (const auto qr = QrMatrix::encode(t.code)) {
        paintQr(p, QRectF((w - qrSide) / 2, qrTop, qrSide, qrSide), *qr);
    } else {
        p.setPen(Qt::red);
        p.drawText(QRectF(margin, qrTop, w - 2 * margin, qrSide), Qt::AlignCenter, tr("No code"));
    }
    p.setPen(QColor(0x37, 0x41, 0x51));
    p.setFont(fontOf(23, QFont::Normal, true));
    p.drawText(QRectF(margin, qrTop + qrSide + 10, w - 2 * margin, codeLines - 20),
               Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, groupedCode(t.code));
    p.setFont(fontOf(20));
    p.setPen(QColor(0x6b, 0x72, 0x80));
    p.drawText(QRectF(margin, h - margin - 30, w - 2 * margin, 30), Qt::AlignHCenter | Qt::AlignBottom,
               tr("Ticket %1 · valid for one admission").arg(t.serial));
    p.restore();
}

void TicketDocument::print(QPagedPaintDevice *device) const
{
    QPainter p(device);
    if (!p.isActive())
        return;
    // Millimetres of the printable area: the painter's origin is the page's printable corner.
    const qreal dpmm = device->logicalDpiX() / 25.4;
    p.scale(dpmm, device->logicalDpiY() / 25.4);
    const QSizeF area(device->width() / dpmm, device->height() / (device->logicalDpiY() / 25.4));
    const QSizeF ticket(qMin(area.width(), WidthMm), qMin(area.height(), HeightMm));
    for (qsizetype i = 0; i < m_tickets.size(); ++i) {
        if (i > 0)
            device->newPage();
        paintTicket(p, QRectF(QPointF(0, 0), ticket), m_tickets.at(i));
    }
}

bool TicketDocument::writePdf(const QString &fileName, QString *error) const
{
    QFile file(fileName);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    {
        QPdfWriter pdf(&file);
        pdf.setTitle(m_tickets.isEmpty() ? tr("Tickets") : m_tickets.first().eventName);
        pdf.setCreator(QStringLiteral("BoxOffice"));
        pdf.setResolution(300);
        pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A6), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0),
                                      QPageLayout::Millimeter));
        print(&pdf);
    }
    file.close();
    if (file.error() != QFileDevice::NoError) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace BoxOffice::Ui
