// SPDX-License-Identifier: MIT
#include "documents/PrintSettings.h"

#include <QCoreApplication>
#include <QHash>

#include <array>

namespace bb::documents {
namespace {

struct ReferralService
{
    const char *recommendation;
    const char *kind;
};

// Which local service carries out each referral recommendation of the care plan.
constexpr std::array<ReferralService, 9> kReferralServices{{
    {"referral_stop_smoking", "stop_smoking"},
    {"referral_weight_management", "weight_management"},
    {"referral_perinatal_mental_health", "perinatal_mental_health"},
    {"referral_multiple_pregnancy_team", "multiple_pregnancy"},
    {"referral_diabetes_team", "diabetes_team"},
    {"referral_hypertension_specialist", "hypertension_specialist"},
    {"referral_teenage_pregnancy_team", "teenage_pregnancy"},
    {"referral_asylum_refugee_team", "asylum_refugee"},
    {"referral_safeguarding", "safeguarding"},
}};

ServiceContact contact(const char *name, const char *kind, const char *address, const char *phone)
{
    return {QString::fromUtf8(name), QString::fromLatin1(kind), QString::fromUtf8(address),
            QString::fromLatin1(phone)};
}

} // namespace

QStringList serviceKinds()
{
    QStringList kinds;
    for (const ReferralService &r : kReferralServices)
        kinds << QString::fromLatin1(r.kind);
    kinds << QStringLiteral("home_birth_team") << QStringLiteral("birth_centre")
          << QStringLiteral("midwifery_unit_freestanding")
          << QStringLiteral("midwifery_unit_alongside")
          << QStringLiteral("obstetric_unit")
          // Where a baby is cared for away from her mother (BabyCare.h).
          << QStringLiteral("neonatal_unit") << QStringLiteral("transitional_care");
    return kinds;
}

QString serviceKindLabel(const QString &kind)
{
    static const QHash<QString, const char *> labels{
        {QStringLiteral("stop_smoking"), QT_TRANSLATE_NOOP("ServiceKinds", "Stop smoking")},
        {QStringLiteral("weight_management"),
         QT_TRANSLATE_NOOP("ServiceKinds", "Weight management")},
        {QStringLiteral("perinatal_mental_health"),
         QT_TRANSLATE_NOOP("ServiceKinds", "Perinatal mental health")},
        {QStringLiteral("multiple_pregnancy"),
         QT_TRANSLATE_NOOP("ServiceKinds", "Twins and triplets")},
        {QStringLiteral("diabetes_team"), QT_TRANSLATE_NOOP("ServiceKinds", "Diabetes team")},
        {QStringLiteral("hypertension_specialist"),
         QT_TRANSLATE_NOOP("ServiceKinds", "Blood pressure specialist")},
        {QStringLiteral("teenage_pregnancy"),
         QT_TRANSLATE_NOOP("ServiceKinds", "Teenage pregnancy")},
        {QStringLiteral("asylum_refugee"),
         QT_TRANSLATE_NOOP("ServiceKinds", "Asylum seekers and refugees")},
        {QStringLiteral("safeguarding"), QT_TRANSLATE_NOOP("ServiceKinds", "Safeguarding")},
        {QStringLiteral("home_birth_team"), QT_TRANSLATE_NOOP("ServiceKinds", "Home birth team")},
        {QStringLiteral("birth_centre"), QT_TRANSLATE_NOOP("ServiceKinds", "Birth centre")},
        {QStringLiteral("midwifery_unit_freestanding"),
         QT_TRANSLATE_NOOP("ServiceKinds", "Freestanding midwifery unit")},
        {QStringLiteral("midwifery_unit_alongside"),
         QT_TRANSLATE_NOOP("ServiceKinds", "Alongside midwifery unit")},
        {QStringLiteral("obstetric_unit"), QT_TRANSLATE_NOOP("ServiceKinds", "Obstetric unit")},
        {QStringLiteral("neonatal_unit"), QT_TRANSLATE_NOOP("ServiceKinds", "Neonatal unit")},
        {QStringLiteral("transitional_care"),
         QT_TRANSLATE_NOOP("ServiceKinds", "Transitional care")},
    };
    // Looked up when shown, so that it is said in the language installed by then.
    const char *label = labels.value(kind, nullptr);
    return label != nullptr ? QCoreApplication::translate("ServiceKinds", label) : kind;
}

QString serviceKindForRecommendation(const QString &recommendationCode)
{
    for (const ReferralService &r : kReferralServices) {
        if (recommendationCode == QLatin1String(r.recommendation))
            return QString::fromLatin1(r.kind);
    }
    return {};
}

PrintSettings demoPrintSettings()
{
    PrintSettings s;
    s.trustName = QStringLiteral("University Hospitals of Leicester NHS Trust");
    s.assessmentLinePhone = QStringLiteral("0116 496 0100");
    // clang-format off
    s.services = {
        contact("Leicester Royal Infirmary maternity unit (labour ward)", "obstetric_unit",
                "Infirmary Square, Leicester LE1 5WW", "0116 496 0110"),
        contact("Leicester General Hospital maternity unit", "obstetric_unit",
                "Gwendolen Road, Leicester LE5 4PW", "0116 496 0130"),
        contact("Leicester Royal Infirmary midwifery-led unit", "midwifery_unit_alongside",
                "Infirmary Square, Leicester LE1 5WW (next to the labour ward)", "0116 496 0120"),
        contact("St Mary's Birth Centre, Melton Mowbray", "midwifery_unit_freestanding",
                "Thorpe Road, Melton Mowbray LE13 1SJ", "0116 496 0140"),
        contact("Home Birth Team", "home_birth_team",
                "Community midwives who come to your home, across Leicester, Leicestershire and Rutland",
                "0116 496 0150"),
        contact("Leicestershire and Rutland stop smoking service", "stop_smoking",
                "Free support by phone, online or face to face", "0116 496 0160"),
        contact("Healthy weight in pregnancy service", "weight_management",
                "Groups and one-to-one support in local health centres", "0116 496 0170"),
        contact("Perinatal mental health team", "perinatal_mental_health",
                "Sees you at home, in clinic or by video", "0116 496 0180"),
        contact("Twins and triplets clinic", "multiple_pregnancy",
                "Leicester Royal Infirmary, Infirmary Square, Leicester LE1 5WW", "0116 496 0240"),
        contact("Diabetes and pregnancy clinic", "diabetes_team",
                "Leicester Royal Infirmary, Infirmary Square, Leicester LE1 5WW", "0116 496 0190"),
        contact("Blood pressure in pregnancy clinic", "hypertension_specialist",
                "Leicester Royal Infirmary, Infirmary Square, Leicester LE1 5WW", "0116 496 0200"),
        contact("Teenage pregnancy midwives", "teenage_pregnancy",
                "Sees you at home, at college or in clinic", "0116 496 0210"),
        contact("Maternity support for asylum seekers and refugees", "asylum_refugee",
                "Help with appointments, travel, housing and money", "0116 496 0220"),
        contact("Maternity safeguarding team", "safeguarding",
                "Leicester Royal Infirmary, Infirmary Square, Leicester LE1 5WW", "0116 496 0230"),
        contact("Leicester Neonatal Service, Leicester Royal Infirmary", "neonatal_unit",
                "Infirmary Square, Leicester LE1 5WW", "0116 496 0250"),
        contact("Leicester Neonatal Service, Leicester General Hospital", "neonatal_unit",
                "Gwendolen Road, Leicester LE5 4PW", "0116 496 0260"),
        contact("Transitional care, Leicester Royal Infirmary", "transitional_care",
                "Infirmary Square, Leicester LE1 5WW (on the postnatal ward, with her mother)",
                "0116 496 0270"),
    };
    // clang-format on
    return s;
}

} // namespace bb::documents
