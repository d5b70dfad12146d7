// SPDX-License-Identifier: MIT
#include "record/RecordStages.h"

#include "birth/BirthPage.h"
#include "careplan/CarePlanPage.h"
#include "contacts/ContactPage.h"
#include "discharge/DischargePage.h"
#include "forms/BookingForm.h"
#include "forms/RegistrationForm.h"
#include "postnatal/PostnatalPage.h"
#include "record/TimelinePage.h"
#include "results/ResultsPage.h"

#include <QCoreApplication>

namespace bb::ui {
namespace {

template <typename Page> StageForm *make(ClinicContext &context)
{
    return new Page(context);
}

} // namespace

QList<RecordStage> recordStages()
{
    return {
        {QT_TRANSLATE_NOOP("bb::ui::WomanRecordView", "Registration"), StageScope::Woman,
         StageNeeds::Nothing, &make<RegistrationForm>},
        // A new pregnancy is booked on this page, so it needs her registered, no more.
        {QT_TRANSLATE_NOOP("bb::ui::WomanRecordView", "Booking"), StageScope::Pregnancy,
         StageNeeds::RegisteredWoman, &make<BookingForm>},
        {QT_TRANSLATE_NOOP("bb::ui::WomanRecordView", "Care plan"), StageScope::Pregnancy,
         StageNeeds::SavedPregnancy, &make<CarePlanPage>},
        {QT_TRANSLATE_NOOP("bb::ui::WomanRecordView", "Antenatal"), StageScope::Pregnancy,
         StageNeeds::SavedPregnancy, &make<ContactPage>},
        {QT_TRANSLATE_NOOP("bb::ui::WomanRecordView", "Results"), StageScope::Pregnancy,
         StageNeeds::SavedPregnancy, &make<ResultsPage>},
        {QT_TRANSLATE_NOOP("bb::ui::WomanRecordView", "Timeline"), StageScope::Pregnancy,
         StageNeeds::SavedPregnancy, &make<TimelinePage>},
        {QT_TRANSLATE_NOOP("bb::ui::WomanRecordView", "Birth"), StageScope::Pregnancy,
         StageNeeds::SavedPregnancy, &make<BirthPage>},
        {QT_TRANSLATE_NOOP("bb::ui::WomanRecordView", "Postnatal"), StageScope::Pregnancy,
         StageNeeds::SavedPregnancy, &make<PostnatalPage>},
        {QT_TRANSLATE_NOOP("bb::ui::WomanRecordView", "Discharge"), StageScope::Pregnancy,
         StageNeeds::SavedPregnancy, &make<DischargePage>},
    };
}

} // namespace bb::ui
