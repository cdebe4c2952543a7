"""Locations: invented location lines and bodies, positives and negatives.

Each case gives the location line (or None), the body, and the expected
places as (city, country) pairs, with ("REMOTE", None) for a remote option.
"""

from __future__ import annotations

import pytest

from jobparse.fields.locations import infer_locations, is_place_line
from jobparse.fields.title_places import title_places
from jobparse.model import Location
from tests.fields.helpers import prepare

REMOTE = ("REMOTE", None)

LINES = [
    ("Paris 11e", {("Paris", "FR")}),  # a district's number after its city
    ("Lyon 3e arrondissement", {("Lyon", "FR")}),
    ("Gdańsk/Poland", {("Gdańsk", "PL")}),  # Poland is also a town in Maine
    ("CDI, Nantes", {("Nantes", "FR")}),  # a contract, not a Brazilian town's abbreviation
    ("Utrecht, Nederland", {("Utrecht", "NL")}),
    ("ATL", {("Atlanta", "US")}),
    ("Berlin, Germany", {("Berlin", "DE")}),
    ("Toronto, ON", {("Toronto", "CA")}),
    ("Paris, France | London, UK", {("Paris", "FR"), ("London", "GB")}),
    ("Remote (US)", {REMOTE}),
    ("Austin, TX / Remote", {("Austin", "US"), REMOTE}),
    ("Zurich, Switzerland · Munich, Germany", {("Zurich", "CH"), ("Munich", "DE")}),
    ("Bengaluru, Karnataka, India", {("Bengaluru", "IN")}),
    ("Seoul, KR", {("Seoul", "KR")}),
    ("Tel Aviv", {("Tel Aviv", "IL")}),
    ("Singapore", {("Singapore", "SG")}),
    ("Pittsburgh, Pennsylvania, USA", {("Pittsburgh", "US")}),
    ("Montréal, QC, Canada", {("Montréal", "CA")}),
    ("San Francisco Bay Area", {("San Francisco", "US")}),
    ("Hybrid - Cambridge, MA", {("Cambridge", "US")}),
    ("Mountain View, CA or New York, NY", {("Mountain View", "US"), ("New York", "US")}),
    ("Tübingen, Germany", {("Tübingen", "DE")}),
    # A list joined by its language's "or" / "and" (CLDR list words): two places, never a
    # city and a region ("Porto" is also a district of Portugal).
    ("Lisboa ou Porto", {("Lisbon", "PT"), ("Porto", "PT")}),
    # "télétravail" is a remote option
    ("Casablanca / Télétravail", {("Casablanca", "MA"), REMOTE}),
    # a small place before a city of millions is a district of it
    ("Rondebosch, Cape Town", {("Cape Town", "ZA")}),
    ("Novena, Singapore", {("Singapore", "SG")}),
    ("Sciences Po, Paris, France", {("Paris", "FR")}),  # "Po" is part of a name
    ("Redmond, Seattle", {("Redmond", "US"), ("Seattle", "US")}),  # two towns of their own
    ("Sevilla o Málaga", {("Seville", "ES"), ("Málaga", "ES")}),
    ("Braga e Porto", {("Braga", "PT"), ("Porto", "PT")}),
    ("Shanghai, CHN", {("Shanghai", "CN")}),
    ("Redmond, Washington, Uni", {("Redmond", "US")}),
    ("Bellevue, WA, US; Remote", {("Bellevue", "US"), REMOTE}),
    ("Lausanne, Switzerland", {("Lausanne", "CH")}),
    ("New Delhi, India", {("New Delhi", "IN")}),
    ("Vancouver, BC", {("Vancouver", "CA")}),
    ("Vancouver, WA", {("Vancouver", "US")}),
    # A short name of one city ("Frankfurt" for Frankfurt am Main) names it; a word that
    # begins many city names ("Las", "San") does not.
    ("Frankfurt", {("Frankfurt", "DE")}),
    ("Las Condes, Chile", {("Las Condes", "CL")}),
    # A bracketed town after a town says where it is; a bracketed region constrains it.
    ("Cascina (Pisa), Tuscany, Italy", {("Cascina", "IT")}),
    ("Garching (Munich)", {("Garching", "DE")}),
    ("London (Ontario)", {("London", "CA")}),
    # English names of regions pycountry keeps in their own language.
    ("Munich, Bavaria", {("Munich", "DE")}),
    ("Leuven, Flanders, Belgium", {("Leuven", "BE")}),
    ("Sevilla, Andalusia", {("Seville", "ES")}),
    # A city and its country or state joined by a slash, a country before its city.
    ("Munich/Germany", {("Munich", "DE")}),
    ("Boston/MA", {("Boston", "US")}),
    ("Germany, Berlin", {("Berlin", "DE")}),
    ("Zurich / Geneva", {("Zurich", "CH"), ("Geneva", "CH")}),
    ("Paris / London", {("Paris", "FR"), ("London", "GB")}),
    # The street part of an address names no place.
    ("Rain, Nelkenweg 6a, Deutschland", {("Rain", "DE")}),
    ("Aachen, Martin Str. 10-12, Deutschland", {("Aachen", "DE")}),
    ("Level 5, 221 Baker Street, London", {("London", "GB")}),
    ("Via Roma 12, Torino", {("Turin", "IT")}),
    ("Multiple Locations", set()),
    ("Various locations", set()),
    ("Location TBD", set()),
    ("US Remote", {REMOTE}),
    ("Cambridge, United Kingdom", {("Cambridge", "GB")}),
    # Bugs caught by trying separator and label variants the seeds do not show:
    ("Remote - US", {REMOTE}),
    ("Hangzhou, Zhejiang, China", {("Hangzhou", "CN")}),  # not China, Mexico (a town)
    ("Remote (EU)", {REMOTE}),  # not Eu, France
    ("Remote (Europe)", {REMOTE}),
    ("Washington, D.C.", {("Washington", "US")}),
    ("St. Louis, MO", {("St. Louis", "US")}),
    ("Saint Louis, MO", {("Saint Louis", "US")}),
    ("Wilton, NH", {("Wilton", "US")}),  # a town the gazetteer lacks, named like Wilton, CT
    ("Paris - France", {("Paris", "FR")}),
    ("Boston - Seattle", {("Boston", "US"), ("Seattle", "US")}),
    ("Paris, France, London, UK", {("Paris", "FR"), ("London", "GB")}),
    ("SF Bay Area", {("San Francisco", "US")}),
    ("Palo Alto, CA (Hybrid)", {("Palo Alto", "US")}),
]

BODIES = [
    ("We are hiring a Research Engineer based in Berlin.", {("Berlin", "DE")}),
    (
        "Our headquarters are in Paris, France, and we have offices in Berlin, Germany and "
        "Madrid, Spain. This role is based in Lisbon.",
        {("Lisbon", "PT")},
    ),
    ("The position is located in Boulder, Colorado.", {("Boulder", "US")}),
    ("Join our lab at ETH in Zurich, Switzerland as a PhD student.", {("Zurich", "CH")}),
    ("We offer a remote-friendly culture and a home office stipend.", set()),
    ("This position is fully remote within the US.", {REMOTE}),
    ("Our team works on remote sensing imagery from satellites.", set()),
    ("Founded in Boston, MA in 2015, we now serve customers worldwide.", set()),
    ("You will work from our Toronto office three days a week.", {("Toronto", "CA")}),
    ("We travel to conferences in Vancouver, Canada and Seoul, Korea.", set()),
    ("This is a 100% remote position.", {REMOTE}),
    ("We're a distributed team across Europe and North America.", set()),
    ("The role is based at our London HQ.", {("London", "GB")}),
    ("We are seeking a Data Scientist to join our team in Austin, Texas.", {("Austin", "US")}),
    ("Our customers include hospitals in Chicago, IL and Houston, TX.", set()),
    ("The founders graduated from universities in Oxford, UK.", set()),
    (
        "Position: Research Scientist. Company: Lumina Labs. Location: Berlin, Germany.",
        {("Berlin", "DE")},
    ),
    ("Job Location - Paris; Remote", {("Paris", "FR"), REMOTE}),
    ("Our HQ is in Palo Alto, CA, but this role is based in Seattle.", {("Seattle", "US")}),
    ("This is a hybrid position, 3 days a week in our Austin, TX office.", {("Austin", "US")}),
    # an adverb inside the cue, a country after the city, history is no place
    ("The role is based entirely in Denver, with travel.", {("Denver", "US")}),
    ("A postdoc position is open at our Robotics Hub in Sydney Australia.", {("Sydney", "AU")}),
    ("In cases of experience, we will consider remote work.", {REMOTE}),
    # a header's fields: a title's organisation and town, never a date or a working time
    (
        "Data Scientist (6 months), The Brightwater Foundation, Southampton, UK - closes 25 March",
        {("Southampton", "GB")},
    ),
    ("Research Engineer, University of Bristol, UK - closes 17 August 2016", {("Bristol", "GB")}),
    ("Ruby Developer - (Full Time)\n\nWe build tools.", set()),
    ("Acme - Golang eng - Berlin (min 2 days in office) - full time\n\nHi.", {("Berlin", "DE")}),
    # a place word of another language, before a town of any size and the towns listed after it
    (
        "Für unseren Standort in Olten (CH) oder Freiburg (D) suchen wir einen Entwickler.",
        {("Olten", "CH"), ("Freiburg", "DE")},
    ),
    ("Für unser Team in Eschborn haben wir mehrere Praktikumsstellen.", {("Eschborn", "DE")}),
    (
        "Lavoro 100% remoto oppure ufficio a Cesena o Bologna.",
        {REMOTE, ("Cesena", "IT"), ("Bologna", "IT")},
    ),
    # a label above its value, a Brazilian state after its town
    ("Nazione\n\nITALIA\n\nComune\n\nCESENA\n\nSono previste indennità.", {("Cesena", "IT")}),
    ("Local: [CURITIBA] [PR]\n\nVenha trabalhar conosco.", {("Curitiba", "BR")}),
    ("Local: Novo Hamburgo - RS\n\nVenha trabalhar conosco.", {("Novo Hamburgo", "BR")}),
    # a country's name is the country, not a small town named after it elsewhere
    ("Location: Colombia", {(None, "CO")}),
    ("Location: Mexico", {(None, "MX")}),
    ("Location: Luxembourg", {("Luxembourg", "LU")}),
    # a town the gazetteer lacks, its words before a known town's name kept whole
    ("Location: Estación Central, Región Metropolitana de Santiago", {("Estación Central", "CL")}),
    # an organisation's word is no town ("University", Florida)
    ("Location: University of Applied Arts Vienna, Vienna, 1010", {("Vienna", "AT")}),
    ("Ubicación: las condes, región metropolitana de santiago", {("Las Condes", "CL")}),
    # an organisation named before its place holds a town's name of its own ("Nanyang")
    ("We need help.\n\nWhere: Nanyang Technological University, Singapore", {("Singapore", "SG")}),
    # "we are in X", in the languages of the vocabulary; a town of two words before a word
    # that is no part of it ("Santa Fe Capital")
    ("Estamos en Santa Fe Capital, por lo que buscamos a alguien de acá.", {("Santa Fe", "AR")}),
    ("Wir sitzen in Leipzig und suchen Verstärkung für unser Team.", {("Leipzig", "DE")}),
    # a label's seat, and the text's list of offices that names it: every office
    (
        "Comune: CESENA\n\nStabilimento/reparto/ufficio\n\n100% remoto oppure ufficio a Cesena o "
        "Bologna.",
        {("Cesena", "IT"), ("Bologna", "IT"), REMOTE},
    ),
    ("We need help.\n\nPlace of work: Funchal", {("Funchal", "PT")}),
    ("We need help.\n\nWhere: Funchal", {("Funchal", "PT")}),
    ("We need help.\n\nWhere: Funchal, , Portugal", {("Funchal", "PT")}),
    (
        "Tarn AI - Senior Engineer - Remote (but must be based in UK) - Full-Time",
        {REMOTE, (None, "GB")},
    ),
]


def _pairs(locations: tuple[Location, ...]) -> set[tuple[str | None, str | None]]:
    return {REMOTE if loc.remote else (loc.city, loc.country) for loc in locations}


@pytest.mark.parametrize(("line", "expected"), LINES)
def test_location_lines(line: str, expected: set[tuple[str, str]]) -> None:
    locations, evidence = infer_locations(prepare("We are hiring.", line=line))
    assert _pairs(locations) == expected
    if expected:
        assert evidence


@pytest.mark.parametrize(("body", "expected"), BODIES)
def test_locations_from_the_body(body: str, expected: set[tuple[str, str]]) -> None:
    locations, _ = infer_locations(prepare(body))
    assert _pairs(locations) == expected


def test_a_place_labelled_twice_is_given_once() -> None:
    # a page that labels its city twice, written two ways, names one place
    text = "We need help.\n\nCity: Paris\n\nDetails\n\nCity: PARIS\n\nApply by mail."
    locations, _ = infer_locations(prepare(text))
    assert [(loc.city, loc.country) for loc in locations] == [("Paris", "FR")]


def test_location_line_wins_over_the_body() -> None:
    ctx = prepare("The team is mainly located in London and Luxembourg.", line="Madrid, ESP")
    assert _pairs(infer_locations(ctx)[0]) == {("Madrid", "ES")}


def test_placeholder_line_reads_preferred_locations_from_the_body() -> None:
    ctx = prepare(
        "We are open to hiring anywhere, preferred locations are USA, Germany and Taiwan.",
        line="Multiple Locations",
    )
    assert {loc.country for loc in infer_locations(ctx)[0]} == {"US", "DE", "TW"}


def test_university_employer_gives_its_town() -> None:
    ctx = prepare("We are seeking a postdoc to work on vision.")
    locations, evidence = infer_locations(ctx, organisation="University of Oxford")
    assert _pairs(locations) == {("Oxford", "GB")}
    assert evidence[0].rule == "location.organisation"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "We seek postdocs in AI for omics.\n\nAbout us\n\nOur headquarters are located "
            "in Shenzhen, one of the fastest growing cities in China.",
            {("Shenzhen", "CN")},
        ),
        (
            "We seek postdocs in AI for omics.\n\nAbout us\n\nOur company has offices in "
            "Berlin and in Munich, and customers everywhere.",
            set(),
        ),
    ],
)
def test_an_employers_one_seat_is_the_last_resort(
    body: str, expected: set[tuple[str, str]]
) -> None:
    locations, evidence = infer_locations(prepare(body))
    assert _pairs(locations) == expected
    assert [e.rule for e in evidence if e.field == "locations"] == ["location.body.seat"] * len(
        expected
    )


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Zu Beginn Präsenz in CODE (Lohmühlenstraße 65, 12435 Berlin), später remote.",
            {("Berlin", "DE")},
        ),
        ("Bewerbung an: Muster AG, Hauptstraße 1, 72072 Tübingen.", {("Tübingen", "DE")}),
        ("Adressen: Ring 1, 10115 Berlin und Weg 2, 20095 Hamburg.", set()),  # two addresses
    ],
)
def test_an_adverts_one_postal_address_gives_its_town(
    body: str, expected: set[tuple[str, str]]
) -> None:
    locations, _ = infer_locations(prepare(body))
    assert {p for p in _pairs(locations) if p[0]} == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("The role is based in Leeds or York.", {("Leeds", "GB"), ("York", "GB")}),
        (
            "Engineers based in Austin, Denver and Boise.",
            {("Austin", "US"), ("Denver", "US"), ("Boise", "US")},
        ),
        ("You will be based in Bellevue, WA.", {("Bellevue", "US")}),
    ],
)
def test_a_cues_list_of_towns_is_read_whole(body: str, expected: set[tuple[str, str]]) -> None:
    assert _pairs(infer_locations(prepare(body))[0]) == expected


def test_regions_and_codes_are_normalised() -> None:
    (loc,) = infer_locations(prepare("x", line="Redmond, Washington, United States"))[0]
    assert (loc.city, loc.region, loc.country) == ("Redmond", "WA", "US")
    (loc,) = infer_locations(prepare("x", line="Madrid, ESP"))[0]
    assert (loc.city, loc.region, loc.country) == ("Madrid", None, "ES")


def test_remote_option_keeps_its_country() -> None:
    locations = infer_locations(prepare("x", line="Redwood City, CA; or Remote, US"))[0]
    assert locations[1] == Location(raw="Remote, US", country="US", remote=True)


@pytest.mark.parametrize(
    ("lead", "is_place"),
    [
        ("London", True),
        ("Gothenburg, Sweden", True),
        ("Seattle, WA; Costa Mesa, CA; Boston, MA", True),
        ("Multiple Locations", True),
        ("Remote", True),
        ("Engineering at Pinterest", False),
        ("About the role", False),
        ("Who we are", False),
        ("Our Mission", False),
        ("Research Scientist, Computer Vision", False),
        ("Remote (Europe)", True),
    ],
)
def test_lead_line_is_a_location_line(lead: str, is_place: bool) -> None:
    assert is_place_line(lead) is is_place


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Data Engineer – Berlin", {("Berlin", "DE")}),
        ("Financial Analyst (München)", {("Munich", "DE")}),
        (
            "Korrespondent:in (Büroleiter:in) Büro Belgrad (01.07.2026 – 30.06.2028)",
            {("Belgrade", "RS")},
        ),
        ("Werkstudent Vertrieb (m/w/d) in Hamburg", {("Hamburg", "DE")}),
        ("Product Designer | Lyon, France", {("Lyon", "FR")}),
        ("Senior Engineer (Remote)", {REMOTE}),
        ("Head of Sales (UK)", {(None, "GB")}),
        # No place: a team, an abbreviation, a field, a village-sized word, an employer.
        ("iOS Engineer - Mobile", set()),
        ("Quality Assurance (QA) Analyst", set()),
        ("PhD student in Computer Science at IDA", set()),
        ("Postdoc in Plant Bioelectronics", set()),
        ("Sales Manager - DACH", set()),
        ("Lagerhelfer (m/w/d)", set()),
    ],
)
def test_places_named_in_a_title(title: str, expected: set[tuple[str | None, str | None]]) -> None:
    assert _pairs(title_places(title)) == expected


def test_a_sentence_naming_the_lines_city_adds_its_other_places() -> None:
    ctx = prepare(
        "Kittiwake Farms is hiring Field Engineers in Davis, CA and Yuma, AZ.",
        line="Davis, CA",
    )
    places = {(p.city, p.country) for p in infer_locations(ctx)[0]}
    assert places == {("Davis", "US"), ("Yuma", "US")}


def test_the_companys_offices_beside_the_lines_city_are_not_the_jobs() -> None:
    ctx = prepare(
        "Our offices are in Davis, CA and Yuma, AZ. We are hiring a Field Engineer.",
        line="Davis, CA",
    )
    assert {(p.city, p.country) for p in infer_locations(ctx)[0]} == {("Davis", "US")}


@pytest.mark.parametrize("line", ["Remoto - España", "Télétravail, France", "Telelavoro, Italia"])
def test_remote_in_other_languages_is_a_remote_option_and_its_country(line: str) -> None:
    locations = infer_locations(prepare("We build maps.", line=line))[0]
    assert any(p.remote for p in locations)
    assert {p.country for p in locations if not p.remote} <= {"ES", "FR", "IT"}
    assert all(p.city is None for p in locations)


def test_a_placeholder_line_falls_back_to_the_places_the_body_names() -> None:
    ctx = prepare(
        "Acme Motors is hiring perception interns in Detroit, MI and Palo Alto, CA.",
        line="Multiple Locations",
    )
    places = {(p.city, p.country) for p in infer_locations(ctx)[0]}
    assert places == {("Detroit", "US"), ("Palo Alto", "US")}


def test_home_office_possible_is_no_remote_job() -> None:
    # "Homeoffice möglich", "mobiles Arbeiten": some days at home, a hybrid job, not a remote one.
    locations = infer_locations(prepare("Wir bauen Karten.", line="Köln, Homeoffice möglich"))[0]
    assert not any(p.remote for p in locations)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("名古屋市、東海市ほか", {("Nagoya", "JP"), ("Tōkai", "JP")}),
        ("東京都内及びその周辺地域", {("Tokyo", "JP")}),
        ("서울특별시 강남구", {("Seoul", "KR")}),
        ("秋葉原又は都内近郊", set()),  # no city the gazetteer knows by these names
    ],
)
def test_places_written_in_chinese_japanese_or_korean(
    line: str, expected: set[tuple[str, str]]
) -> None:
    assert _pairs(infer_locations(prepare("We are hiring.", line=line))[0]) == expected


def test_a_chinese_employer_is_in_the_city_its_name_opens_with() -> None:
    from jobparse.fields.place_cues import organisation_town

    town = organisation_town("石家庄威凤电子工程有限公司")
    assert town is not None
    assert (town.city, town.country) == ("Shijiazhuang", "CN")


def test_a_way_of_working_beside_a_place_keeps_the_line_a_place_line() -> None:
    # "Hybride" is no place and no remote option (as "Hybrid" is labelled): a card's line
    # "Île-de-France / Hybride" is its place, not an employer's name
    assert is_place_line("Île-de-France / Hybride")
    assert is_place_line("Madrid · Presencial")
    assert not is_place_line("Hybride Solutions")
