// SPDX-License-Identifier: MIT
#include "interop/MsdsCodes.h"

namespace bb::interop::msds {

QString dateText(const QDate &day)
{
    return day.isValid() ? day.toString(Qt::ISODate) : QString();
}

QString timeText(const QTime &at)
{
    return at.isValid() ? at.toString(QStringLiteral("HH:mm:ss")) : QString();
}

QString plannedDeliverySetting(PlaceOfBirth place)
{
    switch (place) {
    case PlaceOfBirth::ObstetricUnit:
        return QStringLiteral("01");
    case PlaceOfBirth::AlongsideMidwiferyUnit:
        return QStringLiteral("02");
    case PlaceOfBirth::FreestandingMidwiferyUnit:
        return QStringLiteral("03");
    case PlaceOfBirth::Home:
        return QStringLiteral("04");
    case PlaceOfBirth::Undecided:
        return QStringLiteral("96");
    }
    return {};
}

QString actualBirthSetting(BirthSetting setting)
{
    switch (setting) {
    case BirthSetting::ObstetricUnit:
        return QStringLiteral("01");
    case BirthSetting::AlongsideMidwiferyUnit:
        return QStringLiteral("02");
    case BirthSetting::FreestandingMidwiferyUnit:
        return QStringLiteral("03");
    case BirthSetting::Home:
        return QStringLiteral("04");
    case BirthSetting::BeforeArrival: // at home, in transit or elsewhere: not recorded
        return {};
    }
    return {};
}

QString homeSite(bool atHome)
{
    return atHome ? QStringLiteral("ZZ201") : QString();
}

QString eddMethod(EddMethod method)
{
    switch (method) {
    case EddMethod::Crl:
        return QStringLiteral("03");
    case EddMethod::Lmp:
        return QStringLiteral("01");
    }
    return {};
}

QString labourOnsetMethod(LabourOnset onset)
{
    switch (onset) {
    case LabourOnset::Spontaneous:
        return QStringLiteral("1");
    case LabourOnset::CaesareanBeforeLabour:
        return QStringLiteral("2");
    case LabourOnset::Induced: // surgical (3), medical (4) or both (5): not recorded
        return {};
    }
    return {};
}

QString deliveryMethod(BirthMode mode)
{
    switch (mode) {
    case BirthMode::PlannedCaesarean:
        return QStringLiteral("7");
    case BirthMode::EmergencyCaesarean:
        return QStringLiteral("8");
    case BirthMode::SpontaneousVaginal: // vertex (0), other cephalic (1) or breech (5)
    case BirthMode::Instrumental:       // forceps (2, 3) or ventouse (4)
        return {};
    }
    return {};
}

QString phenotypicSex(BabySex sex)
{
    switch (sex) {
    case BabySex::Male:
        return QStringLiteral("1");
    case BabySex::Female:
        return QStringLiteral("2");
    case BabySex::Indeterminate:
        return QStringLiteral("9");
    }
    return {};
}

QString pregnancyOutcome(BabyOutcome outcome)
{
    switch (outcome) {
    case BabyOutcome::LiveBirth:
        return QStringLiteral("01");
    case BabyOutcome::Stillbirth:
        return QStringLiteral("04");
    }
    return {};
}

QString firstFeed(FirstFeed feed)
{
    switch (feed) {
    case FirstFeed::Breast:
        return QStringLiteral("01");
    case FirstFeed::Formula:
        return QStringLiteral("03");
    case FirstFeed::ExpressedBreastMilk: // hers (01) or a donor's (02): not recorded
    case FirstFeed::NotYet:
        return {};
    }
    return {};
}

QString attendance(AppointmentStatus status)
{
    switch (status) {
    case AppointmentStatus::Attended:
        return QStringLiteral("5");
    case AppointmentStatus::DidNotAttend:
        return QStringLiteral("3");
    case AppointmentStatus::Booked:
    case AppointmentStatus::Cancelled:
    case AppointmentStatus::Rescheduled:
        return {};
    }
    return {};
}

QString consultationType(AppointmentKind kind)
{
    return kind == AppointmentKind::Booking ? QStringLiteral("01") : QStringLiteral("02");
}

QString yesWhen(bool value)
{
    return value ? QStringLiteral("Y") : QString();
}

QString yesNo(bool value)
{
    return value ? QStringLiteral("Y") : QStringLiteral("N");
}

} // namespace bb::interop::msds
