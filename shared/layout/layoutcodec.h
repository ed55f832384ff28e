#pragma once

#include "layout/layoutdocument.h"

#include <QByteArray>
#include <QCborMap>
#include <QString>

#include <optional>

namespace BoxOffice::Shared {

/**
 * The layout document's one codec (format "boxoffice.layout", version
 * LayoutDocument::FormatVersion; the fields are documented in docs/protocol.md, "Layout
 * documents"). The tree is the same in its two encodings:
 *
 * - JSON, for import, export and reading by people;
 * - the wire form: the tree as CBOR, compressed with qCompress (SaveDraft, GetDraft).
 *
 * The decoders refuse what is malformed: a wrong type, a missing field, an index outside its
 * list, a number out of range or not finite, a text too long, a list over its limit
 * (LayoutLimits), a newer format version. The error names the object ("seats[12].row: 40 is
 * not a row index (0..39)"). What is well-formed but not publishable (two seats with one
 * number, a seat without category) decodes, so the designer can open and fix it; the
 * validator (layoutvalidator.h) reports it.
 */
QCborMap layoutToCbor(const LayoutDocument &doc);
std::optional<LayoutDocument> layoutFromCbor(const QCborMap &map, QString *error = nullptr);

QByteArray encodeLayoutJson(const LayoutDocument &doc);
std::optional<LayoutDocument> decodeLayoutJson(const QByteArray &json, QString *error = nullptr);

QByteArray encodeLayoutWire(const LayoutDocument &doc);
/**
 * Checks the size qCompress wrote in front before inflating (at most
 * LayoutLimits::MaxDocumentBytes), so a small hostile input cannot claim gigabytes.
 */
std::optional<LayoutDocument> decodeLayoutWire(const QByteArray &compressed, QString *error = nullptr);

} // namespace BoxOffice::Shared
