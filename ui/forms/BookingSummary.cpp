// SPDX-License-Identifier: MIT
#include "forms/BookingSummary.h"

#include "clinical/BookingValidation.h"
#include "clinical/Dating.h"

#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace bb::ui {
namespace {
/// A figure worked out; `sentence` for one that says how, which wraps in the narrow panel.
QLabel *value(const char *objectName, bool sentence = false)
{
    auto *label = new QLabel(QStringLiteral("-"));
    label->setObjectName(QLatin1String(objectName));
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(sentence);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}
} // namespace

BookingSummary::BookingSummary(QWidget *parent)
    : QFrame(parent), m_edd(value("summaryEdd", true)),
      m_gestationAtBooking(value("summaryGestationAtBooking")),
      m_gestationToday(value("summaryGestationToday")), m_bmi(value("summaryBmi")),
      m_age(value("summaryAge")), m_warnings(new QLabel)
{
    setFrameShape(QFrame::StyledPanel);
    setBackgroundRole(QPalette::AlternateBase);
    setAutoFillBackground(true);
    auto *title = new QLabel(tr("Worked out from what is typed"));
    title->setWordWrap(true); // the panel is narrow, and a translation may be longer
    QFont font = title->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.1);
    title->setFont(font);
    auto *form = new QFormLayout;
    // Each figure under its label: the panel is narrow, and a translation's labels or a large
    // desktop font would leave no room beside them.
    form->setRowWrapPolicy(QFormLayout::WrapAllRows);
    form->addRow(tr("Due date (EDD)"), m_edd);
    form->addRow(tr("Gestation at booking"), m_gestationAtBooking);
    form->addRow(tr("Gestation today"), m_gestationToday);
    form->addRow(tr("BMI"), m_bmi);
    form->addRow(tr("Age at booking"), m_age);
    m_warnings->setObjectName(QStringLiteral("summaryWarnings"));
    m_warnings->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(form);
    layout->addWidget(m_warnings);
    layout->addStretch();
}

void BookingSummary::showBooking(const Booking &booking, const QDate &today)
{
    using namespace clinical;
    const Pregnancy &p = booking.pregnancy;
    const auto dating = estimateDueDate(p);
    if (dating) {
        m_edd->setText(tr("%1\nfrom the %2")
                           .arg(dating->edd.toString(QStringLiteral("ddd d MMM yyyy")),
                                label(dating->method)));
        m_gestationAtBooking->setText(p.bookingDate.isValid()
                                          ? gestationOn(dating->edd, p.bookingDate).toString()
                                          : QStringLiteral("-"));
        const Gestation now = gestationOn(dating->edd, today);
        m_gestationToday->setText(now.days >= 0 && now.days <= 44 * 7 ? now.toString()
                                                                      : QStringLiteral("-"));
    } else {
        m_edd->setText(tr("needs an LMP or a dating scan"));
        m_gestationAtBooking->setText(QStringLiteral("-"));
        m_gestationToday->setText(QStringLiteral("-"));
    }
    const auto bmi = bodyMassIndex(booking.assessment.measurements.heightCm,
                                   booking.assessment.measurements.weightKg);
    m_bmi->setText(bmi ? QString::number(*bmi, 'f', 1) : QStringLiteral("-"));
    const QDate &dob = booking.woman.dateOfBirth;
    m_age->setText(dob.isValid() && p.bookingDate.isValid() && dob <= p.bookingDate
                       ? QString::number(ageInYears(dob, p.bookingDate))
                       : QStringLiteral("-"));
    const QStringList warnings = bookingWarnings(booking);
    m_warnings->setText(warnings.isEmpty() ? QString()
                                           : QStringLiteral("\u26A0 ") +
                                                 warnings.join(QStringLiteral("\n\u26A0 ")));
}

} // namespace bb::ui
