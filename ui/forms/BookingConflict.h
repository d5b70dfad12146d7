// SPDX-License-Identifier: MIT
#pragma once

#include "domain/Booking.h"

#include <QDialog>

class QTableWidget;

namespace bb::ui {

/// Shown when a booking could not be saved because a colleague saved it after this form read
/// it (care::Bookings::save() refused it as a conflict): her booking as the colleague saved it
/// and as it is typed here, side by side, one row for each answer that differs. Nothing is
/// written over the colleague's save without the midwife choosing to.
class BookingConflict : public QDialog
{
    Q_OBJECT
public:
    enum class Choice
    {
        KeepEditing, ///< back to the form, what is typed kept; nothing saved
        TakeTheirs,  ///< the form shows the colleague's save; what was typed here is dropped
        SaveMine     ///< save what is typed here over the colleague's, having seen both
    };

    /// Lists the answers of `theirs` and `mine` that differ; with `onlyPaths` (paths of the
    /// booking format, as interop::BookingMerge names them), only those under them.
    BookingConflict(const Booking &theirs, const Booking &mine, const QStringList &onlyPaths = {},
                    QWidget *parent = nullptr);
    /// A path of the booking format in words: `woman.next_of_kin.phone` as "woman › next of kin
    /// › phone".
    static QString inWords(const QString &path);
    /// Several paths in words, one after another.
    static QString inWords(const QStringList &paths);

    Choice choice() const { return m_choice; }
    /// The answers that differ, as the table lists them: what, theirs, mine.
    QList<QStringList> differences() const { return m_differences; }

private:
    Choice m_choice = Choice::KeepEditing;
    QList<QStringList> m_differences;
    QTableWidget *m_table = nullptr;
};

} // namespace bb::ui
