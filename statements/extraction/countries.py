"""Countries with their demonyms and capitals: "Moscow said" is Russia speaking (metonymy), "Russian" in a
speaker phrase is a role qualifier not a name, and a statement that names an unrelated country is about
something else than the article's conflict.
"""

from __future__ import annotations

import re
from functools import lru_cache

from statements.extraction.keys import name_key

# country; demonyms and other adjectives; capital and other metonyms
_TABLE = """
Afghanistan;Afghan;Kabul
Albania;Albanian;Tirana
Algeria;Algerian;Algiers
Angola;Angolan;Luanda
Argentina;Argentine,Argentinian;Buenos Aires
Armenia;Armenian;Yerevan
Australia;Australian;Canberra
Austria;Austrian;Vienna
Azerbaijan;Azerbaijani,Azeri;Baku
Bahrain;Bahraini;Manama
Bangladesh;Bangladeshi;Dhaka
Belarus;Belarusian;Minsk
Belgium;Belgian;Brussels
Bolivia;Bolivian;La Paz
Bosnia and Herzegovina;Bosnian,Bosnia-Herzegovina;Sarajevo,Bosnia
Brazil;Brazilian;Brasilia
Bulgaria;Bulgarian;Sofia
Cambodia;Cambodian;Phnom Penh
Canada;Canadian;Ottawa
Chile;Chilean;Santiago
China;Chinese;Beijing
Colombia;Colombian;Bogota
Croatia;Croatian;Zagreb
Cuba;Cuban;Havana
Democratic Republic of the Congo;Congolese,DR Congo,DRC,Democratic Republic of Congo;Kinshasa
Cyprus;Cypriot;Nicosia
Czech Republic;Czech;Prague
Denmark;Danish;Copenhagen
Egypt;Egyptian;Cairo
Estonia;Estonian;Tallinn
Ethiopia;Ethiopian;Addis Ababa
Finland;Finnish;Helsinki
France;French;Paris
Georgia;Georgian;Tbilisi
Germany;German;Berlin
Greece;Greek;Athens
Hungary;Hungarian;Budapest
India;Indian;New Delhi
Indonesia;Indonesian;Jakarta
Iran;Iranian;Tehran
Iraq;Iraqi;Baghdad
Ireland;Irish;Dublin
Israel;Israeli;Jerusalem,Tel Aviv
Italy;Italian;Rome
Japan;Japanese;Tokyo
Jordan;Jordanian;Amman
Kazakhstan;Kazakh;Astana,Almaty
Kenya;Kenyan;Nairobi
Kosovo;Kosovar,Kosovan;Pristina
Kuwait;Kuwaiti;Kuwait City
Kyrgyzstan;Kyrgyz;Bishkek
Latvia;Latvian;Riga
Lebanon;Lebanese;Beirut
Libya;Libyan;Tripoli
Lithuania;Lithuanian;Vilnius
Mali;Malian;Bamako
Mexico;Mexican;Mexico City
Moldova;Moldovan;Chisinau
Mongolia;Mongolian;Ulaanbaatar
Montenegro;Montenegrin;Podgorica
Morocco;Moroccan;Rabat
Netherlands;Dutch;Amsterdam,The Hague
New Zealand;New Zealander;Wellington
Niger;Nigerien;Niamey
Nigeria;Nigerian;Abuja
North Korea;North Korean;Pyongyang
North Macedonia;Macedonian;Skopje
Norway;Norwegian;Oslo
Pakistan;Pakistani;Islamabad
Palestine;Palestinian;Ramallah
Poland;Polish;Warsaw
Portugal;Portuguese;Lisbon
Qatar;Qatari;Doha
Rwanda;Rwandan;Kigali
Romania;Romanian;Bucharest
Russia;Russian;Moscow
Saudi Arabia;Saudi;Riyadh
Serbia;Serbian;Belgrade
Slovakia;Slovak;Bratislava
Slovenia;Slovenian;Ljubljana
South Africa;South African;Pretoria
South Korea;South Korean;Seoul
Spain;Spanish;Madrid
Sudan;Sudanese;Khartoum
Sweden;Swedish;Stockholm
Switzerland;Swiss;Bern
Syria;Syrian;Damascus
Taiwan;Taiwanese;Taipei
Tajikistan;Tajik;Dushanbe
Thailand;Thai;Bangkok
Tunisia;Tunisian;Tunis
Türkiye;Turkish;Ankara,Turkey
Turkmenistan;Turkmen;Ashgabat
Ukraine;Ukrainian;Kyiv,Kiev
United Arab Emirates;Emirati,UAE;Abu Dhabi
United Kingdom;British,UK,Britain;London
United States;American,US,U.S.,USA;Washington
Uzbekistan;Uzbek;Tashkent
Venezuela;Venezuelan;Caracas
Vietnam;Vietnamese;Hanoi
Yemen;Yemeni;Sanaa
Uganda;Ugandan;Kampala
Somalia;Somali;Mogadishu
Philippines;Philippine,Filipino;Manila
Myanmar;Burmese;Naypyidaw
Burkina Faso;Burkinabe;Ouagadougou
Chad;Chadian;N'Djamena
South Sudan;South Sudanese;Juba
Eritrea;Eritrean;Asmara
Tanzania;Tanzanian;Dodoma
European Union;European,EU;Brussels
Oman;Omani;Muscat
Malaysia;Malaysian;Kuala Lumpur,Putrajaya
Singapore;Singaporean;Singapore
Sri Lanka;Sri Lankan;Colombo
Nepal;Nepali,Nepalese;Kathmandu
Bhutan;Bhutanese;Thimphu
Maldives;Maldivian;Maldives
Laos;Laotian,Lao;Vientiane
Brunei;Bruneian;Bandar Seri Begawan
Timor-Leste;Timorese,East Timorese;Dili
Fiji;Fijian;Suva
Papua New Guinea;Papua New Guinean;Port Moresby
Ecuador;Ecuadorian,Ecuadorean;Quito
Peru;Peruvian;Peru
Uruguay;Uruguayan;Montevideo
Paraguay;Paraguayan;Asuncion,Asunción
Panama;Panamanian;Panama City
Costa Rica;Costa Rican;Costa Rica
Guatemala;Guatemalan;Guatemala City
Honduras;Honduran;Tegucigalpa
El Salvador;Salvadoran,Salvadorean;San Salvador
Nicaragua;Nicaraguan;Managua
Haiti;Haitian;Port-au-Prince
Dominican Republic;Dominican;Santo Domingo
Jamaica;Jamaican;Jamaica
Guyana;Guyanese;Guyana
Suriname;Surinamese;Paramaribo
Ghana;Ghanaian;Accra
Senegal;Senegalese;Dakar
Cameroon;Cameroonian;Yaounde,Yaoundé
Benin;Beninese;Porto-Novo,Cotonou
Togo;Togolese;Lome,Lomé
Gabon;Gabonese;Libreville
Guinea;Guinean;Conakry
Liberia;Liberian;Monrovia
Sierra Leone;Sierra Leonean;Freetown
Ivory Coast;Ivorian,Cote d'Ivoire,Côte d'Ivoire;Abidjan,Yamoussoukro
Mauritania;Mauritanian;Nouakchott
Madagascar;Malagasy;Antananarivo
Malawi;Malawian;Lilongwe
Mozambique;Mozambican;Maputo
Namibia;Namibian;Windhoek
Botswana;Botswanan;Gaborone
Zambia;Zambian;Lusaka
Zimbabwe;Zimbabwean;Harare
Burundi;Burundian;Gitega,Bujumbura
Djibouti;Djiboutian;Djibouti
Central African Republic;Central African;Bangui
Republic of the Congo;Congo-Brazzaville;Brazzaville
Equatorial Guinea;Equatoguinean;Malabo
Gambia;Gambian;Banjul
Lesotho;Basotho;Maseru
Eswatini;Swazi;Mbabane
Mauritius;Mauritian;Port Louis
Cabo Verde;Cape Verdean,Cape Verde;Praia
Iceland;Icelandic;Reykjavik
Luxembourg;Luxembourgish,Luxembourger;Luxembourg
Malta;Maltese;Valletta
Monaco;Monegasque;Monaco
Andorra;Andorran;Andorra la Vella
Liechtenstein;Liechtensteiner;Vaduz
San Marino;Sammarinese;San Marino
Vatican;Holy See,Vatican City;Vatican
"""


def _rows() -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    rows = []
    for line in _TABLE.strip().splitlines():
        country, adjectives, capitals = line.split(";")
        rows.append((country, tuple(adjectives.split(",")), tuple(capitals.split(","))))
    return rows


@lru_cache(maxsize=1)
def geo_index() -> dict[str, str]:
    """normalised country / demonym / capital → country name."""
    index: dict[str, str] = {}
    for country, adjectives, capitals in _rows():
        for word in (country, *adjectives, *capitals):
            index[name_key(word)] = country
    index.pop(name_key("Georgia"), None)  # also a US state and a first name; too ambiguous alone
    index[name_key("Georgia")] = "Georgia"
    return index


@lru_cache(maxsize=1)
def capitals() -> dict[str, str]:
    """normalised capital / seat-of-power word → country name (metonymy: "Moscow said")."""
    return {name_key(capital): country for country, _, caps in _rows() for capital in caps}


@lru_cache(maxsize=1)
def adjective_index() -> dict[str, str]:
    """normalised demonym / adjective → country name ("Hungarian" → "Hungary"); no capitals, no country names."""
    return {name_key(adjective): country for country, adjectives, _ in _rows() for adjective in adjectives}


@lru_cache(maxsize=1)
def demonyms() -> dict[str, str]:
    """country name → its first demonym ("Azerbaijan" → "Azerbaijani")."""
    return {country: adjectives[0] for country, adjectives, _ in _rows()}


@lru_cache(maxsize=8192)
def country_of(word: str) -> str | None:
    """The country a single word or short phrase names ("Russian" → "Russia"), if any."""
    return geo_index().get(name_key(word.removesuffix("’s").removesuffix("'s")))


def countries_in(text: str) -> list[str]:
    """Countries named in `text` (by name or demonym), in order of first mention."""
    found: list[str] = []
    for word in re.findall(r"[A-ZÀ-Þ][\w’'-]*", text):
        country = country_of(word)
        if country and country not in found:
            found.append(country)
    return found


def countries_of(words) -> set[str]:
    """The countries the words name, as names or adjectives ("U.S.", "Venezuelan")."""
    return {country for word in words if (country := country_of(word)) is not None}


def another_country(words, countries: set[str]) -> bool:
    """Whether the words name a country and none of `countries`: "Venezuelan President" is no office of the United
    States (words naming no country name no other one)."""
    named = countries_of(words)
    return bool(countries and named and not named & countries)


def nationality_adjective(word: str) -> bool:
    """A word written as a nationality's adjective ("British claims"), not a country ("Britain claims") nor an
    acronym ("the EU says")."""
    return word[:1].isupper() and not word.isupper() and name_key(word) in adjective_index()


def demonym_epithet(words: list[str]) -> bool:
    """"the Malawian", "the 45-year-old Nigerian": one person named by nationality (not "the Russians", a people,
    nor "Russia", a state)."""
    last = words[-1]
    if not last[:1].isupper() or last.endswith("s") and last != "Swiss":
        return False
    if last.lower() in _DEMONYM_NOUNS:
        return True  # "the Spaniard", "the Frenchman"
    country = country_of(last)
    if country is not None:
        return name_key(country) != name_key(last)
    return _demonym_of_country(name_key(last))


# A person's nationality as a noun of its own, unlike the adjective ("the Spaniard", not "the Spanish")
_DEMONYM_NOUNS = frozenset("""spaniard frenchman frenchwoman englishman englishwoman briton brit scot scotsman welshman
    welshwoman irishman irishwoman dutchman dutchwoman dane swede finn pole turk swiss czech slovak serb croat greek
    thai kiwi aussie argentine filipino filipina icelander luxembourger norwegian""".split())


@lru_cache(maxsize=4096)
def _demonym_of_country(key: str) -> bool:
    """"malawian", "kenyan", "sudanese", "somali": a country's name with a demonym ending (the conflict table in
    countries.py knows only some countries' demonyms)."""
    names = _country_keys()
    for suffix in ("ian", "an", "n", "ese", "i"):
        if key.endswith(suffix) and len(key) > len(suffix) + 2:
            stem = key[: -len(suffix)]
            if any(candidate in names for candidate in (stem, stem + "a", stem + "ia", stem + "y")):
                return True
    return False


@lru_cache(maxsize=1)
def _country_keys() -> frozenset[str]:
    import pycountry

    return frozenset(name_key(getattr(country, attr)) for country in pycountry.countries
                     for attr in ("name", "common_name") if hasattr(country, attr))
