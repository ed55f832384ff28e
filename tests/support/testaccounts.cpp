#include "testaccounts.h"

#include "testdatabase.h"

#include <QProcess>
#include <QtGlobal>

namespace BoxOffice::Test {

bool createStaffUser(const TestDatabase &db, const QString &name, const QString &roles,
                     const QString &password)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral(BOXOFFICE_SERVER_EXECUTABLE),
            {QStringLiteral("--db-host"), db.host(), QStringLiteral("--db-port"), QString::number(db.port()),
             QStringLiteral("--db-user"), db.user(), QStringLiteral("--db-name"), db.name(),
             QStringLiteral("--create-user"), name, QStringLiteral("--roles"), roles});
    p.write((password + QLatin1Char('\n')).toUtf8());
    p.closeWriteChannel();
    if (!p.waitForFinished(30000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        qWarning("create-user %s: %s", qPrintable(name), p.readAll().constData());
        return false;
    }
    return true;
}

} // namespace BoxOffice::Test
