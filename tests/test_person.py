"""PersonRecognizer: names in cells and in free text, and what is not a name.

Only synthetic or generic names: Faker output (seeded) and placeholder names
(Ola/Kari Nordmann, Matti/Maija Meikäläinen, Jón Jónsson, Sven Svensson,
John Smith, Jane Doe) or combinations of common given and family names.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from pathlib import Path

import pytest
from faker import Faker

from recognizers._base import CONTEXT_BOOST, Candidate, Check
from recognizers import REPORT_THRESHOLD
from recognizers._names import fold, holds_family_name, holds_given_name
from recognizers.person import (
    SCORE_HINTED_ONLY,
    SCORE_KNOWN,
    SCORE_PARTIAL,
    SCORE_TITLE_UNKNOWN,
    PersonRecognizer,
)

R = PersonRecognizer()


def spans(text: str) -> list[str]:
    return [text[c.start:c.end] for c in R.candidates(text)]


def reported(text: str) -> list[str]:
    """The candidates that count without a column hint or context word."""
    return [text[c.start:c.end] for c in R.candidates(text) if c.score >= REPORT_THRESHOLD]


def scored(text: str) -> list[tuple[str, float]]:
    return [(text[c.start:c.end], c.score) for c in R.candidates(text)]


# -- names in cells (the engine passes the whole cell) ----------------------
CELLS = [
    # (language, cell, exact span, score)
    ("sv", "Anna", "Anna", SCORE_PARTIAL),
    ("sv", "Lindqvist", "Lindqvist", SCORE_PARTIAL),
    ("sv", "Anna-Karin Lindqvist", "Anna-Karin Lindqvist", SCORE_KNOWN),
    ("sv", "LINDQVIST, ANNA", "LINDQVIST, ANNA", SCORE_KNOWN),
    ("sv", "Lindqvist Anna", "Lindqvist Anna", SCORE_KNOWN),  # register order
    ("sv", "Sven Svensson", "Sven Svensson", SCORE_KNOWN),
    ("sv", "Anna K. Lindqvist", "Anna K. Lindqvist", SCORE_KNOWN),  # middle initial
    ("sv", "Carl-Johan af Klercker", "Carl-Johan af Klercker", SCORE_PARTIAL),  # particle
    ("sv", "  Anna Andersson  ", "Anna Andersson", SCORE_KNOWN),  # padding stripped
    ("sv", "Per Hansen", "Per Hansen", SCORE_KNOWN),  # ambiguous "Per" + known family
    ("no", "Ola Nordmann", "Ola Nordmann", SCORE_PARTIAL),
    ("no", "Kari Nordmann", "Kari Nordmann", SCORE_PARTIAL),
    ("no", "HANSEN, OLE", "HANSEN, OLE", SCORE_KNOWN),
    ("no", "Marie-Else Antonsen", "Marie-Else Antonsen", SCORE_KNOWN),  # "Else" is a word
    ("no", "Stig Berntsen", "Stig Berntsen", SCORE_KNOWN),  # Bernt + sen patronymic
    ("no", "Liv Holm", "Liv Holm", SCORE_PARTIAL),  # both also words: cell only
    ("da", "Søren Jensen", "Søren Jensen", SCORE_KNOWN),
    ("da", "Soren Jensen", "Soren Jensen", SCORE_KNOWN),  # diacritics stripped by a DB
    ("da", "Mette Kjærgaard", "Mette Kjærgaard", SCORE_KNOWN),  # -gaard shape
    ("da", "Jensen", "Jensen", SCORE_PARTIAL),
    ("fi", "Matti Virtanen", "Matti Virtanen", SCORE_KNOWN),
    ("fi", "Maija Meikäläinen", "Maija Meikäläinen", SCORE_KNOWN),  # -nen shape
    ("fi", "Virtanen", "Virtanen", SCORE_PARTIAL),
    ("is", "Jón Jónsson", "Jón Jónsson", SCORE_KNOWN),
    ("is", "Guðrún Jónsdóttir", "Guðrún Jónsdóttir", SCORE_KNOWN),
    ("is", "Jon Sigurdsson", "Jon Sigurdsson", SCORE_KNOWN),  # ASCII-folded
    ("is", "Jónsdóttir", "Jónsdóttir", SCORE_PARTIAL),
    ("is", "Helgason", "Helgason", SCORE_PARTIAL),  # Helgi -> Helga-son
    ("en", "John Smith", "John Smith", SCORE_KNOWN),
    ("en", "Jane Doe", "Jane Doe", SCORE_PARTIAL),
    ("en", "JOHN SMITH", "JOHN SMITH", SCORE_KNOWN),
    ("en", "Smith, John", "Smith, John", SCORE_KNOWN),
    ("en", "Sean O'Brien", "Sean O'Brien", SCORE_KNOWN),  # apostrophe
    ("en", "Mary-Kate O'Connor-Smith", "Mary-Kate O'Connor-Smith", SCORE_KNOWN),
]


@pytest.mark.parametrize("lang,cell,span,score", CELLS)
def test_name_cells(lang, cell, span, score):
    assert scored(cell) == [(span, score)]


# -- names in free text ------------------------------------------------------
SENTENCES = [
    # (language, text, exact spans)
    ("sv", "Ringde Anna Lindqvist om fakturan", ["Anna Lindqvist"]),
    # a product noun before a name makes it a product; a colon ends the noun's phrase
    ("sv", "Ansvarig för produkten: Anna Lindqvist", ["Anna Lindqvist"]),
    ("sv", "Det kan vara Anna Lindqvist som ringde", ["Anna Lindqvist"]),
    ("sv", "Möte med Anna Andersson och Erik Berg på fredag", ["Anna Andersson", "Erik Berg"]),
    ("sv", "Med vänliga hälsningar Sven Svensson", ["Sven Svensson"]),
    ("sv", "Anna Lindqvists bil står kvar", ["Anna Lindqvists"]),  # genitive
    # a lone given name in text: only after a word that introduces a person
    ("sv", "Hej Anna, tack för senast!", ["Anna"]),
    ("sv", "Kunden Anna vill ha en kopia", ["Anna"]),
    ("sv", "Mvh Erik", ["Erik"]),
    ("sv", "Kontaktperson: Erik på ekonomi", ["Erik"]),
    ("sv", "Tack till Anna för hjälpen", ["Anna"]),
    ("sv", "Pratade med Erik om saken", ["Erik"]),
    ("no", "Hei Kari! Takk for sist.", ["Kari"]),
    ("da", "Ringede til Mette i morges.", ["Mette"]),
    ("fi", "Asiakas Maija soitti eilen", ["Maija"]),
    ("fi", "Kiitos Matti!", ["Matti"]),
    ("en", "Dear John, thanks for the call.", ["John"]),
    ("en", "Spoke to Jane about the renewal", ["Jane"]),
    # a meeting is with someone, a message from someone, a view according to someone
    ("sv", "Mötet med Anna flyttas till torsdag", ["Anna"]),
    ("en", "The meeting with Jane moves to Monday", ["Jane"]),
    ("sv", "Fick ett mejl från Anna i morse", ["Anna"]),
    ("no", "Har du hørt noe fra Kari om tilbudet?", ["Kari"]),
    ("sv", "Enligt Erik på lagret är det slut", ["Erik"]),
    ("en", "According to Jane, it shipped", ["Jane"]),
    ("sv", "Hälsa Anna att kortet är spärrat", ["Anna"]),  # a verb of addressing
    ("en", "Please tell John the card is blocked", ["John"]),
    ("da", "Har talt med Mette, og vi er enige", ["Mette"]),  # a perfect participle
    # a verb only a person does, right after the name
    ("sv", "Anna skickade underlaget", ["Anna"]),
    ("no", "Kari ringer tilbake etter lunsj", ["Kari"]),
    ("fi", "Puhuin puhelimessa, ja Maija vahvisti tilauksen", ["Maija"]),
    ("en", "John promised to call back", ["John"]),
    # an auxiliary or a modal between the name and a person's verb
    ("sv", "Anna kommer att ringa upp efter lunch", ["Anna"]),
    ("no", "Kari skal ringe kunden i ettermiddag", ["Kari"]),
    ("da", "Mette har skrevet til os", ["Mette"]),
    ("fi", "Maija aikoo soittaa asiakkaalle", ["Maija"]),
    ("en", "John has already called twice", ["John"]),
    ("en", "Jane will send the documents", ["Jane"]),
    ("sv", "Anna kommer att regna bort", []),  # no person's verb after the modal
    ("sv", "Anna, har du ringt?", []),  # a pause: "Anna" is spoken to, no lead either
    # being away
    ("sv", "Anna är sjuk i dag", ["Anna"]),
    ("no", "Kari er på ferie til mandag", ["Kari"]),
    ("fi", "Maija on lomalla ensi viikkoon", ["Maija"]),
    ("en", "John is off sick today", ["John"]),
    ("sv", "Modellen Linnea är slut i lager", []),
    ("sv", "Båten Maria är borta", []),  # a thing before the name
    ("fi", "Sovellus Alma on poissa käytöstä", []),
    ("sv", "Roboten Alma svarar på frågor", []),
    # a document sent to someone, a parcel to a place
    ("sv", "Skicka offerten till Anna innan fredag", ["Anna"]),
    ("da", "Videresend mailen til Mette i bogholderiet", ["Mette"]),
    ("en", "Forward the email to John in accounting", ["John"]),
    ("en", "Send the signed contract to Jane today", ["Jane"]),  # three words back
    ("en", "Send the contract, then to Jane", []),  # a clause between: no document sent to her
    ("sv", "Skicka paketet till Charlotte i USA", []),
    ("en", "Send the file to Paris", []),  # a town that is a given name: mostly a word
    # asking someone
    ("sv", "Be Anna att ringa kunden", ["Anna"]),
    ("da", "Bed Mette om at tjekke kontoen", ["Mette"]),
    # a role, a copula, the name
    ("sv", "Kontaktperson vid frånvaro är Erik på ekonomi", ["Erik"]),
    ("en", "The contact person when away is Jane in accounts", ["Jane"]),
    ("sv", "Kontaktperson är Volvo Cars", []),
    # a Nordic person noun vouches for a name that is also a word; an English one does not
    ("da", "Kunden Line ønsker en kopi", ["Line"]),
    ("en", "Customer Summer sale starts Monday", []),
    # Finnish case endings on a lone given name, with the words the case needs
    ("fi", "Soitin Annalle eilen laskusta", ["Annalle"]),
    ("fi", "Sain viestin Pekalta tänä aamuna", ["Pekalta"]),
    ("fi", "Puhuin Matin kanssa hinnasta", ["Matin"]),
    ("fi", "Tuomaksen mukaan toimitus tulee perjantaina", ["Tuomaksen"]),
    ("fi", "Lähetin tarjouksen Kristianille", ["Kristianille"]),
    ("fi", "Annalla on kysymys laskusta", ["Annalla"]),
    ("fi", "Myrsky Ailan jälkeen sähköt palasivat", []),  # no case word after
    ("fi", "Sovelluksen Alman kanssa on ongelmia", []),  # an app's
    ("fi", "Helsingin mukaan", []),  # a town
    ("fi", "Arvon mukaan lajiteltuna", []),  # "arvo" is a value
    # a given name in the genitive owns what only a person has (the name
    # without the genitive s, as a surrogate must be inflected again)
    ("sv", "Annas telefon är avstängd", ["Annas"]),  # Annas is a given name too
    ("sv", "Eriks chef ringde i går", ["Erik"]),
    ("sv", "Lars telefon är avstängd", ["Lars"]),  # Swedish leaves a final s as it is
    ("sv", "Fakturan ska till Karins nya adress", ["Karin"]),  # an adjective between
    ("sv", "Uppdatera Eriks e-postadress", ["Erik"]),  # a compound, by its last part
    ("no", "Oles kone ringte i morges", ["Ole"]),
    ("da", "Lars' adresse er ændret", ["Lars"]),
    ("da", "Mettes mobilnummer er ændret", ["Mette"]),
    ("en", "Anna's phone is switched off", ["Anna"]),
    ("en", "We still need John's signature", ["John"]),
    ("fi", "Annan puhelin on pois päältä", ["Annan"]),
    ("fi", "Puhuin Pekan esimiehen kanssa", ["Pekan"]),
    ("fi", "Karin osoite on muuttunut", ["Karin"]),  # Kari's, though Karin is a name too
    ("sv", "Hans telefon är avstängd", []),  # his phone
    ("da", "Hans telefon er slukket", []),
    ("fi", "Annan puhelimen takaisin maanantaina", []),  # I give the phone back
    ("sv", "Lunchen bokades på Karins Kök", []),  # a capitalised owned word: a firm
    ("en", "We had lunch at Anna's Kitchen", []),
    ("fi", "Lounas syötiin Ainon Kahvilassa", []),
    ("no", "Pakken skal til Sofies gate 3", []),  # a street owns no phone
    ("sv", "Båten Marias motor", []),  # a thing's, and a motor is no person's
    ("sv", "Stormen Ingrids telefon", []),  # a thing before the name
    # a given name that names no one: a storm, a horse, a boat, a flight's town
    ("sv", "Stormen Ingrid drog in i natt", []),
    ("sv", "Hästen Oskar vann loppet", []),
    ("sv", "Båten Maria ligger vid bryggan", []),
    ("sv", "Flyget från Paris landade sent", []),  # "från" after no message
    ("no", "Pakken kom fra Hamar i går", []),
    # a firm named after its partners, one of them no given name
    ("en", "Invoice from Ryan, Craig & Smith is paid", []),
    ("sv", "Faktura från Martin, Edwards and Gardner", []),
    # three persons: the series is no firm, so all three count after the
    # message, as "Anna" does (a series of given names counts as a whole)
    ("sv", "Fick ett mejl från Anna, Kalle och Erik", ["Anna", "Kalle", "Erik"]),
    ("en", "Hi Sverige", []),  # not a given name
    # a name that is also a word, where only a person stands
    ("sv", "Hej Per", ["Per"]),
    ("no", "Hei Liv, takk for sist", ["Liv"]),
    ("en", "Hi Grace, thanks for your time", ["Grace"]),
    ("sv", "Per ringde i morse", ["Per"]),
    ("da", "Hans skrev at kortet er spærret", ["Hans"]),
    ("fi", "Ville soitti eilen", ["Ville"]),
    ("en", "Grace wrote that the card is blocked", ["Grace"]),
    ("sv", "Pratade med Bo om avtalet", ["Bo"]),
    ("en", "Spoke to Frank about the renewal", ["Frank"]),
    ("sv", "Per skickade faktura tillkommer 29 kronor", []),  # per invoice sent
    ("sv", "Per månad kostar det 99 kronor", []),
    ("sv", "Tom kartong skickades tillbaka", []),  # an empty box
    ("sv", "Hej Juni! Nu startar sommarrean", []),  # a month
    ("en", "Hello Summer! Our sale starts Monday", []),  # no salutation's comma
    ("en", "Bill sent to the customer on Monday", []),  # an invoice; "sent" is a participle too
    ("fi", "Sisko soitti aamulla", []),  # my sister called
    ("en", "Called Paris about the order", []),  # a place
    ("sv", "Kent ringde om fakturan", ["Kent"]),  # a place does not phone
    ("en", "Called Liv Haug about it", ["Liv Haug"]),  # two names that are words
    ("sv", "Kunden Liv Haug ringde", ["Liv Haug"]),
    ("no", "Liv Haug skrev i chatten", ["Liv Haug"]),
    ("sv", "Båten Liv ringde", []),  # a boat's (a thing before the name)
    ("en", "May Day parade", []),
    ("sv", "Kunden Anna Sofa beställde", []),  # a capitalised word follows: not alone
    ("en", "Called Anna AB about the invoice", []),  # a company
    ("sv", "ringde fru Lindqvist om fakturan", ["Lindqvist"]),  # title + family name
    ("no", "Kunden Ole Hansen ønsker å endre adressen", ["Ole Hansen"]),
    ("no", "Ola Nordmann ringte i går", ["Ola Nordmann"]),
    ("no", "Dr. Stig Haugland ringte", ["Stig Haugland"]),  # a title vouches for "Stig"
    ("da", "Kunden Jens Hansen har ringet om regningen", ["Jens Hansen"]),
    ("da", "Venlig hilsen Mette Jensen", ["Mette Jensen"]),
    ("fi", "Asiakas Matti Virtanen soitti", ["Matti Virtanen"]),
    ("fi", "Ystävällisin terveisin Maija Meikäläinen", ["Maija Meikäläinen"]),
    ("is", "Viðskiptavinurinn Jón Jónsson hringdi í dag", ["Jón Jónsson"]),
    ("is", "Guðrún Jónsdóttir sendi tölvupóst", ["Guðrún Jónsdóttir"]),
    ("is", "Guðrún hringdi í gær út af reikningnum", ["Guðrún"]),  # a person's verb, in Icelandic too
    ("is", "Helga skrifaði að kortið væri lokað", ["Helga"]),
    ("en", "Spoke to John Smith about renewal", ["John Smith"]),
    ("en", "Will John Smith attend?", ["John Smith"]),  # "Will" is a word here
    ("en", "Best regards, Jane Doe", ["Jane Doe"]),
    ("en", "John Smith's account was closed", ["John Smith"]),  # possessive
    ("en", "Mr Smith called twice", ["Smith"]),
    ("en", "Room 12 John Smith", ["John Smith"]),  # a number before a known name
    ("en", "Anna Lindqvist 070-123 45 67", ["Anna Lindqvist"]),  # name + phone
    # "&" between two people is not "& Co"
    ("sv", "Anna Lindqvist & Erik Berg", ["Anna Lindqvist", "Erik Berg"]),
    # an ambiguous first given name ("Per") with a known partner keeps its place
    ("sv", "Ringde Per Olof Hansen", ["Per Olof Hansen"]),
    ("no", "Else Marie Hansen ringte", ["Else Marie Hansen"]),
    # a known family name after the name is not swallowed as more name
    ("sv", "Anna Lindqvist Stockholm", ["Anna Lindqvist"]),
    # named: a person who introduces themselves, or is named by a person noun
    ("sv", "Hej! Jag heter Sofia och bor i Malmö.", ["Sofia"]),
    ("sv", "En kund som heter Anna ringde", ["Anna"]),
    ("da", "Jeg hedder August og ringer om regningen", ["August"]),  # a month, but named
    ("da", "Mit navn er Mette, og jeg er kunde hos jer", ["Mette"]),
    ("sv", "Kundens namn är Erik", ["Erik"]),
    ("fi", "Nimeni on Aino ja soitan laskusta", ["Aino"]),
    ("en", "My name is Georgia and I am calling about my invoice", ["Georgia"]),  # a place, but named
    ("en", "A customer named Sarah called", ["Sarah"]),
    ("en", "She is called Grace", ["Grace"]),
    ("sv", "Båten heter Maria och ligger i Sandhamn", []),  # a boat is named too
    ("en", "The boat is called Maria", []),  # named, not phoned
    ("en", "The model is named Emma", []),
    ("sv", "Den heter Linnea", []),
    # to be contacted, booked, or singled out
    ("sv", "Ring Kristina på mobilen", ["Kristina"]),
    ("da", "Ring til Mette i morgen", ["Mette"]),
    ("en", "Call Anna on her mobile", ["Anna"]),
    ("en", "Email John the quote", ["John"]),
    ("sv", "Bokade en tid hos Anna på torsdag", ["Anna"]),
    ("sv", "Mötet hålls hos Bradley, Francis and Parker, Storgatan 5", []),  # a firm, at its address
    ("sv", "Beställ hos Martin & Servera i morgon", []),  # a firm of two names
    ("sv", "Vi köper allt hos Martin och Servera", []),  # an unknown partner
    ("en", "Booked an appointment with Sarah", ["Sarah"]),
    ("fi", "Varasin ajan Annalle torstaiksi", ["Annalle"]),
    ("fi", "Hei, täällä Aino asiakaspalvelusta", ["Aino"]),
    ("sv", "Det var Anna som ringde om leveransen", ["Anna"]),
    ("da", "Det var Mette, der ringede om leveringen", ["Mette"]),
    ("no", "Det var Per som ringte", ["Per"]),  # a name that is a word, then a relative and a call
    ("en", "It was June who called about the delivery", ["June"]),  # no month calls
    ("sv", "Det var Linnea som sålde bäst i år", []),  # "som" is a thing's too: the verb decides
    ("en", "It was Ingrid that closed the roads", []),
    # what a customer does: wanting, thinking, moods, buying, forgetting
    ("sv", "Anna vill säga upp sitt abonnemang", ["Anna"]),
    ("no", "Kari mener at prisen er for høy", ["Kari"]),
    ("da", "Mette synes, at prisen er for høj", ["Mette"]),
    ("da", "Mette er utilfreds med leveringstiden", ["Mette"]),
    ("fi", "Aino haluaa irtisanoa tilauksensa", ["Aino"]),
    ("fi", "Aino tilasi kaksi lisenssiä", ["Aino"]),
    ("en", "John wants to cancel the subscription", ["John"]),
    ("en", "Sarah forgot the password again", ["Sarah"]),
    ("sv", "Bo är missnöjd med leveranstiden", ["Bo"]),  # a name that is a word, in a mood
    ("en", "Grace thinks the price is too high", ["Grace"]),
    ("en", "Alexa wants access to your contacts", []),  # a voice assistant wants, but does not cancel
    ("fi", "Emma maksoi 500 euroa", []),  # "maksoi" is paid and cost
    ("en", "Georgia wants new trade rules", []),  # a place that is a name: a state wants too
    ("en", "Tom ordered two more licences", []),  # a name that is a word, before a participle too
    ("sv", "Alma kraschade i natt igen", []),  # an app
    # life events: retiring, back from leave, accepting, moving, a voicemail
    ("sv", "Erik har gått i pension", ["Erik"]),
    ("fi", "Aino jäi eläkkeelle", ["Aino"]),
    ("no", "Kari er tilbake fra ferie", ["Kari"]),
    ("en", "Sarah is back from parental leave", ["Sarah"]),
    ("fi", "Aino palaa äitiyslomalta", ["Aino"]),
    ("da", "Mette accepterede tilbuddet", ["Mette"]),
    ("no", "Kari har flyttet til Trondheim", ["Kari"]),
    ("fi", "Aino muutti Tampereelle", ["Aino"]),
    ("sv", "Anna har flyttat och fått ny adress", ["Anna"]),
    ("sv", "Lämnade ett röstmeddelande till Erik", ["Erik"]),
    ("en", "Left a voicemail for Sarah", ["Sarah"]),
    ("no", "Per har flyttet til Trondheim", ["Per"]),  # a name that is a word, and an event
    ("da", "Emma er tilbage på lager", []),  # back in stock
    ("sv", "Maria kommer tillbaka till varvet i maj", []),  # a boat
    ("no", "Ingrid flyttet seg østover", []),  # a storm
    ("da", "Karen er flyttet til en ny kaj", []),  # a boat: moved to no place
    ("en", "Emma was approved by the safety board", []),  # a passive
    ("en", "Emma was sent to the customer", []),  # a passive a thing undergoes
    ("en", "John was contacted by phone", ["John"]),  # a passive only a person undergoes
    ("sv", "Linnea har gått ur sortimentet", []),
    # a customer, a deceased person, a signatory, a request, getting back, a changed number
    ("sv", "Erik är ny kund sedan mars", ["Erik"]),
    ("en", "Sarah has been a customer since 2019", ["Sarah"]),
    ("fi", "Aino on ollut asiakkaamme vuodesta 2019", ["Aino"]),
    ("sv", "Linnea är en kundfavorit i år", []),  # a product
    ("en", "Linnea has been a customer favourite since 2019", []),
    ("sv", "Erik har avlidit", ["Erik"]),
    ("no", "Kari er død, og boet har kontaktet oss", ["Kari"]),
    ("en", "Sarah passed away in May", ["Sarah"]),
    ("fi", "Aino allekirjoitti sopimuksen", ["Aino"]),
    ("da", "Mette bad om en ny faktura", ["Mette"]),
    ("en", "Sarah requested a new invoice", ["Sarah"]),
    ("en", "Alexa requested your location", []),  # a voice assistant
    ("no", "Kari kommer tilbake til oss etter helgen", ["Kari"]),
    ("no", "Emma er utgått og kommer ikke tilbake", []),  # a product
    ("fi", "Aino palaa asiaan huomenna", ["Aino"]),
    ("sv", "Anna har bytt telefonnummer", ["Anna"]),
    ("en", "Sarah changed her phone number", ["Sarah"]),
    ("sv", "Maria har bytt ägare två gånger", []),  # a boat
    ("sv", "Linnea har bytt namn till Lina", []),  # a product is renamed too
    ("sv", "Anna har bytt efternamn", ["Anna"]),  # only a person has a family name
    # a series of given names: the verb after the last, or the lead before the first, counts for all
    ("sv", "Anna, Kalle och Erik ringde i går", ["Anna", "Kalle", "Erik"]),
    ("sv", "Pratade med Karin och Anna om avtalet", ["Karin", "Anna"]),
    ("fi", "Aino ja Pekka soittivat eilen", ["Aino", "Pekka"]),
    ("no", "Per og Kari ringte i går", ["Per", "Kari"]),  # a name that is a word, in a series
    ("sv", "Linnea och Emma såldes slut på en dag", []),  # products: no verb of a person
    ("sv", "Mötet hålls hos Bradley, Francis and Parker, Storgatan 5", []),  # still a firm
    # work status: in a meeting, working from home, on leave, having quit, a new job
    ("sv", "Anna sitter i möte till lunch", ["Anna"]),
    ("en", "Sarah is in a meeting until three", ["Sarah"]),
    ("fi", "Aino on kokouksessa", ["Aino"]),
    ("no", "Kari jobber hjemmefra i dag", ["Kari"]),
    ("en", "Sarah works from home on Fridays", ["Sarah"]),
    ("en", "Sarah is on maternity leave until March", ["Sarah"]),
    ("sv", "Anna har slutat på företaget", ["Anna"]),
    ("en", "Sarah has left the company", ["Sarah"]),
    ("sv", "Anna har fått nytt jobb", ["Anna"]),
    ("sv", "Linnea har slutat säljas i butik", []),  # a product
    ("da", "Emma er stoppet i produktion", []),
    ("fi", "Alma on lopettanut toimintansa", []),  # an app
    ("en", "Linnea has left the catalogue", []),
    ("sv", "Alma arbetar i bakgrunden hela natten", []),
    ("en", "Emma is in stock again", []),
    # a compound named after a person holds the name, not its ending
    ("sv", "Vi besökte Erik Lindqvist-gården i somras", ["Erik Lindqvist"]),
    ("sv", "Anna Holmberg-priset delades ut", ["Anna Holmberg"]),
    ("sv", "Erik Lindqvist-gården", ["Erik Lindqvist"]),
    ("sv", "Kunden Berg Anna-karin ringde", ["Berg Anna-karin"]),  # a given name in lower case stays
    ("sv", "Kunden Anna Lindqvist-Berg ringde", ["Anna Lindqvist-Berg"]),
]


@pytest.mark.parametrize("lang,text,expected", SENTENCES)
def test_names_in_text(lang, text, expected):
    assert spans(text) == expected


# -- must not be persons ------------------------------------------------------
NOT_PERSONS = [
    # companies: legal forms and company words, before or after
    "Lindqvist Bygg AB", "Hassan Elektriska ek. för.", "Anna Lindqvist ek.för.", "Hansen & Co AS", "Virtanen Oy", "Nordic Data ApS",
    "Eriksson Holding ehf", "Smith Ltd", "Anna Hansen AS", "Emma Karlsson Design AB",
    "Matti Virtanen Consulting", "Danske Bank A/S", "Nordea Bank Abp",
    "Jensen & Søn A/S", "Hansen og Sønner", "Smith Group", "Larsen Oyj",
    "Hotel Anna Maria",  # a company word before the name
    "Smith-Jones",  # Faker en_US company form; a lone double family name
    "Smith, Johnson and Brown",  # en_US company, not "Last, First"
    "Berg, Johansen og Moe",  # no_NO company
    # streets
    "Storgatan 12", "Karl Johans gate 5", "Nørregade 3", "Mannerheimintie 10",
    "Anna Lindhs väg", "Anna Lindhs väg 3", "Anna Lindhs Väg 4", "Drottning Kristinas väg 12",
    "Kirkeveien 7", "Strandvejen 100", "Agnes Sjöbergin kuja 5", "Adolf Lindforsintie 4",
    "Baker Street 221", "John Smith Road", "12345 Thomas Hill", "465 Raymond Greens Apt. 903",
    "79780 Ashley Keys",
    # products
    "Volvo XC60", "Tesla Model 3", "Tesla Model S", "iPhone 15", "Anna sofa",
    "Anna Sofa 3-sits grå", "Apple iPhone 15 Pro", "Volvo XC60 T6",
    "Produkten Georg Jensen Daisy är tillfälligt slut.", "Produktet Tine Helmelk er udsolgt.",
    "Tuote Georg Jensen Daisy on loppu.", "The product Georg Jensen Daisy is sold out.",
    # capitalised common words, greetings, months, weekdays
    "Kunden", "Hej", "Tack", "Mvh", "Mvh Telia", "Kunden Volvo", "Tuesday", "Måndag",
    "Juli", "Summer Sale Starts Monday", "Black Friday", "Grace Period Extended",
    "Suuret Alennukset Koko Viikon",  # Finnish "koko" (whole) is a given name too
    "Leveransen till Stockholm Central försenad",
    # place prefixes (Faker en_US cities) and countries that are also names
    "West Jacob", "Port Susan", "Lake Edward", "San Marino", "Sierra Leone", "Israel",
    "Ísrael", "Armenía", "París", "Georgía",  # Icelandic spellings (the catalogues' country lists)
    # names that are mostly words, alone or with an unknown word
    "Bo", "Per", "Gun", "May", "Mark", "June", "August", "Berg", "Green", "Lund",
    "Per capita", "Bo kvar", "Person",
    # lower case and other scripts
    "anna", "john smith", "Анна", "李",
    # a list of given names is not "Last, First"
    "Anna, Erik",
    # programs' messages (Debian's Nordic translations): a given name before a
    # program's name, a saint, a place, a Finnish noun, a column after a tab,
    # capitals for emphasis
    "Visa GStreamer-flaggor", "Visa CTF-information från SEKTION", "Egon Animator-animering",
    "Egon Animator -animaatio", "Visa Alla", "Saint George Basseterre", "Sankt Peter Basseterre",
    "São Miguel", "Sankti Lúsía", "Jan Mayen", "Svalbard och Jan Mayen", "Dronning Maud Land",
    "Prince Edward Island", "Nova Scotia", "Kunden flyttet til Nova Scotia", "Reisen går til Rio de Janeiro",
    "Kunden i San Marino ringde", "Sierra Leonen tasavalta", "Asiakas muutti Sierra Leoneen",
    "Viimeinen kirjautuminen: %s", "Edellinen kirjautuminen: %s päätteellä %s", "Virheellinen kirjautumisaika",
    "-v VAR\t Positiv hvis skallvariabelen VAR har en verdi",
    "voit vapaasti muuttaa ja jakaa sitä edelleen. Ohjelmalla EI OLE TAKUUTA siinä laajuudessa kuin laki sen sallii.",
]


# The same rules leave persons their names.
@pytest.mark.parametrize("text,names", [
    ("Visa Mäkinen soitti eilen.", ["Visa Mäkinen"]),
    ("Vi besökte Erik Lindqvist-gården", ["Erik Lindqvist"]),
    ("Anna Lindqvist -palkinto jaettiin eilen.", ["Anna Lindqvist"]),
    ("Aino ei päässyt kirjautumaan sisään.", ["Aino"]),
    ("Kontakta ANNA LINDQVIST i dag.", ["ANNA LINDQVIST"]),
    ("RING ANNA KOWALCZYK", ["ANNA KOWALCZYK"]),
    ("Anna Lindqvist flyttade till Nova Scotia.", ["Anna Lindqvist"]),
    ("Anna Knox in Stockholm ringde.", ["Anna Knox"]),  # not the zone "Knox IN": a place's case counts
    ("Diego Garcia ringde om fakturan.", ["Diego Garcia"]),  # the atoll in places.txt reads as the man it also names
])
def test_names_beside_places_and_programs(text, names):
    assert reported(text) == names


# An e-mail address's display name, as a mail header, an address list, a
# contact export or a copyright line writes it: a name the gazetteers do not
# know counts when the address echoes it (beyond its first word) or a known
# name stands in it; a copyright's year before a name is no house number.
@pytest.mark.parametrize("text,names", [
    ("Från: Aleksandra Wiśniewska <aleksandra.wisniewska@example.se>", ["Aleksandra Wiśniewska"]),
    ("Till: Mehmet Yılmaz <myilmaz@example.se>, Anna Berg <anna.berg@example.se>", ["Mehmet Yılmaz", "Anna Berg"]),
    ("Kontakta Aleksander Nowak <a.nowak@example.se>", ["Aleksander Nowak"]),
    ("Skickat av Ömer Çelik <omer.celik@example.se> i går", ["Ömer Çelik"]),
    ("Skriv till Zelko Andersen <zelko@example.se>", ["Zelko Andersen"]),
    ("2004-2014 Christian Perrin <cpn@example.org>", ["Christian Perrin"]),  # a given name that is a word
    ("Last-Translator: Hans K. Nordvik <hkn@example.no>", ["Hans K. Nordvik"]),  # a middle initial
    ("Last-Translator: Dmitrij V. Larsen <dvl@example.org>", ["Dmitrij V. Larsen"]),  # an unknown given name
    ("Mejla Anna <anna@example.se>", ["Anna"]),  # a verb before a lone given name: the lone-name rules
    # an unknown given name before one that is also a given name: the address's initial and name vouch
    ("-- Zelko Dieter <zdieter@example.org>  Sat, 18 Sep 2021 12:35:01 +0200", ["Zelko Dieter"]),
    ("2011-08-11 Zelko Francoise <z.francoise@example.org>", ["Zelko Francoise"]),
    ("Skriv Dieter <dieter@example.se>", ["Dieter"]),
    ("Copyright (C) 2019 Anna Kowalczyk", ["Anna Kowalczyk"]),
    ("© 2003, 2007 Anna Kowalczyk", ["Anna Kowalczyk"]),
    ("2019 Thomas Hill", []),  # without a copyright, a house number still
    # a role's, a group's or a firm's mailbox
    ("Support Team <support@example.se>", []),
    ("Kundtjänst Volvo <kundtjanst@example.se>", []),
    ("Volvo Cars <volvo@example.com>", []),
    ("Nordic Data <nordic@example.se>", []),
    ("Summer Sale <sale@example.com>", []),
    ("Upstream-Contact: Samba Developers <samba@example.org>", []),
    ("Lindqvist Bygg <info@example.se>", []),
    ("Från: Oksanen <drauhala@example.fi>", []),  # a firm named by a family name, a clerk's address
    ("Från: Lindqvist <lindqvist@example.se>", ["Lindqvist"]),  # the address echoes the name
    ("Lindqvist (070-174 06 10) ringde", ["Lindqvist"]),
    ("Ubuntu CD Image Automatic Signing Key <cdimage@example.com>", []),  # "Key" a family name that is a word
])
def test_display_names_and_copyright_lines(text, names):
    assert reported(text) == names


# Names of the Nordic countries' largest groups born abroad (build_names.py
# MORE_LOCALES: German, Polish, Turkish, Estonian, Lithuanian, Croatian, Romanian;
# romanised Indian, Thai and Pakistani; French, Spanish, Italian, Portuguese, Dutch),
# less the ones that are words or places there ("Şide" is the Danish
# "side", "Gül" the Swedish "gul", "Till" the Swedish "till", Pula a town).
@pytest.mark.parametrize("text,names", [
    ("Ringde Katarzyna Nowak om fakturan", ["Katarzyna Nowak"]),
    ("Kunden Mehmet Yılmaz har flyttat", ["Mehmet Yılmaz"]),
    ("Asiakas Tõnu Tamm soitti eilen", ["Tõnu Tamm"]),
    ("Kontakt: Jürgen Müller, Tomas Kazlauskas", ["Jürgen Müller", "Tomas Kazlauskas"]),
    ("Ivana Horvat ringde igår", ["Ivana Horvat"]),
    ("Kunden Cosmina Dumitrescu ringde", ["Cosmina Dumitrescu"]),
    ("Handla på Ica i morgon", []),
    ("Se side 4 for detaljer", []),
    ("Side", []),
    ("Gul", []),
    ("Resan gick till Pula i juni", []),
    # romanised Indian and Thai names (en_IN, en_TH)
    ("Ringde Priya Sharma om fakturan", ["Priya Sharma"]),
    ("Kontakt: Pratyush Srivastava", ["Pratyush Srivastava"]),
    ("Kunden Sittikorn Kamalanon har flyttat", ["Sittikorn Kamalanon"]),
    ("Prima Mall och Tank ringde", []),
    # Pakistani, Spanish, Portuguese and Dutch names (en_PK, es_ES, pt_PT, nl_NL)
    ("Kunden Faizan Latif ringde igår", ["Faizan Latif"]),
    ("Asiakas Inmaculada Gallego soitti", ["Inmaculada Gallego"]),
    ("Kunden Gonçalo Ferreira har flyttat", ["Gonçalo Ferreira"]),
    ("Contact: Mathilde Lefèvre, Sjoerd Mulder", ["Mathilde Lefèvre", "Sjoerd Mulder"]),
    # a name written with marks the lists' spelling lacks: Antônio, Cecília;
    # the Nordic letters are letters of their own ("Hål" is no Hal)
    ("Ringde Antônio da Rocha", ["Antônio da Rocha"]), ("Kunden Cecília Gomes ringde", ["Cecília Gomes"]),
    ("Hål i taket", []), ("Mål Lindqvist", []),
    # French compound given names: the French lists' family names leave out
    # the French given names, so "Jean-Pierre" is no double family name,
    # which a firm's form is ("Graham-Jackson")
    ("Ringde Jean-Pierre Monnet", ["Jean-Pierre Monnet"]), ("Kontakt: Jean-Luc Boland", ["Jean-Luc Boland"]),
    ("Kunden Jean-Pierre ringde", ["Jean-Pierre"]), ("Hej Jean-Pierre, tack!", ["Jean-Pierre"]),
    ("Møtet holdes hos Graham-Jackson i Bergen.", []),
    # their names that are words, languages or places: "Sadan" and "Borja"
    # are "sådan" and "börja" folded, Danish a Pakistani given name
    ("Sadan kan du göra", []), ("Borja med att spara", []), ("Pilar och båge", []),
    ("Danish Krone", []), ("Puerto Rico", []), ("Rio Grande do Norte", []), ("Jacobi", []),
    # a shop's, a bank's, a temple's name after a given name
    ("Beställ från Panini Grill", []),
    ("Hanna Sport, Lakshmi Bank och Krishna Temple", []),
    ("Tapaaminen Sakari Salon kanssa siirtyy torstaille.", ["Sakari Salon"]),
])
def test_names_of_the_largest_groups_born_abroad(text, names):
    assert reported(text) == names


@pytest.mark.parametrize("word", ["Till", "Över", "Şide", "Gül", "Kuba", "Pula", "Eller", "Lukk", "Kulma", "Ica", "Georgian",
                                  "Goda", "Kala", "Lila", "Tank", "Prima", "Merchant", "Som", "Borde", "Natt", "Varma"])
def test_a_word_or_a_place_of_the_added_locales_is_in_no_gazetteer(word):
    listed = {fold(ln.strip()) for name in ("first_names.txt", "last_names.txt")
              for ln in resources.files("recognizers").joinpath(f"data/{name}").read_text("utf-8").splitlines()
              if ln.strip() and not ln.startswith("#")}
    assert fold(word) not in listed


# Placeholder names are found and marked synthetic, in either order and in
# capitals; a placeholder's family name that real people carry is real with
# another given name.
@pytest.mark.parametrize("text,name,synthetic", [
    ("Kontakt: Ola Nordmann", "Ola Nordmann", True),
    ("Kontakt: Kari Nordmann", "Kari Nordmann", True),
    ("Ringde Hans Nordmann om fakturan", "Hans Nordmann", False),
    ("Yhteyshenkilö Maija Meikäläinen", "Maija Meikäläinen", True),
    ("Kunde: Erika Mustermann", "Erika Mustermann", True),
    ("Kontakt Morten Menigmand", "Morten Menigmand", True),
    ("Customer John Doe called", "John Doe", True),
    ("Contact: Joe Bloggs", "Joe Bloggs", True),
    ("Contact: Anna Doe", "Anna Doe", False),
    ("Kontakt: Sven Svensson", "Sven Svensson", False),
    ("Kontakt: Anna Lindqvist", "Anna Lindqvist", False),
    # Þjóðskrá's synthetic population: "ÞÍ" where a middle name stands
    ("Í gær hringdi Baldur ÞÍ Jónsson", "Baldur ÞÍ Jónsson", True),
    ("Í gær hringdi Baldur Þ. Jónsson", "Baldur Þ. Jónsson", False),
])
def test_placeholder_names_are_synthetic(text, name, synthetic):
    found = [(text[c.start:c.end], c.check.synthetic) for c in PersonRecognizer().candidates(text)
             if c.score >= REPORT_THRESHOLD]
    assert found == [(name, synthetic)]


def test_a_placeholder_cell_in_capitals_and_last_first_order_is_synthetic():
    assert PersonRecognizer.check("NORDMANN, KARI") == Check(True, synthetic=True, kind="last_first")
    assert PersonRecognizer.check("Meikäläinen, Matti").synthetic
    assert not PersonRecognizer.check("Nordmann, Hans").synthetic
    assert PersonRecognizer.check("Guðrún ÞÍ Sigurðardóttir") == Check(True, synthetic=True, kind="full_name")


@pytest.mark.parametrize("value", NOT_PERSONS)
def test_not_persons(value):
    assert reported(value) == []


# A "Last, First" cell whose family name is a given name too, or whose given
# name is also a word (bench/accuracy.py misses, read), and an Icelandic
# patronymic on the genitive in -ar; a list of two given names counts
# under a column that names persons only.
@pytest.mark.parametrize("column,value,found", [
    ("kontaktperson", "Hanna, Christian", True),
    ("kontaktperson", "Anna, Erik", True),
    ("anteckning", "Anna, Erik", False),
    ("kenninafn", "Magnúsarson", True),
    ("kenninafn", "Hákonarson", True),
])
def test_comma_cells_and_genitive_patronymics(column, value, found):
    hits = [h for h in _detector().detect([value], column)[value].hits
            if h.entity_type == "PERSON" and h.score >= REPORT_THRESHOLD]
    assert bool(hits) is found and all((h.start, h.end) == (0, len(value)) for h in hits)


# A cell that is one name that is also a word or a company form counts only
# under a column that names persons: the hint lifts SCORE_HINTED_ONLY.
WORD_NAMES = ["Grace", "Per", "Bo", "Berg", "Lund", "Smith-Jones", "Lindqvist-Berg"]


@pytest.mark.parametrize("value", WORD_NAMES)
def test_a_name_that_is_a_word_scores_below_the_threshold_alone(value):
    assert scored(value) == [(value, SCORE_HINTED_ONLY)]
    assert SCORE_HINTED_ONLY < REPORT_THRESHOLD <= SCORE_HINTED_ONLY + CONTEXT_BOOST


@pytest.mark.parametrize("column,counts", [
    ("fornamn", True), ("efternamn", True), ("first_name", True), ("sukunimi", True),
    ("value", False), ("notes", False), ("produkt", False), ("season", False),
])
def test_a_name_that_is_a_word_counts_in_a_name_column_only(column, counts):
    from scanner.detection import Detector, DetectorConfig

    found = Detector(DetectorConfig(entities=("PERSON",))).detect(WORD_NAMES, column)
    reported_values = [v for v in WORD_NAMES if any(h.score >= REPORT_THRESHOLD for h in found[v].hits)]
    assert reported_values == (WORD_NAMES if counts else [])


# Given names the lists lack (Brazilian, Argentinian) with a known family
# name: a whole cell counts under a column that names persons, as a word
# name does, and nowhere else ("Nordic Walker" in a product column).
UNKNOWN_GIVEN = ["Bruna Brito", "Isaque Lopes", "Lautaro Nahuel Garcia", "Brito, Bruna"]


@pytest.mark.parametrize("column,counts", [
    ("kundnamn", True), ("full_name", True), ("nimi", True),
    ("", False), ("notes", False), ("produkt", False),
])
def test_unknown_given_names_with_a_known_family_name_count_in_a_name_column_only(column, counts):
    from recognizers._names import classify
    from scanner.detection import Detector, DetectorConfig

    assert [classify(w) for w in ("Bruna", "Isaque", "Lautaro", "Nahuel")] == [0, 0, 0, 0]  # the premise
    found = Detector(DetectorConfig(entities=("PERSON",))).detect(UNKNOWN_GIVEN + ["Smith Group"], column)
    reported_values = [v for v, r in found.items() if any(
        (h.start, h.end) == (0, len(v)) and h.score >= REPORT_THRESHOLD for h in r.hits)]
    assert reported_values == (UNKNOWN_GIVEN if counts else [])


# In free text such a name counts where a word that introduces a person
# stands before it, as a lone known name does, and not when a capitalised
# word after it makes a firm of it.
@pytest.mark.parametrize("text,names", [
    ("Ringde Bruna Brito om fakturan.", ["Bruna Brito"]),
    ("Kunden Lautaro Nahuel Garcia har flyttat", ["Lautaro Nahuel Garcia"]),
    ("Spoke to Bruna Brito yesterday", ["Bruna Brito"]),
    ("Handläggare: Bruna Brito", ["Bruna Brito"]),
    ("Ringde Bruna Brito Consulting om avtalet", []),
    # a trade before a family name is a small firm's name
    ("Ringde Elektro Nilsson om offerten", []), ("Pratade med Taxi Hansen", []),
    ("Soitin Kiinteistö Virtaselle", []), ("Ringede til Rør Jensen i går", []),
    ("Mötet gäller Bruna Brito-projektet", []),
])
def test_unknown_given_names_with_a_known_family_name_after_a_person_lead(text, names):
    assert reported(text) == names


def test_an_initial_and_a_family_name_keep_their_reading_after_an_unknown_given_name():
    # free text reads "R. Brito" as a name that counts alone; the whole cell's
    # reading, which counts under a name column only, does not replace it
    assert reported("Bruna R. Brito") == ["R. Brito"]


# Capitalised particles (Belgian, Italian, French, Portuguese names) inside a
# cell that is nothing but a name, and in free text after a known given name
# before a capitalised word: the Swedish "De" before a small word is "they".
@pytest.mark.parametrize("text,names", [
    ("Barbara De Clercq", ["Barbara De Clercq"]), ("Marco Di Stefano", ["Marco Di Stefano"]),
    ("João Dos Santos", ["João Dos Santos"]), ("Antonella das Neves", ["Antonella das Neves"]),
    ("De Clercq", []), ("Barbara De", []),
    # in free text after a known given name, before a capitalised word, a
    # known family name or not ("Le Brizec"); not the Swedish "De" (they)
    ("Ringde Barbara De Clercq om fakturan", ["Barbara De Clercq"]),
    ("Kunden Irène Van den Bergh ringde", ["Irène Van den Bergh"]),
    ("Thanks to Oscar Le Brizec for the patch.", ["Oscar Le Brizec"]),
    ("Ringde Anna De ville ha offerten", ["Anna"]),
    # no name after it: what it is besides, here a family name (Lê)
    ("Ringde Anna Le om fakturan", ["Anna Le"]),
])
def test_capitalised_particles_inside_a_name(text, names):
    assert reported(text) == names


# -- the contract --------------------------------------------------------------
def test_contract():
    assert R.ENTITY == "PERSON"
    assert R.NEEDS == "upper"
    assert R.COINCIDENCE == 1.0  # no check digit: no coincidence test
    cands = list(R.candidates("Ringde Anna Lindqvist om fakturan"))
    assert len(cands) == 1 and isinstance(cands[0], Candidate)
    c = cands[0]
    assert c.check.valid and c.check.checksum is None and not c.check.synthetic
    assert R.check("Anna Lindqvist").valid
    assert not R.check("Lindqvist Bygg AB").valid
    assert not R.check("Ringde Anna Lindqvist om fakturan").valid  # not whole
    assert R.validate_result("Matti Virtanen") is True


# regression (bench/accuracy.py): Danish and Finnish titles and verbs are
# context as the Swedish "fru"/"herr" are.  These family names are also words
# or inflected, so a title alone scores below the threshold.
@pytest.mark.parametrize("text,name", [
    ("Mødet med hr. Skov flyttes til torsdag.", "Skov"),
    ("Ringede til dr. Skov om fakturaen i morges.", "Skov"),  # the verb, not the title
    ("Tapaaminen rouva Rantalan kanssa siirtyy torstaille.", "Rantalan"),
    ("Puhuin neiti Virtasen kanssa eilen.", "Virtasen"),
    ("Mötet med fru Berg flyttas till torsdag.", "Berg"),  # as before
])
def test_titles_are_context_in_every_language(text, name):
    assert [(text[c.start:c.end], c.score) for c in R.candidates(text)] == [(name, SCORE_TITLE_UNKNOWN)]
    hits = [h for h in _detector().detect_value(text).hits if h.entity_type == "PERSON"]
    assert [(text[h.start:h.end], h.context, h.score >= REPORT_THRESHOLD) for h in hits] == [(name, True, True)]


# A full stop after a title that is a word ends a sentence as often: the
# capitalised word after it is a name only if it is a known one.  After an
# abbreviation ("Hr.", "Dr.", "Mrs.") any capitalised word still is.
@pytest.mark.parametrize("text,names", [
    ("Eksempel nylig fru. Anholdelse de mandskab magt.", []),  # Faker's Danish lorem
    ("Han kom med sin fru. Stor fest i går.", []),
    ("Kontakta fru. Lindqvist om fakturan.", ["Lindqvist"]),
    ("Hr. Hansen ringede i går.", ["Hansen"]),
    ("Frk. Jensen ringede i går.", ["Jensen"]),
    ("Mrs. Smith called yesterday.", ["Smith"]),
    ("Dr. Xyzabc ringde i går.", ["Xyzabc"]),
])
def test_a_full_stop_after_a_title(text, names):
    hits = [h for h in _detector().detect_value(text).hits if h.entity_type == "PERSON" and h.score >= REPORT_THRESHOLD]
    assert [text[h.start:h.end] for h in hits] == names


@lru_cache(maxsize=1)
def _detector():
    from scanner.detection import Detector

    return Detector()


def test_presidio_analyze():
    results = R.analyze("Kunden Ole Hansen ønsker å endre adressen", ["PERSON"])
    assert [(r.entity_type, r.start, r.end, r.score) for r in results] == [
        ("PERSON", 7, 17, SCORE_KNOWN)
    ]
    assert R.analyze("Kunden Ole Hansen", ["EMAIL_ADDRESS"]) == []


def test_only_valid_candidates():
    # Unlike the checksummed recognizers, PERSON yields matches only: the
    # verdict's coincidence test is for identifiers, not for every capital.
    text = "Idag Ringde Kunden Om Fakturan Och Anna Lindqvist Svarade"
    assert all(c.check.valid and c.score > 0 for c in R.candidates(text))


def test_gazetteer_files():
    base = resources.files("recognizers").joinpath("data")
    for name, low, high in (("first_names.txt", 3000, 12000), ("last_names.txt", 1000, 12000)):
        text = base.joinpath(name).read_text("utf-8")
        header = [ln for ln in text.splitlines() if ln.startswith("#")]
        names = [ln for ln in text.splitlines() if ln and not ln.startswith("#")]
        assert any("MIT" in ln for ln in header) and any("Faker" in ln for ln in header)
        assert low <= len(names) <= high
        assert len({n.casefold() for n in names}) == len(names)
        assert all(n == n.strip() and " " not in n for n in names)
    assert "MIT" in base.joinpath("NAMES_LICENSE.txt").read_text("utf-8")


# -- junk sweep -------------------------------------------------------------------
JUNK = [
    "", " ", "\t\n", "€", "😴", "\x00", "A", "-", "'", "Anna-", "-Anna", "O'",
    "A" * 10_000, "a" * 10_000, "1" * 10_000, "Ab1" * 3_000, "Anna " * 2_000,
    "Anna-" * 2_000, "A'" * 5_000, "Anna, " * 2_000, "Anna Lindqvist\n" * 700,
    "Анна Lindqvist", "李 Lindqvist", "Anna 李 Lindqvist", "ΑΝΝΑ ΛΙΝΤΚΒΙΣΤ",
    "Anne\u0301 Lindqvist", "Anna\u00a0Lindqvist", "ǅ Lindqvist", "İstanbul Anna",
    "Mr", "Mr.", "Dr. ", "af", "von Linné", "Lindqvist,", ", Anna", "AB", "12 34",
]


@pytest.mark.parametrize("value", JUNK, ids=lambda v: repr(v[:20]))
def test_junk_never_raises(value):
    # Timing is measured in bench/, never asserted here (DESIGN.md); the
    # inputs include the shapes that make a careless regex backtrack.
    for c in R.candidates(value):
        assert 0 <= c.start < c.end <= len(value)
        assert c.check.valid
    R.check(value)


def test_check_none():
    assert not R.check(None).valid  # the STYLE.md junk sweep feeds None


# -- recall and precision on Faker data ------------------------------------------
# Faker draws names from the very lists we ship, so this measures coverage of
# the shipped lists and of the rules (hyphens, prefixes, patronymics), not
# generalisation; HAND_WRITTEN below covers names outside Faker's combinations.
TEMPLATES = {
    "sv_SE": "Ringde {} om fakturan igår.",
    "no_NO": "Kunden {} ønsker å endre adressen.",
    "da_DK": "Kunden {} har ringet om regningen.",
    "fi_FI": "Asiakas {} soitti laskusta.",
    "en_US": "Spoke to {} about the renewal.",
    "is_IS": "Viðskiptavinurinn {} hringdi í dag.",
}


def _faker(locale: str, seed: int) -> Faker:
    fake = Faker(locale)
    fake.seed_instance(seed)
    return fake


@pytest.mark.parametrize("locale", sorted(TEMPLATES))
def test_recall_on_faker_names(locale):
    fake = _faker(locale, 20240601)
    names = [fake.name() for _ in range(300)]
    in_cells = sum(bool(spans(n)) for n in names) / len(names)
    hits = 0
    for name in names:
        text = TEMPLATES[locale].format(name)
        a = text.index(name)
        b = a + len(name)
        hits += any(c.start < b and c.end > a for c in R.candidates(text))
    in_text = hits / len(names)
    assert in_cells >= 0.9, (locale, in_cells)
    assert in_text >= 0.8, (locale, in_text)


@pytest.mark.parametrize("locale", ["sv_SE", "no_NO", "da_DK", "fi_FI", "en_US"])
def test_precision_on_faker_companies_and_streets(locale):
    fake = _faker(locale, 7)
    # A company named by a bare family name (Faker fi_FI: "Koskinen", a
    # quarter of its companies) is a family name as far as the value goes;
    # the column-name hints (firma, yritys, company) decide those, so one-word
    # company names are left out.  Double names ("Smith-Jones") stay in.
    companies: list[str] = []
    while len(companies) < 300:
        company = fake.company()
        if not company.isalpha():
            companies.append(company)
    streets = [fake.street_address() for _ in range(300)]
    for values in (companies, streets):
        flagged = [v for v in values if reported(v)]
        assert len(flagged) / len(values) <= 0.05, flagged[:10]


# Combinations not produced by Faker: common Nordic given names with family
# names outside the shipped lists (compound and patronymic forms).
HAND_WRITTEN = [
    "Kjell-Åke Bergkvist", "Ulla-Britt Sjöholm", "Gunnel Wikström", "Sixten Ljungqvist",
    "Torbjørn Haugeland", "Synnøve Rørvik", "Ragnhild Fjeldstad", "Eirik Solberg",
    "Mogens Kjærgaard", "Birthe Damgaard", "Jørgen Skovgaard", "Karen Mikkelsen",
    "Pirkko Hämäläinen", "Seppo Kiiskinen", "Aune Paananen", "Reijo Tuominen",
    "Guðmundur Ragnarsson", "Sigrún Þórðardóttir", "Ólafur Einarsson", "Hólmfríður Jónsdóttir",
]


@pytest.mark.parametrize("name", HAND_WRITTEN)
def test_hand_written_names(name):
    assert spans(name) == [name]
    assert spans(f"Idag ringde {name} om fakturan.") == [name]


# -- columns full of look-alikes (rules/column_hints.yaml ``against``) ---------------------

# Product and place names that read as a given name and a family name, or a
# given name alone (each a real brand, product or town, none a person).
LOOK_ALIKES = ["Tine Helmelk", "Georg Jensen Daisy", "Simo", "Kaarina", "Tim"]
# Names of people, as a person column of the same table holds them.
PEOPLE = ["Anna Lindqvist", "Ole Hansen", "Mette Kjærgaard", "Pirkko Hämäläinen", "Guðmundur Ragnarsson",
          "Eirik Solberg"]


@pytest.mark.parametrize(("column", "hinted", "against"), [
    ("produkt", False, True), ("product_name", False, True), ("ProductName", False, True),
    ("produktnamn", False, True), ("tuotenimi", False, True), ("varenavn", False, True),
    ("city_name", False, True), ("ort", False, True), ("kaupunki", False, True), ("kommune", False, True),
    # a role beside the product word hints at a person: the hint stands
    ("product_owner", True, False), ("produkt_ansvarig", True, False), ("produktansvarig", True, False),
    ("kundansvarig", True, False), ("saksbehandler", True, False), ("namn", True, False),
    # a whole-token word ("=ort") is no prefix: "ortodontist" and "orten" say nothing
    ("ortodontist", False, False), ("baby", False, False),
    # the Danish town ("by"), and a user's name ("created_by" holds the "by")
    ("by", False, True), ("postnr_by", False, True), ("kunde_by", False, True),
    ("created_by", True, False), ("ModifiedBy", True, False),
])
def test_column_names_for_and_against_persons(column, hinted, against):
    found_hinted, found_against = _detector().hints.for_column(column)
    assert ("PERSON" in found_hinted, "PERSON" in found_against) == (hinted, against)


def test_the_ip_hint_still_wins_over_version():
    assert _detector().hints.for_column("ip_version") == (frozenset({"IP_ADDRESS"}), frozenset())


@pytest.mark.parametrize("column", ["produkt", "product_name", "produktnamn", "tuote", "city_name", "ort", "by"])
def test_product_and_place_columns_hold_no_persons(column, column_verdict):
    """The issue: product names must not become persons.  Each look-alike is
    a person's name on its own (``value``), so the column name decides."""
    values = LOOK_ALIKES * 10
    assert column_verdict(_detector(), values, column, "PERSON") is None
    assert column_verdict(_detector(), values, "value", "PERSON") == (50, 50)


def test_a_name_with_its_own_context_counts_in_a_product_column(column_verdict):
    values = LOOK_ALIKES * 10 + ["Kontaktperson: Anna Lindqvist"]
    assert column_verdict(_detector(), values, "produkt", "PERSON") == (1, 51)


@pytest.mark.parametrize("column", ["product_owner", "produktansvarig", "saksbehandler", "kundansvarig", "created_by"])
def test_role_columns_hold_persons(column, column_verdict):
    assert column_verdict(_detector(), PEOPLE * 10, column, "PERSON") == (60, 60)


# -- a family name without its given name (bench/person_holdout_11.yaml) -------------------

FAMILY_NAMES = [
    # after a person noun, a lead or a role's label; before a person's verb
    ("Kunden Lindqvist ringde i morse om fakturan.", ["Lindqvist"]),
    ("Asiakas Virtanen soitti aamulla.", ["Virtanen"]),
    ("Pratade med Lindqvist om förnyelsen.", ["Lindqvist"]),
    ("Spoke to Smith about the renewal.", ["Smith"]),
    ("Saksbehandler: Hansen", ["Hansen"]),
    ("Käsittelijä: Virtanen", ["Virtanen"]),
    ("Contact person: Smith", ["Smith"]),
    ("Virtanen soitti ja pyysi uutta laskua.", ["Virtanen"]),
    ("Kunden Lindqvist Berg ringde.", ["Lindqvist Berg"]),
    # a name that is mostly a word: alone after a person noun or a label only
    ("Kunden Berg ringde i går.", ["Berg"]),
    ("Ansvarig: Lund", ["Lund"]),
    # initials: by themselves, and for a word-like name in a frame
    ("A. Lindqvist har godkänt offerten.", ["A. Lindqvist"]),
    ("J. Smith approved the quote.", ["J. Smith"]),
    ("Mvh A. K. Virtanen", ["A. K. Virtanen"]),
    ("Signed: J. Smith", ["J. Smith"]),
    ("Mvh A. Lund", ["A. Lund"]),
    ("S. Brown approved the quote.", ["S. Brown"]),
    ("Kunden A. Lindqvist-Berg ringde.", ["A. Lindqvist-Berg"]),
    # a role's label before a lone given name too
    ("Handläggare: Anna", ["Anna"]),
    ("Contact person: John", ["John"]),
    ("Handler: Grace", ["Grace"]),
    # no person: firms, towns, things, word-like names in weak frames
    ("Kontakt: Lindqvist Fastigheter AB", []),
    ("Kunden Bakke Eiendom AS ringte i dag.", []),
    ("Snakket med Hansen Transport AS om leveransen.", []),
    ("Møtet holdes hos Moen RFH, Storgata 1.", []),
    ("Mødet holdes hos Birch-Iqbal, Vestergade 99.", []),
    ("Spoke to Johnson & Johnson about the recall.", []),
    ("Signed: Smith & Partners Ltd", []),
    ("Varorna skickades till Lund i går.", []),
    ("Pratade med Lund om bygglovet.", []),
    ("Spoke to Young about the renewal.", []),
    ("Customer Price update for March.", []),
    ("Projektet Nyström startar i maj.", []),
    ("Stiftelsen Wallenberg beviljade medel.", []),
    ("T. Strand", []),
    # an attribute path's capitals are no initials
    ("  [ 33, Parser.C.COLON ],", []),
    ("name = obj.A.Lindqvist", []),
    # in the genitive, owning what only a person has (bench/person_holdout_12.yaml)
    ("Lindqvists telefonnummer har ändrats.", ["Lindqvist"]),
    ("Hansens telefonnummer er endret.", ["Hansen"]),
    ("Smith's phone number has changed.", ["Smith"]),
    ("Anderssons telefonnummer har ändrats.", ["Andersson"]),
    ("Anderssons Måleri skickade offerten.", []),
    ("Jensens Bøfhus har åbnet igen.", []),
    ("Bergs telefonnummer har ändrats.", ["Berg"]),
    # with a Finnish case ending, alone and after a given name
    ("Puhuin Virtasen kanssa sopimuksesta.", ["Virtasen"]),
    ("Lähetin laskun Korhoselle eilen.", ["Korhoselle"]),
    ("Sain viestin Niemiseltä aamulla.", ["Niemiseltä"]),
    ("Virtasen puhelinnumero on vaihtunut.", ["Virtasen"]),
    ("Lähetin laskun Ville Virtaselle eilen.", ["Ville Virtaselle"]),
    ("Lähetin tarjouksen Virtanen Oy:lle eilen.", []),
    ("Puhuin Salon kanssa.", []),
    # in a series joined by a word, whose ends make persons of its members
    ("Lindqvist och Nilsson ringde om fakturan.", ["Lindqvist", "Nilsson"]),
    ("Möte med Nilsson och Lindqvist på fredag.", ["Nilsson", "Lindqvist"]),
    ("Virtanen ja Korhonen soittivat laskusta.", ["Virtanen", "Korhonen"]),
    ("Meeting with Jones and Smith on Friday.", ["Jones", "Smith"]),
    ("Møte med Hansen og Berg på fredag.", ["Hansen", "Berg"]),
    ("Möte med Lindqvist & Nilsson Advokatbyrå på fredag.", []),
    ("Meeting with Smith & Wesson on Friday.", []),
    ("Bokade tid hos Lindqvist och Nilsson.", []),
    ("Pratade med Lund och Berg om bygglovet.", []),
]


@pytest.mark.parametrize("text,expected", FAMILY_NAMES)
def test_a_family_name_without_its_given_name(text, expected):
    assert reported(text) == expected


# -- a case followed up, handed over, owned (bench/person_holdout_13.yaml) ------------------

FOLLOW_UP = [
    ("Följ upp med Anna nästa vecka.", ["Anna"]),
    ("Follow up with John next week.", ["John"]),
    ("Återkoppla till Erik senast fredag.", ["Erik"]),
    ("Ärendet är tilldelat Erik sedan i går.", ["Erik"]),
    ("Saken er tildelt Ole fra i dag.", ["Ole"]),
    ("Sagen er overdraget til Mette.", ["Mette"]),
    ("The case was assigned to John yesterday.", ["John"]),
    ("Tapaus siirrettiin Ainolle eilen.", ["Ainolle"]),
    ("Odotamme vastausta Ainolta.", ["Ainolta"]),
    ("Anna ansvarar för leveransen.", ["Anna"]),
    ("Ole har ansvaret for leveransen.", ["Ole"]),
    ("Mette er ansvarlig for leveringen.", ["Mette"]),
    ("Aino vastaa toimituksesta.", ["Aino"]),
    ("John is responsible for the delivery.", ["John"]),
    ("Per ansvarar för leveransen.", ["Per"]),
    ("Liv har ansvaret for leveransen.", ["Liv"]),
    ("Anna behöver en ny offert.", ["Anna"]),
    ("Mette har brug for et nyt tilbud.", ["Mette"]),
    ("Aino tarvitsee uuden tarjouksen.", ["Aino"]),
    ("John needs a new quote by Friday.", ["John"]),
    ("Erik fick fel faktura i mars.", ["Erik"]),
    ("John received the wrong invoice.", ["John"]),
    ("Anna, ekonomiansvarig, meddelade att fakturan är betald.", ["Anna"]),
    ("Per, ekonomiansvarig, meddelade att fakturan är betald.", ["Per"]),
    ("John, our finance manager, confirmed the payment.", ["John"]),
    # things in the same frames
    ("Alexa behöver en ny laddare.", []),
    ("Alexa needs a software update.", []),
    ("Soffan Linnea fick nytt tyg i mars.", []),
    ("The boat Emma received a new engine.", []),
    ("Linnea, vår bästsäljare, är slut i lager.", []),
    ("Victoria is responsible for the delay.", []),
    # beside a contact detail (bench/person_holdout_14.yaml)
    ("Anna (070-174 06 05) vill bli uppringd.", ["Anna"]),
    ("Anna: 070-174 06 05", ["Anna"]),
    ("Lindqvist, tel. 070-174 06 05", ["Lindqvist"]),
    ("Aino <asiakas@example.fi>", ["Aino"]),
    ("Per (+46 70 174 06 05)", ["Per"]),
    ("Ring upp Anna i morgon.", ["Anna"]),
    ("Call back John tomorrow.", ["John"]),
    ("Emma (2019) är vår mest sålda soffa.", []),
    ("Linnea: 3.2.1 släpptes i dag.", []),
    ("Emma, art.nr. 400123 er udsolgt.", []),
    ("Stella (1200 x 800 mm) is out of stock.", []),
    ("Lund, tlf. 070-174 06 56", []),
    ("Victoria (+46 70 174 06 57)", []),
    # coming to a meeting, a birthday, taking over, a role in parentheses (bench/person_holdout_15.yaml)
    ("Erik kommer på mötet i morgon.", ["Erik"]),
    ("Aino osallistuu kokoukseen huomenna.", ["Aino"]),
    ("John is joining the meeting tomorrow.", ["John"]),
    ("Anna fyller 50 på lördag.", ["Anna"]),
    ("John turns 50 on Saturday.", ["John"]),
    ("Ole overtar kunden fra mai.", ["Ole"]),
    ("John takes over the account in May.", ["John"]),
    ("Aino ottaa asiakkuuden hoitaakseen.", ["Aino"]),
    ("Lindqvist (VD) är beslutsfattare i ärendet.", ["Lindqvist"]),
    ("Vik (daglig leder) er beslutningstaker.", ["Vik"]),
    ("Båten Maria fyller 100 år i år.", []),
    ("Kollektionen Linnea fyller 10 år i höst.", []),
    ("The app Alma turns one tomorrow.", []),
    ("Maria (the boat) is joining the regatta.", []),
    ("Linnea kommer på rea i sommar.", []),
    ("Linnea fyller på lagret.", []),
    # the subject after its verb, copy lines (bench/person_holdout_16.yaml)
    ("I går skickade Erik den nya offerten.", ["Erik"]),
    ("Nu har Ole svart på tilbudet.", ["Ole"]),
    ("I morgon kommer Erik på mötet.", ["Erik"]),
    ('"Vi förnyar avtalet", sa Anna.', ["Anna"]),
    ('"We will renew the contract," said John.', ["John"]),
    ('"Vi förnyar avtalet", sa Hans.', ["Hans"]),
    ("Har Anna svarat på offerten?", ["Anna"]),
    ("Kopia till Anna.", ["Anna"]),
    ("cc: John", ["John"]),
    ("Ring Erik den 5 maj.", ["Erik"]),
    ("I går skickade vi Linnea till kunden.", []),
    ("I går såldes Linnea slut på en timme.", []),
    ("Nu har Linnea kommit in i lager igen.", []),
    ("Nu har Emma fået nyt betræk.", []),
    ("I morgen kommer Emma i ny farge.", []),
    ("Has Alexa been updated yet?", []),
    # chased, reminded, waited on, sent something (bench/person_holdout_17.yaml)
    ("Påminde Anna om fakturan i dag.", ["Anna"]),
    ("Purret på Ole om betalingen.", ["Ole"]),
    ("Väntar på Anna innan vi skickar offerten.", ["Anna"]),
    ("Waiting on John before we send the quote.", ["John"]),
    ("Skickade Anna avtalet i går.", ["Anna"]),
    ("Sent Sarah the contract yesterday.", ["Sarah"]),
    ("Sent Grace the contract yesterday.", ["Grace"]),
    ("Chased John for payment today.", ["John"]),
    ("Spoke w/ John about the renewal.", ["John"]),
    ("Sa till Anna att leveransen är försenad.", ["Anna"]),
    ("Karhusin Annalta maksua tänään.", ["Annalta"]),
    ("Muistutin Pekkaa laskusta.", ["Pekkaa"]),
    ("John's out until Monday.", ["John"]),
    ("Left a voicemail for John.", ["John"]),
    ("Skickade Linnea till kunden i går.", []),
    ("Väntar på Linnea i lager innan vi skickar.", []),
    ("Waiting on Linnea restock from the factory.", []),
    ("Sent Alexa a voice command.", []),
    ("Emma's out of stock again.", []),
    # to be reached (bench/person_holdout_18.yaml)
    ("Hör av dig till Anna i morgon.", ["Anna"]),
    ("Ring tilbake til Ole i morgen.", ["Ole"]),
    ("Tag fat i Mette om fakturaen.", ["Mette"]),
    ("Gi beskjed til Ole om leveransen.", ["Ole"]),
    ("Otin yhteyttä Annaan sopimuksesta.", ["Annaan"]),
    ("Ota yhteyttä Virtaseen huomenna.", ["Virtaseen"]),
    ("Reach out to John about the contract.", ["John"]),
    ("Get in touch with John tomorrow.", ["John"]),
    ("Touch base with Sarah next week.", ["Sarah"]),
    ("Fly back to Sofia tomorrow.", []),
    ("Reach out to Alexa support about the device.", []),
    ("Hör av dig till Linnea Resor i morgon.", []),
    ("Tag fat i Emma Møbler om leveringen.", []),
    ("Otin yhteyttä Alman tukeen eilen.", []),
    ("Møtet med Christine Flowers flyttes til torsdag.", ["Christine Flowers"]),
    # with the writer, from a department, asked, thanked (bench/person_holdout_19.yaml)
    ("Anna och jag gick igenom budgeten.", ["Anna"]),
    ("Jeg og Ole møtte kunden.", ["Ole"]),
    ("Minä ja Aino kävimme asiakkaalla.", ["Aino"]),
    ("John and I reviewed the contract.", ["John"]),
    ("Me and Sarah met the client.", ["Sarah"]),
    ("Per och jag har gått igenom offerten.", ["Per"]),
    ("Anna från ekonomi ringde.", ["Anna"]),
    ("Henrik fra salg tar kontakt.", ["Henrik"]),
    ("Mette fra bogholderiet har svaret.", ["Mette"]),
    ("Pekka myynnistä soitti.", ["Pekka"]),
    ("Aino talousosastolta soitti.", ["Aino"]),
    ("John from accounting approved it.", ["John"]),
    ("Ole fra IT-avdelingen ringte.", ["Ole"]),
    ("Anna på kundtjänst har svarat kunden.", ["Anna"]),
    ("Grace from accounting approved the refund.", ["Grace"]),
    ("Frågade Lisa om hon fått fakturan.", ["Lisa"]),
    ("Spurte Ole om han hadde fått fakturaen.", ["Ole"]),
    ("Asked John whether the invoice arrived.", ["John"]),
    ("Tack för hjälpen Anna!", ["Anna"]),
    ("Takk for i dag, Ole!", ["Ole"]),
    ("Kiitos avusta, Aino!", ["Aino"]),
    ("Thanks for your help, John.", ["John"]),
    ("Takk for hjelpen, Tom.", ["Tom"]),
    ("Alexa and I are not friends.", []),
    ("Siri och jag förstår inte varandra.", []),
    ("Frågade Alexa om vädret i morgon.", []),
    ("Asked Alexa whether it would rain.", []),
    ("Kysyin Alexalta säätä huomiseksi.", []),
    ("Emma in sales figures rose by 10 %.", []),
    ("Linnea från lagret levereras i morgon.", []),
    ("Flyget till Sofia från Arlanda är försenat.", []),
    ("Thanks for tonight, Sofia!", []),
    ("Thanks for choosing Emma!", []),
    ("Tack för att du valde Linnea!", []),
    ("Thanks for your help today, June.", []),
    # a place's preposition before a name-shaped town: no subject
    ("Kunden från Karlstad ringde i går.", []),
    ("Kunden i Halmstad ringde om fakturan.", []),
    # brands and designs named after people (bench/person_holdout_20.yaml)
    ("Kunden köpte en Paul Smith skjorta.", []),
    ("Ted Baker klänningar är slut.", []),
    ("Bestilte en Hanna Andersson genser.", []),
    ("The order had two Kate Spade handbags.", []),
    ("Asiakas palautti Tommy Hilfiger takin.", []),
    ("Kunden returnerede et Georg Jensen ur.", []),
    ("Leasingavtale for en Mercedes Benz.", []),
    ("Johnnie Walker and Jim Beam are on the order.", []),
    ("Anna Lindqvist ringde om sin väska.", ["Anna Lindqvist"]),
    ("Erik Johansson stol 4 vid fönstret.", ["Erik Johansson"]),
    ("John Smith watch list updated.", ["John Smith"]),
    ("Kunden Calvin Klein ringde i går.", ["Calvin Klein"]),
    ("Anna Lindqvist ur styrelsen har ringt.", ["Anna Lindqvist"]),
    # a customer's or colleague's deed (bench/person_holdout_21.yaml)
    ("Erik har beställt nya licenser.", ["Erik"]),
    ("Ole har betalt fakturaen.", ["Ole"]),
    ("Aino on maksanut laskun.", ["Aino"]),
    ("Offerten godkändes av Anna i går.", ["Anna"]),
    ("Kontrakten ble signert av Ole.", ["Ole"]),
    ("The contract was signed by John.", ["John"]),
    ("Sopimuksen allekirjoitti Aino.", ["Aino"]),
    ("Anna tar hand om ärendet.", ["Anna"]),
    ("Mette tager sig af sagen.", ["Mette"]),
    ("Aino hoitaa asian.", ["Aino"]),
    ("Rebecca will handle the onboarding.", ["Rebecca"]),
    ("Per tar hand om reklamationen.", ["Per"]),
    ("Linnea har beställts av tre kunder i dag.", []),
    ("Linnea har betalt sig hjem på et år.", []),
    ("Emma has paid for itself already.", []),
    ("Fakturaen fra Abrahamsen, Knutsen og Aune er betalt.", []),
    ("Emma tar hand om ryggen medan du sover.", []),
    ("Alexa will handle the lights.", []),
    ("Linnea ble godkjent av Mattilsynet i går.", []),
    ("Paketet beställt av Sofia i Bulgarien.", []),
    ("Laskun lähetti Alma automaattisesti.", []),
    # where and how a person is (bench/person_holdout_22.yaml)
    ("Erik från Karlstad ringde i morse.", ["Erik"]),
    ("John from Leeds called about the invoice.", ["John"]),
    ("Kari bor i Tromsø nå.", ["Kari"]),
    ("Aino asuu Tampereella.", ["Aino"]),
    ("Ole tar ikke telefonen.", ["Ole"]),
    ("Mette svarer ikke på mails.", ["Mette"]),
    ("John isn't answering his phone.", ["John"]),
    ("Erik jobbar deltid från och med maj.", ["Erik"]),
    ("Ole er permittert.", ["Ole"]),
    ("Anna föredrar telefon.", ["Anna"]),
    ("John prefers email.", ["John"]),
    ("Emma fra Aalborg er udsolgt.", []),
    ("Sofia i Bulgarien har svarat på vår förfrågan.", []),
    ("Linnea bor i lagret tills vidare.", []),
    ("Alexa isn't answering any questions.", []),
    ("Alexa ei vastaa kysymyksiin.", []),
    ("Emma prefers a firm base.", []),
    ("Emma prefers phone-free evenings.", []),
    # a chat's mention; a name inside an e-mail address is the address's
    ("@Anna kan du ringa kunden?", ["Anna"]),
    ("Hej @Erik, se nedan.", ["Erik"]),
    ("@Per tar du den?", ["Per"]),
    ("Mejla ANNA.LINDQVIST@EXAMPLE.SE i dag.", []),
    ("Skicka till Anna.Lindqvist@example.se i dag.", []),
    ("Skriv till support@Anna.example.se i dag.", []),
    # those present, job titles, logins and demos (bench/person_holdout_23.yaml)
    ("Deltagare: Anna, Erik och Karin.", ["Anna", "Erik", "Karin"]),
    ("Attendees: John, Sarah.", ["John", "Sarah"]),
    ("Ole er innkjøpssjef hos kunden.", ["Ole"]),
    ("John is head of procurement at the customer.", ["John"]),
    ("Per är inköpschef hos kunden.", ["Per"]),
    ("Ring inköparen Erik.", ["Erik"]),
    ("Lars behöver hjälp med inloggningen.", ["Lars"]),
    ("John couldn't log in this morning.", ["John"]),
    ("Bokat demo med Karin nästa tisdag.", ["Karin"]),
    ("Produkter: Linnea, Emma och Alma.", []),
    ("Linnea är bästsäljare i butiken.", []),
    ("Alma behöver en uppdatering.", []),
    ("Emma couldn't load the page.", []),
    ("Alma on markkinajohtaja.", []),
    # wanting a quote, in touch, a new password, pleased, his or her (bench/person_holdout_24.yaml)
    ("Karin vill ha en offert på tio licenser.", ["Karin"]),
    ("Søren ønsker en demo.", ["Søren"]),
    ("Anna hörde av sig angående fakturan.", ["Anna"]),
    ("Ole skal ta kontakt i morgen.", ["Ole"]),
    ("Mette har fået nyt password.", ["Mette"]),
    ("Sarah is happy with the new version.", ["Sarah"]),
    ("Emily reset her password twice.", ["Emily"]),
    ("Emma vil gerne have en fast madras.", []),
    ("Linnea har fått ny färg i år.", []),
    ("Emma is happy to announce a new mattress.", []),
    ("Emma reset its settings after the update.", []),
    ("Linnea and her sisters are sold out.", []),
    # a working life (bench/person_holdout_25.yaml)
    ("Anna jobbar på Volvo sedan 2018.", ["Anna"]),
    ("John works at Volvo.", ["John"]),
    ("Aino työskentelee Nokialla.", ["Aino"]),
    ("Anna börjar den 1 maj.", ["Anna"]),
    ("Ole slutter i juni.", ["Ole"]),
    ("John started on Monday.", ["John"]),
    ("Vikarie för Anna under sommaren.", ["Anna"]),
    ("John covers for Sarah this week.", ["John", "Sarah"]),
    ("Ole hadde spørsmål om fakturaen.", ["Ole"]),
    ("Anna gifte sig i somras.", ["Anna"]),
    ("Anna har fått barn.", ["Anna"]),
    ("Linnea börjar den 1 maj i alla butiker.", []),
    ("Emma slutar den 30 juni i sortimentet.", []),
    ("Kampanjen Linnea börjar den 1 maj.", []),
    ("Emma works at Jysk stores only.", []),
    ("Alma works on Android and iOS.", []),
    ("Linnea starts shipping on Monday.", []),
    # technical English read against the engine (site-packages' comments and docs)
    ("As mentioned above, the size is expanded.", []),
    ("Simple style with MS Visual Studio colors.", []),
    ("For example the MS Kerberos OID.", []),
    ("Max number of digits in the integral part.", []),
    ("MR SMITH called yesterday.", ["SMITH"]),
    ("Max telefon är avstängd.", ["Max"]),
    ("We still need Charles signature on the renewal.", ["Charles"]),
    # thanking, out of reach, to be talked to, approved in the perfect (bench/person_holdout_26.yaml)
    ("Anna tackade för hjälpen.", ["Anna"]),
    ("John thanked us for the help.", ["John"]),
    ("Anna var inte anträffbar.", ["Anna"]),
    ("Aino ei ollut tavoitettavissa.", ["Aino"]),
    ("Tala med Anna om detta.", ["Anna"]),
    ("Anna har godkänt offerten.", ["Anna"]),
    ("John is leaving at the end of June.", ["John"]),
    ("Emma har godkänts av Möbelfakta.", []),
    ("Emma har været godkendt siden 2019.", []),
    ("Alexa was not reachable from the app.", []),
    ("Talk to Alma support about the error.", []),
    ("Spoke to Alma support about the error.", []),
    # met, visited, on someone's behalf (bench/person_holdout_27.yaml)
    ("Ringde kunden på uppdrag av Anna.", ["Anna"]),
    ("Ringte kunden på vegne av Ole.", ["Ole"]),
    ("Called the customer on behalf of John.", ["John"]),
    ("Kävin Pekan luona eilen.", ["Pekan"]),
    ("Soitin asiakkaalle Annan puolesta.", ["Annan"]),
    ("Tapasin Mikon eilen messuilla.", ["Mikon"]),
    ("Tavoitin Pekan vasta illalla.", ["Pekan"]),
    ("Ringede på vegne af Emma butikkerne.", []),
    ("Asia hoidettiin Elisan toimesta.", []),
    ("Tapasin Alexan kautta uuden asiakkaan.", []),
    # a lone given name joined to a full name (bench/person_holdout_28.yaml)
    ("Anna och Erik Lindqvist kommer på fredag.", ["Anna", "Erik Lindqvist"]),
    ("Kontraktet står på Karin Berg och Anna sedan 2019.", ["Karin Berg", "Anna"]),
    ("Per og Ole Hansen kommer på fredag.", ["Per", "Ole Hansen"]),
    ("Aino ja Matti Virtanen tulevat perjantaina.", ["Aino", "Matti Virtanen"]),
    ("The booking is for Sarah Jones and John, two nights.", ["Sarah Jones", "John"]),
    ("Anna och Erik kommer på fredag.", []),  # no full name: the series needs a verb or a lead
    ("Anna, Erik Lindqvist kommer på fredag.", ["Erik Lindqvist"]),  # a comma: a vocative or a list
    ("Linnea och Erik Lindqvist AB levererar på fredag.", []),
    ("Kontrakten er med Mette og Lars Hansen ApS.", []),
    ("June and John Smith are coming on Friday.", ["John Smith"]),  # a month
    ("Victoria og Lars Hansen står på kontrakten.", ["Lars Hansen"]),  # a place too
    ("Sisko ja Matti Virtanen tulevat perjantaina.", ["Matti Virtanen"]),  # sister
    # an address's "care of" (spaCy's Danish test sentence "Kristiansen c/o Madsen")
    ("Skickas till Anna Berg c/o Lindqvist, Storgatan 1.", ["Anna Berg", "Lindqvist"]),
    ("Sendes til Kristiansen c/o Madsen.", ["Madsen"]),
    ("Skickas c/o Lindqvist Bygg AB, Storgatan 1.", []),
    # firms of names (Faker's company names in a sentence)
    ("Howard, Powell and Dunn har betalat fakturan.", []),  # a list opened by a family name
    ("Reid, Scott and Martin har betalat fakturan.", []),
    ("Kunden Lindqvist och Anna ringde.", ["Lindqvist", "Anna"]),  # no comma: two persons
    ("Bestillingen gjelder Kari Olsen og Anna, to netter.", ["Kari Olsen", "Anna"]),  # the comma ends it
    ("Meeting with Holm BA next week.", []),  # Norwegian legal forms
    ("Kunden Hansen ANS har betalt.", []),
    ("Virtanen Ay laskutti tilauksen.", []),
    # English address blocks (Faker's en_GB and en_US street addresses)
    ("Leveransadress: Flat 47\nLinda Cape, Cooperberg.", []),  # the flat's number ends the line before
    ("Ship to Studio 24\nHugh Pass, Youngstad by Friday.", []),
    ("Ship to 850 Love Run Apt. 813, North Erica by Friday.", []),
    ("Ordernr 12345\nAnna Lindqvist ringde.", ["Anna Lindqvist"]),
]


@pytest.mark.parametrize("text,expected", FOLLOW_UP)
def test_a_lone_name_in_the_frames_of_a_crm_note(text, expected):
    assert reported(text) == expected


# -- bench/person_holdout.yaml --------------------------------------------------------------

HOLDOUTS = [Path(__file__).resolve().parents[1] / "bench" / f
            for f in ("person_holdout.yaml", "person_holdout_2.yaml", "person_holdout_3.yaml",
                      "person_holdout_4.yaml", "person_holdout_5.yaml", "person_holdout_6.yaml",
                      "person_holdout_7.yaml", "person_holdout_8.yaml", "person_holdout_9.yaml",
                      "person_holdout_10.yaml", "person_holdout_11.yaml",
                      "person_holdout_12.yaml", "person_holdout_13.yaml", "person_holdout_14.yaml",
                      "person_holdout_15.yaml", "person_holdout_16.yaml",
                      "person_holdout_17.yaml", "person_holdout_18.yaml", "person_holdout_19.yaml",
                      "person_holdout_20.yaml", "person_holdout_21.yaml",
                      "person_holdout_22.yaml", "person_holdout_23.yaml",
                      "person_holdout_24.yaml", "person_holdout_25.yaml", "person_holdout_26.yaml",
                      "person_holdout_27.yaml", "person_holdout_28.yaml")]


# Lone-name recall of each set's positives, seed 1, 20 names per sentence,
# as bench/person_holdout.py prints it on 2026-12-07 (full names: 0.993 or
# more on every set).  A floor 0.02 below it: the sentences are fixed, the
# names Faker's, so a newer Faker moves a figure a little; a rule that
# stops working moves it a lot.
HOLDOUT_RECALL = {
    "person_holdout.yaml": 0.993, "person_holdout_2.yaml": 0.967, "person_holdout_3.yaml": 0.957,
    "person_holdout_4.yaml": 0.871, "person_holdout_5.yaml": 0.995, "person_holdout_6.yaml": 0.982,
    "person_holdout_7.yaml": 0.986, "person_holdout_8.yaml": 0.948, "person_holdout_9.yaml": 1.0,
    "person_holdout_10.yaml": 0.994, "person_holdout_11.yaml": 0.993, "person_holdout_12.yaml": 0.987,
    "person_holdout_13.yaml": 0.993, "person_holdout_14.yaml": 0.99, "person_holdout_15.yaml": 0.998,
    "person_holdout_16.yaml": 0.995, "person_holdout_17.yaml": 0.948, "person_holdout_18.yaml": 0.993,
    "person_holdout_19.yaml": 0.986, "person_holdout_20.yaml": 0.9, "person_holdout_21.yaml": 0.968,
    "person_holdout_22.yaml": 0.98, "person_holdout_23.yaml": 0.995, "person_holdout_24.yaml": 0.983,
    "person_holdout_25.yaml": 0.99, "person_holdout_26.yaml": 0.96, "person_holdout_27.yaml": 0.919,
    "person_holdout_28.yaml": 0.995,
}


def test_every_held_out_set_has_a_recall_floor():
    assert sorted(HOLDOUT_RECALL) == sorted(p.name for p in HOLDOUTS)


@pytest.mark.parametrize("holdout", HOLDOUTS, ids=lambda p: p.name)
def test_the_person_holdout_positives_keep_their_recall(holdout):
    """The positives of each held-out set, run as bench/person_holdout.py
    runs them: lone names at least 0.02 under the recorded recall, full
    names 0.98 or more."""
    import sys

    import yaml

    sys.path.insert(0, str(holdout.parent))
    from person_holdout import form_totals, holdout_cases, recall

    data = yaml.safe_load(holdout.read_text("utf-8"))
    hit, total, _ = recall(_detector(), holdout_cases(data, seed=1, names=20))

    def rate(form: str) -> float:
        found, run = form_totals(hit, total, form)
        return found / run

    assert rate("lone") >= HOLDOUT_RECALL[holdout.name] - 0.02
    assert rate("full") >= 0.98


def test_names_of_other_countries_keep_their_recall():
    """bench/person_locales.py's held-out locales (seed 1, 300 names each),
    whose lists the gazetteers were not built from: recall in a name column
    and in a note at most 0.02 under the figures of 2026-12-08 (0.926 and
    0.914; before that day's names and rules 0.629 and 0.591)."""
    import sys

    bench = Path(__file__).resolve().parents[1] / "bench"
    sys.path.insert(0, str(bench))
    from person_locales import HELD_OUT, recall

    detector = _detector()
    cells = notes = total = 0
    for locale in HELD_OUT:
        c, n, t = recall(detector, locale, seed=1, n=300)
        cells, notes, total = cells + c, notes + n, total + t
    assert total == 2700
    assert cells / total >= 0.926 - 0.02
    assert notes / total >= 0.914 - 0.02


@pytest.mark.parametrize("holdout", HOLDOUTS, ids=lambda p: p.name)
def test_the_person_holdout_covers_five_languages_and_its_negatives_name_no_one(holdout):
    """The held-out set's languages are strings (a bare ``no:`` is YAML's
    false), each negative holds a known given name (a family name, where
    the set says so), and none is a person."""
    import yaml

    data = yaml.safe_load(holdout.read_text("utf-8"))
    assert list(data["positive"]) == list(data["negative"]) == ["sv", "no", "da", "fi", "en"]
    negatives = [t for texts in data["negative"].values() for t in texts]
    family = data.get("negatives_hold") == "family"
    for text in negatives:
        assert any(holds_family_name(w) if family else holds_given_name(w, data.get("negatives_may_be_words", False))
                   for w in text.split()), text
    assert [t for t in negatives if spans(t)] == []
