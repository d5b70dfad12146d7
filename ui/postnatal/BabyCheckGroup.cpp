// SPDX-License-Identifier: MIT
#include "postnatal/BabyCheckGroup.h"

#include "clinical/PostnatalRules.h"
#include "widgets/FieldRows.h"
#include "widgets/NumberFields.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>

#include <cmath>

namespace bb::ui {
namespace {

QString dayText(const QDate &date)
{
    return date.toString(QStringLiteral("ddd d MMM yyyy"));
}

QString babyWord(BabySex sex)
{
    switch (sex) {
    case BabySex::Female:
        return BabyCheckGroup::tr("girl");
    case BabySex::Male:
        return BabyCheckGroup::tr("boy");
    case BabySex::Indeterminate:
        break;
    }
    return BabyCheckGroup::tr("sex not yet determined");
}

void select(QComboBox *box, const QString &code)
{
    box->setCurrentIndex(std::max(0, box->findData(code)));
}

} // namespace

QString gramsText(int grams)
{
    return QLocale(QLocale::English, QLocale::UnitedKingdom).toString(grams) + QStringLiteral(" g");
}

BabyCheckGroup::BabyCheckGroup(int index, QWidget *parent) : QGroupBox(parent), m_index(index)
{
    const QString n = QString::number(index + 1);
    const QString path = QStringLiteral("babies[%1].").arg(index);
    const auto caption = [index](QString text) {
        return index == 0 ? text : text.remove(QLatin1Char('&'));
    };
    const auto name = [&n](const char *what) {
        return QStringLiteral("postnatalBaby%1%2").arg(n, QLatin1String(what));
    };
    setTitle(tr("Baby %1").arg(n));
    m_rows = new FieldRows(this);

    m_bloodSpotDue = new QLabel;
    m_bloodSpotDue->setObjectName(name("BloodSpotDue"));
    m_bloodSpotDue->setWordWrap(true);
    m_rows->addRow(m_bloodSpotDue);

    m_weight = new QLineEdit;
    m_weight->setObjectName(name("Weight"));
    m_weight->setPlaceholderText(tr("grams"));
    m_weight->setMaximumWidth(90);
    m_change = new QLabel;
    m_change->setObjectName(name("WeightChange"));
    auto *weightRow = new QWidget;
    auto *weightLayout = new QHBoxLayout(weightRow);
    weightLayout->setContentsMargins(0, 0, 0, 0);
    weightLayout->addWidget(m_weight);
    weightLayout->addWidget(m_change, 1);
    m_rows->add(caption(tr("Weig&ht (g)")), weightRow, path + QStringLiteral("weight_g"),
                tr("Today's weight; its change from the birth weight shows as you type"));
    // The label's buddy is the weight itself, not the row holding it and its change.
    if (auto *label = qobject_cast<QLabel *>(m_rows->labelForField(weightRow)))
        label->setBuddy(m_weight);
    m_weight->setAccessibleName(tr("Baby %1 weight (g)").arg(n));

    m_jaundice = new QComboBox;
    m_jaundice->setObjectName(name("Jaundice"));
    for (const QString &code : codes::jaundiceCodes())
        m_jaundice->addItem(codes::label(*codes::jaundiceFromCode(code)), code);
    m_rows->add(caption(tr("&Jaundice")), m_jaundice);
    m_feeding = new QComboBox;
    m_feeding->setObjectName(name("Feeding"));
    for (const QString &code : codes::feedingCodes())
        m_feeding->addItem(codes::label(*codes::feedingFromCode(code)), code);
    m_rows->add(caption(tr("Feed&ing")), m_feeding);
    m_bloodSpot = new QCheckBox(caption(tr("Blood spot test ta&ken today")));
    m_bloodSpot->setObjectName(name("BloodSpot"));
    m_rows->add(QString(), m_bloodSpot);
    m_hearing = new QCheckBox(caption(tr("He&aring screened")));
    m_hearing->setObjectName(name("Hearing"));
    m_rows->add(QString(), m_hearing);
    m_examined = new QCheckBox(caption(tr("Newborn physical e&xamination done")));
    m_examined->setObjectName(name("Examined"));
    m_rows->add(QString(), m_examined);
    // Which baby a checkbox is about, for a screen reader that reads it alone.
    for (QCheckBox *box : {m_bloodSpot, m_hearing, m_examined})
        box->setAccessibleName(tr("Baby %1: %2").arg(n, box->text().remove(QLatin1Char('&'))));
    for (QComboBox *box : {m_jaundice, m_feeding})
        box->setAccessibleName(tr("Baby %1 %2").arg(n, box->accessibleName().toLower()));

    connect(m_weight, &QLineEdit::textChanged, this, &BabyCheckGroup::showChange);
}

void BabyCheckGroup::setBaby(const Baby &baby, const std::optional<clinical::BloodSpotDue> &due,
                             const QDate &spotTakenOn)
{
    m_baby = baby;
    setTitle(tr("Baby %1 (%2, %3 at birth)")
                 .arg(baby.order)
                 .arg(babyWord(baby.sex), gramsText(baby.weightGrams)));
    QString spot;
    if (due) {
        spot = tr("Blood spot test due day 5 to day 8: %1 to %2")
                   .arg(dayText(due->first.from), dayText(due->first.to));
        if (due->repeat)
            spot += tr("; again on %1 (born before 32 weeks)").arg(dayText(*due->repeat));
        spot += QLatin1Char('.');
    }
    if (spotTakenOn.isValid())
        spot += (spot.isEmpty() ? QString() : QStringLiteral(" ")) +
                tr("Taken on %1.").arg(dayText(spotTakenOn));
    m_bloodSpotDue->setText(spot);
    m_bloodSpotDue->setVisible(!spot.isEmpty());
    showChange();
}

void BabyCheckGroup::clear()
{
    m_weight->clear();
    select(m_jaundice, codes::toCode(Jaundice::NotAssessed));
    select(m_feeding, codes::toCode(Feeding::NotDiscussed));
    for (QCheckBox *box : {m_bloodSpot, m_hearing, m_examined})
        box->setChecked(false);
    m_rows->clearMessages();
}

bool BabyCheckGroup::hasEntries() const
{
    return !m_weight->text().trimmed().isEmpty() ||
           m_jaundice->currentData().toString() != codes::toCode(Jaundice::NotAssessed) ||
           m_feeding->currentData().toString() != codes::toCode(Feeding::NotDiscussed) ||
           m_bloodSpot->isChecked() || m_hearing->isChecked() || m_examined->isChecked();
}

BabyCheck BabyCheckGroup::typed(const QString &pathPrefix, FieldErrors &problems) const
{
    BabyCheck check;
    check.babyId = m_baby.id;
    check.weightGrams =
        readWholeNumber(m_weight, pathPrefix + QStringLiteral("weight_g"), problems);
    // A draft from an older version may leave a list with nothing chosen: read as not asked.
    check.jaundice = codes::jaundiceFromCode(m_jaundice->currentData().toString())
                         .value_or(Jaundice::NotAssessed);
    check.feeding =
        codes::feedingFromCode(m_feeding->currentData().toString()).value_or(Feeding::NotDiscussed);
    check.bloodSpotTaken = m_bloodSpot->isChecked();
    check.hearingScreened = m_hearing->isChecked();
    check.physicalExamination = m_examined->isChecked();
    return check;
}

void BabyCheckGroup::showChange()
{
    bool ok = false;
    const int grams = m_weight->text().trimmed().toInt(&ok);
    // Nothing for text that is not a weight: saving says what is wrong with it.
    if (!ok || m_baby.weightGrams <= 0 || grams < clinical::kMinBabyWeightGrams ||
        grams > clinical::kMaxBabyWeightGrams) {
        m_change->clear();
        return;
    }
    const double change = clinical::weightChangePercent(m_baby.weightGrams, grams);
    const QString percent = QString::number(std::fabs(change), 'f', 1);
    const QString birth = gramsText(m_baby.weightGrams);
    if (change < 0)
        m_change->setText(tr("%1% below the birth weight (%2)").arg(percent, birth));
    else if (change > 0)
        m_change->setText(tr("%1% above the birth weight (%2)").arg(percent, birth));
    else
        m_change->setText(tr("the birth weight (%1)").arg(birth));
}

} // namespace bb::ui
