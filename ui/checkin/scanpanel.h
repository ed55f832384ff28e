#pragma once

#include "protocol/frame.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;

namespace BoxOffice::Ui {

class ServerConnection;

/**
 * Check-in at the door: a keyboard-wedge scanner (or a person) types a ticket's code and
 * Return; the panel sends CheckIn for the gate kept in Settings and shows the answer in
 * large type — green "Admitted: section, row, seat", red for everything else — then clears
 * and refocuses for the next scan. The last scans are listed below.
 */
class ScanPanel final : public QWidget
{
    Q_OBJECT
public:
    enum class Outcome { Admitted, AlreadyAdmitted, Void, Invalid, OtherEvent, Unknown, Failed };
    Q_ENUM(Outcome)

    static constexpr int HistoryLength = 50;

    explicit ScanPanel(ServerConnection *connection, QWidget *parent = nullptr);

    /** Admit only tickets of this event (0: any event). */
    void setEvent(qint64 eventId) { m_event = eventId; }
    qint64 event() const { return m_event; }
    QString gate() const;
    void setGate(const QString &gate);

    QLineEdit *codeEdit() const { return m_code; }
    QLineEdit *gateEdit() const { return m_gate; }
    QLabel *resultLabel() const { return m_result; }
    QListWidget *history() const { return m_history; }

    /** The text shown for a CheckIn reply, and what it meant. */
    static std::pair<Outcome, QString> describe(const Shared::Frame &reply);

signals:
    void scanned(BoxOffice::Ui::ScanPanel::Outcome outcome, const QString &text);

private:
    void submit();
    void showOutcome(Outcome outcome, const QString &text);

    ServerConnection *m_connection;
    QLineEdit *m_code;
    QLineEdit *m_gate;
    QLabel *m_result;
    QListWidget *m_history;
    qint64 m_event = 0;
};

} // namespace BoxOffice::Ui
