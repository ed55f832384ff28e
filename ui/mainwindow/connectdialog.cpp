#include "mainwindow/connectdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace BoxOffice::Ui {

ConnectDialog::ConnectDialog(QWidget *parent)
    : QDialog(parent)
    , m_address(new QComboBox(this))
    , m_hint(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Connect to Server"));

    m_address->setEditable(true);
    m_address->setInsertPolicy(QComboBox::NoInsert);
    m_address->setMinimumContentsLength(32);
    m_address->lineEdit()->setPlaceholderText(tr("ws://host:port"));

    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);

    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Connect"));

    auto *form = new QFormLayout;
    form->addRow(tr("Server &address:"), m_address);
    form->addRow(QString(), m_hint);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_address, &QComboBox::editTextChanged, this, &ConnectDialog::validate);
    validate();
}

void ConnectDialog::setRecentServers(const QStringList &urls)
{
    const QString current = m_address->currentText();
    m_address->clear();
    m_address->addItems(urls);
    m_address->setEditText(current);
}

void ConnectDialog::setUrl(const QUrl &url)
{
    m_address->setEditText(url.toString());
}

QUrl ConnectDialog::url() const
{
    return parseServerUrl(m_address->currentText());
}

QUrl ConnectDialog::parseServerUrl(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    QUrl url(trimmed.contains(QStringLiteral("://")) ? trimmed : QStringLiteral("ws://") + trimmed,
             QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() ||
        (scheme != QStringLiteral("ws") && scheme != QStringLiteral("wss")))
        return {};
    return url;
}

void ConnectDialog::validate()
{
    const QUrl parsed = url();
    const bool ok = parsed.isValid();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
    if (ok && parsed.scheme().toLower() == QStringLiteral("ws") &&
        parsed.host() != QStringLiteral("127.0.0.1") && parsed.host() != QStringLiteral("::1") &&
        parsed.host() != QStringLiteral("localhost"))
        m_hint->setText(tr("Unencrypted connection: use wss:// for servers on other machines."));
    else if (ok)
        m_hint->setText(tr("For example ws://127.0.0.1:8080 or wss://boxoffice.example.org"));
    else
        m_hint->setText(tr("Enter a ws:// or wss:// address."));
}

} // namespace BoxOffice::Ui
