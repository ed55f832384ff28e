#pragma once

#include <QDateTime>
#include <QList>
#include <QRectF>
#include <QString>

#include <optional>

class QPagedPaintDevice;
class QPainter;

namespace BoxOffice::Ui {

/**
 * What a printed ticket shows. Filled from an order (GetOrder's tickets): the event, the
 * seat's labels, the price and the signed code the door scans.
 */
struct TicketData
{
    QString eventName;
    QDateTime starts;
    QString venue;
    QString section;
    QString row;
    QString seat;          // the printed seat number, as text
    bool standing = false; // a standing place: row is its area's name, no seat is printed
    qint64 priceMinor = 0;
    QString currency; // ISO 4217
    QString orderNumber;
    qint64 serial = 0; // the ticket's number, printed small
    QString code;      // the signed code (136 characters of A–Z, 2–7)
};

/** A QR code's modules, as libqrencode made them. */
struct QrMatrix
{
    int width = 0; // modules per side, without the quiet zone
    int version = 0;
    QList<bool> dark; // row by row, width × width

    bool isDark(int x, int y) const { return dark.at(y * width + x); }
    friend bool operator==(const QrMatrix &, const QrMatrix &) = default;

    /** text in a QR code with error correction level M; nullopt if it does not fit. */
    static std::optional<QrMatrix> encode(const QString &text);
};

/**
 * Prints tickets, one per page: the same drawing for a PDF (QPdfWriter, A6) and for a
 * printer chosen in QPrintDialog (QPrinter). A ticket is drawn at its real size, A6
 * (105 × 148 mm), at the top left of larger pages, so it can be cut out of an A4 sheet.
 */
class TicketDocument final
{
public:
    static constexpr qreal WidthMm = 105.0;
    static constexpr qreal HeightMm = 148.0;
    /** Quiet zone around a QR code, in modules (the standard asks for four). */
    static constexpr int QuietZone = 4;

    explicit TicketDocument(QList<TicketData> tickets = {});

    void setTickets(QList<TicketData> tickets) { m_tickets = std::move(tickets); }
    const QList<TicketData> &tickets() const { return m_tickets; }

    /** Draws every ticket on device, one per page (device->newPage() between them). */
    void print(QPagedPaintDevice *device) const;
    /** Writes an A6 PDF with one page per ticket; false with a reason on failure. */
    bool writePdf(const QString &fileName, QString *error = nullptr) const;

    /** One ticket into rect, which is in millimetres of painter's coordinates. */
    static void paintTicket(QPainter &painter, const QRectF &rectMm, const TicketData &ticket);
    /** The QR modules as filled squares, quiet zone included, filling square rect. */
    static void paintQr(QPainter &painter, const QRectF &rect, const QrMatrix &qr);
    /** The code in groups of four, as printed under the QR code (scanners ignore spaces). */
    static QString groupedCode(const QString &code);

private:
    QList<TicketData> m_tickets;
};

} // namespace BoxOffice::Ui
