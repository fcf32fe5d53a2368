"""Held-out lone given names: recall on sentences that name a person by the
given name alone, and false hits on given names that name no one.

The sentences (bench/person_holdout.yaml) were written before the rules
they measure and unlike bench/accuracy.py's templates, so this is the
figure of the lone-given-name rules that is not fitted to the accuracy
bench.  Each positive sentence is run with ``--names`` given names of its
language (lone) and the same number of full names (the control); each
negative once.  Detection runs with no column, as for free text; a hit is a
PERSON hit with score >= 0.5 that overlaps the name.  Names are synthetic
(Faker and the accuracy bench's Icelandic lists), and every printed example
is masked.

First run, 2026-12-04, before any rule change (seed 1, 20 names per
sentence): lone given names 0.041 (39 of 940), full names 0.993 (933 of
940), false hits on 0 of 27 negatives.  With the round's rules as first
written (a verb only a person does after the name, "från"/"ifølge"/"from"
before it, verbs of addressing: "Hälsa Anna", "Please tell John"), the
first run after: 0.702 (660 of 940), full names unchanged, 0 of 27.  Its
misses were then read, and perfect participles ("pratat med", "talt med")
and meetings ("Mötet med Anna") added: 0.820 (771 of 940), 0 of 27; that
last figure is not blind.

Second set, bench/person_holdout_2.yaml (``--file``), written before the
second round of rules: 0.030 (19 of 640) before; 0.922 (590 of 640) on
modals, being away, documents sent "till/to" and "Be ... att" as first
written (blind).  Seven Finnish sentences with real case endings
(``{first:lle}``, fi_inflect) were added after that run and before any
rule for them (0 of 140); with the case-ending rule the set stood at
0.956 (746 of 780), full names 0.991, 0 of 13 negatives.  Set 1 after the
round (not blind): 0.941 (885 of 940), 0 of 27.

Third set, bench/person_holdout_3.yaml, written before the rule it
measures: a given name in the genitive, owning what only a person has
("Annas telefon", "Ole's wife", "Annan puhelin"; ``{first:gen}``,
genitive).  First run, before the rule (seed 1): 0.043 (23 of 540), full
names 0.993 (536 of 540), 0 of 15 negatives (3 of them, "Hans telefon",
skipped: Hans is mostly a word, "his"; moved to tests/test_person.py since).
With the genitive rule as first written (blind): 0.941 (508 of 540), 0 of
12 negatives; after its misses were read and a known given name was also
read as another's Finnish case ("Karin": Kari's), 0.950 (513 of 540), full
names 0.993, 0 of 12.  Sets 1 and 2 then: 0.941 and 0.958.

Fourth set, bench/person_holdout_4.yaml, written before the rule it
measures: given names that are also words (``{amb}``, word_name: Per,
Liv, Tom, Grace) where only a person stands.  First run, before the rule:
0.048 (20 of 420), full names 0.931, 0 of 13 negatives.  With the rule as
first written (blind): 0.855 (359 of 420), full names 0.948 (an ambiguous
given name with an ambiguous family name was left to a later step); after
its misses were read, places let count before a person's verb and two
such words counted as a full name where one counts alone: 0.871 (366 of
420), full names 0.990, 0 of 13.  Sets 1-3 then: 0.993, 0.962, 0.956, no
false hits.

Fifth set, bench/person_holdout_5.yaml, written before the rule it
measures: a person who introduces themselves ("Jag heter Anna", "My name
is John"), is to be contacted ("Ring Anna", "Call John"), is booked ("Tid
hos Anna") or singled out ("Det var Anna som ringde").  First run, before
the rule (seeds 1-3): 0.045 (20 of 440: only the Finnish "Soita
Annalle"), full names 0.995-0.998, a false hit on 1 of 13 negatives ("The
boat is called Maria": "called" read as phoned).  With the rule as first
written (blind): 0.982 (432 of 440), 0.982 and 0.977 on seeds 2 and 3, 0
of 13 negatives; after its misses were read (names that are words,
named or before a relative: "Det var Per som ringte"): 0.995 (438 of
440), 0.998 on seeds 2 and 3, full names 1.000.  Sets 1-4 unchanged.

Sixth set, bench/person_holdout_6.yaml, written before the rule it
measures: a lone given name as the subject of what a customer does beyond
calling and writing: wanting, thinking, being pleased or not, buying,
forgetting ("Anna vill säga upp", "Mette er utilfreds", "Aino tilasi",
"John forgot the password").  First run, before the rule (seeds 1-3):
0.000 (0 of 440), full names 0.995-0.998, 0 of 12 negatives.  With the
rule as first written (blind): 0.945, 0.948 and 0.939 on seeds 1-3, 0 of
12 negatives; after its misses were read (names that are words, before
such a verb or a mood): 0.982, 0.989 and 0.989, full names 1.000.  Set 2
then 0.962 -> 0.967, sets 1, 3-5 unchanged.

Seventh set, bench/person_holdout_7.yaml, written before the rule it
measures: a lone given name in life events and account changes (retiring,
coming back from leave, accepting an offer, moving, a voicemail left for
someone).  First run, before the rule (seeds 1-3): 0.000 (0 of 440), full
names 0.995-0.998, 0 of 11 negatives.  With the rule as first written
(blind): 0.950, 0.948 and 0.941 on seeds 1-3, 0 of 11 negatives; after
its misses were read (names that are words before an event): 0.986,
0.991 and 0.991, full names 1.000.  Sets 1-6 unchanged.

Eighth set, bench/person_holdout_8.yaml, written before the rule it
measures: a lone given name as a customer, a deceased person, a
signatory, someone asking for something, getting back to us or changing a
number.  First run, before the rule (seeds 1-3): 0.000 (0 of 520), full
names 0.996-0.998, 0 of 11 negatives.  With the rule as first written
(blind): 0.940, 0.942 and 0.948 on seeds 1-3, 0 of 11 negatives; after
its misses were read (names that are words before the finite verbs):
0.948, 0.952 and 0.956, full names 1.000.  The Danish "vender tilbage
efter weekenden" is left out by design (0 of 20: a product "vender
tilbage på lager" too).  Sets 1-7 unchanged.

Ninth set, bench/person_holdout_9.yaml, written before the rule it
measures: a lone given name in a series of given names where only the
other end has what makes a person ("{first} och Erik ringde", "Pratade
med Karin och {first}").  First run, before the rule (seeds 1-3): 0.000
(0 of 300), full names 0.990-0.997, 0 of 8 negatives.  With the rule as
first written (blind): 0.940, 0.933 and 0.933 on seeds 1-3, 0 of 8
negatives; after its misses were read (a name that is also a word is a
member of a series): 1.000 on seeds 1-3.  Sets 1-8 unchanged.

Tenth set, bench/person_holdout_10.yaml, written before the rule it
measures: a lone given name in work status (in a meeting, working from
home, on leave, having quit, a new job).  First run, before the rule
(seeds 1-3): 0.000 (0 of 340), full names 0.997, 0 of 7 negatives.  With
the rule as first written (blind): 0.938, 0.935 and 0.938 on seeds 1-3, 0
of 7 negatives; after its misses were read (leave of two words, "on
maternity leave"): 0.994, 0.991 and 0.997, full names 1.000.  Sets 1-9
unchanged.

Eleventh set, bench/person_holdout_11.yaml, written before the rule it
measures: a family name without its given name ({last}: "Kunden
Lindqvist ringde", "Saksbehandler: Hansen", "Spoke to Smith") or after
the given name's initial ({init}: "A. Lindqvist har godkänt offerten",
"Mvh A. Lindqvist"); its negatives hold family names that name a firm or
a town (``negatives_hold: family``).  First run, before the rule (seeds
1-3): 0.031 (17 of 540), 0.026 and 0.028, full names 0.994-1.000, 0 of 8
negatives.  With the rule as first written (blind): 0.972, 0.952 and
0.965, 0 of 8 negatives; after its misses were read (a family name that
is mostly a word counts after initials in the frames: "Mvh A. Lund", "S.
Brown approved"): 0.985, 0.978 and 0.981, full names 0.998-1.000.  The
misses left are such names alone outside a person noun or a label
("Spoke to Young", "Customer Price called"), by design.  Sets 1-10
unchanged.

Twelfth set, bench/person_holdout_12.yaml, written before the rule it
measures: a family name without its given name in the genitive
({last:gen}: "Lindqvists telefonnummer", "Smith's phone number"), with a
Finnish case ending ({last:n}, {last:lle}, {last:lta}: "Puhuin Virtasen
kanssa", "Lähetin laskun Korhoselle"; family names in -nen or ending in
a, ä, o, ö, u or y, which fi_inflect inflects as the grammar does) and in
a series ("Lindqvist och Nilsson ringde", "Möte med Hansen og Berg").
First run, before the rule (seeds 1-3): 0.026 (10 of 380), 0.013 and
0.016, full names 0.987-0.997, 0 of 7 negatives.  With the rule as first
written (blind): 0.984, 0.987 and 0.987, 0 of 7 negatives; after its
misses were read (a Finnish stem of three letters, "Aron"; a given name
that is a word before a family name with a case ending, "Ville
Heinolle", "Onni Martikaiselta"): 0.987 on seeds 1-3, full names
0.997-1.000.  The misses left are family names that are mostly words in
the English genitive ("Young's", "Ford's") and with a Finnish case
ending ("Aholta", "Salolle"), by design.  Sets 1-11 unchanged but for
full names with a Finnish case ending (set 2 0.992 -> 0.994, set 3 0.993
-> 0.996, set 4 0.990 -> 0.993).

Thirteenth set, bench/person_holdout_13.yaml, written before the rule it
measures: a lone given name in the follow-up and hand-over of a case
(following up with someone, a case assigned or handed over to someone,
being responsible, needing or having received a document, a reply
awaited from someone, a name with its role in an apposition).  First
run, before the rule (seeds 1-3): 0.000 (0 of 540), full names
0.994-0.998, 0 of 7 negatives.  With the rule as first written (blind):
0.980, 0.983 and 0.989, 0 of 7 negatives; after its misses were read
(names that are words before being responsible and in an apposition:
"Per ansvarar", "Liv har ansvaret", "Per, ekonomiansvarig,"): 0.993,
0.993 and 0.996, full names 1.000.  The misses left are places and
months ("Victoria is responsible", "June received") and Finnish
gradation ("Sadulta"), by design.  Sets 1-12 unchanged.

Fourteenth set, bench/person_holdout_14.yaml, written before the rule it
measures: a lone given or family name right beside a contact detail (a
phone number or an e-mail address in parentheses, after a colon, after a
comma and "tel.", in angle brackets) and after "Ring upp" / "Call back".
First run, before the rule (seeds 1-3): 0.000 (0 of 400), full names
0.995-0.998, 0 of 7 negatives.  With the rule as first written (blind):
0.990, 0.980 and 0.985, full names 0.998-1.000, 0 of 7 negatives.  Its
misses were read and left: family names that are words ("Lund, tlf.":
an office in Lund reads the same), places and months ("Georgia:",
"August <...>").  Sets 1-13 unchanged.

Fifteenth set, bench/person_holdout_15.yaml, written before the rule it
measures: a lone given name coming to a meeting, having a birthday or
taking over a customer, and a lone family name with a role in
parentheses ("Lindqvist (VD) är beslutsfattare").  First run, before the
rule (seeds 1-3): 0.000 (0 of 400), full names 0.998, 0 of 7 negatives.
With the rule as first written (blind): 0.980, 0.990 and 0.985, 0 of 7
negatives; after its misses were read (a family name that is a word
before a role in parentheses: "Vik (daglig leder)"): 0.998, 0.995 and
0.998, full names 0.998-1.000.  The misses left are places and months
("Georgia turns 50", "June is joining"), by design.  Sets 1-14 unchanged.

Sixteenth set, bench/person_holdout_16.yaml, written before the rule it
measures: a lone given name as the subject after its verb (after a
fronted adverbial: "I går skickade Anna offerten", "Nu har Ole svart";
after a quote: '"...", sa Anna'; in a question: "Has John replied?") and
in a copy line ("Kopia till Anna", "cc: John").  First run, before the
rule (seeds 1-3): 0.045 (18 of 400: the English question), 0.043 and
0.048, full names 0.998, 0 of 7 negatives.  With the rule as first
written (blind): 0.915, 0.912 and 0.905, 0 of 7 negatives; after its
misses were read (a lower-case "den" after the name, a particle, was read
as a capitalised word, which makes a firm or a product of a lone name:
"I går skickade Erik den nya offerten", and "Ring Erik den 5 maj" before
this set; names that are words after their verb: "sa Hans", "I går
skickade Per"): 0.995, 0.995 and 0.993, full names 0.998-1.000.  Sets
1-15 unchanged.

Seventeenth set, bench/person_holdout_17.yaml, written before the rule it
measures: a lone given name chased, reminded, waited on or sent
something, and in the shorthand of English notes ("Chased John", "Spoke
w/ John", "Sent Sarah the contract", "John's out today"); Finnish
partitives ({first:a}: "Muistutin Pekkaa"; fi_inflect takes the
partitive now, with no gradation).  First run, before the rule (seeds
1-3): 0.000 (0 of 420), full names 0.993-0.998, 0 of 7 negatives.  With
the rule as first written (blind): 0.933, 0.933 and 0.938, 0 of 7
negatives; after its misses were read (names that are words as the
recipient: "Sent Grace the contract", "Skickade Per avtalet"; a given
name before a family name in the partitive: "Muistutin Christian
Anttilaa"): 0.948, 0.943 and 0.950, full names 0.995-1.000.  Of the
misses left, 60 of 67 are "{first}'s out today": "out today" is what a
product is on its release day too, so only "out until", "out till" and
"out of office" count.  Sets 1-16 unchanged but set 3's full names,
0.996 -> 0.998.

Eighteenth set, bench/person_holdout_18.yaml, written before the rule it
measures: a lone given name to be reached ("Hör av dig till Anna", "Ring
tilbake til Ole", "Tag fat i Mette", "Reach out to John", "Get in touch
with John", the Finnish illative after "yhteyttä": {first:ill},
"Otin yhteyttä Annaan"; fi_inflect takes the illative now).  First run,
before the rule (seeds 1-3): 0.067 (20 of 300: "Giv besked til"), 0.063
and 0.067, full names 0.987-0.993.  It hit 3 of 7 negatives, none through
a lone name's frame: a given name before a firm's sector word read as a
full name ("Linnea Resor", "Linnea Reiser", "Emma Møbler"), as it did
before this session.  With the rule as first written (blind; it also
made a firm's trade after a given name a firm word: Resor, Møbler,
Transport, not Flowers or Baker, which are family names too): 0.993 on
seeds 1-3, full names 0.987-0.993, 0 of 7 negatives.  Its few misses
were left.  Sets 1-17 unchanged.

Nineteenth set, bench/person_holdout_19.yaml, written before the rule it
measures: a lone given name as a colleague or a companion: with the
writer ("Anna och jag", "Jeg og Ole", "Minä ja Aino", "John and I", "Me
and Sarah"), from a department ("Anna på kundtjänst", "Ole fra
regnskap", "Aino asiakaspalvelusta", "John from accounting"), asked
("Frågade Anna om", "Spurte Ole om", "Asked John whether"), thanked at a
sentence's end ("Tack för i dag, Anna!", "Kiitos avusta, Aino!").  First
run, before the rule (seeds 1-3): 0.036 (18 of 500, all the Finnish
ablative after "Kysyin"), 0.038 and 0.040, full names 0.994-0.998; it hit
1 of 9 negatives ("Kysyin Alexalta säätä", by the ablative rule).  With
the rule as first written (blind): 0.948 (0.974, 0.958), full names
0.994-0.998, 0 of 9 negatives (a voice assistant's name is not the one
asked: Alexa, Siri, Cortana, Bixby).  Its misses were nearly all given
names that are also words (Per, Liv, Tom, Grace); the three frames were
then let count for them too, but not for months and places ("June",
"Georgia"): 0.986 (0.996, 0.994), full names 0.998-1.000, 0 of 9.  Sets
1-18 unchanged.

Twentieth set, bench/person_holdout_20.yaml, written before the rule it
measures: brands and designs named after people in order notes ("en Karl
Lagerfeld väska", "Michael Kors vesker", "et Georg Jensen ur", "Hugo Boss
puvun", "a Calvin Klein jacket"), its positives persons beside them in
frames the engine knew.  First run, before the rule: 13 of 13 negatives
hit, lone names 0.829 (0.825, 0.821; "har beställt" and "wants to
return" are no frames), full names 0.996-1.000.  With the rule (goods in
lower case right after a name make it a product's, PRODUCT_AFTER; a short
list of brands no one else is likely to bear, BRAND_NAMES, for "en
Mercedes Benz" with no goods after): 0 of 13 negatives, positives
unchanged.  This figure is not blind for the list: the negatives' brands
were in mind when it was written.  Without the list the goods rule alone
clears 11 of 13, and it clears brands that are not on the list ("en Paul
Smith skjorta", "Ted Baker klänningar", "two Kate Spade handbags").
Sets 1-19 unchanged.

Twenty-first set, bench/person_holdout_21.yaml, written before the rule it
measures: a lone given name doing a customer's or a colleague's deed:
ordering and paying in the perfect ("Anna har beställt", "Ole har
betalt", "Aino on tilannut", "John has paid"), approving as a passive's
agent ("godkändes av Anna", "was approved by John", the Finnish object
first: "Tarjouksen hyväksyi Aino"), taking care of a case ("Anna tar hand
om", "Mette tager sig af", "Aino hoitaa", "John will handle").  First
run, before the rule (seeds 1-3): 0.050 (20 of 400, all "has ordered"),
0.045 and 0.045, full names 0.998; 0 of 7 negatives.  With the rule as
first written (blind; a first try that never reached the care phrases,
0.715, is not counted): 0.953 (0.940, 0.955), 0 of 7 negatives.  Its
misses were all given names that are also words; the care phrases were
then let count for them ("Per tar hand om reklamationen"), the perfect
not ("Per har ringt" stays unfound, as before): 0.968 (0.955, 0.968),
full names 0.998-1.000, 0 of 7.  Sets 1-19 unchanged; set 20's lone
names 0.829 -> 0.900 ("har beställt" is a frame now).

Twenty-second set, bench/person_holdout_22.yaml, written before the rule
it measures: a lone given name and where or how the person is: from a
place before a person's verb ("Anna från Västerås ringde", "John from
Leeds called"), living somewhere ("Ole bor i Bodø nå", "Aino asuu
Tampereella"), not answering ("Ole tar ikke telefonen", "John isn't
answering"), part-time or laid off ("Anna jobbar deltid", "Ole er
permittert", "Aino on lomautettuna"), preferring a channel ("Ole
foretrekker e-post", "John prefers to be contacted by email").  First
run, before the rule (seeds 1-3): 0.118 (59 of 500: "svarar inte", "ei
vastaa", the Finnish elative place), 0.122 and 0.118, full names
0.994-0.998; it hit 1 of 7 negatives ("Alexa ei vastaa kysymyksiin", by
the person's verb after "ei").  With the rule as first written (blind;
a voice assistant's name now needs a word before it that introduces a
person): 0.980 (0.986, 0.982), full names 0.996-1.000, 0 of 7 negatives.
Its misses were given names that are also words, places and months, left
as they are.  Sets 1-21 unchanged.

Twenty-third set, bench/person_holdout_23.yaml, written before the rule it
measures: a lone given name in a meeting's list of those present
("Deltagare: Anna, Johan och Karin", "Attendees: John, Sarah and David"),
with a job title ("Anna är inköpschef", "Aino on asiakkaan
ostopäällikkö", "John is head of procurement", "Pratade med inköparen
Anna"), needing help with a login or booked for a demo ("Anna behöver
hjälp med inloggningen", "John couldn't log in", "Booked a demo with
John").  First run, before the rule (seeds 1-3): 0.048 (19 of 400, all
the Finnish "demon Annan kanssa"), 0.045 and 0.050, full names 0.998; 0
of 8 negatives.  With the rule as first written (blind): 0.980 (0.980,
0.988), full names 1.000, 0 of 8 negatives.  Its misses were given names
that are also words; a job title after a copula and the buyer nouns
("inköparen Per") were then let vouch for them: 0.995 (0.990, 1.000), 0
of 8.  Sets 1-22 unchanged.

Twenty-fourth set, bench/person_holdout_24.yaml, written before the rule
it measures: a lone given name wanting a quote ("Anna vill ha en
offert", "Ole ønsker et tilbud", "John wants a quote"), getting in touch
("Anna hörde av sig", "Ole tok kontakt", "Aino otti yhteyttä", "John got
in touch"), given a new password ("har fått ett nytt lösenord", "sai
uuden salasanan"), pleased ("är glad över", "on iloinen uudesta", "is
happy with"), owning as "his" ("John reset his password").  First run,
before the rule (seeds 1-3): 0.003 (1 of 400), 0.010 and 0.007, full
names 0.998-1.000; 0 of 7 negatives.  With the rule as first written
(blind): 0.932 (0.925, 0.930), 0 of 7 negatives; "got in touch" was
never reached (the verb "got" answered first, for a new job or
password).  With that order fixed, and "and her" no owner ("Linnea and
her sisters"): 0.983 (0.973, 0.980), full names 0.998-1.000, 0 of 7; the
misses left are given names that are also words.  Sets 1-23 unchanged.

Twenty-fifth set, bench/person_holdout_25.yaml, written before the rule it
measures: a lone given name and a working life: working at a firm ("Anna
jobbar på Scania", "Aino työskentelee Koneella", "John works at
Ericsson"), starting or leaving on a date ("Anna börjar den 3 mars", "Ole
slutter 30. april", "John starts on Monday"), covered for ("Erik
vikarierar för Anna", "Pekka sijaistaa Annaa", "David is covering for
John"), having questions ("Anna hade frågor om", "Aino esitti
kysymyksiä"), marrying or having a child ("Anna gifte sig", "Ole fikk
barn", "John got married").  First run, before the rule: 0.000 (0 of 500
on seeds 1-3), full names 0.994-0.998; 0 of 7 negatives.  With the rule
as first written (blind): 0.990 (0.996, 0.994), full names 1.000, 0 of 7
negatives.  Its own spot checks then found products in the date and firm
frames ("Linnea börjar den 1 maj i alla butiker", "Kampanjen Linnea
börjar", "Emma works at Jysk stores"), now vetoed by a shop or range word
in the clause and by campaigns and collections as thing nouns, and
tests/test_person.py caught "Customer Summer sale starts Monday" (the
verb must follow the name or an auxiliary); the set's figures did not
change.  Sets 1-24 unchanged.

Twenty-sixth set, bench/person_holdout_26.yaml, written before the rule it
measures: a lone given name thanking ("Anna tackade för", "Aino kiitti",
"John thanked us"), out of reach ("Anna var inte anträffbar", "Ole var
ikke å treffe", "Aino ei ollut tavoitettavissa", "John was not
reachable"), to be talked to ("Tala med Anna", "Snakk med Ole", "Talk to
John"), having approved in the perfect ("Anna har godkänt", "Aino on
hyväksynyt").  First run, before the rule: 0.095 (38 of 400: the Finnish
allative after "Kirjoita" and "has approved"; 0.095, 0.100), full names
0.998; 0 of 7 negatives.  With the rule as first written (blind): 0.960
(0.945, 0.958), full names 0.998, 0 of 7 negatives; its misses (given
names that are also words) were left.  Set 11's lone family names rose
from 0.985 to 0.993 ("Lindqvist har godkänt offerten"); sets 1-10 and
12-25 unchanged.  A product's helpdesk after a name now makes it the
product's ("Spoke to Alma support", a false hit before).

Twenty-seventh set, bench/person_holdout_27.yaml, written before the rule
it measures: a lone given name met or visited, and what is done on a
person's behalf ("Träffade Anna", "på uppdrag av Anna", "på vegne av
Ole", "on behalf of John"), with the Finnish genitive before a
postposition ("Kävin Pekan luona", "Soitin Annan puolesta", "Asia
hoidettiin Annan toimesta") and the accusative after meeting or reaching
("Tapasin Annan", "Tavoitin Pekan").  First run, before the rule: 0.312
(100 of 320; 0.312, 0.309), the meetings outside Finnish found already,
full names 1.000 (0.994, 1.000), 1 of 7 negatives hit (a brand, "on
behalf of Emma Sleep").  With the rule as first written (blind): 0.981
(0.975, 0.984), 3 of 7 negatives ("på vegne af Emma butikkerne", "Asia
hoidettiin Elisan toimesta").  After reading them, "toimesta" (said of
firms and offices as often) left out and a shop word after a lone name
made a chain's: 0.919 (0.916, 0.928); 0 of 7 negatives once Emma Sleep
joined the brands (BRAND_NAMES).  Sets 1-26 unchanged.

Twenty-eighth set, bench/person_holdout_28.yaml, written before the rule
it measures: a lone given name joined by "och", "og", "ja" or "and" to a
person's full name, with no verb or lead word that makes a person ("Anna
och Erik Lindqvist kommer på fredag", "The booking is for Sarah Jones
and John").  First run, before the rule (seeds 1-3): 0.000 (0 of 220),
full names 1.000 (0.986, 0.995), 0 of 5 negatives hit.  With the rule as
first written (blind): 0.936 (0.936, 0.932), 0 of 5 negatives.  After
its misses were read (given names that are also words: "Per och Erik
Lindqvist", "Stig og Ole Hansen"; not a month, a place or a Finnish
relative: "June and John Smith", "Victoria og Lars Hansen", "Sisko"):
0.995 (0.991, 0.991), full names unchanged, 0 of 5.  Sets 1-27 and the
accuracy bench unchanged; over the installed packages' sources (nordpii
check --entities PERSON) one hit more, and a true one: spaCy's Danish
test sentence "Rikke og Jacob Jensen glæder sig ...".
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from collections import defaultdict
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from accuracy import _LANG_COUNTRY, Gen  # noqa: E402
from recognizers._names import AMB, classify, holds_family_name, holds_given_name  # noqa: E402
from scanner.detection import Detector, DetectorConfig  # noqa: E402
from scanner.masking import mask  # noqa: E402

HOLDOUT_FILE = Path(__file__).with_name("person_holdout.yaml")
# {first} or {full}; {first:lle} puts a Finnish case ending on the name,
# {first:gen} the genitive of the sentence's language; {amb} a given name
# the gazetteer holds as mostly a word (Per, Liv, Tom, Grace); {last} a
# family name alone, {init} one after the given name's initial ("A.
# Lindqvist").  The control is always the full name.
SLOT = re.compile(r"\{(?P<kind>first|full|amb|last|init)(?::(?P<ending>\w+))?\}")
_FI_STRONG = {"kk": "k", "tt": "t", "pp": "p"}


def fi_inflect(name: str, ending: str) -> str:
    """A Finnish given name with a case ending, as a Finn writes it: the
    genitive, allative, ablative, adessive ... ("Anna" + "lle" ->
    "Annalle", "Pekka" + "lle" -> "Pekalle", "Tuomas" + "n" -> "Tuomaksen",
    "Kristian" + "lle" -> "Kristianille").  Written for this bench from a
    Finnish grammar, independently of the recognizer.

    >>> [fi_inflect(n, e) for n, e in (("Anna", "lle"), ("Pekka", "lta"), ("Matti", "n"),
    ...     ("Tuomas", "lle"), ("Kristian", "n"), ("Aino", "lla"), ("Heikki", "lta"))]
    ['Annalle', 'Pekalta', 'Matin', 'Tuomakselle', 'Kristianin', 'Ainolla', 'Heikiltä']

    Family names in -nen take the stem -se- ("Virtanen" -> "Virtasen",
    "Nieminen" -> "Niemiselle"):

    >>> [fi_inflect(n, e) for n, e in (("Virtanen", "n"), ("Nieminen", "lle"), ("Korhonen", "lta"),
    ...     ("Heikkilä", "n"), ("Aho", "lle"))]
    ['Virtasen', 'Niemiselle', 'Korhoselta', 'Heikkilän', 'Aholle']

    The partitive ("a"): an open syllable, so no gradation ("Muistutin
    Pekkaa"):

    >>> [fi_inflect(n, "a") for n in ("Anna", "Pekka", "Matti", "Tuomas", "Kristian", "Väinö", "Virtanen")]
    ['Annaa', 'Pekkaa', 'Mattia', 'Tuomasta', 'Kristiania', 'Väinöä', 'Virtasta']

    The illative ("ill"), likewise without gradation ("Otin yhteyttä
    Pekkaan"):

    >>> [fi_inflect(n, "ill") for n in ("Anna", "Pekka", "Matti", "Tuomas", "Kristian", "Väinö", "Virtanen")]
    ['Annaan', 'Pekkaan', 'Mattiin', 'Tuomakseen', 'Kristianiin', 'Väinöön', 'Virtaseen']
    """
    back = any(v in name.lower() for v in "aou")
    ending = ending if back else ending.translate(str.maketrans("aou", "äöy"))
    if ending == "ill":  # the illative: the last vowel long, then n
        if name.endswith("nen") and len(name) > 4:
            return name[:-3] + "seen"  # Virtanen -> Virtaseen
        if name.endswith(("as", "es", "us", "is")) and len(name) > 4:
            return name[:-1] + "kseen"  # Tuomas -> Tuomakseen
        if name[-1:].lower() not in "aeiouyäö":
            return name + "iin"  # Kristian -> Kristianiin
        return name + name[-1] + "n"  # Anna -> Annaan, Matti -> Mattiin, Väinö -> Väinöön
    if ending in ("a", "ä"):  # the partitive: an open syllable, no gradation
        if name.endswith("nen") and len(name) > 4:
            return name[:-3] + "s" + "t" + ending  # Virtanen -> Virtasta
        if name.endswith(("as", "es", "us", "is")) and len(name) > 4:
            return name + "t" + ending  # Tuomas -> Tuomasta
        if name[-1:].lower() not in "aeiouyäö":
            return name + "i" + ending  # Kristian -> Kristiania
        return name + ending  # Anna -> Annaa, Pekka -> Pekkaa, Matti -> Mattia
    if name.endswith("nen") and len(name) > 4:  # Virtanen -> Virtase-
        stem = name[:-3] + "se"
    elif name.endswith(("as", "es", "us", "is")) and len(name) > 4:  # Tuomas -> Tuomakse-
        stem = name[:-1] + "kse"
    elif name[-1:].lower() not in "aeiouyäö":
        stem = name + "i"  # Kristian -> Kristiani-
    elif name[-3:-1] in _FI_STRONG:  # weak grade before a closed syllable: Pekka -> Peka-
        stem = name[:-3] + _FI_STRONG[name[-3:-1]] + name[-1]
    else:
        stem = name
    if ending == "n" and stem.endswith("kse"):
        return stem + "n"
    return stem + ending


def genitive(name: str, lang: str) -> str:
    """The genitive of a name as each language writes it, from the grammars
    and independently of the recognizer: Swedish adds s, but leaves a name
    ending in s, x or z as it is (Språkrådet: "Lars bil"); Norwegian and
    Danish add s, or an apostrophe after s, x or z ("Lars' bil"); English
    adds 's; Finnish takes the genitive case ending n (fi_inflect).

    >>> [genitive("Anna", l) for l in ("sv", "no", "da", "fi", "en")]
    ['Annas', 'Annas', 'Annas', 'Annan', "Anna's"]
    >>> [genitive("Lars", l) for l in ("sv", "da")] + [genitive("Pekka", "fi"), genitive("Tuomas", "fi")]
    ['Lars', "Lars'", 'Pekan', 'Tuomaksen']
    """
    sibilant = name[-1:].lower() in "sxz"
    if lang == "fi":
        return fi_inflect(name, "n")
    if lang == "en":
        return name + "'s"
    if lang == "sv":
        return name if sibilant else name + "s"
    return name + ("'" if sibilant else "s")


def inflectable_family_name(gen: Gen, cc: str) -> tuple[str, str]:
    """A name of country ``cc`` whose family name fi_inflect inflects as a
    Finnish grammar does: one in -nen, or ending in a vowel that is not e
    or i (those take stem changes: "Koski" -> "Kosken")."""
    for _ in range(100_000):
        first, last = gen.name(cc)
        if last.endswith("nen") or last[-1:] in "aäoöuy":
            return first, last
    raise SystemExit(f"no family name of {cc} inflects regularly")


def word_name(gen: Gen, cc: str) -> tuple[str, str]:
    """A given name of country ``cc`` that the gazetteer holds as mostly a
    word, and a family name: Faker's names drawn until one is."""
    for _ in range(100_000):
        first, last = gen.name(cc)
        if classify(first) & AMB:
            return first, last
    raise SystemExit(f"no given name of {cc} is mostly a word")


THRESHOLD = 0.5


def person_spans(detector: Detector, texts: list[str]) -> dict[str, list[tuple[int, int]]]:
    found = detector.detect(texts)
    return {
        t: [(h.start, h.end) for h in r.hits if h.entity_type == "PERSON" and h.score >= THRESHOLD]
        for t, r in found.items()
    }


def holdout_cases(data: dict, seed: int, names: int) -> list[tuple[str, str, str, str, int, int]]:
    """(language, form, template, text, start, end) for every positive
    sentence of a held-out set, ``names`` times, as a lone name and as a
    full name: the same cases for the same seed."""
    gen = Gen(random.Random(seed))
    cases = []
    for lang, templates in data["positive"].items():
        for template in templates:
            for _ in range(names):
                slot = SLOT.search(template)
                cc = _LANG_COUNTRY[lang]
                if slot["kind"] == "amb":
                    first, last = word_name(gen, cc)
                elif slot["kind"] == "last" and slot["ending"] and slot["ending"] != "gen":
                    first, last = inflectable_family_name(gen, cc)
                else:
                    first, last = gen.name(cc)
                lone = {"last": last, "init": f"{first[0]}. {last}"}.get(slot["kind"], first)
                for form, name in (("lone", lone), ("full", f"{first} {last}")):
                    if slot["ending"]:  # a case ending: only the last word inflects
                        head, _, word = name.rpartition(" ")
                        word = genitive(word, lang) if slot["ending"] == "gen" else fi_inflect(word, slot["ending"])
                        name = f"{head} {word}".strip()
                    start = slot.start()
                    text = template[:start] + name + template[slot.end():]
                    cases.append((lang, form, template, text, start, start + len(name)))
    return cases


def recall(detector: Detector, cases: list) -> tuple[dict, dict, dict]:
    """(found, total) per (form, language), and (found, run) of lone names
    per (language, template): a case is found when a PERSON span overlaps
    the name."""
    spans = person_spans(detector, [c[3] for c in cases])
    hit: dict = defaultdict(int)
    total: dict = defaultdict(int)
    by_template: dict = defaultdict(lambda: [0, 0])
    for lang, form, template, text, s, e in cases:
        ok = any(a < e and s < b for a, b in spans[text])
        total[form, lang] += 1
        hit[form, lang] += ok
        if form == "lone":
            by_template[lang, template][0] += ok
            by_template[lang, template][1] += 1
    return hit, total, by_template


def form_totals(hit: dict, total: dict, form: str) -> tuple[int, int]:
    """(found, run) over every language for one form, "lone" or "full"."""
    return (sum(v for (f, _), v in hit.items() if f == form),
            sum(v for (f, _), v in total.items() if f == form))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--names", type=int, default=20, help="names per positive sentence and form")
    parser.add_argument("--file", type=Path, default=HOLDOUT_FILE,
                        help="the held-out set (default bench/person_holdout.yaml; the second is person_holdout_2.yaml)")
    args = parser.parse_args()

    data = yaml.safe_load(args.file.read_text("utf-8"))
    detector = Detector(DetectorConfig(entities=("PERSON",)))
    hit, total, by_template = recall(detector, holdout_cases(data, args.seed, args.names))

    print(f"person holdout {args.file.name}: seed {args.seed}, {args.names} names per sentence and form")
    print(f"{'form':6} " + " ".join(f"{lang:>14}" for lang in data["positive"]) + f" {'all':>14}")
    for form in ("lone", "full"):
        cells = []
        for lang in data["positive"]:
            h, t = hit[form, lang], total[form, lang]
            cells.append(f"{h / t:.3f} ({h:>3}/{t:>3})")
        h, t = form_totals(hit, total, form)
        cells.append(f"{h / t:.3f} ({h:>3}/{t:>3})")
        print(f"{form:6} " + " ".join(f"{c:>14}" for c in cells))

    print("\nlone names per sentence (found/run):")
    for (lang, template), (h, t) in by_template.items():
        print(f"  {lang}  {h:>3}/{t:<3} {template}")

    negatives = [(lang, text) for lang, texts in data["negative"].items() for text in texts]
    neg_spans = person_spans(detector, [t for _, t in negatives])
    false_hits = 0
    family = data.get("negatives_hold") == "family"
    print(f"\nnegatives ({'family' if family else 'given'} names that name no one):")
    for n, (lang, text) in enumerate(negatives, 1):
        if not any(holds_family_name(w) if family else holds_given_name(w, data.get("negatives_may_be_words", False))
                   for w in text.split()):
            print(f"  {lang}  negative {n} skipped: no known {'family' if family else 'unambiguous given'} name")
            continue
        hits = neg_spans[text]
        false_hits += bool(hits)
        for a, b in reversed(hits):  # masked in place
            text = text[:a] + mask("PERSON", text[a:b]) + text[b:]
        if hits:
            print(f"  {lang}  negative {n} FALSE HIT: {text}")
    print(f"false hits on {false_hits} of {len(negatives)} negatives")
    return 0


if __name__ == "__main__":
    sys.exit(main())
