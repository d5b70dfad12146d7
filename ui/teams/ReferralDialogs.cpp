// SPDX-License-Identifier: MIT
#include "teams/ReferralDialogs.h"

#include "ClinicContext.h"
#include "clinical/NhsNumber.h"
#include "clinical/Recommendations.h"
#include "widgets/DateField.h"
#include "widgets/FieldRows.h"
#include "widgets/ReadOnlyTable.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace bb::ui {
namespace {

QString shortDate(const QDate &date)
{
    return date.isValid() ? date.toString(QStringLiteral("dd-MMM-yyyy")) : QString();
}

} // namespace

QString referralText(const Referral &referral)
{
    const QString title = clinical::recommendationTitle(referral.code);
    if (title != referral.code)
        return title;
    const QString team = codes::referralTeamLabel(referral.team);
    return team.isEmpty() ? referral.code : team;
}

QString referralWithTeam(const Referral &referral)
{
    const QString text = referralText(referral);
    const QString team = codes::referralTeamLabel(referral.team);
    return team.isEmpty() || team == text ? text : QStringLiteral("%1 (%2)").arg(text, team);
}

QString referralWoman(const ReferralListing &listing)
{
    return QStringLiteral("%1  %2").arg(listing.womanName,
                                        clinical::nhs::listed(listing.nhsNumber));
}

ReferralStatusDialog::ReferralStatusDialog(ClinicContext &context, const ReferralListing &listing,
                                           QWidget *parent)
    : QDialog(parent), m_context(context), m_listing(listing), m_status(new QComboBox),
      m_date(new DateField), m_note(new QPlainTextEdit), m_rows(new FieldRows),
      m_message(makeMessageLabel())
{
    setObjectName(QStringLiteral("referralStatusDialog"));
    setWindowTitle(tr("Move the referral on"));
    const Referral &r = listing.referral;
    auto *about = new QLabel(tr("%1\n%2: %3 since %4.")
                                 .arg(referralWoman(listing), referralWithTeam(r),
                                      codes::label(r.status).toLower(), shortDate(r.updatedOn)));
    about->setObjectName(QStringLiteral("referralStatusAbout"));
    about->setTextFormat(Qt::PlainText);
    about->setWordWrap(true);

    m_status->setObjectName(QStringLiteral("referralStatus"));
    for (const QString &code : codes::referralStatusCodes()) {
        const auto status = codes::referralStatusFromCode(code);
        m_status->addItem(codes::label(*status), code);
    }
    m_status->setCurrentIndex(
        std::max(0, m_status->findData(codes::toCode(usualNextStatus(r.status)))));
    m_date->setObjectName(QStringLiteral("referralStatusDate"));
    m_date->setDate(m_context.clock.today());
    m_note->setObjectName(QStringLiteral("referralStatusNote"));
    m_note->setTabChangesFocus(true);
    m_note->setFixedHeight(m_note->fontMetrics().lineSpacing() * 4);
    m_note->setPlaceholderText(tr("Needed when she declines or it is not needed"));

    m_rows->add(tr("&Status"), m_status, QStringLiteral("status"));
    m_rows->add(tr("&On"), m_date, QStringLiteral("date"),
                tr("The day it happened, dd/mm/yyyy: from the day it was made to today"));
    m_rows->add(tr("&Why"), m_note, QStringLiteral("note"),
                tr("Why she declined it, or why it is not needed"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Save)->setText(tr("Sa&ve"));
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("referralStatusSave"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ReferralStatusDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(about);
    layout->addLayout(m_rows);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    // Wide enough for her name, the referral and a date on a line each, unbroken.
    setMinimumWidth(fontMetrics().averageCharWidth() * 64);
    m_status->setFocus();
}

void ReferralStatusDialog::save()
{
    m_rows->clearMessages();
    setMessage(m_message, {});
    if (m_date->hasProblem()) {
        m_rows->showMessage(QStringLiteral("date"), tr("not a real date: type it as dd/mm/yyyy"));
        m_date->setFocus();
        return;
    }
    const auto status = codes::referralStatusFromCode(m_status->currentData().toString());
    const auto saved = m_context.clinic.referrals.setStatus(
        m_listing.referral.id, status.value_or(ReferralStatus::Suggested), m_note->toPlainText(),
        m_date->date(), m_context.actor);
    if (saved.invalid()) {
        const FieldErrors elsewhere = m_rows->show(saved.fieldErrors());
        QStringList lines;
        for (const FieldError &e : elsewhere)
            lines << QStringLiteral("%1: %2").arg(e.path, e.message);
        setMessage(m_message, lines.join(QLatin1Char('\n')));
        const QString first = saved.fieldErrors().value(0).path;
        if (QWidget *field = m_rows->fieldFor(first))
            field->setFocus();
        return;
    }
    if (!saved) {
        setMessage(m_message, tr("Not saved: %1").arg(saved.message()));
        return;
    }
    m_saved = saved.value();
    accept();
}

std::optional<Referral> ReferralStatusDialog::ask(ClinicContext &context,
                                                  const ReferralListing &listing, QWidget *parent)
{
    ReferralStatusDialog dialog(context, listing, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.saved();
}

void showReferralHistory(ClinicContext &context, const ReferralListing &listing, QWidget *parent)
{
    QDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("referralHistoryDialog"));
    dialog.setWindowTitle(QDialog::tr("History of the referral"));
    const Referral &r = listing.referral;
    auto *about = new QLabel(QDialog::tr("%1\n%2, made on %3 from %4.")
                                 .arg(referralWoman(listing), referralWithTeam(r),
                                      shortDate(r.createdOn), codes::label(r.source).toLower()));
    about->setTextFormat(Qt::PlainText);
    about->setWordWrap(true);
    QTableWidget *table =
        makeReadOnlyTable("referralHistory",
                          {QDialog::tr("Status"), QDialog::tr("On"), QDialog::tr("By"),
                           QDialog::tr("Recorded"), QDialog::tr("Why")},
                          RowSelection::Single);
    table->setAccessibleName(QDialog::tr("Changes of the referral, oldest first"));
    table->setWordWrap(true);
    QLabel *message = makeMessageLabel();
    const auto history = context.clinic.referrals.history(r.id);
    if (!history) {
        setMessage(message,
                   QDialog::tr("The history could not be read: %1").arg(history.message()));
    } else {
        table->setRowCount(int(history->size()));
        for (int row = 0; row < history->size(); ++row) {
            const ReferralChange &c = history->at(row);
            setRowCells(table, row,
                        {codes::label(c.status), shortDate(c.on), c.by,
                         c.at.toString(QStringLiteral("dd-MMM-yyyy HH:mm")), c.note});
        }
        table->resizeColumnsToContents();
        table->resizeRowsToContents();
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(about);
    layout->addWidget(table, 1);
    layout->addWidget(message);
    layout->addWidget(buttons);
    dialog.resize(720, 360);
    table->setFocus();
    dialog.exec();
}

} // namespace bb::ui
