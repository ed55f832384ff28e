#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace BoxOffice::Ui {

/** The staff roles of the protocol ("clerk", …) and their translated names. */
class Roles final
{
    Q_DECLARE_TR_FUNCTIONS(BoxOffice::Ui::Roles)

public:
    static inline const QString Clerk = QStringLiteral("clerk");
    static inline const QString Organizer = QStringLiteral("organizer");
    static inline const QString FraudAnalyst = QStringLiteral("fraud_analyst");
    static inline const QString Admin = QStringLiteral("admin");

    /** Every role, in the order the user interface lists them. */
    static QStringList all();
    /** "Fraud analyst" for "fraud_analyst"; an unknown role is shown as sent. */
    static QString displayName(const QString &role);
    /** The display names joined by commas, in the order of all(). */
    static QString displayList(const QStringList &roles);
};

} // namespace BoxOffice::Ui
