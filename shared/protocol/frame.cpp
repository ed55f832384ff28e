#include "protocol/frame.h"

#include <QCborArray>
#include <QCborValue>

#include <algorithm>

namespace BoxOffice::Shared {

DecodeResult decodeFrame(const QByteArray &data)
{
    DecodeResult out;
    QCborParserError parseError;
    const QCborValue value = QCborValue::fromCbor(data, &parseError);
    if (parseError.error != QCborError::NoError) {
        out.error = ErrorCode::MalformedFrame;
        out.message = QStringLiteral("not CBOR: %1").arg(parseError.errorString());
        return out;
    }
    if (parseError.offset != data.size()) {
        out.error = ErrorCode::MalformedFrame;
        out.message = QStringLiteral("trailing bytes after the CBOR item");
        return out;
    }
    if (!value.isMap()) {
        out.error = ErrorCode::MalformedFrame;
        out.message = QStringLiteral("a frame must be a CBOR map");
        return out;
    }
    const QCborMap map = value.toMap();
    const QCborValue id = map.value(Key::Id);
    if (!id.isUndefined()) {
        if (!id.isInteger() || id.toInteger() < 0) {
            out.error = ErrorCode::BadField;
            out.message = QStringLiteral("'id' must be a non-negative integer");
            return out;
        }
        out.id = id.toInteger();
    }
    const QCborValue type = map.value(Key::Type);
    if (!type.isInteger()) {
        out.error = ErrorCode::MalformedFrame;
        out.message = QStringLiteral("'t' (message type) must be an integer");
        return out;
    }
    // An error reply to a frame whose type could not be read carries type 0.
    const bool typelessError = type.toInteger() == 0 && map.contains(Key::Error);
    if (!typelessError && !isKnownMessageType(type.toInteger())) {
        out.error = ErrorCode::UnknownType;
        out.message = QStringLiteral("unknown message type %1").arg(type.toInteger());
        return out;
    }
    out.type = MessageType(type.toInteger());
    out.frame = Frame{out.type, out.id, map};
    return out;
}

ErrorCode Frame::errorCode() const
{
    // Not QCborValue::toInteger() on any value: it converts a double to qint64 unchecked,
    // undefined behaviour for a peer's {"e": 1e300} (found by fuzzing).
    const QCborValue code = body.value(Key::Error);
    return code.isInteger() ? ErrorCode(code.toInteger()) : ErrorCode::MalformedFrame;
}

QByteArray encodeRequest(MessageType type, qint64 id, QCborMap fields)
{
    fields.insert(Key::Type, int(type));
    fields.insert(Key::Id, id);
    return fields.toCborValue().toCbor();
}

QByteArray encodeResult(MessageType type, qint64 id, const QCborMap &result)
{
    QCborMap map;
    map.insert(Key::Type, int(type));
    map.insert(Key::Id, id);
    map.insert(Key::Result, result);
    return map.toCborValue().toCbor();
}

QByteArray encodeError(MessageType type, qint64 id, ErrorCode code, const QString &message)
{
    QCborMap map;
    map.insert(Key::Type, int(type));
    map.insert(Key::Id, id);
    map.insert(Key::Error, int(code));
    map.insert(Key::Message, message);
    return map.toCborValue().toCbor();
}

QByteArray encodeError(MessageType type, qint64 id, ErrorCode code, const QString &message, QCborMap details)
{
    details.insert(Key::Type, int(type));
    details.insert(Key::Id, id);
    details.insert(Key::Error, int(code));
    details.insert(Key::Message, message);
    return details.toCborValue().toCbor();
}

QByteArray encodePush(MessageType type, QCborMap fields)
{
    fields.insert(Key::Type, int(type));
    return fields.toCborValue().toCbor();
}

void FieldReader::fail(ErrorCode code, const QString &message)
{
    if (m_error != ErrorCode::None)
        return;
    m_error = code;
    m_message = message;
}

qint64 FieldReader::integer(const QString &key, qint64 min, qint64 max)
{
    const QCborValue v = m_map.value(key);
    if (!v.isInteger()) {
        fail(ErrorCode::BadField, QStringLiteral("'%1' must be an integer").arg(key));
        return 0;
    }
    const qint64 n = v.toInteger();
    if (n < min || n > max) {
        fail(ErrorCode::BadField, QStringLiteral("'%1' is out of range").arg(key));
        return 0;
    }
    return n;
}

std::optional<qint64> FieldReader::optionalInteger(const QString &key, qint64 min, qint64 max)
{
    if (!m_map.contains(key))
        return std::nullopt;
    const qint64 n = integer(key, min, max);
    return ok() ? std::optional<qint64>(n) : std::nullopt;
}

QString FieldReader::string(const QString &key, qsizetype maxLength, bool required)
{
    const QCborValue v = m_map.value(key);
    if (v.isUndefined() && !required)
        return {};
    if (!v.isString()) {
        fail(ErrorCode::BadField, QStringLiteral("'%1' must be a text string").arg(key));
        return {};
    }
    QString s = v.toString();
    if (s.size() > maxLength) {
        fail(ErrorCode::BadField, QStringLiteral("'%1' is too long").arg(key));
        return {};
    }
    return s;
}

QList<int> FieldReader::seatList(const QString &key, int upperBound, int maxCount)
{
    const QCborValue v = m_map.value(key);
    if (!v.isArray()) {
        fail(ErrorCode::BadField, QStringLiteral("'%1' must be an array of seat numbers").arg(key));
        return {};
    }
    const QCborArray array = v.toArray();
    if (array.isEmpty()) {
        fail(ErrorCode::NoSeats, QStringLiteral("'%1' is empty").arg(key));
        return {};
    }
    if (array.size() > maxCount) {
        fail(ErrorCode::TooManySeats,
             QStringLiteral("at most %1 seats per request, %2 asked").arg(maxCount).arg(array.size()));
        return {};
    }
    QList<int> seats;
    seats.reserve(array.size());
    for (const QCborValue &item : array) {
        if (!item.isInteger()) {
            fail(ErrorCode::BadField, QStringLiteral("'%1' must hold only integers").arg(key));
            return {};
        }
        const qint64 seat = item.toInteger();
        if (seat < 0 || seat >= upperBound) {
            fail(ErrorCode::SeatOutOfRange,
                 QStringLiteral("seat %1 is outside 0..%2").arg(seat).arg(upperBound - 1));
            return {};
        }
        seats.append(int(seat));
    }
    std::sort(seats.begin(), seats.end());
    if (std::adjacent_find(seats.begin(), seats.end()) != seats.end()) {
        fail(ErrorCode::DuplicateSeat, QStringLiteral("a seat is listed twice"));
        return {};
    }
    return seats;
}

} // namespace BoxOffice::Shared
