// SPDX-License-Identifier: MIT
#pragma once

#include "domain/Referral.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QPlainTextEdit;

namespace bb::ui {

struct ClinicContext;
class DateField;
class FieldRows;

/// Moves one referral on: its new status, the day it happened (today unless typed) and why,
/// which a decline or "not needed" must say. Saved through care::Referrals when she presses
/// Save; what core refuses is shown beside its field and the dialog stays open with what was
/// typed.
class ReferralStatusDialog : public QDialog
{
    Q_OBJECT
public:
    ReferralStatusDialog(ClinicContext &context, const ReferralListing &listing, QWidget *parent);

    /// Asks, saves and returns the referral as saved; nothing when she cancels.
    static std::optional<Referral> ask(ClinicContext &context, const ReferralListing &listing,
                                       QWidget *parent);

    const std::optional<Referral> &saved() const { return m_saved; }

private:
    void save();

    ClinicContext &m_context;
    ReferralListing m_listing;
    QComboBox *m_status;
    DateField *m_date;
    QPlainTextEdit *m_note;
    FieldRows *m_rows;
    QLabel *m_message;
    std::optional<Referral> m_saved;
};

/// Shows a referral's changes, oldest first: each status, the day, who and why.
void showReferralHistory(ClinicContext &context, const ReferralListing &listing, QWidget *parent);

/// A referral as a list names it: the recommendation's title (`Stop smoking service`), or the
/// team's name for a referral no recommendation makes (a loss's, her circumstances').
QString referralText(const Referral &referral);

/// referralText() with the team's name when it says more: `Young parents' support (Teenage
/// pregnancy team)`.
QString referralWithTeam(const Referral &referral);

/// What a list or dialog says of whom it is for: `PATEL, Asha  943 476 5919`.
QString referralWoman(const ReferralListing &listing);

} // namespace bb::ui
