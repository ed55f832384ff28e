#pragma once

#include <QDialog>
#include <QStringList>
#include <QUrl>

class QComboBox;
class QDialogButtonBox;
class QLabel;

namespace BoxOffice::Ui {

/** Asks for a server address (ws:// or wss://), offering the recently used ones. */
class ConnectDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ConnectDialog(QWidget *parent = nullptr);

    void setRecentServers(const QStringList &urls);
    void setUrl(const QUrl &url);
    /** The entered address, or an invalid QUrl if it is not a ws:// or wss:// URL. */
    QUrl url() const;

    /** Parses user input; a bare "host:port" is taken as ws://host:port. */
    static QUrl parseServerUrl(const QString &text);

private:
    void validate();

    QComboBox *m_address = nullptr;
    QLabel *m_hint = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace BoxOffice::Ui
