// SPDX-License-Identifier: MIT
#include "access/SealedFiles.h"

#include <QFile>
#include <QtEndian>

#include <sodium.h>

namespace bb::access {
namespace {

constexpr char kMagic[8] = {'B', 'B', 'C', 'S', 'E', 'A', 'L', '2'};
constexpr qsizetype kSealedKeyBytes =
    crypto_box_SEALBYTES + crypto_secretstream_xchacha20poly1305_KEYBYTES;
constexpr qsizetype kChunk = 64 * 1024;
constexpr int kMinPassphrase = 12;

bool fail(QString *why, const QString &message)
{
    if (why)
        *why = message;
    return false;
}

QByteArray u64(quint64 value)
{
    QByteArray bytes(8, Qt::Uninitialized);
    qToLittleEndian(value, bytes.data());
    return bytes;
}

/// The key pair `passphrase` gives with the salt and cost of `key`; false when libsodium lacks
/// the memory.
bool keyPair(const QString &passphrase, const BackupKey &key, unsigned char *publicKey,
             unsigned char *secretKey)
{
    unsigned char seed[crypto_box_SEEDBYTES];
    const QByteArray utf8 = passphrase.toUtf8();
    const bool derived =
        crypto_pwhash(seed, sizeof seed, utf8.constData(), quint64(utf8.size()),
                      reinterpret_cast<const unsigned char *>(key.salt.constData()), key.opsLimit,
                      size_t(key.memLimit), crypto_pwhash_ALG_ARGON2ID13) == 0;
    if (derived)
        crypto_box_seed_keypair(publicKey, secretKey, seed);
    sodium_memzero(seed, sizeof seed);
    return derived;
}

} // namespace

bool BackupKey::isWhole() const
{
    return salt.size() == crypto_pwhash_SALTBYTES &&
           publicKey.size() == crypto_box_PUBLICKEYBYTES &&
           opsLimit >= crypto_pwhash_OPSLIMIT_MIN && opsLimit <= crypto_pwhash_OPSLIMIT_SENSITIVE &&
           memLimit >= crypto_pwhash_MEMLIMIT_MIN && memLimit <= crypto_pwhash_MEMLIMIT_SENSITIVE;
}

std::optional<BackupKey> deriveBackupKey(const QString &passphrase, QString *why,
                                         const QByteArray &salt, quint64 opsLimit, quint64 memLimit)
{
    if (sodium_init() < 0) {
        fail(why, QStringLiteral("libsodium could not start"));
        return std::nullopt;
    }
    if (passphrase.size() < kMinPassphrase) {
        fail(why, QStringLiteral("the backup passphrase must be at least %1 characters")
                      .arg(kMinPassphrase));
        return std::nullopt;
    }
    BackupKey key;
    key.salt = salt;
    if (key.salt.isEmpty()) {
        key.salt = QByteArray(crypto_pwhash_SALTBYTES, Qt::Uninitialized);
        randombytes_buf(key.salt.data(), size_t(key.salt.size()));
    }
    key.opsLimit = opsLimit ? opsLimit : crypto_pwhash_OPSLIMIT_INTERACTIVE;
    key.memLimit = memLimit ? memLimit : crypto_pwhash_MEMLIMIT_INTERACTIVE;
    if (key.salt.size() != crypto_pwhash_SALTBYTES) {
        fail(why, QStringLiteral("the sealed file's salt is damaged"));
        return std::nullopt;
    }
    key.publicKey = QByteArray(crypto_box_PUBLICKEYBYTES, Qt::Uninitialized);
    unsigned char secretKey[crypto_box_SECRETKEYBYTES];
    const bool derived = keyPair(
        passphrase, key, reinterpret_cast<unsigned char *>(key.publicKey.data()), secretKey);
    sodium_memzero(secretKey, sizeof secretKey);
    if (!derived) {
        fail(why, QStringLiteral("not enough memory to derive the backup key"));
        return std::nullopt;
    }
    return key;
}

bool sealFile(const QString &plain, const QString &sealed, const BackupKey &key, QString *why)
{
    if (sodium_init() < 0 || !key.isWhole())
        return fail(why, QStringLiteral("the backup key kept in the settings is damaged: set the "
                                        "backup passphrase again"));
    QFile in(plain);
    QFile out(sealed);
    if (!in.open(QIODevice::ReadOnly))
        return fail(why, QStringLiteral("cannot read %1: %2").arg(plain, in.errorString()));
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return fail(why, QStringLiteral("cannot write %1: %2").arg(sealed, out.errorString()));
    out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    // A key of its own for this file, kept in its header sealed to the trust's public key.
    unsigned char fileKey[crypto_secretstream_xchacha20poly1305_KEYBYTES];
    crypto_secretstream_xchacha20poly1305_keygen(fileKey);
    QByteArray sealedKey(kSealedKeyBytes, Qt::Uninitialized);
    crypto_box_seal(reinterpret_cast<unsigned char *>(sealedKey.data()), fileKey, sizeof fileKey,
                    reinterpret_cast<const unsigned char *>(key.publicKey.constData()));
    crypto_secretstream_xchacha20poly1305_state state;
    unsigned char header[crypto_secretstream_xchacha20poly1305_HEADERBYTES];
    crypto_secretstream_xchacha20poly1305_init_push(&state, header, fileKey);
    sodium_memzero(fileKey, sizeof fileKey);
    QByteArray start(kMagic, sizeof kMagic);
    start += key.salt + u64(key.opsLimit) + u64(key.memLimit) + sealedKey;
    start += QByteArray(reinterpret_cast<const char *>(header), sizeof header);
    bool written = out.write(start) == start.size();
    QByteArray cipher(kChunk + crypto_secretstream_xchacha20poly1305_ABYTES, Qt::Uninitialized);
    for (bool last = false; written && !last;) {
        const QByteArray chunk = in.read(kChunk);
        if (chunk.isEmpty() && !in.atEnd()) { // a read that failed, not the end
            written = false;
            break;
        }
        last = in.atEnd();
        unsigned long long length = 0;
        crypto_secretstream_xchacha20poly1305_push(
            &state, reinterpret_cast<unsigned char *>(cipher.data()), &length,
            reinterpret_cast<const unsigned char *>(chunk.constData()), quint64(chunk.size()),
            nullptr, 0, last ? crypto_secretstream_xchacha20poly1305_TAG_FINAL : quint8(0));
        written = out.write(cipher.constData(), qint64(length)) == qint64(length);
    }
    if (!written || !out.flush()) {
        out.remove();
        return fail(why, QStringLiteral("cannot write %1: %2").arg(sealed, out.errorString()));
    }
    return true;
}

bool isSealedFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) &&
           file.read(sizeof kMagic) == QByteArray(kMagic, sizeof kMagic);
}

bool openSealedFile(const QString &sealed, const QString &plain, const QString &passphrase,
                    QString *why)
{
    QFile in(sealed);
    if (!in.open(QIODevice::ReadOnly))
        return fail(why, QStringLiteral("cannot read %1: %2").arg(sealed, in.errorString()));
    const qsizetype headerSize = qsizetype(sizeof kMagic) + crypto_pwhash_SALTBYTES + 16 +
                                 kSealedKeyBytes +
                                 crypto_secretstream_xchacha20poly1305_HEADERBYTES;
    const QByteArray start = in.read(headerSize);
    if (start.size() != headerSize || !start.startsWith(QByteArray(kMagic, sizeof kMagic)))
        return fail(why, QStringLiteral("%1 is not an encrypted backup").arg(sealed));
    qsizetype at = sizeof kMagic;
    const QByteArray salt = start.mid(at, crypto_pwhash_SALTBYTES);
    at += crypto_pwhash_SALTBYTES;
    const quint64 ops = qFromLittleEndian<quint64>(start.constData() + at);
    const quint64 mem = qFromLittleEndian<quint64>(start.constData() + at + 8);
    at += 16;
    // A cost far above what this app sets is a damaged header, not a key to spend minutes on.
    if (ops < crypto_pwhash_OPSLIMIT_MIN || mem < crypto_pwhash_MEMLIMIT_MIN ||
        ops > crypto_pwhash_OPSLIMIT_SENSITIVE || mem > crypto_pwhash_MEMLIMIT_SENSITIVE)
        return fail(why, QStringLiteral("%1 has a damaged header").arg(sealed));
    if (sodium_init() < 0)
        return fail(why, QStringLiteral("libsodium could not start"));
    const BackupKey key{salt, {}, ops, mem};
    unsigned char publicKey[crypto_box_PUBLICKEYBYTES];
    unsigned char secretKey[crypto_box_SECRETKEYBYTES];
    if (!keyPair(passphrase, key, publicKey, secretKey))
        return fail(why, QStringLiteral("not enough memory to derive the backup key"));
    unsigned char fileKey[crypto_secretstream_xchacha20poly1305_KEYBYTES];
    const bool opened =
        crypto_box_seal_open(fileKey,
                             reinterpret_cast<const unsigned char *>(start.constData() + at),
                             kSealedKeyBytes, publicKey, secretKey) == 0;
    sodium_memzero(secretKey, sizeof secretKey);
    at += kSealedKeyBytes;
    if (!opened)
        return fail(why, QStringLiteral("%1 cannot be decrypted: the passphrase is not right, or "
                                        "its header was changed")
                             .arg(sealed));
    crypto_secretstream_xchacha20poly1305_state state;
    const bool started =
        crypto_secretstream_xchacha20poly1305_init_pull(
            &state, reinterpret_cast<const unsigned char *>(start.constData() + at), fileKey) == 0;
    sodium_memzero(fileKey, sizeof fileKey);
    if (!started)
        return fail(why, QStringLiteral("%1 has a damaged header").arg(sealed));
    QFile out(plain);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return fail(why, QStringLiteral("cannot write %1: %2").arg(plain, out.errorString()));
    out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QByteArray clear(kChunk, Qt::Uninitialized);
    bool ended = false;
    QString problem;
    while (problem.isEmpty() && !ended) {
        const QByteArray chunk = in.read(kChunk + crypto_secretstream_xchacha20poly1305_ABYTES);
        if (chunk.isEmpty()) {
            problem = QStringLiteral("it ends before its last part: it was cut short");
            break;
        }
        unsigned long long length = 0;
        unsigned char tag = 0;
        if (crypto_secretstream_xchacha20poly1305_pull(
                &state, reinterpret_cast<unsigned char *>(clear.data()), &length, &tag,
                reinterpret_cast<const unsigned char *>(chunk.constData()), quint64(chunk.size()),
                nullptr, 0) != 0) {
            problem = QStringLiteral("the file was changed after it was made");
            break;
        }
        ended = tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL;
        if (out.write(clear.constData(), qint64(length)) != qint64(length))
            problem = out.errorString();
    }
    if (problem.isEmpty() && !in.atEnd())
        problem = QStringLiteral("it has more after its last part: it was changed");
    if (problem.isEmpty() && !out.flush())
        problem = out.errorString();
    if (!problem.isEmpty()) {
        out.remove();
        return fail(why, QStringLiteral("%1 cannot be decrypted: %2").arg(sealed, problem));
    }
    return true;
}

} // namespace bb::access
