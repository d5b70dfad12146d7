// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace bb::access {

/// What backups are encrypted to: the public half of the key pair a trust's backup passphrase
/// gives (Argon2id, libsodium's crypto_pwhash, over a random salt, seeds crypto_box's key
/// pair), with the salt and cost, so that the passphrase gives the secret half again. Only this
/// is kept; what decrypts a backup exists only while a passphrase is being used to restore one.
struct BackupKey
{
    QByteArray salt;
    QByteArray publicKey;
    quint64 opsLimit = 0;
    quint64 memLimit = 0;
    /// Whether its parts have the sizes and cost libsodium's functions take.
    bool isWhole() const;
};

/// The key `passphrase` gives with `salt` at the given cost; with no salt, a new random one at
/// libsodium's interactive cost. Nothing when the passphrase is too short (12 characters at
/// least: a backup leaves the building) or the machine lacks the memory, with why.
std::optional<BackupKey> deriveBackupKey(const QString &passphrase, QString *why,
                                         const QByteArray &salt = {}, quint64 opsLimit = 0,
                                         quint64 memLimit = 0);

/// Encrypts the file `plain` into `sealed` with libsodium's secretstream (XChaCha20-Poly1305,
/// in chunks, the last marked final so that a shortened file is told from a whole one) under a
/// random key of its own, which the header holds sealed to `key` (crypto_box_seal), beside the
/// salt and cost.
bool sealFile(const QString &plain, const QString &sealed, const BackupKey &key, QString *why);

/// Decrypts a file sealFile() made, with the key its passphrase gives, into `plain`. False, with
/// why, for a wrong passphrase or a file changed or cut short after it was sealed; `plain` is
/// then not left behind.
bool openSealedFile(const QString &sealed, const QString &plain, const QString &passphrase,
                    QString *why);

/// Whether the file at `path` begins as sealFile() begins its files.
bool isSealedFile(const QString &path);

} // namespace bb::access
