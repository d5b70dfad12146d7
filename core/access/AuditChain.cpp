// SPDX-License-Identifier: MIT
#include "access/AuditChain.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <sodium.h>

namespace bb::access {
namespace {

QString blake2b(const QByteArray &data)
{
    if (sodium_init() < 0)
        return {};
    unsigned char out[crypto_generichash_BYTES];
    crypto_generichash(out, sizeof out, reinterpret_cast<const unsigned char *>(data.constData()),
                       static_cast<unsigned long long>(data.size()), nullptr, 0);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(out), sizeof out).toHex());
}

// Every field as stored, in a fixed order, as one JSON array: unambiguous where a plain join
// would let a character in one field pass for a separator.
QByteArray canonical(const AuditEvent &e)
{
    const QJsonArray fields{
        QString::number(e.id),
        e.at.toUTC().toString(Qt::ISODateWithMs),
        e.username,
        e.role,
        e.workstation,
        codes::toCode(e.event),
        QString::number(e.womanId),
        e.what,
        codes::toCode(e.outcome),
        QString::fromUtf8(QJsonDocument(e.changes).toJson(QJsonDocument::Compact)),
        e.previousHash,
    };
    return QJsonDocument(fields).toJson(QJsonDocument::Compact);
}

} // namespace

QString genesisHash()
{
    static const QString genesis = blake2b(QByteArrayLiteral("bbclinic-audit/1"));
    return genesis;
}

QString chainHash(const AuditEvent &event)
{
    return blake2b(canonical(event));
}

void AuditChainWalker::breakAt(qint64 id, const QString &why)
{
    if (m_check.intact()) {
        m_check.firstBroken = id;
        m_check.why = why;
    }
}

bool AuditChainWalker::add(const AuditEvent &event)
{
    if (!m_check.intact())
        return false;
    ++m_check.rows;
    if (event.id <= m_lastId)
        breakAt(event.id, QStringLiteral("row %1 is out of order").arg(event.id));
    else if (event.previousHash != m_lastHash)
        breakAt(event.id,
                m_lastId == 0
                    ? QStringLiteral("row %1 does not follow the start of the trail: rows before "
                                     "it were removed, or it was inserted")
                          .arg(event.id)
                    : QStringLiteral("row %1 does not follow row %2: a row between them was "
                                     "removed or inserted, or row %2 was changed")
                          .arg(event.id)
                          .arg(m_lastId));
    else if (chainHash(event) != event.hash)
        breakAt(event.id, QStringLiteral("row %1 was changed after it was written").arg(event.id));
    m_lastId = event.id;
    m_lastHash = event.hash;
    return m_check.intact();
}

AuditChainCheck AuditChainWalker::finish(qint64 anchorId, const QString &anchorHash)
{
    if (!m_check.intact())
        return m_check;
    if (anchorId > m_lastId)
        breakAt(anchorId, m_lastId == 0
                              ? QStringLiteral("the trail is empty but row %1 was written: rows "
                                               "were removed")
                                    .arg(anchorId)
                              : QStringLiteral("row %1 was written after row %2 but is missing: "
                                               "the newest rows were removed")
                                    .arg(anchorId)
                                    .arg(m_lastId));
    else if (anchorId < m_lastId)
        breakAt(m_lastId, QStringLiteral("row %1 was added behind the app's back (the last row "
                                         "it wrote is %2)")
                              .arg(m_lastId)
                              .arg(anchorId));
    else if (m_lastId != 0 && anchorHash != m_lastHash)
        breakAt(m_lastId, QStringLiteral("row %1 is not the row the app last wrote").arg(m_lastId));
    return m_check;
}

} // namespace bb::access
