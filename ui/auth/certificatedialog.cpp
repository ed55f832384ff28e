#include "auth/certificatedialog.h"

#include "style/icons.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace BoxOffice::Ui {

namespace {
QString nameOf(const QSslCertificate &certificate, bool issuer)
{
    auto field = [&](QSslCertificate::SubjectInfo info) {
        const QStringList values = issuer ? certificate.issuerInfo(info) : certificate.subjectInfo(info);
        return values.join(QStringLiteral(", "));
    };
    QStringList parts;
    for (const auto info : {QSslCertificate::CommonName, QSslCertificate::Organization,
                            QSslCertificate::OrganizationalUnitName, QSslCertificate::CountryName}) {
        const QString value = field(info);
        if (!value.isEmpty())
            parts.append(value);
    }
    if (parts.isEmpty())
        return issuer ? certificate.issuerDisplayName() : certificate.subjectDisplayName();
    return parts.join(QStringLiteral(" · "));
}

QLabel *selectable(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setWordWrap(true);
    return label;
}
} // namespace

CertificateDialog::CertificateDialog(const CertificateProblem &problem, QWidget *parent)
    : QDialog(parent)
{
    const bool changed = problem.kind == CertificateProblem::Kind::Changed;
    const bool untrusted = problem.kind == CertificateProblem::Kind::Untrusted;
    setWindowTitle(changed ? tr("Server Certificate Changed") : tr("Untrusted Server Certificate"));

    auto *icon = new QLabel(this);
    icon->setPixmap(Icons::badge(changed ? QColor(0xc6, 0x28, 0x28) : QColor(0xef, 0x8f, 0x00), true, 44,
                                 devicePixelRatioF()));
    icon->setAlignment(Qt::AlignTop);

    auto *title = new QLabel(this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setWordWrap(true);
    auto *text = new QLabel(this);
    text->setWordWrap(true);
    if (changed) {
        title->setText(tr("The certificate of %1 has changed").arg(problem.hostPort));
        text->setText(tr("You trusted another certificate for this server before. Someone may be "
                         "intercepting the connection, or the server got a new certificate. "
                         "The connection was refused.\n\nAsk the server's administrator "
                         "whether the certificate was replaced and compare the fingerprint "
                         "below. To accept a new certificate, an administrator removes the "
                         "old trust entry from this computer's settings."));
    } else if (untrusted) {
        title->setText(tr("%1 uses a certificate this computer does not trust").arg(problem.hostPort));
        text->setText(tr("The certificate is self-signed or its issuer is unknown. Compare the "
                         "fingerprint with the one your administrator gave you. If they match, "
                         "you can trust this certificate for this server; it is remembered, and "
                         "any other certificate for this server will be refused."));
    } else {
        title->setText(tr("The certificate of %1 is invalid").arg(problem.hostPort));
        text->setText(
            tr("The certificate cannot be accepted: %1")
                .arg(problem.errors.isEmpty() ? QString() : problem.errors.constFirst().errorString()));
    }

    const QSslCertificate &certificate = problem.certificate;
    auto *details = new QFormLayout;
    details->setLabelAlignment(Qt::AlignLeft);
    details->addRow(tr("Server:"), selectable(problem.hostPort, this));
    details->addRow(tr("Issued to:"), selectable(nameOf(certificate, false), this));
    details->addRow(tr("Issued by:"), selectable(nameOf(certificate, true), this));
    const QLocale locale;
    details->addRow(
        tr("Valid:"),
        selectable(tr("%1 to %2")
                       .arg(locale.toString(certificate.effectiveDate().toLocalTime(), QLocale::ShortFormat),
                            locale.toString(certificate.expiryDate().toLocalTime(), QLocale::ShortFormat)),
                   this));
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_fingerprint =
        selectable(CertificateTrust::formatFingerprint(CertificateTrust::fingerprint(certificate)), this);
    m_fingerprint->setObjectName(QStringLiteral("fingerprint"));
    m_fingerprint->setFont(mono);
    details->addRow(changed ? tr("New SHA-256:") : tr("SHA-256:"), m_fingerprint);
    if (changed) {
        auto *previous = selectable(CertificateTrust::formatFingerprint(problem.pinnedFingerprint), this);
        previous->setFont(mono);
        details->addRow(tr("Trusted SHA-256:"), previous);
    }
    QStringList reasons;
    for (const QSslError &error : problem.errors)
        reasons.append(error.errorString());
    reasons.removeDuplicates();
    if (!reasons.isEmpty())
        details->addRow(tr("Reported:"), selectable(reasons.join(u'\n'), this));

    auto *buttons = new QDialogButtonBox(this);
    if (untrusted) {
        QPushButton *trust = buttons->addButton(tr("&Trust This Certificate"), QDialogButtonBox::AcceptRole);
        trust->setObjectName(QStringLiteral("trustButton"));
        trust->setAutoDefault(false);
        QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
        cancel->setDefault(true); // Enter must never trust a certificate by accident
        cancel->setFocus();
    } else {
        buttons->addButton(QDialogButtonBox::Close)->setDefault(true);
    }
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *body = new QVBoxLayout;
    body->setSpacing(10);
    body->addWidget(title);
    body->addWidget(text);
    body->addSpacing(4);
    body->addLayout(details);
    auto *top = new QHBoxLayout;
    top->setSpacing(16);
    top->addWidget(icon);
    top->addLayout(body, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 20, 20, 16);
    layout->addLayout(top);
    layout->addSpacing(8);
    layout->addWidget(buttons);
    setMinimumWidth(560);
}

QString CertificateDialog::fingerprintText() const
{
    return m_fingerprint->text();
}

bool CertificateDialog::ask(const CertificateProblem &problem, QWidget *parent)
{
    CertificateDialog dialog(problem, parent);
    return dialog.exec() == QDialog::Accepted && problem.kind == CertificateProblem::Kind::Untrusted;
}

} // namespace BoxOffice::Ui
