// SPDX-License-Identifier: MIT
#include "teams/StaffDialogs.h"

#include "ClinicContext.h"
#include "widgets/FieldRows.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QLineEdit>
#include <QLocale>
#include <QSpinBox>
#include <QVBoxLayout>

namespace bb::ui {
namespace {

QDialogButtonBox *okCancel(QDialog *dialog)
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return buttons;
}

} // namespace

std::optional<StaffEdit> askStaff(ClinicContext &context, const StaffEdit &start, QWidget *parent)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(start.staff.id ? QObject::tr("Edit a staff member")
                                         : QObject::tr("Add a staff member"));
    auto *name = new QLineEdit(start.staff.name);
    auto *role = new QComboBox;
    for (const QString &code : codes::staffRoleCodes())
        role->addItem(codes::label(*codes::staffRoleFromCode(code)), code);
    role->setCurrentIndex(std::max(0, role->findData(codes::toCode(start.staff.role))));
    auto *fte = new QDoubleSpinBox;
    fte->setRange(0.1, 1.0);
    fte->setSingleStep(0.1);
    fte->setDecimals(2);
    fte->setValue(start.staff.fte);
    auto *team = new QComboBox;
    team->addItem(QObject::tr("No team"), 0);
    for (const Team &t : context.clinic.staffing.teams())
        team->addItem(t.name, t.id);
    team->setCurrentIndex(std::max(0, team->findData(start.teamId)));
    auto *skills = new QWidget;
    auto *skillGrid = new QGridLayout(skills);
    skillGrid->setContentsMargins(0, 0, 0, 0);
    QList<QCheckBox *> skillBoxes;
    for (const QString &code : codes::skillCodes()) {
        auto *box = new QCheckBox(codes::skillLabel(code));
        box->setChecked(start.staff.skills.contains(code));
        box->setProperty("code", code);
        skillGrid->addWidget(box, int(skillBoxes.size()) / 2, int(skillBoxes.size()) % 2);
        skillBoxes << box;
    }
    auto *days = new QWidget;
    auto *dayRow = new QHBoxLayout(days);
    dayRow->setContentsMargins(0, 0, 0, 0);
    QList<QCheckBox *> dayBoxes;
    for (int day = 1; day <= 7; ++day) {
        auto *box = new QCheckBox(QLocale().dayName(day, QLocale::ShortFormat));
        box->setChecked(start.staff.workingDays.contains(day));
        dayRow->addWidget(box);
        dayBoxes << box;
    }
    auto *rows = new FieldRows;
    rows->add(QObject::tr("&Name"), name);
    rows->add(QObject::tr("&Role"), role);
    rows->add(QObject::tr("&FTE"), fte, QString(),
              QObject::tr("Whole-time equivalent: 1.0 is 37.5 hours a week"));
    rows->add(QObject::tr("&Team"), team);
    rows->add(QObject::tr("Skills"), skills);
    rows->add(QObject::tr("Working days"), days);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addLayout(rows);
    layout->addWidget(okCancel(&dialog));
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    StaffEdit edit = start;
    edit.staff.name = name->text().simplified();
    edit.staff.role = *codes::staffRoleFromCode(role->currentData().toString());
    edit.staff.fte = fte->value();
    edit.staff.skills.clear();
    for (QCheckBox *box : std::as_const(skillBoxes)) {
        if (box->isChecked())
            edit.staff.skills << box->property("code").toString();
    }
    edit.staff.skills.sort();
    edit.staff.workingDays.clear();
    for (int day = 1; day <= 7; ++day) {
        if (dayBoxes[day - 1]->isChecked())
            edit.staff.workingDays << day;
    }
    edit.teamId = team->currentData().toLongLong();
    return edit;
}

std::optional<Team> askTeam(const Team &start, QWidget *parent)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(start.id ? QObject::tr("Edit a team") : QObject::tr("Add a team"));
    auto *name = new QLineEdit(start.name);
    auto *kind = new QComboBox;
    for (const QString &code : codes::teamKindCodes())
        kind->addItem(codes::label(*codes::teamKindFromCode(code)), code);
    kind->setCurrentIndex(std::max(0, kind->findData(codes::toCode(start.kind))));
    auto *base = new QLineEdit(start.base);
    auto *areas = new QLineEdit(start.postcodeAreas.join(QStringLiteral(", ")));
    auto *target = new QSpinBox;
    target->setRange(1, 100);
    target->setValue(start.caseloadPerFullTimeMidwife);
    auto *phone = new QLineEdit(start.phone);
    auto *rows = new FieldRows;
    rows->add(QObject::tr("&Name"), name);
    rows->add(QObject::tr("&Kind"), kind);
    rows->add(QObject::tr("&Base"), base);
    rows->add(QObject::tr("&Postcode areas"), areas, QString(),
              QObject::tr("Outward codes, e.g. LE1, LE2, LE15 6"));
    rows->add(QObject::tr("&Caseload a year per full-time midwife"), target);
    rows->add(QObject::tr("&Telephone for women"), phone, QString(),
              QObject::tr("Printed on her plan, e.g. 0116 496 0300"));
    auto *layout = new QVBoxLayout(&dialog);
    layout->addLayout(rows);
    layout->addWidget(okCancel(&dialog));
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    Team team = start;
    team.name = name->text().simplified();
    team.kind = *codes::teamKindFromCode(kind->currentData().toString());
    team.base = base->text().simplified();
    team.postcodeAreas.clear();
    for (const QString &area : areas->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        team.postcodeAreas << area.simplified().toUpper();
    team.caseloadPerFullTimeMidwife = target->value();
    team.phone = phone->text().simplified();
    return team;
}

} // namespace bb::ui
