"""The match score and its reasons: a pure function of the signals."""

from django.utils import translation

from community.matching.selectors import MIN_SCORE, Signals, normalise, reasons_for, score_signals


def test_more_shared_skills_score_higher_up_to_three():
    scores = [score_signals(Signals(shared_skills=["a"] * n)) for n in range(5)]
    assert scores[0] < scores[1] < scores[2] < scores[3]
    assert scores[3] == scores[4]


def test_every_signal_adds_to_the_score():
    base = score_signals(Signals())
    assert score_signals(Signals(same_sector=True)) > base
    assert score_signals(Signals(same_province=True)) > base
    assert score_signals(Signals(verified=True)) > base
    assert score_signals(Signals(text=0.8)) > score_signals(Signals(text=0.2)) > base
    assert score_signals(Signals(solved_same_sector=1)) > score_signals(Signals(solved_other=1)) > base


def test_unavailable_expert_scores_lower_than_the_same_expert_available():
    signals = Signals(shared_skills=["eKYC"], same_sector=True)
    unavailable = Signals(shared_skills=["eKYC"], same_sector=True, available=False)
    assert score_signals(unavailable) < score_signals(signals)


def test_a_province_alone_is_below_the_threshold():
    assert score_signals(Signals(same_province=True)) < MIN_SCORE


def test_reasons_read_as_plain_words_in_english():
    signals = Signals(
        shared_skills=["eKYC", "data governance"],
        same_sector=True,
        same_province=True,
        solved_same_sector=2,
        sector_name="Finance and banking",
        province_name="Hà Nội",
    )
    with translation.override("en"):
        reasons = reasons_for(signals)
    assert reasons[:4] == [
        "shared skills: eKYC, data governance",
        "same sector: finance and banking",
        "same province: Hà Nội",
        "2 similar challenges solved",
    ]


def test_one_solved_challenge_is_singular():
    with translation.override("en"):
        assert "1 similar challenge solved" in reasons_for(Signals(solved_same_sector=1))
        assert "3 challenges solved" in reasons_for(Signals(solved_other=3))


def test_normalise_ignores_diacritics_tone_placement_and_punctuation():
    assert normalise("Dữ liệu Y tế") == normalise("du lieu y te") == "du lieu y te"
    assert normalise("Thanh Hoá") == normalise("Thanh Hóa")
    assert normalise("HL7-FHIR, eKYC!") == "hl7 fhir ekyc"
