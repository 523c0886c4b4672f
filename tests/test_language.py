"""An article in another language is built, but named in a warning (issue 17's walkthrough: an
Italian wire copy became an event of its own, with keywords such as "Con Vucic")."""

from __future__ import annotations

import pytest

from generator.briefing.language import reads_as_english

ENGLISH = (
    "The harbour authority said on Tuesday that the ferry timetable would change next month, "
    "with two more early sailings for commuters. Officials said the new sailings would leave at "
    "six and half past six, while the last evening crossing would be dropped for the winter "
    "because too few passengers used it. The seafarers' union has asked for a meeting with the "
    "management before the new timetable takes effect on the first of April."
)
GERMAN = (
    "Die Hafenbehörde hat am Dienstag angekündigt, dass sich der Fahrplan der Fähren im nächsten "
    "Monat ändert, mit zwei zusätzlichen Fahrten am frühen Morgen für Pendler. Nach Angaben der "
    "Verantwortlichen fahren die neuen Verbindungen um sechs und um halb sieben, während die "
    "letzte Abendfahrt im Winter mangels Fahrgästen gestrichen wird. Die Gewerkschaft der "
    "Seeleute verlangt ein Treffen mit der Leitung, bevor der neue Fahrplan im April gilt."
)
SPANISH = (
    "La autoridad portuaria anunció el martes que el horario de los transbordadores cambiará el "
    "mes que viene, con dos salidas más a primera hora para quienes viajan al trabajo. Según los "
    "responsables, las nuevas salidas serán a las seis y a las seis y media, mientras que la "
    "última de la noche se suprimirá durante el invierno por falta de pasajeros. El sindicato "
    "pidió una reunión con la dirección antes de que el nuevo horario entre en vigor en abril."
)


def test_english_news_reads_as_english() -> None:
    assert reads_as_english(ENGLISH)


@pytest.mark.parametrize("text", [GERMAN, SPANISH])
def test_news_in_another_language_does_not(text: str) -> None:
    assert not reads_as_english(text)


def test_a_few_words_are_too_few_to_tell() -> None:
    assert reads_as_english("Die Hafenbehörde hat am Dienstag angekündigt.")
