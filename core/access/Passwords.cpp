// SPDX-License-Identifier: MIT
#include "access/Passwords.h"

#include <sodium.h>

namespace bb::access::passwords {
namespace {

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

// libsodium's "interactive" limits: about a tenth of a second and 64 MiB on a clinic laptop,
// once per login. Raised here (never lowered) when laptops grow; needsRehash() follows.
constexpr unsigned long long kOpsLimit = crypto_pwhash_OPSLIMIT_INTERACTIVE;
constexpr size_t kMemLimit = crypto_pwhash_MEMLIMIT_INTERACTIVE;

} // namespace

std::optional<QString> hash(const QString &password, Cost cost)
{
    if (!sodiumReady())
        return std::nullopt;
    const QByteArray utf8 = password.toUtf8();
    const bool minimum = cost == Cost::Minimum;
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, utf8.constData(), static_cast<unsigned long long>(utf8.size()),
                          minimum ? crypto_pwhash_OPSLIMIT_MIN : kOpsLimit,
                          minimum ? crypto_pwhash_MEMLIMIT_MIN : kMemLimit) != 0)
        return std::nullopt;
    return QString::fromLatin1(out);
}

bool verify(const QString &stored, const QString &password)
{
    if (!sodiumReady() || stored.isEmpty() || stored.size() >= crypto_pwhash_STRBYTES)
        return false;
    const QByteArray hashText = stored.toLatin1();
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(hashText.constData(), utf8.constData(),
                                    static_cast<unsigned long long>(utf8.size())) == 0;
}

bool needsRehash(const QString &stored)
{
    if (!sodiumReady() || stored.size() >= crypto_pwhash_STRBYTES)
        return true;
    const QByteArray hashText = stored.toLatin1();
    return crypto_pwhash_str_needs_rehash(hashText.constData(), kOpsLimit, kMemLimit) != 0;
}

QString problem(const QString &password)
{
    if (password.trimmed().isEmpty())
        return QStringLiteral("a password is needed");
    if (password.size() < kMinimumLength)
        return QStringLiteral("at least %1 characters are needed (a few words together are "
                              "easy to remember and hard to guess)")
            .arg(kMinimumLength);
    return {};
}

} // namespace bb::access::passwords
