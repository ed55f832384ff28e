#include "checkin/scanpanel.h"

#include "app/settings.h"
#include "net/errortext.h"
#include "net/serverconnection.h"

#include <QDateTime>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPointer>
#include <QVBoxLayout>

namespace BoxOffice::Ui {

using namespace BoxOffice::Shared;

namespace {

// A code is 136 characters; grouped with spaces or dashes it is longer. Anything beyond
// this is not a ticket (the server refuses more than 512 characters as a bad field).
constexpr int MaxCodeLength = 400;

QString styleFor(ScanPanel::Outcome outcome)
{
    const bool ok = outcome == ScanPanel::Outcome::Admitted;
    const bool neutral = outcome == ScanPanel::Outcome::Failed;
    const QString background = ok        ? QStringLiteral("#15803d")
                               : neutral ? QStringLiteral("#b45309")
                                         : QStringLiteral("#b91c1c");
    return QStringLiteral("QLabel { background: %1; color: white; border-radius: 8px; padding: 16px; }")
        .arg(background);
}

QString timeOf(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).time(), QLocale::ShortFormat);
}

} // namespace

ScanPanel::ScanPanel(ServerConnection *connection, QWidget *parent)
    : QWidget(parent)
    , m_connection(connection)
    , m_code(new QLineEdit(this))
    , m_gate(new QLineEdit(this))
    , m_result(new QLabel(this))
    , m_history(new QListWidget(this))
{
    m_code->setPlaceholderText(tr("Scan a ticket or type its code, then press Return"));
    m_code->setMaxLength(MaxCodeLength);
    QFont big = m_code->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    m_code->setFont(big);
    m_code->setClearButtonEnabled(true);

    m_gate->setPlaceholderText(tr("e.g. Gate 2"));
    m_gate->setMaxLength(64);
    m_gate->setText(Settings().checkInGate());
    connect(m_gate, &QLineEdit::editingFinished, this, [this] { Settings().setCheckInGate(gate()); });

    QFont huge = font();
    huge.setPointSizeF(huge.pointSizeF() * 2.4);
    huge.setBold(true);
    m_result->setFont(huge);
    m_result->setAlignment(Qt::AlignCenter);
    m_result->setWordWrap(true);
    m_result->setMinimumHeight(140);
    m_result->setText(tr("Ready to scan"));
    m_result->setAccessibleName(tr("Check-in result"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Gate:"), m_gate);
    form->addRow(tr("&Ticket code:"), m_code);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_result);
    layout->addWidget(new QLabel(tr("Last scans:"), this));
    layout->addWidget(m_history, 1);

    connect(m_code, &QLineEdit::returnPressed, this, &ScanPanel::submit);
    setFocusProxy(m_code);
}

QString ScanPanel::gate() const
{
    return m_gate->text().trimmed();
}

void ScanPanel::setGate(const QString &gate)
{
    m_gate->setText(gate);
    Settings().setCheckInGate(gate.trimmed());
}

void ScanPanel::submit()
{
    const QString code = m_code->text().trimmed();
    if (code.isEmpty())
        return;
    if (gate().isEmpty()) {
        showOutcome(Outcome::Failed, tr("Enter the name of this gate first."));
        m_gate->setFocus();
        return;
    }
    // Cleared at once: the scanner may send the next code before this one is answered.
    m_code->clear();
    m_code->setFocus();

    QCborMap fields{{Key::Code, code}, {Key::Gate, gate()}};
    if (m_event > 0)
        fields.insert(Key::Event, m_event);
    QPointer<ScanPanel> self(this);
    m_connection->request(MessageType::CheckIn, fields, [self](const Frame &reply) {
        if (!self)
            return;
        const auto [outcome, text] = describe(reply);
        self->showOutcome(outcome, text);
    });
}

std::pair<ScanPanel::Outcome, QString> ScanPanel::describe(const Frame &reply)
{
    const QCborMap body = reply.body;
    if (!reply.isError()) {
        const QCborMap r = reply.result();
        if (!r.value(Key::Admitted).toBool())
            return {Outcome::Failed, tr("Not admitted: unexpected answer from the server")};
        QString where = tr("Admitted: %1, Row %2, Seat %3")
                            .arg(r.value(Key::Section).toString(), r.value(Key::Row).toString(),
                                 r.value(Key::SeatNumber).isInteger()
                                     ? QString::number(cborInteger(r.value(Key::SeatNumber)))
                                     : QString::number(cborInteger(r.value(Key::Seat))));
        const QString name = r.value(Key::Name).toString();
        if (!name.isEmpty())
            where += QLatin1Char('\n') + name;
        return {Outcome::Admitted, where};
    }
    switch (reply.errorCode()) {
    case ErrorCode::TicketAlreadyAdmitted:
        return {Outcome::AlreadyAdmitted,
                tr("Already admitted at %1 at %2")
                    .arg(timeOf(cborInteger(body.value(Key::AdmittedAt))), body.value(Key::Gate).toString())};
    case ErrorCode::TicketVoid:
        return {Outcome::Void, body.value(Key::Reason).toString() == QLatin1String("exchanged")
                                   ? tr("Exchanged: this ticket was replaced by another")
                                   : tr("Refunded")};
    case ErrorCode::TicketInvalid:
        if (body.value(Key::Reason).toString() == QLatin1String("other_event"))
            return {Outcome::OtherEvent, tr("Ticket for another event")};
        return {Outcome::Invalid, tr("Forged or damaged code")};
    case ErrorCode::UnknownTicket:
        return {Outcome::Unknown, tr("Unknown ticket: not sold by this box office")};
    default:
        return {Outcome::Failed, tr("Not checked: %1").arg(ErrorText::describe(reply.errorCode()))};
    }
}

void ScanPanel::showOutcome(Outcome outcome, const QString &text)
{
    m_result->setText(text);
    m_result->setStyleSheet(styleFor(outcome));
    const QString line = QLocale().toString(QTime::currentTime(), QLocale::ShortFormat) +
                         QStringLiteral("  ") +
                         QString(text).replace(QLatin1Char('\n'), QStringLiteral(" · "));
    auto *item = new QListWidgetItem(line);
    item->setForeground(outcome == Outcome::Admitted ? QColor(0x15, 0x80, 0x3d) : QColor(0xb9, 0x1c, 0x1c));
    m_history->insertItem(0, item);
    while (m_history->count() > HistoryLength)
        delete m_history->takeItem(m_history->count() - 1);
    emit scanned(outcome, text);
}

} // namespace BoxOffice::Ui
