// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <optional>

namespace bb::access::passwords {

// Passwords are stored only as libsodium's Argon2id strings (crypto_pwhash_str): the salt and
// the cost travel inside the string, so raising the cost later leaves old hashes verifiable and
// needsRehash() says which to replace at the next login.

/// How hard a hash is to compute. Current is what every new hash uses; Minimum exists for tests
/// that need a hash made with lower parameters than today's.
enum class Cost
{
    Current,
    Minimum
};

/// The stored form of `password`; nothing when libsodium cannot start or the memory the hash
/// needs is not available.
std::optional<QString> hash(const QString &password, Cost cost = Cost::Current);

/// Whether `password` is the one `stored` was made from. A malformed `stored` never matches.
bool verify(const QString &stored, const QString &password);

/// Whether `stored` was made with other parameters than a new hash would use.
bool needsRehash(const QString &stored);

/// Why `password` cannot be someone's password (too short, only spaces); empty when it can.
/// Length is what makes a password strong (NCSC password guidance); no rules of character kinds.
QString problem(const QString &password);

/// The fewest characters a password may have.
inline constexpr int kMinimumLength = 10;

} // namespace bb::access::passwords
