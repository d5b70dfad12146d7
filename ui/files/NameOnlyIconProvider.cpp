// SPDX-License-Identifier: MIT
#include "files/NameOnlyIconProvider.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QIcon>
#include <QMimeDatabase>

namespace bb::ui {
namespace {

/// MatchExtension reads the file name's globs only; the default match reads the file's content.
QMimeType mimeTypeByName(const QFileInfo &info)
{
    return QMimeDatabase().mimeTypeForFile(info.fileName(), QMimeDatabase::MatchExtension);
}

} // namespace

QIcon NameOnlyIconProvider::icon(const QFileInfo &info) const
{
    if (info.isDir())
        return icon(Folder);
    const QMimeType mime = mimeTypeByName(info);
    return QIcon::fromTheme(mime.iconName(), QIcon::fromTheme(mime.genericIconName(), icon(File)));
}

QString NameOnlyIconProvider::type(const QFileInfo &info) const
{
    if (info.isDir())
        return QCoreApplication::translate("NameOnlyIconProvider", "Folder");
    const QMimeType mime = mimeTypeByName(info);
    if (!mime.isDefault() && !mime.comment().isEmpty())
        return mime.comment();
    return info.suffix().isEmpty()
               ? QCoreApplication::translate("NameOnlyIconProvider", "File")
               : QCoreApplication::translate("NameOnlyIconProvider", "%1 File").arg(info.suffix());
}

QAbstractFileIconProvider *nameOnlyIconProvider()
{
    static NameOnlyIconProvider provider;
    return &provider;
}

} // namespace bb::ui
