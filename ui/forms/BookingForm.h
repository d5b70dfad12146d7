// SPDX-License-Identifier: MIT
#pragma once

#include "domain/Booking.h"
#include "domain/FieldError.h"
#include "forms/StageForm.h"

#include <QMap>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace bb::ui {

class BookingSummary;
class EarlierOutcomesOffer;
class PreviousPregnanciesEditor;
class DateField;
class FieldRows;

/// The booking appointment, laid out in the order the visit runs: dating, earlier pregnancies,
/// measurements and lifestyle, bloods and screening, medicines and allergies, medical, obstetric
/// and family history, mental health questions, social circumstances and where she would like
/// to give birth, and last the routine enquiries that only staff see. What the rules derive (EDD,
/// gestation, BMI, age) is shown beside it as she types.
class BookingForm : public StageForm
{
    Q_OBJECT
public:
    explicit BookingForm(ClinicContext &context, QWidget *parent = nullptr);

    /// Shows a saved booking; a pregnancy id of 0 starts a new booking for her.
    void setBooking(const Booking &booking);
    const Booking &booking() const { return m_booking; }
    void openPregnancy(const Booking &booking) override;
    void herDetailsSaved(const Woman &woman) override { m_booking.woman = woman; }

    bool save() override;

protected:
    QString recordKey() const override;
    void showSavedValue() override;

private:
    QWidget *buildDating();
    QWidget *buildHistory();
    QWidget *buildMeasurements();
    QWidget *buildBloods();
    QWidget *buildMedicines();
    QWidget *buildChecklists();
    QWidget *buildMentalHealth();
    QWidget *buildSocialAndPlace();
    QWidget *buildEnquiries();
    /// Whether who is using the app sees safeguarding detail (access::Permission).
    bool seesSafeguarding() const;
    /// With earlier pregnancies listed, the counts and the conditions they imply are theirs and
    /// cannot be typed over.
    void followEarlierPregnancies();
    /// On a new pregnancy, offers what became of her earlier pregnancies recorded here.
    void offerEarlierOutcomes();

    /// The booking as typed. Values that cannot be read at all are reported in `problems`.
    Booking typedBooking(FieldErrors &problems) const;
    void updateSummary();
    /// After a save refused because a colleague saved her booking since this form read it:
    /// her answers and the colleague's are put together (interop::mergeBookings()). With no
    /// answer changed by both, that is saved; otherwise the answers changed by both are shown
    /// side by side (BookingConflict) and the midwife chooses. Whether it saved.
    bool resolveConflict(const Booking &mine);
    /// Saves `booking` (validated already) as read at version `readAt`; shows it as saved.
    /// `message`, when given, is shown after the save.
    bool commit(Booking booking, std::optional<int> readAt, const QString &conflictOutcome = {});
    /// The version of the pregnancy's booking as stored now; empty for a new one.
    std::optional<int> storedVersion() const;

protected:
    /// Coming back to the window: a booking a colleague saved meanwhile is shown, or, when
    /// something is typed here, the midwife is told.
    void changeEvent(QEvent *event) override;

private:
    Booking m_booking;
    /// The booking's version as this form read it (care::Bookings::bookingVersion()), handed
    /// back on save so that a colleague's save since is never written over unseen.
    std::optional<int> m_readAtVersion;
    QList<FieldRows *> m_rowSets;
    QLabel *m_formMessage = nullptr;
    /// After a save was refused, every problem is shown again as she types, so a message goes
    /// as soon as its field is put right; before that, only the queries are.
    bool m_problemsShown = false;
    BookingSummary *m_summary = nullptr;

    DateField *m_bookingDate = nullptr;
    DateField *m_lmp = nullptr;
    DateField *m_scanDate = nullptr;
    QLineEdit *m_crl = nullptr;
    QSpinBox *m_fetuses = nullptr;
    QComboBox *m_conception = nullptr;
    QSpinBox *m_previousBirths = nullptr;
    QSpinBox *m_previousLosses = nullptr;
    QSpinBox *m_previousCaesareans = nullptr;
    QLineEdit *m_yearsSinceLast = nullptr;
    PreviousPregnanciesEditor *m_previousPregnancies = nullptr;
    EarlierOutcomesOffer *m_earlierOffer = nullptr;
    QLineEdit *m_bloodPressure = nullptr;
    QComboBox *m_urineProtein = nullptr;
    QComboBox *m_urineGlucose = nullptr;
    QLineEdit *m_alcohol = nullptr;
    QComboBox *m_bloodGroup = nullptr;
    QComboBox *m_rhesus = nullptr;
    QMap<ScreeningTest, QComboBox *> m_screening;
    QLineEdit *m_allergies = nullptr;
    QLineEdit *m_medicines = nullptr;
    QComboBox *m_fgm = nullptr;
    QComboBox *m_abuseEnquiry = nullptr;
    QLineEdit *m_abuseNote = nullptr;
    QLineEdit *m_height = nullptr;
    QLineEdit *m_weight = nullptr;
    QLineEdit *m_co = nullptr;
    QComboBox *m_smoking = nullptr;
    QMap<QString, QCheckBox *> m_conditions;
    QCheckBox *m_lowMood = nullptr;
    QCheckBox *m_littleInterest = nullptr;
    QSpinBox *m_gad2 = nullptr;
    QMap<QString, QCheckBox *> m_social;
    QComboBox *m_placeOfBirth = nullptr;
};

} // namespace bb::ui
