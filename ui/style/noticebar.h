#pragma once

#include <QLabel>
#include <QTimer>

namespace BoxOffice::Ui {

/**
 * The strip at the top of a workspace that says what just happened: green for news, red
 * for what went wrong. Every workspace uses this one, so a clerk learns one look. Empty
 * text hides it; a timeout hides it after a while (a warning stays until replaced).
 */
class NoticeBar final : public QLabel
{
    Q_OBJECT

public:
    enum class Kind { Info, Error };

    explicit NoticeBar(QWidget *parent = nullptr);

    /** Shows text (hides the bar when empty); hides it again after timeoutMs if > 0. */
    void showNotice(const QString &text, Kind kind, int timeoutMs = 0);
    bool isError() const { return m_kind == Kind::Error; }
    /** Keeps the current notice up (no timeout). */
    void keep() { m_timer.stop(); }

private:
    QTimer m_timer;
    Kind m_kind = Kind::Info;
};

} // namespace BoxOffice::Ui
