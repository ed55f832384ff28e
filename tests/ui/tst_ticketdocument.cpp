// The printable ticket: a real PDF, one page per ticket, and a QR code whose modules are the
// ones libqrencode made, drawn where a scanner expects them.

#include "tickets/ticketdocument.h"

#include <QFile>
#include <QImage>
#include <QPainter>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace BoxOffice::Ui;

namespace {

// A code as the server prints it: 136 characters of A-Z and 2-7 (the content does not
// matter to the document).
QString sampleCode()
{
    static const QString alphabet = QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567");
    QString code;
    for (int i = 0; i < 136; ++i)
        code += alphabet.at((i * 7 + 3) % 32);
    return code;
}

TicketData sampleTicket(int seat = 14)
{
    TicketData t;
    t.eventName = QStringLiteral("Hamlet");
    t.starts = QDateTime(QDate(2026, 12, 4), QTime(19, 30));
    t.venue = QStringLiteral("Grand Theatre, Vienna");
    t.section = QStringLiteral("Stalls");
    t.row = QStringLiteral("F");
    t.seat = QString::number(seat);
    t.priceMinor = 8900;
    t.currency = QStringLiteral("EUR");
    t.orderNumber = QStringLiteral("7KQ2-M9XD");
    t.serial = 1042;
    t.code = sampleCode();
    return t;
}

} // namespace

class tst_TicketDocument : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void qr_encodesDeterministically_withFinderPatterns();
    void qr_renderedModules_matchMatrix();
    void pdf_onePagePerTicket();
    void png_forLooking();
    void groupedCode_groupsOfFour();
};

void tst_TicketDocument::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_TicketDocument::qr_encodesDeterministically_withFinderPatterns()
{
    const auto qr = QrMatrix::encode(sampleCode());
    QVERIFY(qr);
    QCOMPARE(qr->width, 17 + 4 * qr->version);
    // 136 alphanumeric characters at level M need version 7 (154 characters); in byte mode
    // they would need version 9, so this also shows the alphanumeric mode was used.
    QVERIFY2(qr->version <= 7, qPrintable(QString::number(qr->version)));
    const auto again = QrMatrix::encode(sampleCode());
    QVERIFY(again);
    QCOMPARE(*again, *qr);
    QVERIFY(!(*QrMatrix::encode(QStringLiteral("OTHER")) == *qr));

    // The three finder patterns: a dark 7x7 ring, a light ring, a dark 3x3 centre.
    const int w = qr->width;
    for (const auto &[ox, oy] : {std::pair{0, 0}, std::pair{w - 7, 0}, std::pair{0, w - 7}}) {
        for (int y = 0; y < 7; ++y) {
            for (int x = 0; x < 7; ++x) {
                const bool ring = x == 0 || y == 0 || x == 6 || y == 6;
                const bool centre = x >= 2 && x <= 4 && y >= 2 && y <= 4;
                QCOMPARE(qr->isDark(ox + x, oy + y), ring || centre);
            }
        }
    }
}

void tst_TicketDocument::qr_renderedModules_matchMatrix()
{
    const auto qr = QrMatrix::encode(sampleCode());
    QVERIFY(qr);
    constexpr int Px = 6; // pixels per module
    const int side = (qr->width + 2 * TicketDocument::QuietZone) * Px;
    QImage image(side, side, QImage::Format_RGB32);
    image.fill(Qt::red); // anything not painted shows up
    {
        QPainter p(&image);
        TicketDocument::paintQr(p, QRectF(0, 0, side, side), *qr);
    }
    auto darkAt = [&](int mx, int my) {
        // The centre pixel of module (mx, my), counted without the quiet zone.
        const QRgb c = image.pixel((TicketDocument::QuietZone + mx) * Px + Px / 2,
                                   (TicketDocument::QuietZone + my) * Px + Px / 2);
        return qGray(c) < 64;
    };
    auto lightAt = [&](int px, int py) { return image.pixel(px, py) == qRgb(255, 255, 255); };
    // The top-left finder pattern, pixel by pixel.
    for (int y = 0; y < 7; ++y)
        for (int x = 0; x < 7; ++x)
            QCOMPARE(darkAt(x, y),
                     (x == 0 || y == 0 || x == 6 || y == 6) || (x >= 2 && x <= 4 && y >= 2 && y <= 4));
    // Every module as the matrix says, and a white quiet zone.
    for (int y = 0; y < qr->width; ++y)
        for (int x = 0; x < qr->width; ++x)
            QVERIFY2(darkAt(x, y) == qr->isDark(x, y),
                     qPrintable(QStringLiteral("module %1,%2").arg(x).arg(y)));
    for (int i = 0; i < side; i += 3) {
        QVERIFY(lightAt(i, 1));
        QVERIFY(lightAt(1, i));
        QVERIFY(lightAt(i, side - 2));
        QVERIFY(lightAt(side - 2, i));
    }
}

void tst_TicketDocument::pdf_onePagePerTicket()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString one = dir.filePath(QStringLiteral("one.pdf"));
    const QString three = dir.filePath(QStringLiteral("three.pdf"));
    QString error;
    QVERIFY2(TicketDocument({sampleTicket()}).writePdf(one, &error), qPrintable(error));
    QVERIFY2(TicketDocument({sampleTicket(14), sampleTicket(15), sampleTicket(16)}).writePdf(three, &error),
             qPrintable(error));

    QFile f(three);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray pdf = f.readAll();
    QVERIFY(pdf.startsWith("%PDF-"));
    QVERIFY2(pdf.size() > 10000, qPrintable(QString::number(pdf.size())));
    QVERIFY(pdf.trimmed().endsWith("%%EOF"));
    QCOMPARE(pdf.count("/Type /Page\n") + pdf.count("/Type /Page\r") + pdf.count("/Type /Page "), 3);
    // A6 portrait: 105 x 148 mm = 297.6 x 419.5 pt.
    QVERIFY2(pdf.contains("/MediaBox [0 0 297.") || pdf.contains("/MediaBox [0 0 298"),
             pdf.mid(pdf.indexOf("/MediaBox"), 40).constData());
    QVERIFY(QFileInfo(one).size() < pdf.size());

    QVERIFY(!TicketDocument({sampleTicket()})
                 .writePdf(dir.filePath(QStringLiteral("no/such/dir/x.pdf")), &error));
    QVERIFY(!error.isEmpty());
}

void tst_TicketDocument::png_forLooking()
{
    // 8 px per mm (about 200 dpi): for a person to look at (/tmp/boxoffice-ticket.png).
    constexpr qreal PxPerMm = 8;
    QImage image(int(TicketDocument::WidthMm * PxPerMm), int(TicketDocument::HeightMm * PxPerMm),
                 QImage::Format_RGB32);
    image.fill(Qt::white);
    {
        QPainter p(&image);
        p.scale(PxPerMm, PxPerMm);
        TicketDocument::paintTicket(p, QRectF(0, 0, TicketDocument::WidthMm, TicketDocument::HeightMm),
                                    sampleTicket());
    }
    const QString path = QDir::temp().filePath(QStringLiteral("boxoffice-ticket.png"));
    QVERIFY(image.save(path));
    // Something was drawn: dark pixels in the header band and in the QR code's area.
    int dark = 0;
    for (int y = 0; y < image.height(); y += 4)
        for (int x = 0; x < image.width(); x += 4)
            dark += qGray(image.pixel(x, y)) < 100;
    QVERIFY2(dark > 2000, qPrintable(QString::number(dark)));
}

void tst_TicketDocument::groupedCode_groupsOfFour()
{
    QCOMPARE(TicketDocument::groupedCode(QStringLiteral("ABCDEFGHIJ")), QStringLiteral("ABCD EFGH IJ"));
    QCOMPARE(TicketDocument::groupedCode(QString()), QString());
}

QTEST_MAIN(tst_TicketDocument)
#include "tst_ticketdocument.moc"
