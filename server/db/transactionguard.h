#pragma once

#include <QSqlDatabase>

namespace BoxOffice::Server {

/** Rolls the transaction back unless commit() was called (Mumble's TransactionHolder). */
class TransactionGuard
{
public:
    explicit TransactionGuard(QSqlDatabase &db);
    ~TransactionGuard();
    TransactionGuard(const TransactionGuard &) = delete;
    TransactionGuard &operator=(const TransactionGuard &) = delete;

    bool begun() const { return m_begun; }
    bool commit();

private:
    QSqlDatabase &m_db;
    bool m_begun = false;
    bool m_done = false;
};

} // namespace BoxOffice::Server
