#pragma once

#include "net/certificatetrust.h"

#include <QDialog>

class QLabel;

namespace BoxOffice::Ui {

/**
 * Shows a server certificate that the system does not trust: subject, issuer, validity and
 * SHA-256 fingerprint, so the user can compare the fingerprint with the one the server's
 * administrator gave them. For an untrusted certificate the user may trust it; for a changed
 * one the dialog only warns (Cancel is the default button either way).
 */
class CertificateDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit CertificateDialog(const CertificateProblem &problem, QWidget *parent = nullptr);

    /** Runs the dialog; true if the user chose to trust the certificate. */
    static bool ask(const CertificateProblem &problem, QWidget *parent);

    QString fingerprintText() const;

private:
    QLabel *m_fingerprint = nullptr;
};

} // namespace BoxOffice::Ui
