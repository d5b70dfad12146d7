// SPDX-License-Identifier: MIT
#include "careplan/CarePlanSections.h"

#include "clinical/AntenatalSchedule.h"
#include "clinical/BirthPlace.h"
#include "domain/Codes.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace bb::ui {
namespace {

QString day(const QDate &date)
{
    return date.toString(QStringLiteral("ddd dd-MMM-yyyy"));
}

QLabel *wrapped(const QString &text)
{
    auto *label = new QLabel(text);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QString scanTitle(const QString &code)
{
    return code == QLatin1String("dating_scan") ? QObject::tr("Dating and combined screening scan")
                                                : QObject::tr("Anomaly scan (20-week scan)");
}

} // namespace

QWidget *makeAppointmentsTable(const CarePlan &plan)
{
    auto *table = new QTableWidget(int(plan.contacts.size()), 3);
    table->setObjectName(QStringLiteral("appointmentsTable"));
    table->setAccessibleName(QObject::tr("Her appointments"));
    table->setHorizontalHeaderLabels(
        {QObject::tr("Week"), QObject::tr("Date"), QObject::tr("What happens")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setWordWrap(true);
    table->setTabKeyNavigation(false);
    for (int row = 0; row < plan.contacts.size(); ++row) {
        const PlannedContact &c = plan.contacts[row];
        table->setItem(row, 0, new QTableWidgetItem(QString::number(c.week)));
        table->setItem(row, 1, new QTableWidgetItem(day(c.date)));
        table->setItem(row, 2, new QTableWidgetItem(clinical::contactPurposeShown(c.purpose)));
    }
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    table->resizeRowsToContents();
    // As tall as its rows: the page scrolls, the table does not.
    table->setFixedHeight(table->horizontalHeader()->sizeHint().height() + 2 * table->frameWidth() +
                          table->verticalHeader()->length());
    table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    return table;
}

QWidget *makeScansList(const CarePlan &plan)
{
    QStringList lines;
    for (const ScanWindow &scan : plan.scans)
        lines << QObject::tr("%1: between %2 and %3")
                     .arg(scanTitle(scan.code), day(scan.from), day(scan.to));
    if (lines.isEmpty())
        lines << QObject::tr("No screening scans left to plan at this gestation.");
    auto *label = wrapped(lines.join(QLatin1Char('\n')));
    label->setObjectName(QStringLiteral("scansList"));
    return label;
}

QWidget *makeBirthPlacesRow(const CarePlan &plan)
{
    auto *row = new QWidget;
    row->setObjectName(QStringLiteral("birthPlaces"));
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    for (const BirthPlaceAdvice &place : plan.birthPlaces) {
        auto *card = new QFrame;
        card->setFrameShape(QFrame::StyledPanel);
        card->setObjectName(QStringLiteral("birthPlace:") + codes::toCode(place.setting));
        auto *cardLayout = new QVBoxLayout(card);
        auto *name = new QLabel(codes::label(place.setting));
        QFont bold = name->font();
        bold.setBold(true);
        name->setFont(bold);
        auto *advice = new QLabel(clinicalLabel(place.advice));
        advice->setObjectName(QStringLiteral("advice"));
        QFont emphasis = advice->font();
        emphasis.setItalic(place.advice != BirthPlaceAdviceKind::Suitable);
        emphasis.setBold(place.advice == BirthPlaceAdviceKind::ObstetricUnitRecommended);
        advice->setFont(emphasis);
        cardLayout->addWidget(name);
        cardLayout->addWidget(advice);
        cardLayout->addWidget(wrapped(clinical::birthSettingDescription(place.setting)));
        if (!place.reasons.isEmpty())
            cardLayout->addWidget(wrapped(QStringLiteral("\u2022 ") +
                                          place.reasons.join(QStringLiteral("\n\u2022 "))));
        cardLayout->addStretch();
        layout->addWidget(card, 1);
    }
    return row;
}

QWidget *makePlanFacts(const CarePlan &plan)
{
    QStringList facts{
        QObject::tr("EDD %1 (%2)")
            .arg(plan.edd.toString(QStringLiteral("dd-MMM-yyyy")), clinical::label(plan.eddMethod)),
        QObject::tr("booked at %1").arg(plan.gestationAtBooking.toString()),
        clinicalLabel(plan.pathway),
        QObject::tr("BMI %1").arg(plan.bmi ? QString::number(*plan.bmi, 'f', 1)
                                           : QObject::tr("not measured")),
        QObject::tr("VTE score %1").arg(plan.vteScore),
    };
    QString text = facts.join(QStringLiteral("   \u00b7   "));
    // What the plan could not take into account: answers not asked, a late booking.
    for (const QString &warning : plan.warnings)
        text += QStringLiteral("\n\u26A0 ") + warning;
    auto *label = wrapped(text);
    label->setObjectName(QStringLiteral("planFacts"));
    return label;
}

} // namespace bb::ui
