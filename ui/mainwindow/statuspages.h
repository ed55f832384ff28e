#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace BoxOffice::Ui {

/**
 * The page shown instead of the event list when there is no list to show: not connected,
 * not signed in, loading, no events. It says why, and offers what helps (retry, sign in).
 */
class PlaceholderPage final : public QWidget
{
    Q_OBJECT

public:
    explicit PlaceholderPage(QWidget *parent = nullptr);

    /** retryText empty hides the retry button. */
    void setContent(bool warning, const QString &title, const QString &text, const QString &retryText,
                    bool offerSignIn);

signals:
    void retryClicked();
    void signInClicked();

private:
    QLabel *m_icon = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_text = nullptr;
    QPushButton *m_signIn = nullptr;
    QPushButton *m_retry = nullptr;
};

/** The red strip over a stale event list while the connection is down. */
class ConnectionBanner final : public QWidget
{
    Q_OBJECT

public:
    explicit ConnectionBanner(QWidget *parent = nullptr);
    void setText(const QString &text);

signals:
    void retryClicked();

private:
    QLabel *m_text = nullptr;
};

} // namespace BoxOffice::Ui
