// The door's scan panel against a fake server: a scanner types a code and Return, the panel
// sends CheckIn with the gate, shows the answer large, and is ready for the next scan.

#include "checkin/scanpanel.h"
#include "fakeserver.h"
#include "net/serverconnection.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace BoxOffice::Shared;
using namespace BoxOffice::Ui;
using BoxOffice::Tests::FakeServer;

namespace {

const QString Code = QStringLiteral("ABCDEFGH") + QString(128, QLatin1Char('Q'));

QByteArray errorWith(const Frame &request, ErrorCode code, const QString &message, QCborMap fields)
{
    fields.insert(Key::Type, int(request.type));
    fields.insert(Key::Id, request.id);
    fields.insert(Key::Error, int(code));
    fields.insert(Key::Message, message);
    return fields.toCborValue().toCbor();
}

} // namespace

class tst_ScanPanel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void typedCode_admitted_showsSeatAndClears();
    void secondScan_alreadyAdmitted_showsTimeAndGate();
    void forgedCode_invalid();
    void refunded_void();
    void noGate_asksForIt_sendsNothing();
    void gate_keptInSettings();

private:
    Frame scan(const QString &typed, const QString &expected);

    FakeServer *m_server = nullptr;
    ServerConnection *m_connection = nullptr;
    ScanPanel *m_panel = nullptr;
    std::function<QList<QByteArray>(const Frame &)> m_checkIn;
    bool m_clearedAtOnce = false;
};

void tst_ScanPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_ScanPanel::init()
{
    m_server = new FakeServer(this);
    QVERIFY(m_server->listen());
    m_server->handler = [this](const Frame &request) -> QList<QByteArray> {
        if (request.type != MessageType::CheckIn || !m_checkIn)
            return {};
        return m_checkIn(request);
    };
    m_connection = new ServerConnection(this);
    m_connection->open(m_server->url());
    QTRY_COMPARE(m_connection->state(), ServerConnection::State::Connected);
    m_panel = new ScanPanel(m_connection);
    m_panel->setGate(QStringLiteral("Gate 2"));
    m_panel->show();
    m_panel->activateWindow();
    m_panel->codeEdit()->setFocus();
}

void tst_ScanPanel::cleanup()
{
    delete m_panel;
    m_panel = nullptr;
    m_connection->close();
    delete m_connection;
    delete m_server;
    m_checkIn = nullptr;
}

Frame tst_ScanPanel::scan(const QString &typed, const QString &expected)
{
    QSignalSpy scanned(m_panel, &ScanPanel::scanned);
    const int before = int(m_server->received.size());
    QTest::keyClicks(m_panel->codeEdit(), typed);
    QTest::keyClick(m_panel->codeEdit(), Qt::Key_Return);
    // Cleared at once, before the answer: a scanner may send the next code right away.
    m_clearedAtOnce = m_panel->codeEdit()->text().isEmpty();
    if (!scanned.wait(5000) || m_panel->resultLabel()->text() != expected) {
        qWarning("shown: %s", qPrintable(m_panel->resultLabel()->text()));
        return {};
    }
    for (qsizetype i = before; i < m_server->received.size(); ++i)
        if (m_server->received.at(i).type == MessageType::CheckIn)
            return m_server->received.at(i);
    return {};
}

void tst_ScanPanel::typedCode_admitted_showsSeatAndClears()
{
    m_checkIn = [](const Frame &r) {
        QCborMap result{{Key::Admitted, true},
                        {Key::Event, 1},
                        {Key::Seat, 5},
                        {Key::Section, QStringLiteral("Stalls")},
                        {Key::Row, QStringLiteral("F")},
                        {Key::SeatNumber, 14},
                        {Key::Name, QStringLiteral("Hamlet")},
                        {Key::Gate, QStringLiteral("Gate 2")},
                        {Key::AdmittedAt, 1}};
        return QList<QByteArray>{encodeResult(r.type, r.id, result)};
    };
    // A scanner types lower case with dashes as often as not; the panel sends what it got.
    const Frame sent = scan(Code.toLower(), QStringLiteral("Admitted: Stalls, Row F, Seat 14\nHamlet"));
    QCOMPARE(sent.type, MessageType::CheckIn);
    QVERIFY(m_clearedAtOnce);
    QCOMPARE(sent.body.value(Key::Code).toString(), Code.toLower());
    QCOMPARE(sent.body.value(Key::Gate).toString(), QStringLiteral("Gate 2"));
    QVERIFY(!sent.body.contains(Key::Event));
    QVERIFY(m_panel->codeEdit()->text().isEmpty());
    QVERIFY(m_panel->codeEdit()->hasFocus());
    QCOMPARE(m_panel->history()->count(), 1);
    QVERIFY(m_panel->history()->item(0)->text().contains(QLatin1String("Admitted: Stalls, Row F, Seat 14")));
    QVERIFY(m_panel->resultLabel()->styleSheet().contains(QLatin1String("#15803d"))); // green

    // With an event set, the panel insists on it.
    m_panel->setEvent(7);
    const Frame second = scan(Code, QStringLiteral("Admitted: Stalls, Row F, Seat 14\nHamlet"));
    QCOMPARE(second.type, MessageType::CheckIn);
    QCOMPARE(second.body.value(Key::Event).toInteger(), 7);
    QCOMPARE(m_panel->history()->count(), 2);
}

void tst_ScanPanel::secondScan_alreadyAdmitted_showsTimeAndGate()
{
    const QDateTime at(QDate(2026, 12, 4), QTime(19, 42));
    m_checkIn = [at](const Frame &r) {
        return QList<QByteArray>{errorWith(r, ErrorCode::TicketAlreadyAdmitted,
                                           QStringLiteral("admitted before"),
                                           {{Key::Reason, QStringLiteral("admitted")},
                                            {Key::AdmittedAt, at.toMSecsSinceEpoch()},
                                            {Key::Gate, QStringLiteral("Gate 5")}})};
    };
    const Frame sent = scan(Code, QStringLiteral("Already admitted at %1 at Gate 5")
                                      .arg(QLocale().toString(at.time(), QLocale::ShortFormat)));
    QCOMPARE(sent.type, MessageType::CheckIn);
    QVERIFY(m_panel->resultLabel()->styleSheet().contains(QLatin1String("#b91c1c"))); // red
}

void tst_ScanPanel::forgedCode_invalid()
{
    m_checkIn = [](const Frame &r) {
        return QList<QByteArray>{errorWith(r, ErrorCode::TicketInvalid, QStringLiteral("forged"),
                                           {{Key::Reason, QStringLiteral("invalid")}})};
    };
    QCOMPARE(scan(QStringLiteral("NOT-A-TICKET"), QStringLiteral("Forged or damaged code")).type,
             MessageType::CheckIn);
    m_checkIn = [](const Frame &r) {
        return QList<QByteArray>{errorWith(r, ErrorCode::TicketInvalid, QStringLiteral("other"),
                                           {{Key::Reason, QStringLiteral("other_event")}, {Key::Event, 2}})};
    };
    QCOMPARE(scan(Code, QStringLiteral("Ticket for another event")).type, MessageType::CheckIn);
    QCOMPARE(m_panel->history()->count(), 2);
}

void tst_ScanPanel::refunded_void()
{
    m_checkIn = [](const Frame &r) {
        return QList<QByteArray>{errorWith(r, ErrorCode::TicketVoid, QStringLiteral("refunded"),
                                           {{Key::Reason, QStringLiteral("refunded")}})};
    };
    QCOMPARE(scan(Code, QStringLiteral("Refunded")).type, MessageType::CheckIn);
}

void tst_ScanPanel::noGate_asksForIt_sendsNothing()
{
    m_panel->setGate(QString());
    const int before = int(m_server->received.size());
    QTest::keyClicks(m_panel->codeEdit(), Code);
    QTest::keyClick(m_panel->codeEdit(), Qt::Key_Return);
    QCOMPARE(m_panel->resultLabel()->text(), QStringLiteral("Enter the name of this gate first."));
    QTest::qWait(100);
    QCOMPARE(int(m_server->received.size()), before);
    QCOMPARE(m_panel->codeEdit()->text(), Code); // kept, to send once the gate is there
}

void tst_ScanPanel::gate_keptInSettings()
{
    m_panel->setGate(QStringLiteral("North 3"));
    ScanPanel other(m_connection);
    QCOMPARE(other.gate(), QStringLiteral("North 3"));
}

QTEST_MAIN(tst_ScanPanel)
#include "tst_scanpanel.moc"
