"""Round 11 shapes of speakers: a role the article never names speaks as itself ("the
neighbour said"), "Officials" is no "he", a quote running on over paragraphs that closes
bare follows the speaker before it, a word put for another is no speech, a name after "A
clearly shocked" opens its sentence, and "X took to X" has X speak."""

from __future__ import annotations

from generator.analysis.quotes import quotes


def _speakers(text: str) -> list[tuple[str, str | None]]:
    return [(quote.text, quote.speaker) for quote in quotes(text)]


NEIGHBOUR = (
    "One neighbour heard shouting from the house on Elm Road late on Friday.\n\n"
    '"It sounded like an argument, and then it went quiet," the neighbour said.\n\n'
    '"I went over to check on them.\n\n'
    '"Nobody answered the door."'
)


def test_a_role_the_article_never_names_speaks_as_itself() -> None:
    assert _speakers(NEIGHBOUR) == [
        ("It sounded like an argument, and then it went quiet", "the neighbour"),
        ("I went over to check on them.", "the neighbour"),
        ("Nobody answered the door.", "the neighbour"),
    ]


def test_a_role_given_a_name_in_the_article_is_not_kept_as_a_role() -> None:
    text = (
        "A deputy, Jim Varga, heard the shots from his yard.\n\n"
        "Someone else saw the car.\n\n"
        '"It came from the road," the deputy said.'
    )
    assert all(speaker != "the deputy" for _, speaker in _speakers(text))


def test_a_role_first_met_as_already_known_is_not_kept_as_a_role() -> None:
    text = (
        "The exec also explains why the founder stays on the board.\n\n"
        "Tom Reyes, who founded the firm, joined the board in 2019.\n\n"
        'The exec added that the board "has always been very clear about it."'
    )
    assert ("has always been very clear about it.", "the exec") not in _speakers(text)


def test_one_role_answering_another_is_not_the_one_who_asked() -> None:
    text = (
        "A deputy called a dispatcher after the shots were fired at his home.\n\n"
        '"Did it hit the house?" the dispatcher asked.\n\n'
        '"Well no, it hit the fence," the deputy replied.'
    )
    (_, asker), (_, answerer) = _speakers(text)
    assert asker == "the dispatcher"
    assert answerer is not None and answerer.lower().endswith(" deputy")


def test_officials_read_as_a_name_are_no_he() -> None:
    text = (
        "Officials said the guard was at home when the shots rang out.\n\n"
        "The guard said he called for help.\n\n"
        '"I heard a bang and saw a car drive off," he said to a dispatcher.'
    )
    assert ("I heard a bang and saw a car drive off", "Officials") not in _speakers(text)


def test_a_quote_running_on_after_a_comma_and_closing_bare_follows_its_speaker() -> None:
    text = (
        '"For us, this is a must-win game," line-out coach Mere Tavita said.\n\n'
        '"They are physical at the front and they run straight lines,\n\n'
        '"We have a plan for Sunday and the girls know it."'
    )
    assert _speakers(text)[1:] == [
        ("They are physical at the front and they run straight lines", "Mere Tavita"),
        ("We have a plan for Sunday and the girls know it.", "Mere Tavita"),
    ]


def test_a_quote_running_on_to_an_attribution_does_not_follow_the_one_before() -> None:
    text = (
        '"For us, this is a must-win game," line-out coach Mere Tavita said.\n\n'
        '"They are physical at the front and they run straight lines,\n\n'
        '"We have a plan," said Lote Rabuka, her captain.'
    )
    assert _speakers(text)[1][1] != "Mere Tavita"  # the rest's own speaker, or none


def test_a_word_put_for_another_is_no_speech() -> None:
    text = (
        "Minister Anil Varma spoke to reporters on Monday.\n\n"
        "The minister said that the governor started to see 'red' as 'saffron' this year."
    )
    assert _speakers(text) == []


def test_a_name_after_a_clearly_shocked_opens_its_sentence() -> None:
    text = (
        '"Based on today\'s news, I quit," Greg Holm, the president, said.\n\n'
        "A clearly shocked Sam Ortiz, the ousted chief, gave a short reply to reporters.\n\n"
        '"I loved my time at the company," he said.'
    )
    assert _speakers(text)[1] == ("I loved my time at the company", "Sam Ortiz")


def test_someone_who_took_to_a_network_speaks_the_quote_after_it() -> None:
    text = (
        "Adam Lane stays on the new board, and Sam Ortiz took to X to address it. "
        '"Adam has been a great board member and we wanted him to stay."'
    )
    assert _speakers(text) == [
        ("Adam has been a great board member and we wanted him to stay.", "Sam Ortiz")
    ]


def test_a_role_the_article_names_afterwards_is_not_the_speaker() -> None:
    for naming in ("a man, later identified as John Smith, 52,", "a man named John Smith"):
        text = (
            f"Police said {naming} was arrested on Friday.\n\n"
            '"I did nothing wrong," the man told reporters.'
        )
        assert ("I did nothing wrong", "the man") not in _speakers(text)
