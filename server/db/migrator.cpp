#include "db/migrator.h"

#include "db/transactionguard.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace BoxOffice::Server {

Q_LOGGING_CATEGORY(lcMigrator, "boxoffice.server.migrator")

namespace {
constexpr qint64 MigrationLockKey = 0x426f784f6666; // "BoxOff"

bool exec(QSqlQuery &q, const QString &sql, QString *error)
{
    if (q.exec(sql))
        return true;
    *error = q.lastError().text();
    return false;
}
} // namespace

bool Migrator::migrate(QString *error)
{
    QSqlQuery q(m_db);
    if (!exec(q, QStringLiteral("SELECT pg_advisory_lock(%1)").arg(MigrationLockKey), error))
        return false;
    auto unlock = qScopeGuard([&] {
        QSqlQuery u(m_db);
        u.exec(QStringLiteral("SELECT pg_advisory_unlock(%1)").arg(MigrationLockKey));
    });
    if (!exec(q,
              QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations ("
                             " version integer PRIMARY KEY, name text NOT NULL,"
                             " checksum text NOT NULL,"
                             " applied_at timestamptz NOT NULL DEFAULT now())"),
              error))
        return false;

    const QDir dir(QStringLiteral(":/sql"));
    const QStringList files = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    static const QRegularExpression pattern(QStringLiteral("^(\\d+)_.*\\.sql$"));
    if (files.isEmpty()) {
        *error = QStringLiteral("no migrations compiled in");
        return false;
    }
    for (const QString &name : files) {
        const auto match = pattern.match(name);
        if (!match.hasMatch())
            continue;
        const int version = match.captured(1).toInt();
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("cannot read migration %1").arg(name);
            return false;
        }
        const QByteArray bytes = file.readAll();
        const QString checksum =
            QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
        QSqlQuery seen(m_db);
        seen.prepare(QStringLiteral("SELECT checksum FROM schema_migrations WHERE version = ?"));
        seen.addBindValue(version);
        if (!seen.exec()) {
            *error = seen.lastError().text();
            return false;
        }
        if (seen.next()) {
            // An applied migration is never edited: a database would silently keep the old
            // version. Changes go into a new numbered file.
            if (seen.value(0).toString() != checksum) {
                *error = QStringLiteral("migration %1 was changed after it was applied to this database; "
                                        "add a new migration instead")
                             .arg(name);
                return false;
            }
            continue;
        }
        const QString sql = QString::fromUtf8(bytes);
        TransactionGuard tx(m_db);
        QSqlQuery apply(m_db);
        if (!tx.begun() || !exec(apply, sql, error)) {
            *error = QStringLiteral("migration %1 failed: %2").arg(name, *error);
            return false;
        }
        QSqlQuery record(m_db);
        record.prepare(
            QStringLiteral("INSERT INTO schema_migrations (version, name, checksum) VALUES (?, ?, ?)"));
        record.addBindValue(version);
        record.addBindValue(name);
        record.addBindValue(checksum);
        if (!record.exec() || !tx.commit()) {
            *error = QStringLiteral("recording migration %1 failed: %2").arg(name, m_db.lastError().text());
            return false;
        }
        qCInfo(lcMigrator) << "applied migration" << name;
    }
    return true;
}

bool Migrator::loadDemo(QString *error)
{
    QSqlQuery q(m_db);
    if (!exec(q, QStringLiteral("SELECT pg_advisory_lock(%1)").arg(MigrationLockKey), error))
        return false;
    auto unlock = qScopeGuard([&] {
        QSqlQuery u(m_db);
        u.exec(QStringLiteral("SELECT pg_advisory_unlock(%1)").arg(MigrationLockKey));
    });
    if (!exec(q, QStringLiteral("SELECT EXISTS (SELECT 1 FROM venues)"), error) || !q.next())
        return false;
    if (q.value(0).toBool()) {
        qCInfo(lcMigrator) << "database already has venues; demo data not loaded";
        return true;
    }
    QFile file(QStringLiteral(":/demo/demo.sql"));
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("demo data not compiled in");
        return false;
    }
    TransactionGuard tx(m_db);
    QSqlQuery apply(m_db);
    if (!tx.begun() || !exec(apply, QString::fromUtf8(file.readAll()), error) || !tx.commit()) {
        if (error->isEmpty())
            *error = m_db.lastError().text();
        return false;
    }
    qCInfo(lcMigrator) << "loaded demo data";
    return true;
}

} // namespace BoxOffice::Server
